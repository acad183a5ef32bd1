/** A worker thread of a parallel run: its own engine, one batch of files at a time, their reports posted together. */
import { parentPort, workerData } from "node:worker_threads";
import { DiplographError } from "../errors.js";
import { createEngine } from "./engine.js";
import { processFile, type FileReport } from "./file.js";
import type { JobBatch, WorkerMessage } from "./workers.js";

const port = parentPort!;
const post = (m: WorkerMessage) => port.postMessage(m);
const engine = createEngine((workerData as { dictDirs: string[] }).dictDirs);

port.on("message", (batch: JobBatch) => {
  const results: { index: number; reports: FileReport[] }[] = [];
  for (const job of batch.jobs) {
    const reports: FileReport[] = [];
    try {
      // (bytes read ahead arrive as a plain Uint8Array: viewed as the Buffer they were, without a copy)
      const read = job.decoded ? { decoded: job.decoded } : job.bytes ? { bytes: Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength) } : undefined;
      processFile(job.file, engine, { ...batch.settings, manifestEntry: job.manifestEntry }, (report) => reports.push(report), read);
    } catch (e) {
      post({
        index: job.index,
        error: e instanceof DiplographError ? { code: e.code, message: e.message } : { code: "INTERNAL", message: (e as Error).stack ?? String(e) },
      });
      return;
    }
    results.push({ index: job.index, reports });
  }
  post({ results });
});
