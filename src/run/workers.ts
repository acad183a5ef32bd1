/**
 * Parallel extraction with worker_threads. Each worker holds its own engine and reads whole files; the
 * main thread applies their reports strictly in file order, so a parallel run builds the same graph as
 * a serial one. Only a window of files ahead of the one being applied is handed out, which bounds what
 * waits in memory.
 */
import { Worker } from "node:worker_threads";
import { DiplographError, type DiplographErrorCode } from "../errors.js";
import type { FileReport, FileSettings } from "./file.js";

export interface FileJob {
  index: number;
  file: string;
  settings: FileSettings;
}

export type WorkerMessage =
  | { index: number; report: FileReport }
  | { index: number; done: true }
  | { index: number; error: { code: DiplographErrorCode | "INTERNAL"; message: string } };

/** Files handed out per worker beyond the one being applied. */
const WINDOW_PER_WORKER = 4;

export function runInWorkers(
  jobs: Omit<FileJob, "index">[],
  workerCount: number,
  dictDirs: string[],
  apply: (index: number, report: FileReport) => void,
  fileDone: (index: number) => void,
): Promise<void> {
  if (!jobs.length) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const url = new URL("./worker.js", import.meta.url);
    const pool = Array.from({ length: Math.min(workerCount, jobs.length) }, () => new Worker(url, { workerData: { dictDirs } }));
    const idle = [...pool];
    const waiting = new Map<number, FileReport[]>();
    const finished = new Set<number>();
    const window = pool.length * WINDOW_PER_WORKER;
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
      while (finished.has(next)) {
        finished.delete(next);
        fileDone(next);
        next++;
        for (const r of waiting.get(next) ?? []) apply(next, r);
        waiting.delete(next);
      }
    };
    const handOut = () => {
      while (idle.length && handedOut < jobs.length && handedOut < next + window) {
        const job: FileJob = { index: handedOut, ...jobs[handedOut]! };
        idle.pop()!.postMessage(job);
        handedOut++;
      }
      if (next === jobs.length) settle();
    };

    for (const worker of pool) {
      worker.on("message", (m: WorkerMessage) => {
        if (settled) return;
        try {
          if ("report" in m) {
            if (m.index === next) apply(m.index, m.report);
            else waiting.set(m.index, [...(waiting.get(m.index) ?? []), m.report]);
            return;
          }
          if ("error" in m) {
            const message = m.error.message.replace(/^diplograph: /, "");
            settle(m.error.code === "INTERNAL" ? new Error(message) : new DiplographError(m.error.code, message));
            return;
          }
          finished.add(m.index);
          idle.push(worker);
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
