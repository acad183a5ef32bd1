import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wholeWords } from "../../src/extract/article-context.js";

describe("wholeWords", () => {
  it("finds what /\\b(w0|w1|…)\\b/g finds, name parts with hyphens and apostrophes included", () => {
    const name = fc.string({ unit: fc.constantFrom(..."Leeabj-'’"), minLength: 2, maxLength: 6 }).map((s) => `L${s}`);
    const text = fc.string({ unit: fc.constantFrom(..."Leeabj-'’ _1.L"), maxLength: 60 });
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 5 }), text, (words, t) => {
        const re = new RegExp(`\\b(${words.join("|")})\\b`, "g");
        const expected = [...t.matchAll(re)].map((m) => ({ index: m.index, word: words.indexOf(m[1]) }));
        expect(wholeWords(t, words)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
