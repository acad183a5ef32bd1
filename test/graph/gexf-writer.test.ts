/**
 * The streaming GEXF writer: whatever names and evidence hold (&, <, >, quotes, control characters,
 * lone surrogates, `]]>`), the output is well-formed XML that a strict parser (saxes) reads back
 * into exactly the sanitised strings; chunks stay bounded; numbers print the same way every time.
 */
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { CHUNK_CHARS, formatNumber, gexfChunks, type GexfDocument } from "../../src/graph/gexf-writer.js";
import { escapeAttribute, sanitizeXml } from "../../src/graph/xml.js";

/** Every element with its attributes and text, as a strict, namespace-aware parser reads them. */
function parse(xml: string) {
  const parser = new SaxesParser({ xmlns: true });
  const elements: { name: string; attributes: Record<string, string>; text: string }[] = [];
  const open: (typeof elements)[number][] = [];
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (tag) => {
    const element = { name: tag.name, attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value])), text: "" };
    elements.push(element);
    open.push(element);
  });
  parser.on("text", (t) => {
    if (open.length) open[open.length - 1].text += t;
  });
  parser.on("closetag", () => open.pop());
  parser.write(xml).close();
  return elements;
}

function documentOf(name: string, evidence: string): GexfDocument {
  return {
    creator: "diplograph",
    description: `about ${name}`,
    nodeAttributes: [{ id: "zh", title: "Chinese names", type: "string" }],
    edgeAttributes: [{ id: "evidence", title: "evidence", type: "string" }],
    nodes: [
      { id: name || "a", label: name, attributes: { zh: name }, color: [1, 2, 3], size: 10, x: 1.5, y: -2 },
      { id: "b", label: "B", attributes: {}, color: [4, 5, 6], size: 12, x: 0, y: 0 },
    ],
    edges: [
      {
        id: `MET:${name}`,
        source: name || "a",
        target: "b",
        kind: "MET",
        label: "MET",
        weight: 1,
        color: [7, 8, 9],
        spells: [{ start: "2024-06-19", end: "2024-06-19", values: { evidence } }],
      },
    ],
  };
}

/** Characters that break naive XML writers, among any code points and lone surrogate halves. */
const nasty = fc.oneof(
  fc.constantFrom("&", "<", ">", '"', "'", "]]>", "&amp;", "\u0000", "\u0001", "\u000b", "\u001f", "\ufffe", "\uffff", "\t", "\n", "\r", "\r\n", " "),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.string({ unit: "binary", maxLength: 3 }),
);
const wild = fc.string({ unit: nasty, maxLength: 40 });

describe("the GEXF writer", () => {
  it("writes well-formed XML holding exactly the sanitised strings", () => {
    fc.assert(
      fc.property(wild, wild, (name, evidence) => {
        const xml = [...gexfChunks(documentOf(name, evidence))].join("");
        const elements = parse(xml);
        const clean = sanitizeXml(name);
        const node = elements.find((e) => e.name === "node")!;
        expect(node.attributes.label).toBe(clean);
        expect(node.attributes.id).toBe(sanitizeXml(name || "a"));
        expect(elements.find((e) => e.name === "attvalue" && e.attributes.for === "zh")!.attributes.value).toBe(clean);
        expect(elements.find((e) => e.name === "edge")!.attributes.id).toBe(`MET:${clean}`);
        expect(elements.find((e) => e.name === "attvalue" && e.attributes.for === "evidence")!.attributes.value).toBe(sanitizeXml(evidence));
        expect(elements.find((e) => e.name === "description")!.text).toBe(`about ${clean}`);
      }),
      { numRuns: 500 },
    );
  });

  it("drops only what XML cannot carry", () => {
    expect(sanitizeXml("a\u0000b\u0008c\td\ne\rf\ud800g\udfffh\ufffei😀j")).toBe("abc\td\ne\rfghi😀j");
    expect(escapeAttribute(`]]> & <x> "q" 'a'\n`)).toBe("]]&gt; &amp; &lt;x&gt; &quot;q&quot; &apos;a&apos;&#10;");
  });

  it("streams in bounded chunks", () => {
    const many: GexfDocument = {
      ...documentOf("n", "e"),
      nodes: Array.from({ length: 5000 }, (_, i) => ({ id: `n${i}`, label: `Node ${i}`, attributes: {}, color: [0, 0, 0] as const, size: 1, x: i, y: -i })),
      edges: [],
    };
    const chunks = [...gexfChunks(many, 4096)];
    expect(chunks.length).toBeGreaterThan(50);
    for (const c of chunks.slice(0, -1)) expect(c.length).toBeGreaterThanOrEqual(4096);
    for (const c of chunks) expect(c.length).toBeLessThan(4096 + 1024);
    expect(parse(chunks.join("")).filter((e) => e.name === "node")).toHaveLength(5000);
    expect(CHUNK_CHARS).toBe(65536);
  });

  it("prints numbers plainly, with at most four decimals", () => {
    expect([3, -0.5, 1 / 3, 1e-7, -1e-7, 123456789.123456, 2.50001].map(formatNumber)).toEqual(["3", "-0.5", "0.3333", "0", "0", "123456789.1235", "2.5"]);
    expect(() => formatNumber(NaN)).toThrow(/diplograph: GEXF cannot hold/);
  });
});
