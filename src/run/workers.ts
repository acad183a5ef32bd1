/**
 * Parallel extraction with worker_threads. Each worker holds its own engine and reads whole files; the
 * main thread applies their reports strictly in file order, so a parallel run builds the same graph as
 * a serial one. Files go out in batches (a postMessage costs about as much as extracting a short
 * article, so one message per file would eat the second core), and only a window of batches ahead of
 * the file being applied is handed out, which bounds what waits in memory. This thread reads and
 * decodes each batch's small files before handing it out: opening, reading and decoding 100k files
 * took a worker about two seconds, which this thread, waiting for reports, has to spare.
 */
import { Worker } from "node:worker_threads";
import { DiplographError, type DiplographErrorCode } from "../errors.js";
import type { ManifestEntry } from "../ingest/manifest.js";
import { decodeBytes, type Decoded } from "../ingest/decode.js";
import { readFileUpTo, wholeReadLimit } from "../ingest/read.js";
import type { FileReport, RunSettings } from "./file.js";

/** A file to read, with its manifest entry (the settings every file shares go once per batch). */
export interface FileJob {
  file: string;
  manifestEntry?: ManifestEntry;
}

/**
 * What the main thread sends: consecutive files for one worker, with the decoded text of those it
 * read ahead (or the bytes of an empty one, which has nothing to decode).
 */
export interface JobBatch {
  settings: RunSettings;
  jobs: (FileJob & { index: number; bytes?: Uint8Array; decoded?: Decoded })[];
}

export type WorkerMessage =
  | { results: { index: number; reports: FileReport[] }[] }
  | { index: number; error: { code: DiplographErrorCode | "INTERNAL"; message: string } };

/** Files per message. */
const BATCH_FILES = 32;
/**
 * Batches queued at each worker: the next one is already in its port when it finishes one, so a
 * worker never waits for a round trip through the main thread.
 */
const BATCHES_PER_WORKER = 2;
/**
 * A worker's young generation: extraction allocates fast and keeps almost nothing. Measured at 100k
 * articles with one worker: 12 MB took 53 s and peaked at 489 MB, 16 MB took 48 s at 495 MB, and
 * 24–48 MB were no faster but larger (502–591 MB); V8's default costs about 90 MB more.
 */
const YOUNG_GENERATION_MB = 16;

/** A worker started ahead of its jobs, so that it loads its engine while this thread plans the run. */
export interface StartedWorker {
  worker: Worker;
  /** What went wrong before runInWorkers took the worker over (its engine failed to load, say). */
  failure?: Error;
  stopWatching: () => void;
}

function newWorker(dictDirs: string[]): Worker {
  return new Worker(new URL("./worker.js", import.meta.url), { workerData: { dictDirs }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
}

export function startWorker(dictDirs: string[]): StartedWorker {
  const worker = newWorker(dictDirs);
  const started: StartedWorker = {
    worker,
    stopWatching: () => {
      worker.off("error", record);
      worker.off("exit", exited);
    },
  };
  // an error with no listener would be thrown in this thread: keep it for runInWorkers to report
  const record = (e: Error) => void (started.failure ??= e);
  const exited = (code: number) => void (code !== 0 && (started.failure ??= new Error(`a worker thread stopped with exit code ${code}`)));
  worker.on("error", record);
  worker.on("exit", exited);
  return started;
}

/** Runs the jobs on `started` workers plus new ones, up to workerCount; the started ones are stopped at the end. */
export function runInWorkers(
  jobs: FileJob[],
  settings: RunSettings,
  workerCount: number,
  dictDirs: string[],
  apply: (index: number, report: FileReport) => void,
  fileDone: (index: number) => void,
  started: StartedWorker[] = [],
): Promise<void> {
  for (const s of started) s.stopWatching();
  const failure = started.find((s) => s.failure)?.failure;
  if (failure || !jobs.length) {
    for (const s of started) void s.worker.terminate();
    return failure ? Promise.reject(failure) : Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const batchSize = Math.max(1, Math.min(BATCH_FILES, Math.ceil(jobs.length / (workerCount * BATCHES_PER_WORKER))));
    const wanted = Math.max(1, Math.min(workerCount, Math.ceil(jobs.length / batchSize)));
    const pool = started.map((s) => s.worker);
    for (const extra of pool.splice(wanted)) void extra.terminate();
    while (pool.length < wanted) pool.push(newWorker(dictDirs));
    const queued = new Map(pool.map((w) => [w, 0]));
    /** Reports of files that finished before the file being applied. */
    const waiting = new Map<number, FileReport[]>();
    /** Files handed out beyond the next one to apply: the batches queued at every worker, twice over. */
    const window = pool.length * BATCHES_PER_WORKER * batchSize * 2;
    let next = 0;
    let handedOut = 0;
    let settled = false;

    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      for (const w of pool) void w.terminate();
      if (error) reject(error);
      else resolve();
    };
    const advance = () => {
      while (waiting.has(next)) {
        for (const r of waiting.get(next)!) apply(next, r);
        waiting.delete(next);
        fileDone(next);
        next++;
      }
    };
    const handOut = () => {
      while (handedOut < jobs.length && handedOut < next + window) {
        // the worker with the shortest queue takes the next batch
        let worker = pool[0]!;
        for (const w of pool) if (queued.get(w)! < queued.get(worker)!) worker = w;
        if (queued.get(worker)! >= BATCHES_PER_WORKER) break;
        const end = Math.min(jobs.length, handedOut + batchSize);
        const batch: JobBatch = { settings, jobs: [] };
        for (let i = handedOut; i < end; i++) {
          const job: JobBatch["jobs"][number] = { index: i, ...jobs[i]! };
          try {
            const read = readFileUpTo(job.file, wholeReadLimit(settings.maxBytes));
            if ("bytes" in read) {
              if (read.bytes.length) job.decoded = decodeBytes(read.bytes);
              else job.bytes = read.bytes;
            }
          } catch {
            // (the worker reads it again and reports what is wrong with it)
          }
          batch.jobs.push(job);
        }
        worker.postMessage(batch);
        queued.set(worker, queued.get(worker)! + 1);
        handedOut = end;
      }
      if (next === jobs.length) settle();
    };

    for (const worker of pool) {
      worker.on("message", (m: WorkerMessage) => {
        if (settled) return;
        try {
          if ("error" in m) {
            const message = m.error.message.replace(/^diplograph: /, "");
            settle(m.error.code === "INTERNAL" ? new Error(message) : new DiplographError(m.error.code, message));
            return;
          }
          for (const r of m.results) waiting.set(r.index, r.reports);
          queued.set(worker, queued.get(worker)! - 1);
          advance();
          handOut();
        } catch (e) {
          settle(e as Error);
        }
      });
      worker.on("error", (e) => settle(e));
      worker.on("exit", (code) => {
        if (!settled && code !== 0) settle(new Error(`a worker thread stopped with exit code ${code}`));
      });
    }
    handOut();
  });
}
