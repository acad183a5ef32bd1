/**
 * One benchmark child: builds the graph of a corpus in process (runPipeline), then
 *   - loads it into Neo4j through the sink and, after emptying the database, with the raw
 *     UNWIND ... CREATE plan of the same rows (bench/neo4j-raw.ts), timing both;
 *   - writes its two GEXF files (diplomacy and country rollup), timing the ForceAtlas2 layout
 *     apart from the writing and sampling the resident set size while writing.
 * Prints one JSON object. Run by bench/run.ts under GNU time for the process's peak RSS.
 *
 *   tsx bench/graph-task.ts <corpus> <out-dir> [--neo4j bolt://...]   (NEO4J_USER, NEO4J_PASSWORD)
 */
import { mkdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { countriesDocument, diplomacyDocument } from "../src/graph/exports.js";
import { gexfChunks } from "../src/graph/gexf-writer.js";
import { runPipeline } from "../src/pipeline.js";
import { writeAtomically } from "../src/sinks/atomic.js";
import { extractorVersion } from "../src/sinks/extractor-version.js";
import { neo4jSink, runLoadPlan } from "../src/sinks/neo4j.js";
import { neo4jLoadPlan } from "../src/sinks/neo4j-plan.js";
import { clearDatabase, rawPlan } from "./neo4j-raw.js";

const [corpus, outDir] = process.argv.slice(2);
const uriAt = process.argv.indexOf("--neo4j");
const uri = uriAt > 0 ? process.argv[uriAt + 1] : undefined;
const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
const seconds = (from: number) => Math.round((performance.now() - from) / 10) / 100;

/** Writes a document, sampling RSS every 64 chunks: the writer should not grow with the file. */
async function writeSampled(path: string, chunks: Iterable<string>) {
  const before = process.memoryUsage().rss;
  let peak = before;
  let n = 0;
  const sampled = function* () {
    for (const c of chunks) {
      if (++n % 64 === 0) peak = Math.max(peak, process.memoryUsage().rss);
      yield c;
    }
  };
  const t = performance.now();
  await writeAtomically(path, sampled());
  return { seconds: seconds(t), bytes: statSync(path).size, rssBeforeMB: mb(before), rssPeakWhileWritingMB: mb(Math.max(peak, process.memoryUsage().rss)) };
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const t0 = performance.now();
  const result = runPipeline({ paths: [corpus] });
  const out: Record<string, unknown> = {
    pipeline: { seconds: seconds(t0), articles: result.summary.read, edges: result.edges.length, nodes: result.nodes.length, rssMB: mb(process.memoryUsage().rss) },
  };

  if (uri) {
    const target = { uri, user: process.env.NEO4J_USER ?? "neo4j", password: process.env.NEO4J_PASSWORD ?? "" };
    // warm the server's JVM and the driver with a slice of the graph, so neither load pays for it
    await clearDatabase(target);
    const slice = result.edges.slice(0, 500);
    const sliceDocs = new Set(slice.flatMap((e) => e.docs));
    const sliceActors = new Set(slice.flatMap((e) => [e.source.id, e.target.id]));
    const warm = { ...result, edges: slice, articles: result.articles.filter((a) => sliceDocs.has(a.id)), nodes: result.nodes.filter((n) => sliceActors.has(n.id)) };
    await neo4jSink.write(warm, { outDir, neo4j: target });
    await clearDatabase(target);
    await runLoadPlan(rawPlan(neo4jLoadPlan(warm, extractorVersion(result.summary.dictionaryVersion))), target);
    await clearDatabase(target);
    let t = performance.now();
    await neo4jSink.write(result, { outDir, neo4j: target });
    const sink = seconds(t);
    const plan = neo4jLoadPlan(result, extractorVersion(result.summary.dictionaryVersion));
    const rows = plan.reduce((n, s) => n + (s.rows?.length ?? 0), 0);
    await clearDatabase(target);
    const raw = rawPlan(plan);
    t = performance.now();
    await runLoadPlan(raw, target);
    const rawSeconds = seconds(t);
    await clearDatabase(target);
    out.neo4j = {
      edges: result.edges.length,
      rows,
      sinkSeconds: sink,
      rawSeconds,
      sinkEdgesPerSecond: Math.round(result.edges.length / sink),
      rawEdgesPerSecond: Math.round(result.edges.length / rawSeconds),
      ratio: Math.round((rawSeconds / sink) * 100) / 100,
    };
  }

  const gexf: Record<string, unknown> = {};
  for (const [file, build] of [
    ["diplomacy.gexf", () => diplomacyDocument(result)],
    ["countries.gexf", () => countriesDocument(result, result.index)],
  ] as const) {
    const t = performance.now();
    const { document, layout } = build();
    const documentSeconds = seconds(t);
    const written = await writeSampled(join(outDir, file), gexfChunks(document));
    gexf[file] = {
      layoutSeconds: Math.round(layout.millis / 10) / 100,
      layoutIterations: layout.iterations,
      barnesHut: layout.barnesHut,
      documentSeconds,
      writeSeconds: written.seconds,
      MB: mb(written.bytes),
      rssBeforeMB: written.rssBeforeMB,
      rssPeakWhileWritingMB: written.rssPeakWhileWritingMB,
    };
    rmSync(join(outDir, file), { force: true });
  }
  out.gexf = gexf;
  process.stdout.write(JSON.stringify(out) + "\n");
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
