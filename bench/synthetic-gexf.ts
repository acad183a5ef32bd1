/**
 * One benchmark child: a synthetic diplomacy graph (test/graph/synthetic.ts) of the given number of
 * edges, laid out (ForceAtlas2, timed apart) and written as GEXF by the streaming writer, with the
 * resident set size sampled while writing. Prints one JSON object; the file is removed afterwards.
 *
 *   tsx bench/synthetic-gexf.ts <edges> <actors> <out-dir>
 */
import { mkdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { buildDocument } from "../src/graph/document.js";
import { gexfChunks } from "../src/graph/gexf-writer.js";
import { EVENT_ATTRIBUTES } from "../src/graph/relations.js";
import { writeAtomically } from "../src/sinks/atomic.js";
import { syntheticGraph } from "../test/graph/synthetic.js";

const [edges, actors, outDir] = process.argv.slice(2);
const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
const seconds = (from: number) => Math.round((performance.now() - from) / 10) / 100;

async function main() {
  mkdirSync(outDir, { recursive: true });
  let t = performance.now();
  const graph = syntheticGraph(Number(actors), Number(edges));
  const generateSeconds = seconds(t);
  t = performance.now();
  const { document, layout } = buildDocument({ creator: "diplograph bench", description: "synthetic graph", actors: graph.actors, relations: graph.relations, edgeAttributes: EVENT_ATTRIBUTES });
  const documentSeconds = seconds(t);
  const path = join(outDir, "synthetic.gexf");
  const before = process.memoryUsage().rss;
  let peak = before;
  let n = 0;
  const sampled = function* () {
    for (const c of gexfChunks(document)) {
      if (++n % 64 === 0) peak = Math.max(peak, process.memoryUsage().rss);
      yield c;
    }
  };
  t = performance.now();
  await writeAtomically(path, sampled());
  const writeSeconds = seconds(t);
  const bytes = statSync(path).size;
  rmSync(path, { force: true });
  process.stdout.write(
    JSON.stringify({
      edges: graph.relations.length,
      events: graph.events,
      actors: graph.actors.length,
      generateSeconds,
      layoutSeconds: Math.round(layout.millis / 10) / 100,
      layoutIterations: layout.iterations,
      barnesHut: layout.barnesHut,
      layoutStoppedByClock: layout.stoppedByClock,
      documentSeconds,
      writeSeconds,
      MB: mb(bytes),
      chunks: n,
      rssBeforeWriteMB: mb(before),
      rssPeakWhileWritingMB: mb(Math.max(peak, process.memoryUsage().rss)),
    }) + "\n",
  );
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
