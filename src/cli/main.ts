/**
 * The diplograph command line: parse args → options → main() returns data → sinks and printing.
 * Exit codes: 0 done (files may have been skipped with warnings), 1 input rejected, 2 usage error.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import * as OpenCC from "opencc-js";
import { DiplographError } from "../errors.js";
import type { GraphEdge } from "../merge/graph.js";
import { foldForMatching } from "../normalise/script.js";
import { progressReporter } from "./progress.js";
import type { Candidate, PipelineResult } from "../pipeline.js";
import { runPipelineParallel } from "../run/parallel.js";
import { edgeJson, edgeRecord } from "../sinks/jsonl.js";
import { parseOptions, type CliOptions } from "./options.js";

/**
 * Made on first use: building OpenCC's cn → tw tables took 110 ms of every start, and only the
 * candidates listing needs them (an extraction's workers wait for this thread to plan the run).
 */
let cnToTw: ((text: string) => string) | undefined;
const toTraditional = (text: string) => (cnToTw ??= OpenCC.Converter({ from: "cn", to: "tw" }))(text);

/** Filters edges by --from/--to (overlapping periods), --type and --actor. */
export function filterEdges(edges: GraphEdge[], o: Pick<CliOptions, "from" | "to" | "types" | "actor">): GraphEdge[] {
  const actor = o.actor ? foldForMatching(o.actor.trim()) : undefined;
  const matchesActor = (a: GraphEdge["source"]) =>
    [a.id, a.name, ...a.aliases].some((n) => foldForMatching(n) === actor);
  return edges.filter((e) => {
    if (o.types && !o.types.includes(e.type)) return false;
    if (o.from && (!e.date || e.date.padEnd(10, "~") < o.from)) return false;
    if (o.to && (!e.date || e.date > o.to.padEnd(10, "~"))) return false;
    if (actor && !matchesActor(e.source) && !matchesActor(e.target)) return false;
    return true;
  });
}

export async function main(options: CliOptions): Promise<PipelineResult> {
  for (const p of options.paths) {
    if (!existsSync(p)) throw new DiplographError("INPUT_REJECTED", `${p}: no such file or folder`);
  }
  if (options.manifest && !existsSync(options.manifest)) {
    throw new DiplographError("INPUT_REJECTED", `${options.manifest}: no such manifest file`);
  }
  const result = await runPipelineParallel({
    paths: options.paths,
    manifest: options.manifest,
    published: options.published,
    dictDirs: options.dictDirs.map((d) => resolve(d)),
    maxFileBytes: options.maxFileBytes,
    maxFileSeconds: options.maxFileSeconds,
    workers: options.workers,
    onArticle: progress(options),
  });
  result.edges = filterEdges(result.edges, options);
  const used = new Set(result.edges.flatMap((e) => [e.source.id, e.target.id]));
  result.nodes = result.nodes.filter((n) => used.has(n.id));
  return result;
}

/** Progress on stderr (a bar on a terminal, a line every few seconds otherwise); none with --quiet. */
function progress(o: CliOptions): ((done: number, total: number) => void) | undefined {
  if (o.quiet) return undefined;
  return progressReporter({ isTTY: Boolean(process.stderr.isTTY), columns: process.stderr.columns, write: (t) => process.stderr.write(t) });
}

function summaryText(r: PipelineResult, written: string[], outDir?: string): string {
  const s = r.summary;
  const lines = [`diplograph: read ${s.read} article(s), skipped ${s.skipped.length}; dictionary ${s.dictionaryVersion}`];
  for (const k of s.skipped) lines.push(`  skipped ${k.file}: ${k.reason}`);
  for (const k of s.cut) lines.push(`  cut ${k.file}: ${k.reason}`);
  lines.push(`  entities: ${r.nodes.length}; edges: ${r.edges.length}`);
  const byType: Record<string, number> = {};
  for (const e of r.edges) byType[e.type] = (byType[e.type] ?? 0) + 1;
  for (const [t, n] of Object.entries(byType).sort()) lines.push(`    ${t.padEnd(18)} ${n}`);
  if (r.candidates.length) lines.push(`  discovered persons not in the dictionary: ${r.candidates.length} (see "diplograph candidates")`);
  for (const w of s.warnings) lines.push(`  warning ${w.file}: ${w.message}`);
  if (outDir) lines.push(`  wrote ${written.map((f) => `${outDir}/${f}`).join(", ")}`);
  return lines.join("\n") + "\n";
}

function candidateEntry(c: Candidate) {
  const names = [c.name, ...c.variants];
  let hash = 0;
  for (const ch of c.name) hash = (Math.imul(hash, 31) + ch.codePointAt(0)!) >>> 0;
  return {
    id: `todo-${hash.toString(36)}`,
    name: c.name,
    en: [],
    zhHans: names,
    zhHant: [...new Set(names.map((n) => toTraditional(n)))],
    verified: false,
    offices: c.country && c.role ? [{ role: c.role, of: c.country, title: c.title ?? c.role, start: "TODO", end: null }] : [],
  };
}

/** JSON Lines to stdout in 64 KB writes: a write per edge was 190k system calls at 100k articles. */
function writeLines<T>(items: T[], line: (item: T) => string): void {
  let chunk = "";
  for (const item of items) {
    chunk += line(item) + "\n";
    if (chunk.length >= 1 << 16) {
      process.stdout.write(chunk);
      chunk = "";
    }
  }
  if (chunk) process.stdout.write(chunk);
}

export async function run(argv: string[]): Promise<number> {
  let options;
  try {
    const parsed = parseOptions(argv);
    if ("help" in parsed) {
      process.stdout.write(parsed.help + "\n");
      return 0;
    }
    options = parsed;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  try {
    const result = await main(options);
    if (options.command === "extract") {
      if (options.format === "json") process.stdout.write(JSON.stringify(result.edges.map(edgeRecord), null, 2) + "\n");
      else writeLines(result.edges, edgeJson);
      if (!options.quiet) process.stderr.write(summaryText(result, []));
    } else if (options.command === "candidates") {
      if (options.format === "json") {
        process.stdout.write(JSON.stringify({ version: "candidates", persons: result.candidates.map(candidateEntry) }, null, 2) + "\n");
      } else {
        for (const c of result.candidates) {
          process.stdout.write(
            `${c.count}\t${c.name}${c.variants.length ? ` (also ${c.variants.join(", ")})` : ""} — ${c.title ?? "?"}, ${c.country ?? "country unknown"}; in ${c.docs.join(", ")}\n` +
              c.examples.map((x) => `\t  «${x}»\n`).join("") +
              `\t  ${JSON.stringify(candidateEntry(c))}\n`,
          );
        }
        if (!result.candidates.length) process.stdout.write("no candidates: every titled person is in the dictionary\n");
      }
    } else {
      const written: string[] = [];
      const log = (m: string) => !options.quiet && process.stderr.write(`${m}\n`);
      const ctx = {
        outDir: options.outDir,
        log,
        neo4j: options.neo4jUri
          ? {
              uri: options.neo4jUri,
              user: process.env.NEO4J_USER ?? "neo4j",
              password: process.env.NEO4J_PASSWORD ?? "",
              database: process.env.NEO4J_DATABASE,
            }
          : undefined,
      };
      // (the sinks load their libraries, neo4j-driver and graphology, only for the commands that write)
      const { DEFAULT_SINKS, SINKS } = await import("../sinks/registry.js");
      for (const name of DEFAULT_SINKS) written.push(...(await SINKS[name].write(result, ctx)));
      if (ctx.neo4j) {
        const neo4j = SINKS.neo4j;
        if (!neo4j) throw new DiplographError("USAGE", "this build has no Neo4j sink");
        await neo4j.write(result, ctx);
      }
      if (!options.quiet) process.stderr.write(summaryText(result, written, options.outDir));
    }
    return 0;
  } catch (e) {
    if (e instanceof DiplographError) {
      process.stderr.write(`${e.message}\n`);
      return e.code === "USAGE" ? 2 : 1;
    }
    process.stderr.write(`diplograph: ${(e as NodeJS.ErrnoException).code ? `${(e as Error).message}` : (e as Error).stack}\n`);
    return 1;
  }
}
