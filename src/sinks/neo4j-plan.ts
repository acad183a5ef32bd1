/**
 * The graph as Neo4j loads it: an ordered list of steps, each a fixed Cypher statement and the rows
 * it takes as `$rows`. The driver sink runs the steps in batched write transactions; the script sink
 * writes the same statements with the rows as literals. Both therefore build the same graph.
 *
 * Model:
 *   (:Actor:Person|:Actor:Country|:Actor:Organization {id, name, kind, chineseNames, aliases, iso, country, ...})
 *   (:Article {id, file, url, title, published, ...})
 *   (actor)-[:MENTIONED_IN]->(article)            the actor is an end of an event told by the article
 *   (person)-[:HOLDS_OFFICE {role, title, since, until}]->(country or organisation)
 *   (actor)-[:VISITED|MET|CALLED|...]->(actor)    one relationship per event, as GraphBuilder merges them
 *
 * Per-article contributions. An event relationship keeps what each article contributed in parallel
 * lists: `sources[i]` is an article id and `sourceConfidence[i]` the confidence the load that read
 * it gave the event; `evidence[j]` is a sentence and `evidenceDocs[j]` the article it was quoted
 * from. Removing an article's contribution is then exact: drop its positions from the lists (and the
 * relationship when no source is left). A load first retracts the contributions of every article it
 * is about to load, then writes what it extracted now: loading the same corpus twice leaves the
 * database as it was, loading other articles later appends to `sources` and `evidence`, and
 * re-extracting an article (after a dictionary or extractor fix) replaces what it said before.
 *
 * Finding the relationships an article contributed to without scanning them all: every such
 * relationship has both ends MENTIONED_IN that article, so the retraction walks from the article
 * through its mentions. That holds at every moment, also when a load is interrupted, because an
 * article's mentions are only replaced after its contributions were retracted.
 */
import neo4j from "neo4j-driver";
import type { ActorNode, GraphEdge } from "../merge/graph.js";
import { SYMMETRIC } from "../merge/codes.js";
import type { PipelineResult } from "../pipeline.js";
import { officeHolderNode } from "./office-holders.js";
import type { EventType } from "../types.js";

/** The Cypher relationship type of each event type: the only relationship types a load creates. */
export const RELATIONSHIP_TYPE: Record<EventType, string> = {
  VISITED: "VISITED",
  MET: "MET",
  CALLED: "CALLED",
  CONGRATULATED: "CONGRATULATED",
  SENT_MESSAGE: "SENT_MESSAGE",
  SIGNED_AGREEMENT: "SIGNED_AGREEMENT",
  EXPRESSED_SUPPORT: "EXPRESSED_SUPPORT",
};
const EVENT_TYPES = Object.keys(RELATIONSHIP_TYPE) as EventType[];
const ANY_EVENT = Object.values(RELATIONSHIP_TYPE).join("|");

const LABEL: Record<ActorNode["kind"], string> = { person: "Person", country: "Country", organization: "Organization" };

export interface LoadStep {
  /** What the step loads, for progress and error messages. */
  name: string;
  /** Run together in one transaction per batch; each takes the batch as $rows. */
  statements: string[];
  /** null: the statements take no rows and run once, each on its own. */
  rows: Record<string, unknown>[] | null;
  /** Rows per transaction. */
  batchSize: number;
}

export const SCHEMA_STATEMENTS: string[] = [
  "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE",
  "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
  "CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name)",
  ...Object.values(LABEL).map((l) => `CREATE INDEX ${l.toLowerCase()}_name IF NOT EXISTS FOR (a:${l}) ON (a.name)`),
  "CREATE INDEX country_iso IF NOT EXISTS FOR (c:Country) ON (c.iso)",
  "CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published)",
  ...Object.values(RELATIONSHIP_TYPE).flatMap((t) => [
    // the event's identity: the same event loaded twice is one relationship
    `CREATE CONSTRAINT ${t.toLowerCase()}_key IF NOT EXISTS FOR ()-[r:${t}]-() REQUIRE r.key IS UNIQUE`,
    `CREATE INDEX ${t.toLowerCase()}_date IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.date)`,
    `CREATE INDEX ${t.toLowerCase()}_date_text IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.dateText)`,
  ]),
];

/** Removes the batch's articles from the event relationships they contributed to. */
const RETRACT_CONTRIBUTIONS = `UNWIND $rows AS row
WITH collect(row.id) AS docs
UNWIND docs AS doc
MATCH (:Article {id: doc})<-[:MENTIONED_IN]-(:Actor)-[r:${ANY_EVENT}]->(:Actor)
WHERE doc IN r.sources
WITH DISTINCT docs, r
WITH r, [i IN range(0, size(r.sources) - 1) WHERE NOT r.sources[i] IN docs] AS keep,
  [i IN range(0, size(r.evidence) - 1) WHERE NOT r.evidenceDocs[i] IN docs] AS keepEvidence
WITH r, [i IN keep | r.sources[i]] AS sources, [i IN keep | r.sourceConfidence[i]] AS confidences,
  [i IN keepEvidence | r.evidence[i]] AS evidence, [i IN keepEvidence | r.evidenceDocs[i]] AS evidenceDocs
SET r.sources = sources, r.sourceConfidence = confidences, r.evidence = evidence, r.evidenceDocs = evidenceDocs,
  r.confidence = reduce(best = 0.0, c IN confidences | CASE WHEN c > best THEN c ELSE best END)
WITH r WHERE size(sources) = 0
DELETE r`;

const REMOVE_MENTIONS = `UNWIND $rows AS row
MATCH (:Article {id: row.id})<-[m:MENTIONED_IN]-(:Actor)
DELETE m`;

const actorStatement = (label: string) => `UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a = row.props, a:${label}`;

const REPLACE_OFFICES = `UNWIND $rows AS row
MATCH (p:Actor {id: row.id})
OPTIONAL MATCH (p)-[old:HOLDS_OFFICE]->()
DELETE old
WITH DISTINCT p, row
UNWIND row.offices AS office
MATCH (c:Actor {id: office.of})
CREATE (p)-[h:HOLDS_OFFICE]->(c)
SET h = office.props`;

const MERGE_ARTICLES = `UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a = row.props`;

const MERGE_MENTIONS = `UNWIND $rows AS row
MATCH (article:Article {id: row.id})
UNWIND row.actors AS actorId
MATCH (a:Actor {id: actorId})
MERGE (a)-[:MENTIONED_IN]->(article)`;

/**
 * Finds the event by its key, whichever way it points (for MET, CALLED and SIGNED_AGREEMENT the
 * first telling fixes the direction, as in GraphBuilder), creates it if missing, and appends this
 * load's contributions; the retraction step has removed any earlier ones of the same articles.
 */
const eventStatement = (type: string) => `UNWIND $rows AS row
MATCH (s:Actor {id: row.source})
MATCH (t:Actor {id: row.target})
OPTIONAL MATCH ()-[existing:${type} {key: row.key}]->()
FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
  CREATE (s)-[:${type} {key: row.key}]->(t))
WITH row
MATCH ()-[r:${type} {key: row.key}]->()
WITH r, row, coalesce(r.sourceConfidence, []) + row.sourceConfidence AS confidences,
  coalesce(r.sources, []) + row.sources AS sources,
  coalesce(r.evidence, []) + row.evidence AS evidence, coalesce(r.evidenceDocs, []) + row.evidenceDocs AS evidenceDocs
SET r += row.props, r.sources = sources, r.sourceConfidence = confidences, r.evidence = evidence, r.evidenceDocs = evidenceDocs,
  r.confidence = reduce(best = 0.0, c IN confidences | CASE WHEN c > best THEN c ELSE best END)`;

/** Actors no article mentions any more lose their offices; then nodes left with nothing go. */
export const PRUNE_STATEMENTS = [
  `MATCH (a:Actor) WHERE NOT (a)-[:MENTIONED_IN]->()
OPTIONAL MATCH (a)-[o:HOLDS_OFFICE]->()
DELETE o`,
  `MATCH (a:Actor) WHERE NOT (a)--()
DELETE a`,
];

/** The graph identity of an event: GraphBuilder's merge key (type, status, date, ends). */
export function eventKey(e: GraphEdge): string {
  const ends = SYMMETRIC.has(e.type) ? [e.source.id, e.target.id].sort().join("|") : `${e.source.id}|${e.target.id}`;
  return `${e.type}|${e.status}|${e.date ?? ""}|${ends}`;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A Neo4j Date for a real YYYY-MM-DD day (the server would reject 2024-02-30 and fail the load), else null. */
export function neo4jDate(text: string | null | undefined): InstanceType<typeof neo4j.types.Date> | null {
  const m = text ? DAY.exec(text) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? new neo4j.types.Date(year, month, day) : null;
}

const HAN = /\p{Script=Han}/u;

function actorProps(n: ActorNode): Record<string, unknown> {
  return {
    id: n.id,
    kind: n.kind,
    name: n.name,
    chineseNames: n.aliases.filter((a) => HAN.test(a)),
    aliases: n.aliases,
    iso: n.iso ?? null,
    country: n.country ?? null,
    discovered: n.discovered ?? null,
    verified: n.verified ?? null,
  };
}

function eventRow(e: GraphEdge, extractorVersion: string): Record<string, unknown> {
  return {
    key: eventKey(e),
    source: e.source.id,
    target: e.target.id,
    props: {
      date: e.datePrecision === "day" ? neo4jDate(e.date) : null,
      dateText: e.date,
      datePrecision: e.datePrecision,
      status: e.status,
      cameo: e.cameo,
      plover: e.plover,
      agreement: e.agreement?.title ?? null,
      agreementKind: e.agreement?.kind ?? null,
      extractorVersion,
    },
    sources: e.docs,
    sourceConfidence: e.docs.map(() => e.confidence),
    evidence: e.evidence.map((ev) => ev.text),
    evidenceDocs: e.evidence.map((ev) => ev.doc),
  };
}


/** Rows per transaction: a few hundred keeps each transaction small and the round trips few. */
export const BATCH_SIZE = 500;

/** The load of a pipeline result; `extractorVersion` is recorded on every event it writes. */
export function neo4jLoadPlan(result: PipelineResult, extractorVersion: string): LoadStep[] {
  const actors = new Map(result.nodes.map((n) => [n.id, n]));
  for (const p of result.nodes) {
    for (const o of p.offices ?? []) {
      if (!actors.has(o.of)) actors.set(o.of, officeHolderNode(result.index, o.of, o.role === "org_head" ? "organization" : "country"));
    }
  }
  const mentions = new Map<string, Set<string>>(result.articles.map((a) => [a.id, new Set()]));
  for (const e of result.edges) {
    for (const doc of e.docs) {
      const m = mentions.get(doc) ?? mentions.set(doc, new Set()).get(doc)!;
      m.add(e.source.id).add(e.target.id);
    }
  }
  const articleIds = [...mentions.keys()].map((id) => ({ id }));
  const step = (name: string, statements: string[], rows: Record<string, unknown>[] | null): LoadStep => ({ name, statements, rows, batchSize: BATCH_SIZE });

  return [
    step("schema", SCHEMA_STATEMENTS, null),
    step("earlier contributions of these articles", [RETRACT_CONTRIBUTIONS, REMOVE_MENTIONS], articleIds),
    ...(Object.entries(LABEL) as [ActorNode["kind"], string][]).map(([kind, label]) =>
      step(
        `${label} nodes`,
        [actorStatement(label)],
        [...actors.values()].filter((a) => a.kind === kind).map((a) => ({ id: a.id, props: actorProps(a) })),
      ),
    ),
    step(
      "HOLDS_OFFICE relationships",
      [REPLACE_OFFICES],
      result.nodes
        .filter((n) => n.kind === "person")
        .map((p) => ({
          id: p.id,
          offices: (p.offices ?? []).map((o) => ({ of: o.of, props: { role: o.role, title: o.title, since: o.start, until: o.end } })),
        })),
    ),
    step(
      "Article nodes",
      [MERGE_ARTICLES],
      result.articles.map((a) => ({
        id: a.id,
        props: {
          id: a.id,
          file: a.file,
          url: a.url,
          title: a.title,
          published: neo4jDate(a.published) ?? a.published,
          encoding: a.encoding,
          format: a.format,
          duplicateOf: a.duplicateOf,
        },
      })),
    ),
    step(
      "MENTIONED_IN relationships",
      [MERGE_MENTIONS],
      [...mentions].map(([id, ids]) => ({ id, actors: [...ids].sort() })),
    ),
    ...EVENT_TYPES.map((type) =>
      step(
        `${RELATIONSHIP_TYPE[type]} relationships`,
        [eventStatement(RELATIONSHIP_TYPE[type])],
        result.edges.filter((e) => e.type === type).map((e) => eventRow(e, extractorVersion)),
      ),
    ),
    step("clean-up of actors no article mentions", PRUNE_STATEMENTS, null),
  ];
}
