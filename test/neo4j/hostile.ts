/**
 * Hostile strings for the Cypher script: quotes, backslashes, comment markers, statement
 * terminators, escapes that are not escapes, control characters, line separators, lone surrogates,
 * astral characters. And a pipeline result that carries them in every string field a load writes.
 */
import fc from "fast-check";
import { DictionaryIndex } from "../../src/dictionary/index.js";
import type { PipelineResult } from "../../src/pipeline.js";

const NASTY = [
  "'", "\\", "\\'", "''", '"', "`", "*/", "/*", "//", ";", ";\n", "\n", "\r\n", "\r", "\t", "\u0000", "\u0007", "\u001b[31m",
  "\u007f", "\u0085", "\u2028", "\u2029", "\ufeff", "\\u0041", "\\n", "$rows", "{x: 1}", "]", "[", ":param x => 1", "\ud800", "\udfff",
  "😀", "𝔘𝔫𝔦", "習近平", "RETURN 1;", "'; MATCH (n) DETACH DELETE n; //", "e\u0301", "\u200b",
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.array(fc.constantFrom(...NASTY), { minLength: 2, maxLength: 6 }).map((xs) => xs.join("x")),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: fc.constantFrom("'", "\\", "/", "*", ";", "\n", "u", "0", "a", "\u2028"), maxLength: 20 }),
);

/** What a string becomes once stored: lone surrogates cannot travel in UTF-8 (U+FFFD instead). */
export const stored = (s: string) => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");

/** A small graph whose every string field holds one of the given strings. */
export function hostileResult(strings: string[]): PipelineResult {
  const s = (i: number) => strings[i % strings.length];
  const actor = (i: number, kind: "person" | "country") => ({
    id: `actor-${i}-${s(i)}`,
    kind,
    name: s(i + 1),
    aliases: [s(i + 2), s(i + 3)],
    ...(kind === "country" ? { iso: `X${i}` } : { country: `actor-1-${s(1)}` }),
  });
  const a = actor(0, "person");
  const b = actor(1, "country");
  const articles = [0, 1].map((i) => ({
    id: `doc-${i}-${s(i + 4)}`,
    file: `${s(i + 5)}.txt`,
    url: s(i + 6),
    title: s(i + 7),
    published: "2024-07-18",
    encoding: "UTF-8",
    format: "text",
    duplicateOf: null,
  }));
  return {
    nodes: [a, b],
    articles,
    edges: [
      {
        type: "VISITED",
        source: a,
        target: b,
        date: "2024-07-18",
        datePrecision: "day",
        status: "happened",
        docs: articles.map((x) => x.id),
        evidence: strings.map((text, i) => ({ doc: articles[i % 2].id, text, start: 0, end: text.length })),
        confidence: 0.9,
        cameo: "042",
        plover: "CONSULT",
        sources: 2,
      },
      {
        type: "SIGNED_AGREEMENT",
        source: b,
        target: a,
        date: "2024-07",
        datePrecision: "month",
        status: "planned",
        docs: [articles[0].id],
        evidence: [{ doc: articles[0].id, text: s(8), start: 0, end: 1 }],
        confidence: 0.8,
        cameo: "057",
        plover: "AGREE",
        agreement: { title: s(9), kind: "treaty" },
        sources: 1,
      },
    ],
    candidates: [],
    summary: { read: 2, skipped: [], cut: [], warnings: [], entities: 2, edgesByType: {}, dictionaryVersion: "test" },
    index: new DictionaryIndex({ version: "test", countries: [], organizations: [], persons: [], places: [], files: [] }),
  };
}
