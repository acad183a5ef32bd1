/** Sinks share one interface and one registry: each takes the built graph and writes it somewhere. */
import type { PipelineResult } from "../pipeline.js";

export interface SinkContext {
  outDir: string;
}

export interface Sink {
  name: string;
  /** Files (relative to outDir) this sink writes. */
  write(result: PipelineResult, ctx: SinkContext): Promise<string[]>;
}
