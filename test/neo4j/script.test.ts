/**
 * The Neo4j load plan, the Cypher script and the Browser style without a server: statements are
 * fixed text (no data in them), literals escape everything, the script of a small hostile graph
 * matches its golden file. Loading them into a real server is neo4j.test.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import { cypherLiteral, cypherString } from "../../src/sinks/cypher-literal.js";
import { cypherScript, ROWS_PARAMETER } from "../../src/sinks/cypher.js";
import { grassStyle } from "../../src/sinks/grass.js";
import { eventKey, neo4jLoadPlan, RELATIONSHIP_TYPE } from "../../src/sinks/neo4j-plan.js";
import { displayUri } from "../../src/sinks/neo4j.js";
import { SEEDS, sharedEngine } from "../helpers.js";
import { hostileResult, hostileString, stored } from "./hostile.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "neo4j");

/** Reads a single-quoted Cypher string literal back (the escapes cypherString writes). */
function readCypherString(literal: string): string {
  expect(literal.startsWith("'") && literal.endsWith("'")).toBe(true);
  const body = literal.slice(1, -1);
  expect(body).not.toMatch(/(^|[^\\])(\\\\)*'/);
  return body.replace(/\\(u[0-9a-f]{4}|.)/g, (_, e: string) => (e.length === 5 ? String.fromCharCode(parseInt(e.slice(1), 16)) : e));
}

describe("Cypher literals", () => {
  it("round-trip any string, on one line, with no raw control character", () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const literal = cypherString(s);
        expect(literal).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
        expect(readCypherString(literal)).toBe(stored(s));
      }),
      { numRuns: 2000 },
    );
  });

  it("write numbers as floats, as the driver sends them, and nest lists and maps", () => {
    expect(cypherLiteral({ a: 1, b: [0.9, null, true], "odd key": "x" })).toBe("{a: 1.0, b: [0.9, null, true], `odd key`: 'x'}");
  });
});

describe("the load plan", () => {
  const seeds = runPipeline({ paths: [SEEDS] }, sharedEngine());
  const statements = (plan: ReturnType<typeof neo4jLoadPlan>) => plan.map((s) => s.statements.join("\n;\n"));

  it("is the same Cypher whatever the data: values travel as rows only", () => {
    const hostile = hostileResult(fc.sample(hostileString, { numRuns: 20, seed: 7 }));
    expect(statements(neo4jLoadPlan(hostile, "v"))).toEqual(statements(neo4jLoadPlan(seeds, "v")));
    for (const step of neo4jLoadPlan(seeds, "v")) {
      for (const statement of step.statements) {
        if (step.rows) expect(statement.startsWith(ROWS_PARAMETER), step.name).toBe(true);
        else expect(statement).not.toContain("$");
      }
    }
  });

  it("creates relationship types only from the fixed set of event types", () => {
    const created = statements(neo4jLoadPlan(seeds, "v"))
      .join("\n")
      .matchAll(/CREATE \([a-z]+\)-\[[a-z]*:([A-Z_]+)/g);
    expect(new Set([...created].map((m) => m[1]))).toEqual(new Set([...Object.values(RELATIONSHIP_TYPE), "HOLDS_OFFICE"]));
  });

  it("keys an event as the merge step does: symmetric types whichever way they point", () => {
    const met = seeds.edges.find((e) => e.type === "MET")!;
    const swapped = { ...met, source: met.target, target: met.source };
    expect(eventKey(swapped)).toBe(eventKey(met));
    const visit = seeds.edges.find((e) => e.type === "VISITED")!;
    expect(eventKey({ ...visit, source: visit.target, target: visit.source })).not.toBe(eventKey(visit));
    expect(new Set(seeds.edges.map(eventKey)).size).toBe(seeds.edges.length);
  });
});

describe("the script", () => {
  it("matches the golden script of a small hostile graph", () => {
    const strings = ["O'Brien", "back\\slash", "*/ /* //", "semi; colon", "line\nbreak\r\n", "\u0000\u2028", "\ud800", "習近平 😀"];
    const script = [...cypherScript(neo4jLoadPlan(hostileResult(strings), "golden"), "golden")].join("");
    const golden = join(FIXTURES, "hostile.cypher");
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(FIXTURES, { recursive: true });
      writeFileSync(golden, script);
    }
    expect(script).toBe(readFileSync(golden, "utf8"));
  });
});

describe("messages", () => {
  it("show a server's URI without credentials", () => {
    expect(displayUri("neo4j+s://neo4j:secret@db.example.com:7687")).toBe("neo4j+s://db.example.com:7687");
    expect(displayUri("bolt://127.0.0.1:7687")).toBe("bolt://127.0.0.1:7687");
  });
});

describe("the Browser style", () => {
  it("captions actors by name, colours them by label, and shows each event's type and date", () => {
    const grass = grassStyle();
    for (const label of ["Person", "Country", "Organization"]) expect(grass).toMatch(new RegExp(`node\\.${label} \\{[^}]*color: #[0-9A-F]{6};[^}]*caption: "\\{name\\}";`));
    for (const type of Object.values(RELATIONSHIP_TYPE)) expect(grass).toMatch(new RegExp(`relationship\\.${type} \\{[^}]*caption: "${type} \\{dateText\\}";`));
  });
});
