/**
 * The pipeline: ingest → normalise → recognise → extract → resolve dates → merge. Stages are pure
 * functions in their own modules; src/run/file.ts threads them through one file, and this file finds
 * the inputs and their manifests and merges each file's articles into the graph, in file order
 * (articles are streamed, never all held), on this thread or across worker threads.
 */
import type { DictionaryIndex } from "./dictionary/index.js";
import type { ActorNode, ArticleRecord, GraphEdge } from "./merge/graph.js";
import { planRun, RunCollector } from "./run/collect.js";
import { createEngine } from "./run/engine.js";
import { processFile } from "./run/file.js";

export { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_FILE_SECONDS } from "./run/collect.js";
export { createEngine, type Engine } from "./run/engine.js";
export { LARGE_FILE_BYTES } from "./run/file.js";
export { runPipelineParallel } from "./run/parallel.js";

export interface PipelineOptions {
  paths: string[];
  /** A manifest file for all inputs (else manifest.json beside each file). */
  manifest?: string;
  /** Publication date for articles with no manifest entry. */
  published?: string;
  /** User dictionary folders, merged over the built-in ones. */
  dictDirs?: string[];
  /** Files larger than this are skipped with a warning. */
  maxFileBytes?: number;
  /** Reading one file stops after this many seconds; the summary lists what was cut. */
  maxFileSeconds?: number;
  /** Worker threads for extraction (default 1: this thread). The graph is the same for any count. */
  workers?: number;
  /** Called after each file, for progress display. */
  onArticle?: (done: number, total: number) => void;
}

export interface Candidate {
  name: string;
  variants: string[];
  country: string | null;
  title: string | null;
  role: string | null;
  count: number;
  docs: string[];
  examples: string[];
}

export interface Summary {
  read: number;
  skipped: { file: string; reason: string }[];
  /** Files whose reading the time limit stopped before their end. */
  cut: { file: string; reason: string }[];
  warnings: { file: string; message: string }[];
  entities: number;
  edgesByType: Record<string, number>;
  dictionaryVersion: string;
}

export interface PipelineResult {
  edges: GraphEdge[];
  nodes: ActorNode[];
  articles: ArticleRecord[];
  candidates: Candidate[];
  summary: Summary;
  /** The dictionary the graph was resolved with (the country rollup folds persons with it). */
  index: DictionaryIndex;
}

/** A run on this thread. */
export function runPipeline(opts: PipelineOptions, engine = createEngine(opts.dictDirs)): PipelineResult {
  const plan = planRun(opts, engine.dictionary);
  const collector = new RunCollector(plan, engine.context.index);
  plan.jobs.forEach(({ file, manifestEntry }, n) => {
    // a copy, as a worker's report would be: strings sliced from the article (evidence, titles,
    // names) would otherwise keep its whole text alive in the graph
    processFile(file, engine, { ...plan.settings, manifestEntry }, (report) => collector.apply(file, structuredClone(report)));
    opts.onArticle?.(n + 1, plan.jobs.length);
  });
  return collector.result();
}

