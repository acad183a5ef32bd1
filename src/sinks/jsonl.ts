/** JSON Lines sink: edges.jsonl, nodes.jsonl, articles.jsonl (the output contract). */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { GraphEdge } from "../merge/graph.js";
import type { PipelineResult } from "../pipeline.js";
import { writeAtomically } from "./atomic.js";
import type { Sink } from "./types.js";

/** One edge as the contract prints it. */
export function edgeRecord(e: GraphEdge): Record<string, unknown> {
  const actor = (a: GraphEdge["source"]) => ({ id: a.id, name: a.name, aliases: a.aliases, kind: a.kind });
  return {
    type: e.type,
    source: actor(e.source),
    target: actor(e.target),
    date: e.date,
    datePrecision: e.datePrecision,
    status: e.status,
    docs: e.docs,
    evidence: e.evidence,
    confidence: e.confidence,
    cameo: e.cameo,
    plover: e.plover,
    ...(e.agreement ? { agreement: e.agreement } : {}),
    sources: e.sources,
  };
}

/** An actor's JSON, made once: its aliases are most of every line, and an actor is in many edges. */
const actorJson = new WeakMap<GraphEdge["source"], string>();
function jsonOfActor(a: GraphEdge["source"]): string {
  let json = actorJson.get(a);
  if (json === undefined) {
    json = JSON.stringify({ id: a.id, name: a.name, aliases: a.aliases, kind: a.kind });
    actorJson.set(a, json);
  }
  return json;
}

/** edgeRecord(e) as JSON: the text JSON.stringify gives it, with each actor's part made once. */
export function edgeJson(e: GraphEdge): string {
  const { type, source, target, ...rest } = edgeRecord(e);
  // (rest always has its sources count, so it is never the empty object)
  return `{"type":${JSON.stringify(type)},"source":${jsonOfActor(e.source)},"target":${jsonOfActor(e.target)},${JSON.stringify(rest).slice(1)}`;
}

function* lines<T>(items: T[], json: (t: T) => string): Iterable<string> {
  for (const item of items) yield json(item) + "\n";
}

export const jsonlSink: Sink = {
  name: "jsonl",
  async write(result: PipelineResult, { outDir }) {
    mkdirSync(outDir, { recursive: true });
    await writeAtomically(join(outDir, "edges.jsonl"), lines(result.edges, edgeJson));
    await writeAtomically(join(outDir, "nodes.jsonl"), lines(result.nodes, (n) => JSON.stringify(n)));
    await writeAtomically(join(outDir, "articles.jsonl"), lines(result.articles, (a) => JSON.stringify(a)));
    return ["edges.jsonl", "nodes.jsonl", "articles.jsonl"];
  },
};
