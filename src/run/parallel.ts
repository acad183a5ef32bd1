/**
 * A run across worker threads: they extract, this thread plans the run, reads and decodes the files
 * ahead of them and merges their reports in file order. It loads no other extraction code (no NLP,
 * HTML or date libraries), which keeps the thread that holds the graph small.
 */
import type { PipelineOptions, PipelineResult } from "../pipeline.js";
import type { DictionaryIndex } from "../dictionary/index.js";
import { planRun, RunCollector, type RunPlan } from "./collect.js";
import type { Engine } from "./engine.js";
import { loadVocabulary } from "./vocabulary.js";
import { runInWorkers, startWorker } from "./workers.js";

/**
 * A run with `opts.workers` worker threads (at least one; they load the built dist/ code) while this
 * thread merges. Even one worker pays: extraction's garbage stays in the worker's small young
 * generation instead of inflating the heap that holds the graph, and merging overlaps extraction.
 */
export async function runPipelineParallel(opts: PipelineOptions, engine?: Engine): Promise<PipelineResult> {
  // the first worker loads its engine while this thread lists the inputs (a second at 100k files)
  const first = startWorker(opts.dictDirs ?? []);
  let plan: RunPlan;
  let index: DictionaryIndex;
  try {
    // the workers build their own matchers; this thread only merges, with the dictionary index
    const vocabulary = engine ? { dictionary: engine.dictionary, index: engine.context.index } : loadVocabulary(opts.dictDirs);
    index = vocabulary.index;
    plan = planRun(opts, vocabulary.dictionary);
  } catch (e) {
    first.stopWatching();
    void first.worker.terminate();
    throw e;
  }
  const collector = new RunCollector(plan, index);
  await runInWorkers(
    plan.jobs,
    plan.settings,
    Math.max(1, opts.workers ?? 1),
    opts.dictDirs ?? [],
    (n, report) => collector.apply(plan.jobs[n]!.file, report),
    (n) => opts.onArticle?.(n + 1, plan.jobs.length),
    [first],
  );
  return collector.result();
}
