import { cypherSink } from "./cypher.js";
import { gexfSink } from "./gexf.js";
import { grassSink } from "./grass.js";
import { jsonlSink } from "./jsonl.js";
import { neo4jSink } from "./neo4j.js";
import type { Sink } from "./types.js";

/** Every sink `build` can write, by name. */
export const SINKS: Record<string, Sink> = {
  jsonl: jsonlSink,
  gexf: gexfSink,
  cypher: cypherSink,
  grass: grassSink,
  /** Not a default: build --neo4j URI (or NEO4J_URI) runs it after the default sinks. */
  neo4j: neo4jSink,
};

export const DEFAULT_SINKS = ["jsonl", "gexf", "cypher", "grass"];
