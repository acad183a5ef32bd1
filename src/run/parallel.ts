/**
 * A run across worker threads: they extract, this thread plans the run and merges their reports in
 * file order. It loads no extraction code itself (no NLP, HTML or date libraries), which keeps the
 * thread that holds the graph small.
 */
import type { PipelineOptions, PipelineResult } from "../pipeline.js";
import { planRun, RunCollector } from "./collect.js";
import type { Engine } from "./engine.js";
import { loadVocabulary } from "./vocabulary.js";
import { runInWorkers } from "./workers.js";

/**
 * A run with `opts.workers` worker threads (at least one; they load the built dist/ code) while this
 * thread merges. Even one worker pays: extraction's garbage stays in the worker's small young
 * generation instead of inflating the heap that holds the graph, and merging overlaps extraction.
 */
export async function runPipelineParallel(opts: PipelineOptions, engine?: Engine): Promise<PipelineResult> {
  // the workers build their own matchers; this thread only merges, with the dictionary index
  const { dictionary, index } = engine ? { dictionary: engine.dictionary, index: engine.context.index } : loadVocabulary(opts.dictDirs);
  const plan = planRun(opts, dictionary);
  const collector = new RunCollector(plan, index);
  await runInWorkers(
    plan.jobs,
    Math.max(1, opts.workers ?? 1),
    opts.dictDirs ?? [],
    (n, report) => collector.apply(plan.jobs[n]!.file, report),
    (n) => opts.onArticle?.(n + 1, plan.jobs.length),
  );
  return collector.result();
}
