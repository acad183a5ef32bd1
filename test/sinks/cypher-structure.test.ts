/**
 * No string changes the structure of the Cypher script: whatever names, titles, file names and
 * evidence hold (quotes, backslashes, comment markers, statement terminators, line separators, lone
 * surrogates, injections), the script read as structure and literals is the script of the same graph
 * with plain strings, and its literals read back to the strings as stored. Loading such scripts into
 * a real server is test/neo4j.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cypherScript } from "../../src/sinks/cypher.js";
import { neo4jLoadPlan } from "../../src/sinks/neo4j-plan.js";
import { hostileResult, hostileString, stored } from "../neo4j/hostile.js";
import { lexCypher } from "./cypher-lex.js";

const script = (strings: string[], version: string) => [...cypherScript(neo4jLoadPlan(hostileResult(strings), version), version)].join("");

describe("the Cypher script on random strings", () => {
  it("keeps the structure of plain strings and holds every string as a literal", () => {
    fc.assert(
      fc.property(fc.array(hostileString, { minLength: 1, maxLength: 8 }), hostileString, (strings, version) => {
        const hostile = lexCypher(script(strings, version));
        const plain = lexCypher(script(strings.map((_, i) => `plain${i}`), "plain"));
        expect(hostile.structure).toBe(plain.structure);
        for (const s of strings) expect(hostile.literals).toContain(stored(s));
      }),
      { numRuns: 300 },
    );
  });
});
