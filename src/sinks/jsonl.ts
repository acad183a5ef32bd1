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

function* lines<T>(items: T[], map: (t: T) => unknown): Iterable<string> {
  for (const item of items) yield JSON.stringify(map(item)) + "\n";
}

export const jsonlSink: Sink = {
  name: "jsonl",
  async write(result: PipelineResult, { outDir }) {
    mkdirSync(outDir, { recursive: true });
    await writeAtomically(join(outDir, "edges.jsonl"), lines(result.edges, edgeRecord));
    await writeAtomically(join(outDir, "nodes.jsonl"), lines(result.nodes, (n) => n));
    await writeAtomically(join(outDir, "articles.jsonl"), lines(result.articles, (a) => a));
    return ["edges.jsonl", "nodes.jsonl", "articles.jsonl"];
  },
};
