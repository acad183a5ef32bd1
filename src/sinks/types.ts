/** Sinks share one interface and one registry: each takes the built graph and writes it somewhere. */
import type { PipelineResult } from "../pipeline.js";

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

export interface SinkContext {
  outDir: string;
  /** Where the neo4j sink loads the graph (build --neo4j URI, or NEO4J_URI). */
  neo4j?: Neo4jTarget;
  /** Progress and warnings for the user (stderr). */
  log?: (message: string) => void;
}

export interface Sink {
  name: string;
  /** Files (relative to outDir) this sink writes. */
  write(result: PipelineResult, ctx: SinkContext): Promise<string[]>;
}
