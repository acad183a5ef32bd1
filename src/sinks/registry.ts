import { jsonlSink } from "./jsonl.js";
import type { Sink } from "./types.js";

/** Every sink `build` can write, by name. */
export const SINKS: Record<string, Sink> = {
  jsonl: jsonlSink,
};

export const DEFAULT_SINKS = ["jsonl"];
