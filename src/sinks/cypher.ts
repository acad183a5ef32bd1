/**
 * Cypher script sink: graph-exports/diplomacy.cypher, the Neo4j load as a script for
 * `cypher-shell -f` or Neo4j Browser. It runs the driver sink's statements (neo4j-plan.ts) with each
 * batch of rows written as a literal list in place of `$rows`, so both build the same graph and the
 * script, too, can be run again or over an earlier load. Every statement ends with `;` at the end of
 * a line; strings never hold a raw line break (cypher-literal.ts).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { PipelineResult } from "../pipeline.js";
import { writeAtomically } from "./atomic.js";
import { cypherLiteral } from "./cypher-literal.js";
import { extractorVersion } from "./extractor-version.js";
import { neo4jLoadPlan, type LoadStep } from "./neo4j-plan.js";
import type { Sink } from "./types.js";

/** Rows per statement: big enough to load quickly, small enough for Browser's editor. */
const SCRIPT_BATCH = 100;
export const ROWS_PARAMETER = "UNWIND $rows AS row";

/** Text for a line comment: a line break in it (a user dictionary's version) would end the comment and start a statement. */
export const commentText = (s: string) => s.replace(/[\r\n\u0085\u2028\u2029]+/g, " ");

export function* cypherScript(plan: LoadStep[], version: string): Iterable<string> {
  yield `// diplograph knowledge graph (${commentText(version)}) as a Cypher script.\n`;
  yield "// Load it with `cypher-shell -f diplomacy.cypher` or paste it into Neo4j Browser (multi-statement editor).\n";
  yield "// Running it again, or over a driver load of the same articles, leaves the same graph.\n";
  for (const step of plan) {
    yield `\n// ${commentText(step.name)}\n`;
    if (step.rows === null) {
      for (const statement of step.statements) yield `${statement};\n`;
      continue;
    }
    for (let i = 0; i < step.rows.length; i += SCRIPT_BATCH) {
      const literal = `UNWIND ${cypherLiteral(step.rows.slice(i, i + SCRIPT_BATCH))} AS row`;
      // every statement that takes rows starts with ROWS_PARAMETER (a unit test checks it)
      for (const statement of step.statements) yield `${literal}${statement.slice(ROWS_PARAMETER.length)};\n`;
    }
  }
}

export const cypherSink: Sink = {
  name: "cypher",
  async write(result: PipelineResult, { outDir }) {
    const version = extractorVersion(result.summary.dictionaryVersion);
    const plan = neo4jLoadPlan(result, version);
    mkdirSync(outDir, { recursive: true });
    await writeAtomically(join(outDir, "diplomacy.cypher"), cypherScript(plan, version));
    return ["diplomacy.cypher"];
  },
};
