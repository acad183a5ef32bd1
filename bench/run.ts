/**
 * npm run bench [-- --sizes 1000,10000,100000] [--seed 1] [--no-neo4j] [--synthetic-edges 1000000]
 *                 [--runs 3] [--timeout-minutes 20] [--render-only]
 *
 * Measures how diplograph scales on generated corpora (scripts/corpus.ts, cached by size, seed and
 * generator version under .tooling/bench-corpus/) and writes bench/results.json plus a table:
 *   - extraction through the CLI (`extract <dir> -q --workers N`, a child process): seconds, MB/s,
 *     articles/s, peak RSS, with one worker and with two; the same corpus through the bare baseline
 *     (bench/baseline.mjs: read, decode, one Aho–Corasick scan) in the same run, and our time over
 *     its time; also the Chinese and the English articles apart;
 *   - quality: the shared scorer (../shared/eval/score.mjs) on the one-worker edges, run on shards
 *     of the gold (it compares every document with every prediction, so a shard keeps it linear);
 *   - Neo4j (a local 5.26 server started from scripts/neo4j.mjs in .tooling/bench-neo4j): edges/s
 *     through the sink against a raw UNWIND ... CREATE of the same rows (bench/graph-task.ts);
 *   - GEXF: the corpus graph's two files and a synthetic graph of 1M edges (bench/synthetic-gexf.ts):
 *     seconds to write, RSS while writing, the ForceAtlas2 layout timed apart.
 * Every extraction (all sizes) is measured before the Neo4j server starts, with nothing else running.
 * Each baseline and extraction runs --runs times (3 by default) and the run of median time is kept,
 * with every run's seconds beside it: identical runs on this kind of VM differ by up to ±10%.
 *
 * The machine's own ceiling for all its workers is measured too, at the largest size: as many
 * one-worker extractions as cores, started at once, which share nothing (no merging thread, no
 * messages). What they reach together over one alone is the most any run with that many workers can
 * reach here: a one-worker run already keeps more than one core busy (V8's collector and compiler
 * threads, the merging thread).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateCorpus, GENERATOR_VERSION, type CorpusSummary } from "../scripts/corpus/generate.js";
import { OUTLETS } from "../scripts/corpus/outlets.js";
import { freePort, startServer, stopServer } from "../scripts/neo4j.mjs";
import { measure, rssMethod, THREAD_POLL_MS, type Measured } from "./measure.js";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin", "diplograph.js");
const TSX = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const SCORER = join(ROOT, "..", "shared", "eval", "score.mjs");
const CACHE = join(ROOT, ".tooling", "bench-corpus");
const WORK = join(ROOT, ".tooling", "bench-work");
const NEO4J_HOME = join(ROOT, ".tooling", "bench-neo4j");
const RESULTS = join(ROOT, "bench", "results.json");
const SHARD_DOCS = 10_000;

const log = (m: string) => process.stderr.write(`bench: ${m}\n`);
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

// ---------------------------------------------------------------------------------------------
// corpora

/** The cached corpus of a size and seed; generated when missing or made by another generator version. */
function corpusFor(articles: number, seed: number): { dir: string; summary: CorpusSummary; generatedSeconds?: number } {
  const dir = join(CACHE, `${articles}-s${seed}`);
  const stamp = join(dir, "corpus.json");
  if (existsSync(stamp)) {
    const summary = JSON.parse(readFileSync(stamp, "utf8")) as CorpusSummary;
    if (summary.generator === GENERATOR_VERSION && summary.articles === articles && summary.seed === seed) return { dir, summary };
  }
  // a partial or outdated corpus in our own cache folder is thrown away
  rmSync(dir, { recursive: true, force: true });
  rmSync(`${dir}-zh`, { recursive: true, force: true });
  rmSync(`${dir}-en`, { recursive: true, force: true });
  log(`generating ${articles} articles (seed ${seed}) into ${dir}`);
  const t = performance.now();
  let last = performance.now();
  const summary = generateCorpus({
    articles,
    out: dir,
    seed,
    onProgress: (done, total) => {
      if (performance.now() - last > 15_000) {
        last = performance.now();
        log(`  ${done}/${total} articles`);
      }
    },
  });
  return { dir, summary, generatedSeconds: round((performance.now() - t) / 1000, 1) };
}

const SCRIPT_OF = new Map(OUTLETS.map((o) => [o.slug, o.script]));

/** The corpus's Chinese (Simplified and Traditional) or English articles, hard-linked, with their manifest. */
function subset(dir: string, which: "zh" | "en"): { dir: string; articles: number; bytes: number } {
  const out = `${dir}-${which}`;
  const wanted = (file: string) => {
    const script = SCRIPT_OF.get(file.replace(/^\d+-/, "").replace(/\.\w+$/, ""));
    return which === "en" ? script === "en" : script === "hans" || script === "hant";
  };
  const files = readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f) && wanted(f));
  if (!existsSync(join(out, "manifest.json"))) {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    for (const f of files) linkSync(join(dir, f), join(out, f));
    const manifest = (JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { file: string }[]).filter((m) => wanted(m.file));
    writeFileSync(join(out, "manifest.json"), JSON.stringify(manifest));
  }
  const bytes = files.reduce((n, f) => n + statSync(join(out, f)).size, 0);
  return { dir: out, articles: files.length, bytes };
}

// ---------------------------------------------------------------------------------------------
// runs

interface Throughput {
  seconds: number;
  /** CPU seconds over wall seconds: the cores the run kept busy (threads and V8's GC helpers). */
  coresBusy?: number;
  peakRssMB: number;
  MBps: number;
  articlesPerSecond: number;
  /** Stopped at the time limit: the rates are upper bounds, the RSS unknown. */
  timedOut?: true;
  /** Each run's seconds, when the figures are those of the median of several runs. */
  runsSeconds?: number[];
  /**
   * An extraction's CPU seconds by thread: the thread that plans the run and merges, the worker
   * threads (taken to be the busiest others: each keeps a core about busy) and the rest (V8's
   * compiler and collector threads, libuv's).
   */
  cpu?: { merging: number; workers: number[]; helpers: number };
}

/** `workers`: how many worker threads the measured run had, for its CPU time by thread. */
function throughput(m: Measured, bytes: number, articles: number, workers?: number): Throughput {
  if (m.timedOut) return { seconds: round(m.seconds, 0), peakRssMB: 0, MBps: round(bytes / 1e6 / m.seconds), articlesPerSecond: round(articles / m.seconds, 0), timedOut: true };
  const threads = m.threadCpu;
  return {
    seconds: round(m.seconds),
    ...(m.cpuSeconds === undefined ? {} : { coresBusy: round(m.cpuSeconds / m.seconds, 1) }),
    peakRssMB: round(m.peakRssMB, 0),
    MBps: round(bytes / 1e6 / m.seconds),
    articlesPerSecond: round(articles / m.seconds, 0),
    ...(threads && workers
      ? {
          cpu: {
            merging: round(threads.main, 1),
            workers: threads.others.slice(0, workers).map((s) => round(s, 1)),
            helpers: round(threads.others.slice(workers).reduce((a, b) => a + b, 0), 1),
          },
        }
      : {}),
  };
}

/** An extraction's time over the baseline's on the same files. */
const timesOf = (extraction: Throughput, baseline: Throughput) => round(extraction.seconds / baseline.seconds, 2);

/** Each child's time limit (--timeout-minutes). */
let timeoutSeconds = 20 * 60;
/** Runs per measurement (--runs); the median one is kept. */
let runs = 3;

/** The run of median time among `runs` (all of them when one stops at the time limit: it is told as such). */
async function median(run: () => Promise<Throughput>): Promise<Throughput> {
  const done: Throughput[] = [];
  for (let i = 0; i < runs; i++) {
    const t = await run();
    if (t.timedOut) return t;
    done.push(t);
  }
  if (done.length === 1) return done[0]!;
  const sorted = [...done].sort((a, b) => a.seconds - b.seconds);
  return { ...sorted[(sorted.length - 1) >> 1]!, runsSeconds: done.map((t) => t.seconds) };
}

async function baseline(dir: string, bytes: number, articles: number) {
  return median(async () => {
    const m = await measure(process.execPath, [join(ROOT, "bench", "baseline.mjs"), dir]);
    if (m.code !== 0) throw new Error(`diplograph: bench: baseline failed: ${m.stderr}`);
    return throughput(m, bytes, articles);
  });
}

function extractArgs(dir: string, workers: number | undefined): string[] {
  return [BIN, "extract", dir, "-q", ...(workers ? ["--workers", String(workers)] : [])];
}

function checked(m: Measured, workers: number | undefined): Measured {
  if (m.timedOut) log(`  stopped after the ${timeoutSeconds / 60} min limit`);
  else if (m.code !== 0) throw new Error(`diplograph: bench: extract ${workers ? `--workers ${workers} ` : ""}failed (exit ${m.code}): ${m.stderr.slice(-2000)}`);
  return m;
}

async function extract(dir: string, bytes: number, articles: number, workers: number | undefined, edgesFile?: string) {
  return median(async () => {
    const m = await measure(process.execPath, extractArgs(dir, workers), { stdoutFile: edgesFile, timeoutSeconds, threads: true });
    return throughput(checked(m, workers), bytes, articles, workers);
  });
}

/**
 * `copies` one-worker extractions of the corpus started at once: the slowest one's throughput, and
 * their combined rate over `one` (the one-worker run alone), which bounds the speed-up of any run
 * with that many workers here.
 */
async function independentCopies(dir: string, bytes: number, articles: number, copies: number, one: Throughput) {
  const slowest = await median(async () => {
    const all = await Promise.all(Array.from({ length: copies }, () => measure(process.execPath, extractArgs(dir, 1), { timeoutSeconds })));
    return throughput(all.map((m) => checked(m, 1)).reduce((a, b) => (a.seconds >= b.seconds ? a : b)), bytes, articles);
  });
  return { copies, ...slowest, ceiling: slowest.timedOut ? undefined : round((copies * one.seconds) / slowest.seconds) };
}

const TASKSET = "/usr/bin/taskset";

/**
 * The one-worker extraction confined to one core (taskset): the work one worker does, its merging
 * thread's and V8's helper threads' included, on one core's time; undefined without taskset.
 */
async function oneCore(dir: string, bytes: number, articles: number) {
  if (!existsSync(TASKSET)) return undefined;
  return median(async () => throughput(checked(await measure(TASKSET, ["-c", "0", process.execPath, ...extractArgs(dir, 1)], { timeoutSeconds }), 1), bytes, articles));
}

/** `copies` bare baselines started at once: how the cores scale for light work (no worker threads, little garbage). */
async function baselineCopies(dir: string, bytes: number, articles: number, copies: number, base: Throughput) {
  const slowest = await median(async () => {
    const all = await Promise.all(Array.from({ length: copies }, () => measure(process.execPath, [join(ROOT, "bench", "baseline.mjs"), dir])));
    const failed = all.find((m) => m.code !== 0);
    if (failed) throw new Error(`diplograph: bench: baseline failed: ${failed.stderr}`);
    return throughput(all.reduce((a, b) => (a.seconds >= b.seconds ? a : b)), bytes, articles);
  });
  return { copies, ...slowest, together: round((copies * base.seconds) / slowest.seconds) };
}

interface Score {
  P: number;
  R: number;
  F1: number;
  tp: number;
  fp: number;
  fn: number;
}

/**
 * The shared scorer on shards of the gold: each shard gets the documents' gold and the predictions
 * with their doc lists cut to the shard (the scorer judges each document on its own, so the sums
 * are what one run over everything would give, in linear time).
 */
function scoreSharded(goldPath: string, edgesPath: string): { strict: Score; loose: Score } {
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as { about: string; entities: unknown; docs: { doc: string }[] };
  const preds = readFileSync(edgesPath, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { docs: string[] });
  const dir = join(WORK, "score");
  mkdirSync(dir, { recursive: true });
  const sums = { strict: { tp: 0, fp: 0, fn: 0 }, loose: { tp: 0, fp: 0, fn: 0 } };
  for (let i = 0; i < gold.docs.length; i += SHARD_DOCS) {
    const docs = gold.docs.slice(i, i + SHARD_DOCS);
    const ids = new Set(docs.map((d) => d.doc));
    writeFileSync(join(dir, "gold.json"), JSON.stringify({ about: gold.about, entities: gold.entities, docs }));
    const lines = preds.flatMap((p) => {
      const mine = p.docs.filter((d) => ids.has(d));
      return mine.length ? [JSON.stringify({ ...p, docs: mine })] : [];
    });
    writeFileSync(join(dir, "pred.jsonl"), lines.join("\n") + "\n");
    const out = execFileSync(process.execPath, [SCORER, "--gold", join(dir, "gold.json"), "--pred", join(dir, "pred.jsonl")], { encoding: "utf8" });
    for (const kind of ["strict", "loose"] as const) {
      const m = new RegExp(`${kind}:.*\\(tp=(\\d+) fp=(\\d+) fn=(\\d+)`).exec(out);
      if (!m) throw new Error(`diplograph: bench: unexpected scorer output: ${out}`);
      sums[kind].tp += Number(m[1]);
      sums[kind].fp += Number(m[2]);
      sums[kind].fn += Number(m[3]);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const score = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }): Score => {
    const P = tp / Math.max(1, tp + fp);
    const R = tp / Math.max(1, tp + fn);
    return { P: round(P, 3), R: round(R, 3), F1: round(P + R ? (2 * P * R) / (P + R) : 0, 3), tp, fp, fn };
  };
  return { strict: score(sums.strict), loose: score(sums.loose) };
}


// ---------------------------------------------------------------------------------------------
// main

async function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "1000,10000,100000" },
      seed: { type: "string", default: "1" },
      "no-neo4j": { type: "boolean", default: false },
      "synthetic-edges": { type: "string", default: "1000000" },
      "timeout-minutes": { type: "string", default: "20" },
      runs: { type: "string", default: "3" },
      "render-only": { type: "boolean", default: false },
    },
  });
  if (values["render-only"]) return renderOnly();
  timeoutSeconds = Number(values["timeout-minutes"]) * 60;
  runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error("diplograph: bench: --runs expects a positive integer");
  if (!(timeoutSeconds > 0)) throw new Error("diplograph: bench: --timeout-minutes expects a positive number");
  const sizes = values.sizes.split(",").map((s) => Number(s.trim()));
  if (sizes.some((s) => !Number.isInteger(s) || s < 1)) throw new Error("diplograph: bench: --sizes expects positive integers, e.g. 1000,10000");
  const seed = Number(values.seed);
  const syntheticEdges = Number(values["synthetic-edges"]);
  const notes: string[] = [];

  log("building dist/ (the CLI and its workers run from it)");
  execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(ROOT, "tsconfig.build.json")], { stdio: "inherit" });
  const help = spawnSync(process.execPath, [BIN, "extract", "--help"], { encoding: "utf8" }).stdout;
  const hasWorkers = /--workers/.test(help);
  if (!hasWorkers) notes.push("the CLI has no --workers option yet: extraction ran once, on one thread");

  const cores = availableParallelism();
  const machine = {
    cpu: cpus()[0]?.model ?? "unknown",
    cores,
    ramGB: round(totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    rssMethod,
  };
  log(`machine: ${machine.cpu}, ${cores} cores, ${machine.ramGB} GB, Node ${machine.node}`);

  let neo4jUri: string | undefined;
  const password = process.env.NEO4J_PASSWORD || "diplograph-bench";
  /** Started after every extraction is measured: an idle server's JVM still takes CPU from them. */
  const startNeo4j = async () => {
    if (values["no-neo4j"]) {
      notes.push("Neo4j not measured: --no-neo4j");
      return;
    }
    try {
      log("starting a local Neo4j server for the load comparison (scripts/neo4j.mjs, .tooling/bench-neo4j)");
      const started = await startServer({ home: NEO4J_HOME, boltPort: await freePort(), httpPort: await freePort(), password, heap: "1g", pageCache: "512m", log });
      neo4jUri = started.boltUri;
    } catch (e) {
      notes.push(`Neo4j not measured: the local server did not start (${(e as Error).message.split("\n")[0]})`);
      log(notes[notes.length - 1]);
    }
  };

  // an interrupted run still stops the server it started (it runs detached)
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping`);
      const stop = neo4jUri ? stopServer({ home: NEO4J_HOME, log }) : Promise.resolve(false);
      void stop.finally(() => process.exit(130));
    });
  }
  const rows: Record<string, unknown>[] = [];
  let synthetic: Record<string, unknown> | undefined;
  // written after every step, so a long run that is stopped keeps what it measured
  const save = (complete: boolean) => {
    const results = { machine, seed, generator: GENERATOR_VERSION, workersOption: hasWorkers, timeoutMinutes: timeoutSeconds / 60, runsPerMeasurement: runs, complete, sizes: rows, synthetic, notes, ranAt: new Date().toISOString() };
    writeFileSync(RESULTS, JSON.stringify(results, null, 2) + "\n");
    return results;
  };
  try {
    for (const articles of sizes) {
      const corpus = corpusFor(articles, seed);
      const bytes = corpus.summary.bytes;
      const row: Record<string, unknown> = { articles, MB: round(bytes / 1e6, 1), generatedSeconds: corpus.generatedSeconds };
      rows.push(row);
      log(`${articles} articles (${row.MB} MB): baseline`);
      const base = await baseline(corpus.dir, bytes, articles);
      row.baseline = base;
      mkdirSync(WORK, { recursive: true });
      const edges = join(WORK, `edges-${articles}.jsonl`);
      log(`${articles} articles: extract, 1 worker`);
      const one = await extract(corpus.dir, bytes, articles, hasWorkers ? 1 : undefined, edges);
      row.extract1 = { ...one, timesBaseline: timesOf(one, base) };
      save(false);
      if (one.timedOut) {
        // the other runs repeat the same extraction: they would hit the same limit
        notes.push(`${articles} articles: the one-worker extraction did not finish within ${timeoutSeconds / 60} min; the other extraction, the quality score, the Neo4j load and the GEXF of its graph were not run`);
        rmSync(edges, { force: true });
        save(false);
        continue;
      }
      if (hasWorkers) {
        log(`${articles} articles: extract, ${cores} workers`);
        const all = await extract(corpus.dir, bytes, articles, cores);
        row.extractAll = { ...all, workers: cores, timesBaseline: timesOf(all, base), speedup: all.timedOut ? undefined : round(one.seconds / all.seconds) };
        save(false);
        if (articles === Math.max(...sizes)) {
          log(`${articles} articles: ${cores} one-worker extractions at once (the machine's ceiling for ${cores} workers)`);
          row.independentCopies = await independentCopies(corpus.dir, bytes, articles, cores, one);
          save(false);
          log(`${articles} articles: ${cores} bare baselines at once, and one worker confined to one core`);
          row.baselineCopies = await baselineCopies(corpus.dir, bytes, articles, cores, base);
          const pinned = await oneCore(corpus.dir, bytes, articles);
          if (pinned) row.oneCore = { ...pinned, allWorkersOver: all.timedOut || pinned.timedOut ? undefined : round(pinned.seconds / all.seconds) };
          else notes.push("taskset is missing: the one-worker extraction on one core was not measured");
          save(false);
        }
      }
      {
        const scripts: Record<string, unknown> = {};
        for (const which of ["zh", "en"] as const) {
          const s = subset(corpus.dir, which);
          log(`${articles} articles: ${which} only (${s.articles} articles): baseline and extract, 1 worker`);
          const b = await baseline(s.dir, s.bytes, s.articles);
          const e = await extract(s.dir, s.bytes, s.articles, hasWorkers ? 1 : undefined);
          scripts[which] = { articles: s.articles, MB: round(s.bytes / 1e6, 1), baseline: b, extract1: { ...e, timesBaseline: timesOf(e, b) } };
        }
        row.scripts = scripts;
        save(false);
      }
      if (existsSync(SCORER)) {
        log(`${articles} articles: scoring`);
        row.quality = scoreSharded(join(corpus.dir, "gold.json"), edges);
        save(false);
      } else notes.push(`quality not measured: no scorer at ${SCORER}`);
      rmSync(edges, { force: true });
      log(`${articles} articles: extraction measured`);
    }
    await startNeo4j();
    for (const row of rows) {
      const articles = row.articles as number;
      if ((row.extract1 as Throughput).timedOut) continue;
      const corpus = corpusFor(articles, seed);
      log(`${articles} articles: graph (in process), ${neo4jUri ? "Neo4j sink and raw load, " : ""}GEXF`);
      const task = join(WORK, "graph-out");
      const out = join(WORK, `graph-${articles}.json`);
      const g = await measure(process.execPath, [TSX, join(ROOT, "bench", "graph-task.ts"), corpus.dir, task, ...(neo4jUri ? ["--neo4j", neo4jUri] : [])], {
        stdoutFile: out,
        env: { ...process.env, NEO4J_USER: "neo4j", NEO4J_PASSWORD: password },
        timeoutSeconds,
      });
      if (g.timedOut) notes.push(`${articles} articles: the graph task (in-process extraction, Neo4j loads, GEXF) did not finish within ${timeoutSeconds / 60} min`);
      else if (g.code !== 0) throw new Error(`diplograph: bench: graph task failed: ${g.stderr.slice(-3000)}`);
      else row.graph = { ...JSON.parse(readFileSync(out, "utf8")), seconds: round(g.seconds), peakRssMB: round(g.peakRssMB, 0) };
      rmSync(out, { force: true });
      rmSync(task, { recursive: true, force: true });
      save(false);
      log(`${articles} articles: done`);
    }
  } finally {
    if (neo4jUri) await stopServer({ home: NEO4J_HOME, log }).catch((e) => log(`could not stop Neo4j: ${(e as Error).message}`));
  }

  if (syntheticEdges > 0) {
    log(`synthetic GEXF: ${syntheticEdges} edges`);
    const out = join(WORK, "synthetic.json");
    const actors = Math.max(100, Math.round(syntheticEdges / 20));
    const m = await measure(process.execPath, [TSX, join(ROOT, "bench", "synthetic-gexf.ts"), String(syntheticEdges), String(actors), join(WORK, "synthetic")], { stdoutFile: out, timeoutSeconds });
    if (m.timedOut) notes.push(`the synthetic GEXF of ${syntheticEdges} edges did not finish within ${timeoutSeconds / 60} min`);
    else if (m.code !== 0) throw new Error(`diplograph: bench: synthetic GEXF failed: ${m.stderr.slice(-3000)}`);
    else synthetic = { ...JSON.parse(readFileSync(out, "utf8")), seconds: round(m.seconds), peakRssMB: round(m.peakRssMB, 0) };
    rmSync(join(WORK, "synthetic"), { recursive: true, force: true });
  }

  const results = save(true);
  const text = table(results);
  process.stdout.write(text + "\n");
  log(`wrote ${RESULTS}`);
  if (writeReadme(text)) log(`updated the table in ${README}`);
}

/**
 * --render-only: the table and the README again from bench/results.json, without measuring, with
 * the ratios worked out anew from the measured seconds (after a change to how the table shows them).
 */
function renderOnly(): void {
  const results = JSON.parse(readFileSync(RESULTS, "utf8"));
  for (const r of results.sizes as Row[]) {
    if (r.extract1 && !r.extract1.timedOut) r.extract1.timesBaseline = timesOf(r.extract1, r.baseline);
    if (r.extractAll && !r.extractAll.timedOut) r.extractAll.timesBaseline = timesOf(r.extractAll, r.baseline);
    for (const s of Object.values((r.scripts ?? {}) as Record<string, Row>)) if (!s.extract1.timedOut) s.extract1.timesBaseline = timesOf(s.extract1, s.baseline);
  }
  writeFileSync(RESULTS, JSON.stringify(results, null, 2) + "\n");
  const text = table(results);
  process.stdout.write(text + "\n");
  if (writeReadme(text)) log(`updated the table in ${README}`);
}

const README = join(ROOT, "README.md");
const TABLE_START = "<!-- bench:start (npm run bench writes this table) -->";
const TABLE_END = "<!-- bench:end -->";

/** Puts the table between the README's markers; false when the README has none. */
function writeReadme(text: string): boolean {
  const readme = readFileSync(README, "utf8");
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) return false;
  writeFileSync(README, `${readme.slice(0, start + TABLE_START.length)}\n${text}\n${readme.slice(end)}`);
  return true;
}

// ---------------------------------------------------------------------------------------------
// the table (Markdown, as the README shows it)

type Row = Record<string, any>;

function table(results: { machine: Row; sizes: Row[]; synthetic?: Row; notes: string[]; runsPerMeasurement?: number }): string {
  const m = results.machine;
  const median = results.runsPerMeasurement && results.runsPerMeasurement > 1 ? ` Each baseline and extraction figure is the median of ${results.runsPerMeasurement} runs.` : "";
  const out: string[] = [`Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGB} GB RAM, Node ${m.node} (${m.platform}); peak RSS by ${m.rssMethod}.${median}`, ""];
  const t = (x: Row | undefined) =>
    !x
      ? "not run"
      : x.timedOut
        ? `not done in ${Math.round(x.seconds / 60)} min (< ${x.MBps} MB/s)`
        : `${x.seconds} s, ${x.MBps} MB/s, ${x.articlesPerSecond} art/s, ${x.peakRssMB} MB${x.coresBusy ? `, ${x.coresBusy} cores busy` : ""}`;
  out.push("| articles | MB | baseline (read+decode+scan) | extract, 1 worker | ×baseline | extract, all workers | ×baseline | speed-up | strict F1 |");
  out.push("| ---: | ---: | --- | --- | ---: | --- | ---: | ---: | ---: |");
  for (const r of results.sizes) {
    out.push(
      `| ${r.articles} | ${r.MB} | ${t(r.baseline)} | ${t(r.extract1)} | ${r.extract1.timedOut ? "> " : ""}${r.extract1.timesBaseline} | ${r.extractAll ? `${t(r.extractAll)} (${r.extractAll.workers} workers)` : "not run"} | ${r.extractAll?.timesBaseline ?? "–"} | ${r.extractAll?.speedup ?? "–"} | ${r.quality?.strict.F1 ?? "not measured"} |`,
    );
  }
  const scripts = results.sizes.filter((r) => r.scripts);
  if (scripts.length) {
    out.push("", "| articles | text | MB | baseline | extract, 1 worker | ×baseline |", "| ---: | --- | ---: | --- | --- | ---: |");
    for (const r of scripts) {
      for (const [name, s] of Object.entries(r.scripts as Row)) {
        out.push(`| ${s.articles} of ${r.articles} | ${name === "zh" ? "Chinese (Simplified and Traditional)" : "English"} | ${s.MB} | ${t(s.baseline)} | ${t(s.extract1)} | ${s.extract1.timesBaseline} |`);
      }
    }
  }
  out.push("", "| articles | edges | Neo4j sink | raw UNWIND CREATE | sink / raw rate | diplomacy.gexf: layout, write, RSS while writing | countries.gexf: layout, write | graph task peak RSS |", "| ---: | ---: | --- | --- | ---: | --- | --- | ---: |");
  for (const r of results.sizes) {
    const g = r.graph;
    if (!g) {
      out.push(`| ${r.articles} | – | not run | not run | – | not run | not run | – |`);
      continue;
    }
    const n = g.neo4j;
    const d = g.gexf["diplomacy.gexf"];
    const c = g.gexf["countries.gexf"];
    out.push(
      `| ${r.articles} | ${g.pipeline.edges} | ${n ? `${n.sinkSeconds} s, ${n.sinkEdgesPerSecond} edges/s` : "not measured"} | ${n ? `${n.rawSeconds} s, ${n.rawEdgesPerSecond} edges/s` : "not measured"} | ${n ? n.ratio : "–"} | ${d.layoutSeconds} s, ${d.writeSeconds} s (${d.MB} MB), ${d.rssBeforeMB}→${d.rssPeakWhileWritingMB} MB | ${c.layoutSeconds} s, ${c.writeSeconds} s | ${g.peakRssMB} MB |`,
    );
  }
  const s = results.synthetic;
  if (s) {
    out.push(
      "",
      `Synthetic graph: ${s.edges} edges (${s.events} events, ${s.actors} actors): ForceAtlas2 ${s.layoutSeconds} s (${s.layoutIterations} iterations, Barnes–Hut ${s.barnesHut}); ` +
        `GEXF written in ${s.writeSeconds} s (${s.MB} MB); RSS ${s.rssBeforeWriteMB} MB before writing, at most ${s.rssPeakWhileWritingMB} MB while writing; process peak ${s.peakRssMB} MB.`,
    );
  }
  out.push("", ...targets(results));
  const copies = [...results.sizes].reverse().find((r) => r.independentCopies?.ceiling);
  if (copies) {
    const c = copies.independentCopies;
    out.push(
      "",
      `The machine's ceiling for ${c.copies} workers: ${c.copies} one-worker extractions of the ${copies.articles}-article corpus started at once, sharing nothing, took ${c.seconds} s (the slowest) ` +
        `against ${copies.extract1.seconds} s for one alone: together ${c.ceiling}× the rate of one. A one-worker run alone keeps ${copies.extract1.coresBusy ?? "?"} cores busy (V8's collector and compiler threads, the merging thread), so no run with ${c.copies} workers can reach more here.`,
    );
    const b = copies.baselineCopies;
    const pinned = copies.oneCore;
    if (b && pinned?.allWorkersOver) {
      out.push(
        "",
        `The cores themselves scale: ${b.copies} bare baselines at once took ${b.seconds} s against ${copies.baseline.seconds} s for one (${b.together}× together). ` +
          `One worker confined to one core (taskset) took ${pinned.seconds} s, against ${copies.extract1.seconds} s when its merging thread and V8's helper threads may use the second core; ` +
          `${copies.extractAll.workers} workers took ${copies.extractAll.seconds} s: ${pinned.allWorkersOver}× one core's worth of one worker.`,
      );
    }
  }
  const split = [...results.sizes].reverse().find((r) => r.extract1?.cpu && r.extractAll?.cpu);
  if (split) out.push("", ...cpuByThread(split, results.machine.cores));
  if (results.notes.length) out.push("", ...results.notes.map((n) => `Note: ${n}`));
  return out.join("\n");
}

/**
 * Where the CPU of the one-worker and the all-workers runs went, and the speed-up that bounds: with
 * every core busy, a run with as many workers as cores takes at least all its threads' CPU time over
 * the cores, and it does no less work than the one-worker run.
 */
function cpuByThread(r: Row, cores: number): string[] {
  const one = r.extract1.cpu as NonNullable<Throughput["cpu"]>;
  const all = r.extractAll.cpu as NonNullable<Throughput["cpu"]>;
  const total = (c: NonNullable<Throughput["cpu"]>) => c.merging + c.workers.reduce((a, b) => a + b, 0) + c.helpers;
  const bound = round(r.extract1.seconds / (total(one) / cores), 2);
  const s = (x: number) => `${round(x, 1)} s`;
  return [
    `CPU time by thread at ${r.articles} articles (the run of median time; threads read from /proc every ${THREAD_POLL_MS} ms). ` +
      `One worker: the worker ${s(one.workers[0] ?? 0)}, the merging thread ${s(one.merging)}, V8's compiler and collector threads and libuv's ${s(one.helpers)}; ` +
      `${s(total(one))} in all over ${r.extract1.seconds} s. ` +
      `${r.extractAll.workers} workers: ${all.workers.map(s).join(" + ")}, the merging thread ${s(all.merging)}, the other threads ${s(all.helpers)}; ${s(total(all))} in all over ${r.extractAll.seconds} s. ` +
      `Even doing no more work than the one-worker run, ${cores} workers would need ${s(total(one) / cores)} of the ${cores} cores' time: at most ${bound}× one worker on this machine.`,
  ];
}

/** The issue's targets against the largest corpus that measured each (steady state, start-up amortised). */
function targets(results: { sizes: Row[]; synthetic?: Row }): string[] {
  const largest = (pick: (r: Row) => unknown) => [...results.sizes].reverse().find((r) => pick(r) !== undefined && pick(r) !== null);
  const lines = ["| target | measured | met |", "| --- | --- | :---: |"];
  const check = (name: string, row: Row | undefined, value: (r: Row) => number, unit: string, ok: (v: number) => boolean) => {
    if (!row) return lines.push(`| ${name} | not measured | – |`);
    const v = value(row);
    lines.push(`| ${name} | ${v}${unit}${"articles" in row ? ` (${row.articles} articles)` : ""} | ${ok(v) ? "yes" : "**no**"} |`);
  };
  const zh = largest((r) => r.scripts?.zh?.extract1?.MBps);
  const en = largest((r) => r.scripts?.en?.extract1?.MBps);
  check("Chinese extraction ≥ 5 MB/s per worker", zh, (r) => r.scripts.zh.extract1.MBps, " MB/s", (v) => v >= 5);
  check("Chinese extraction ≤ 3× the bare baseline", zh, (r) => r.scripts.zh.extract1.timesBaseline, "×", (v) => v <= 3);
  check("English extraction ≥ 2 MB/s per worker", en, (r) => r.scripts.en.extract1.MBps, " MB/s", (v) => v >= 2);
  check("2 workers ≥ 1.7× one", largest((r) => r.extractAll?.speedup), (r) => r.extractAll.speedup, "×", (v) => v >= 1.7);
  check("peak RSS ≤ 500 MB at 100k articles (1 worker)", results.sizes.find((r) => r.articles >= 100_000 && !r.extract1?.timedOut), (r) => r.extract1.peakRssMB, " MB", (v) => v <= 500);
  check("Neo4j sink ≥ 50% of raw UNWIND CREATE", largest((r) => r.graph?.neo4j?.ratio), (r) => Math.round(r.graph.neo4j.ratio * 100), "%", (v) => v >= 50);
  check("GEXF of 1M edges written in ≤ 30 s", results.synthetic && results.synthetic.edges >= 1_000_000 ? results.synthetic : undefined, (r) => r.writeSeconds, " s", (v) => v <= 30);
  check("strict F1 ≥ 0.95 at 10k articles", results.sizes.find((r) => r.articles === 10_000 && r.quality), (r) => r.quality.strict.F1, "", (v) => v >= 0.95);
  return lines;
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(1);
});
