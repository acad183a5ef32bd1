/**
 * Hostile names through every export: a user dictionary names a person with quotes, a backslash,
 * `*\/`, a Cypher injection, `]]>` and `&#0;`, and gives a version with a line break and a statement
 * in it; the article's file name and text carry the same strings. `build` must write JSON Lines that
 * hold them exactly, GEXF that a strict XML parser reads back to them, and a Cypher script whose
 * literals read back to them and whose statements are the statements of the same graph with plain
 * names: no string changes the script's structure.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { lexCypher } from "../sinks/cypher-lex.js";
import { tempDir } from "../helpers.js";

const BIN = join(import.meta.dirname, "..", "..", "bin", "diplograph.js");

const INJECTION = `'})-[:X]->() DETACH DELETE n //`;
const HOSTILE = {
  name: `Amir "O'Hara" \\ */ ${INJECTION} ]]> &#0;`,
  title: `Foreign Secretary */ '}) MATCH (m) DETACH DELETE m //`,
  version: "hostile-1\nMATCH (n) DETACH DELETE n; //",
  file: `o'hara \\ \' ]]> &#0; DETACH DELETE n;.txt`, // any byte but / and NUL
  words: `*/ \\\\ "${INJECTION}" ]]> &#0;`,
};
const PLAIN = { name: "Amir OHara", title: "Foreign Secretary", version: "plain-1", file: "ohara.txt", words: "" };

/** Builds one article about the person the dictionary names, with the given strings; returns the export folder. */
function build(s: typeof HOSTILE) {
  const root = tempDir("hostile-exports-");
  mkdirSync(join(root, "in"));
  mkdirSync(join(root, "dict"));
  writeFileSync(
    join(root, "dict", "persons.json"),
    JSON.stringify({
      version: s.version,
      persons: [{ id: "amir-ohara", name: s.name, en: ["Amir O'Hara"], zhHans: ["奥哈拉"], zhHant: ["奧哈拉"], offices: [{ role: "foreign_minister", of: "GBR", title: s.title, start: "2024-01-01", end: null }] }],
    }),
  );
  writeFileSync(join(root, "in", s.file), `（北京23日讯）国家主席习近平23日在北京会见英国外交大臣奥哈拉，并说${s.words}都是字符。\n`);
  const out = join(root, "out");
  const r = spawnSync(process.execPath, [BIN, "build", join(root, "in"), "--dict", join(root, "dict"), "--out", out, "--published", "2024-05-24"], { encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  const read = (f: string) => readFileSync(join(out, f), "utf8");
  return { out, read, lines: (f: string) => read(f).trim().split("\n").map((l) => JSON.parse(l)) };
}

/** Every element's attributes, as a strict XML parser reads them (it throws on anything malformed). */
function xmlElements(xml: string) {
  const parser = new SaxesParser({ xmlns: true });
  const elements: { name: string; attributes: Record<string, string> }[] = [];
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (tag) => elements.push({ name: tag.name, attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value])) }));
  parser.write(xml).close();
  return elements;
}

describe("hostile names, titles, file names and a dictionary version in every export", () => {
  const hostile = build(HOSTILE);
  const plain = build(PLAIN);
  const articleId = HOSTILE.file.replace(/\.txt$/, "");

  it("JSON Lines hold the exact strings", () => {
    const node = hostile.lines("nodes.jsonl").find((n) => n.id === "amir-ohara");
    expect(node.name).toBe(HOSTILE.name);
    const met = hostile.lines("edges.jsonl").find((e) => e.type === "MET" && e.target.id === "amir-ohara");
    expect(met).toMatchObject({ source: { id: "xi-jinping" }, target: { name: HOSTILE.name }, docs: [articleId], date: "2024-05-23" });
    expect(met.evidence[0].text).toContain(HOSTILE.words.trim());
    expect(hostile.lines("articles.jsonl")[0]).toMatchObject({ id: articleId, file: expect.stringContaining(HOSTILE.file) });
  });

  it("GEXF is well-formed XML that reads back to the exact strings", () => {
    const elements = xmlElements(hostile.read("diplomacy.gexf"));
    const node = elements.find((e) => e.name === "node" && e.attributes.id === "amir-ohara");
    expect(node?.attributes.label).toBe(HOSTILE.name);
    const values = elements.filter((e) => e.name === "attvalue").map((e) => e.attributes.value);
    expect(values.some((v) => v.includes(HOSTILE.words.trim()))).toBe(true);
    expect(values).toContain(articleId);
    // the country rollup names no person, but must parse all the same
    expect(xmlElements(hostile.read("countries.gexf")).some((e) => e.name === "edge")).toBe(true);
  });

  it("the Cypher script's literals read back to the exact strings, and its structure is that of plain names", () => {
    const h = lexCypher(hostile.read("diplomacy.cypher"));
    const p = lexCypher(plain.read("diplomacy.cypher"));
    expect(h.literals).toContain(HOSTILE.name);
    expect(h.literals).toContain(HOSTILE.title);
    expect(h.literals).toContain(articleId);
    expect(h.literals.some((l) => l.includes(HOSTILE.words.trim()))).toBe(true);
    expect(h.literals.some((l) => l.includes(HOSTILE.version))).toBe(true); // the extractor version property
    expect(h.structure).toBe(p.structure);
    expect(h.structure).not.toMatch(/DETACH DELETE/);
    // the version's line break stays inside the header comment
    const header = hostile.read("diplomacy.cypher").split("\n")[0];
    expect(header.startsWith("// diplograph knowledge graph (")).toBe(true);
    expect(header).toContain("hostile-1 MATCH (n) DETACH DELETE n; //");
    expect(hostile.read("diplomacy.cypher").split("\n").filter((l) => l.startsWith("MATCH (n) DETACH DELETE n"))).toEqual([]);
  });

  it("leaves no temporary file behind", () => {
    expect(readdirSync(hostile.out).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
