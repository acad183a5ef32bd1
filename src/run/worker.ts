/** A worker thread of a parallel run: its own engine, one file at a time, reports posted as they come. */
import { parentPort, workerData } from "node:worker_threads";
import { DiplographError } from "../errors.js";
import { createEngine } from "./engine.js";
import { processFile } from "./file.js";
import type { FileJob, WorkerMessage } from "./workers.js";

const port = parentPort!;
const post = (m: WorkerMessage) => port.postMessage(m);
const engine = createEngine((workerData as { dictDirs: string[] }).dictDirs);

port.on("message", (job: FileJob) => {
  try {
    processFile(job.file, engine, job.settings, (report) => post({ index: job.index, report }));
    post({ index: job.index, done: true });
  } catch (e) {
    post({
      index: job.index,
      error: e instanceof DiplographError ? { code: e.code, message: e.message } : { code: "INTERNAL", message: (e as Error).stack ?? String(e) },
    });
  }
});
