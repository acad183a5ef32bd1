/**
 * Merge stage across articles: one edge per (type, source, target, date, status), carrying every
 * evidence sentence and source article. Republished copies of one wire story (near-identical text,
 * by MinHash over character shingles) count as one independent source.
 */
import type { DictionaryIndex } from "../dictionary/index.js";
import type { ActorRef } from "../extract/types.js";
import type { Article, EventStatus, EventType, FuzzyDate } from "../types.js";
import type { ArticleEdge, Evidence } from "./article.js";
import { CAMEO, CAMEO_MEET_THIRD_LOCATION, PLOVER, SYMMETRIC } from "./codes.js";
import { minhash, NearDuplicateIndex } from "./near-duplicates.js";

export interface ActorNode {
  id: string;
  kind: "person" | "country" | "organization";
  name: string;
  aliases: string[];
  iso?: string;
  country?: string;
  offices?: { role: string; of: string; title: string; start: string; end: string | null }[];
  discovered?: boolean;
  verified?: boolean;
}

export interface GraphEdge {
  type: EventType;
  source: ActorNode;
  target: ActorNode;
  date: string | null;
  datePrecision: "year" | "month" | "day" | null;
  status: EventStatus;
  docs: string[];
  evidence: Evidence[];
  confidence: number;
  cameo: string | null;
  plover: string | null;
  agreement?: { title: string; kind: string };
  /** Independent stories among the docs (republished copies count once). */
  sources: number;
}

export interface ArticleRecord {
  id: string;
  file: string;
  url: string | null;
  title: string | null;
  published: string | null;
  encoding: string;
  format: string;
  /** The first article this one is a near-copy of, if any. */
  duplicateOf: string | null;
}

/** Evidence sentences kept per edge; every source article is still listed in docs. */
export const MAX_EVIDENCE = 20;

/**
 * list + more. Short lists are copied to their exact length: most edges have one or two documents
 * and quotes, and a push would give each list room for seventeen (at 100k articles, a fifth of the
 * graph's memory); long ones grow in place.
 */
function appended<T>(list: T[], more: T[]): T[] {
  if (list.length >= 16) {
    list.push(...more);
    return list;
  }
  return list.concat(more);
}

/** The story an article tells: the article it nearly copies, or its own. */
const storyOf = (r: ArticleRecord) => r.duplicateOf ?? r.id;

export class GraphBuilder {
  private edges = new Map<string, GraphEdge>();
  /**
   * The stories behind edges with many documents. A short edge's stories are those of its docs, and
   * are looked up there: a list or Set per edge cost about 20 MB at 100k articles.
   */
  private storiesOf = new Map<GraphEdge, Set<string>>();
  private nodes = new Map<string, ActorNode>();
  private nearDuplicates = new NearDuplicateIndex();
  /** Each article's record by its id. */
  private records = new Map<string, ArticleRecord>();

  constructor(private index: DictionaryIndex) {}

  /**
   * Adds one article's merged edges. `body` is the text of its body paragraphs, which near-duplicate
   * detection signs (null for a large file's later chunks).
   */
  addArticle(article: Pick<Article, "id" | "file" | "url" | "title" | "published" | "encoding" | "format">, body: string | null, edges: ArticleEdge[]): void {
    // the later chunks of a large file (and a second file with the same id) belong to the article
    // first recorded under the id, and share its copy of the id: reports come structured-cloned,
    // each with its own copies of ids, dates, encodings and formats
    const known = this.records.get(article.id);
    const docId = known?.id ?? article.id;
    const signature = known === undefined && body !== null ? minhash(body) : null;
    const twinId = signature ? this.nearDuplicates.twinOf(signature) : undefined;
    const story = known ? storyOf(known) : twinId ?? docId;
    if (known === undefined) {
      if (signature) this.nearDuplicates.add(docId, signature);
      const record: ArticleRecord = {
        id: docId,
        file: article.file,
        url: article.url ?? null,
        title: article.title ?? null,
        published: article.published ? this.intern(article.published) : null,
        encoding: this.intern(article.encoding),
        format: this.intern(article.format),
        duplicateOf: twinId ?? null,
      };
      this.records.set(docId, record);
    }
    for (const e of edges) {
      const source = this.node(e.source);
      const target = this.node(e.target);
      const date = e.date ?? null;
      const [a, b] = SYMMETRIC.has(e.type) && target.id < source.id ? [target.id, source.id] : [source.id, target.id];
      // joined, not a template literal: that makes a chain of cons strings, which the Map keeps as
      // its key (about 35 MB at 100k articles against 10 MB flat)
      const key = [e.type, e.status, date?.value ?? "", a, b].join("|");
      let g = this.edges.get(key);
      if (!g) {
        g = {
          type: this.intern(e.type) as EventType,
          source,
          target,
          date: date ? this.intern(date.value) : null,
          datePrecision: date ? (this.intern(date.precision) as FuzzyDate["precision"]) : null,
          status: this.intern(e.status) as EventStatus,
          docs: [],
          evidence: [],
          confidence: 0,
          cameo: e.type === "MET" && e.placeId && e.placeId !== this.countryOf(e.source, date) && e.placeId !== this.countryOf(e.target, date) ? CAMEO_MEET_THIRD_LOCATION : CAMEO[e.type],
          plover: PLOVER[e.type],
          sources: 0,
        };
        if (e.agreement) g.agreement = e.agreement;
        this.edges.set(key, g);
      }
      if (!g.docs.includes(docId)) {
        g.sources = this.sourcesWith(g, story);
        g.docs = appended(g.docs, [docId]);
      }
      // evidence is capped per edge: a story told 8,000 times needs a few quotes, not all of them
      const room = MAX_EVIDENCE - g.evidence.length;
      if (room > 0 && e.evidence.length) g.evidence = appended(g.evidence, e.evidence.slice(0, room).map((ev) => ({ ...ev, doc: ev.doc === docId ? docId : this.intern(ev.doc) })));
      // independent reports raise confidence; republished copies do not
      g.confidence = Math.min(0.99, Math.max(g.confidence, e.confidence) + (g.sources > 1 ? 0.02 : 0));
      g.confidence = Math.round(g.confidence * 100) / 100;
      if (!g.agreement && e.agreement) g.agreement = e.agreement;
    }
  }

  private interned = new Map<string, string>();
  private intern(s: string): string {
    const known = this.interned.get(s);
    if (known !== undefined) return known;
    this.interned.set(s, s);
    return s;
  }

  /** The file an article id was first read from, if it has been. */
  fileOf(id: string): string | undefined {
    return this.records.get(id)?.file;
  }

  /** The edge's independent stories once a new document of the given story joins it. */
  private sourcesWith(edge: GraphEdge, story: string): number {
    const many = this.storiesOf.get(edge);
    if (many) return many.add(story).size;
    if (edge.docs.length < 16) return edge.docs.some((d) => storyOf(this.records.get(d)!) === story) ? edge.sources : edge.sources + 1;
    const stories = new Set(edge.docs.map((d) => storyOf(this.records.get(d)!))).add(story);
    this.storiesOf.set(edge, stories);
    return stories.size;
  }

  private countryOf(r: ActorRef, date: FuzzyDate | null): string | undefined {
    return r.kind === "country" ? r.id : r.kind === "person" ? this.index.countryOf(r.id, date?.value) ?? r.countryId : undefined;
  }

  private node(r: ActorRef): ActorNode {
    const id = r.id.startsWith("discovered:") ? `discovered:${r.name}` : r.id;
    const existing = this.nodes.get(id);
    if (existing) return existing;
    let node: ActorNode;
    if (r.kind === "person" && r.id.startsWith("discovered:")) {
      node = { id, kind: "person", name: r.name!, aliases: [], country: r.countryId, discovered: true, verified: false };
    } else if (r.kind === "person") {
      const p = this.index.persons.get(r.id)!;
      node = {
        id,
        kind: "person",
        name: p.name,
        aliases: [...new Set([...p.zhHans, ...p.zhHant, ...p.en])],
        country: this.index.countryOf(p.id),
        offices: p.offices.map((o) => ({ role: o.role, of: o.of, title: o.title, start: o.start, end: o.end })),
        verified: p.verified,
      };
    } else if (r.kind === "country") {
      const c = this.index.countries.get(r.id)!;
      node = { id, kind: "country", name: c.name, aliases: [...new Set([...c.zhHans, ...c.zhHant, ...c.en])], iso: c.id };
    } else {
      const o = this.index.organizations.get(r.id)!;
      node = { id, kind: "organization", name: o.name, aliases: [...new Set([...o.zhHans, ...o.zhHant, ...o.en])] };
    }
    this.nodes.set(id, node);
    return node;
  }

  /** Adds a spelling variant of a discovered person (克里沃鲁齐科 beside 克里沃鲁奇科). */
  addAlias(name: string, alias: string) {
    const n = this.nodes.get(`discovered:${name}`);
    if (n && alias !== name && !n.aliases.includes(alias)) n.aliases.push(alias);
  }

  result(): { edges: GraphEdge[]; nodes: ActorNode[]; articles: ArticleRecord[] } {
    const edges = [...this.edges.values()];
    edges.sort(
      (a, b) =>
        (a.date ?? "").localeCompare(b.date ?? "") ||
        a.type.localeCompare(b.type) ||
        a.source.id.localeCompare(b.source.id) ||
        a.target.id.localeCompare(b.target.id),
    );
    const used = new Set(edges.flatMap((e) => [e.source.id, e.target.id]));
    const nodes = [...this.nodes.values()].filter((n) => used.has(n.id)).sort((a, b) => a.id.localeCompare(b.id));
    return { edges, nodes, articles: [...this.records.values()].sort((a, b) => a.id.localeCompare(b.id)) };
  }
}
