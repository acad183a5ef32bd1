import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import { edgeJson, edgeRecord, jsonlSink } from "../../src/sinks/jsonl.js";
import { SEEDS, sharedEngine, tempDir } from "../helpers.js";

/** Any string an article can carry (quotes, backslashes, control characters, lone surrogates, U+2028) comes back exactly from the JSON Lines. */
describe("JSON Lines export", () => {
  const result = runPipeline({ paths: [SEEDS] }, sharedEngine());
  const outDir = tempDir();
  const readLines = (file: string) => readFileSync(join(outDir, file), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));

  it("holds every string exactly, one record per line", async () => {
    const text = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.constantFrom("\u2028\u2029", "\ud800", "a\r\nb", "\"}\n{", "\\u0000"));
    await fc.assert(
      fc.asyncProperty(text, text, async (evidence, title) => {
        result.edges[0]!.evidence[0]!.text = evidence;
        result.articles[0]!.title = title;
        await jsonlSink.write(result, { outDir });
        const edges = readLines("edges.jsonl");
        expect(edges).toHaveLength(result.edges.length);
        expect(edges[0].evidence[0].text).toBe(evidence);
        expect(readLines("articles.jsonl")[0].title).toBe(title);
      }),
      { numRuns: 100 },
    );
  });

  it("writes each edge as JSON.stringify writes its record (the actors' part made once)", () => {
    const text = fc.string({ unit: "binary", maxLength: 20 });
    fc.assert(
      fc.property(text, text, fc.option(text), fc.array(text, { maxLength: 3 }), (name, evidence, date, aliases) => {
        const edge = { ...result.edges[1]!, source: { ...result.edges[1]!.source, name, aliases }, date };
        edge.evidence = [{ ...edge.evidence[0]!, text: evidence }];
        expect(edgeJson(edge)).toBe(JSON.stringify(edgeRecord(edge)));
      }),
      { numRuns: 300 },
    );
    for (const e of result.edges) expect(edgeJson(e)).toBe(JSON.stringify(edgeRecord(e)));
  });
});
