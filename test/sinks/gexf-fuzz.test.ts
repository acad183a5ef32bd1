/**
 * The GEXF sink on a graph whose every string is hostile (quotes, `]]>`, `&#0;`, control characters,
 * lone surrogates, injections): diplomacy.gexf is well-formed XML to a strict parser and holds every
 * name, evidence, document id and agreement title exactly, less only what XML cannot carry. The writer alone is
 * fuzzed in test/graph/gexf-writer.test.ts; this goes through the sink and the document builder.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { sanitizeXml } from "../../src/graph/xml.js";
import { gexfSink } from "../../src/sinks/gexf.js";
import { hostileResult, hostileString } from "../neo4j/hostile.js";
import { tempDir } from "../helpers.js";

function attributeValues(xml: string): string[] {
  const parser = new SaxesParser({ xmlns: true });
  const values: string[] = [];
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (tag) => {
    for (const a of Object.values(tag.attributes)) values.push(a.value);
  });
  parser.write(xml).close();
  return values;
}

describe("the GEXF sink on hostile strings", () => {
  it("writes well-formed XML holding every name, evidence, document id and agreement title", async () => {
    const outDir = tempDir();
    await fc.assert(
      fc.asyncProperty(fc.array(hostileString, { minLength: 1, maxLength: 6 }), async (strings) => {
        const result = hostileResult(strings);
        await gexfSink.write(result, { outDir });
        const values = attributeValues(readFileSync(join(outDir, "diplomacy.gexf"), "utf8"));
        for (const n of result.nodes) expect(values).toContain(sanitizeXml(n.name));
        for (const e of result.edges) {
          // each event's spell carries its first evidence (whitespace runs as one space), its documents and its agreement
          expect(values).toContain(sanitizeXml(e.evidence[0]!.text.replace(/\s+/g, " ").trim()));
          expect(values).toContain(sanitizeXml(e.docs.join(", ")));
          if (e.agreement) expect(values).toContain(sanitizeXml(`${e.agreement.title} (${e.agreement.kind})`));
        }
        attributeValues(readFileSync(join(outDir, "countries.gexf"), "utf8"));
      }),
      { numRuns: 100 },
    );
  });
});
