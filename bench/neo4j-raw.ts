/**
 * The raw load the Neo4j sink is compared with: the same rows, in the same batches and
 * transactions, written with plain `UNWIND $rows ... CREATE` into an empty database (with only the
 * two id indexes its MATCHes need). No retraction of earlier contributions, no MERGE, no
 * uniqueness constraints: the fastest way to put this graph into Neo4j through Bolt.
 */
import neo4j from "neo4j-driver";
import type { LoadStep } from "../src/sinks/neo4j-plan.js";
import type { Neo4jTarget } from "../src/sinks/types.js";

const RAW_SCHEMA = ["CREATE INDEX bench_actor_id IF NOT EXISTS FOR (a:Actor) ON (a.id)", "CREATE INDEX bench_article_id IF NOT EXISTS FOR (a:Article) ON (a.id)"];

const EVENT = /^(\w+) relationships$/;

/** The raw statement for a step of the sink's plan, or null for its retraction step. */
function rawStatement(step: LoadStep): string | null {
  if (step.name === "earlier contributions of these articles") return null;
  if (step.name.endsWith(" nodes") && step.name !== "Article nodes") {
    return `UNWIND $rows AS row CREATE (a:Actor:${step.name.replace(/ nodes$/, "")}) SET a = row.props`;
  }
  if (step.name === "Article nodes") return "UNWIND $rows AS row CREATE (a:Article) SET a = row.props";
  if (step.name === "HOLDS_OFFICE relationships") {
    return "UNWIND $rows AS row MATCH (p:Actor {id: row.id}) UNWIND row.offices AS office MATCH (c:Actor {id: office.of}) CREATE (p)-[h:HOLDS_OFFICE]->(c) SET h = office.props";
  }
  if (step.name === "MENTIONED_IN relationships") {
    return "UNWIND $rows AS row MATCH (article:Article {id: row.id}) UNWIND row.actors AS actorId MATCH (a:Actor {id: actorId}) CREATE (a)-[:MENTIONED_IN]->(article)";
  }
  const m = EVENT.exec(step.name);
  if (m) {
    return (
      `UNWIND $rows AS row MATCH (s:Actor {id: row.source}) MATCH (t:Actor {id: row.target}) CREATE (s)-[r:${m[1]}]->(t) ` +
      "SET r = row.props, r.key = row.key, r.sources = row.sources, r.sourceConfidence = row.sourceConfidence, r.evidence = row.evidence, r.evidenceDocs = row.evidenceDocs"
    );
  }
  // a step the comparison does not know: the raw load would miss rows, so say so instead of measuring
  throw new Error(`diplograph: bench: no raw counterpart for the sink's step "${step.name}"`);
}

export function rawPlan(plan: LoadStep[]): LoadStep[] {
  const steps: LoadStep[] = [{ name: "raw schema", statements: RAW_SCHEMA, rows: null, batchSize: 0 }];
  for (const step of plan) {
    if (step.rows === null) continue;
    const statement = rawStatement(step);
    if (statement) steps.push({ ...step, name: `raw ${step.name}`, statements: [statement] });
  }
  return steps;
}

/** Empties the database: every node and relationship, every index and constraint. */
export async function clearDatabase(target: Neo4jTarget): Promise<void> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
  try {
    const session = driver.session({ database: target.database });
    try {
      // relationships first, in batches: a DETACH DELETE of a country with 100k mentions in one
      // inner transaction exceeds the server's transaction memory
      await session.run("MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS");
      await session.run("MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS OF 10000 ROWS");
      for (const r of (await session.run("SHOW CONSTRAINTS YIELD name")).records) await session.run(`DROP CONSTRAINT \`${r.get("name")}\``);
      for (const r of (await session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")).records) await session.run(`DROP INDEX \`${r.get("name")}\``);
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}
