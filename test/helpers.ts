import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEngine, type Engine } from "../src/pipeline.js";

let engine: Engine | undefined;
/** One engine (dictionaries, automata) per test file: building it is the slow part. */
export function sharedEngine(): Engine {
  engine ??= createEngine();
  return engine;
}

export const tempDir = (prefix = "diplograph-") => mkdtempSync(join(tmpdir(), prefix));

export const SEEDS = join(import.meta.dirname, "..", "seeds");
export const GOLDEN = join(import.meta.dirname, "fixtures", "golden");
export const SHARED = join(import.meta.dirname, "..", "..", "shared");

export const readText = (p: string) => readFileSync(p, "utf8");
