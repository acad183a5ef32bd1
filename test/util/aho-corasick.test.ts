import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PatternAutomaton, type PatternMatch } from "../../src/util/aho-corasick.js";
import { bestCover } from "../../src/util/cover.js";

/** Every occurrence by brute force, in the order the automaton promises: by end, longer first. */
function naive(patterns: string[], text: string): PatternMatch[] {
  const first = new Map<string, number>();
  patterns.forEach((p, i) => {
    if (p && !first.has(p)) first.set(p, i);
  });
  const out: PatternMatch[] = [];
  for (let end = 1; end <= text.length; end++) {
    for (let begin = 0; begin < end; begin++) {
      const pattern = first.get(text.slice(begin, end));
      if (pattern !== undefined) out.push({ begin, end, pattern });
    }
  }
  return out;
}

describe("PatternAutomaton", () => {
  it("finds overlapping names, longer first at one end", () => {
    const a = new PatternAutomaton(["美国", "国务卿", "美", "务卿", "白俄罗斯", "俄罗斯"]);
    expect(a.matchAll("美国务卿访问白俄罗斯")).toEqual([
      { begin: 0, end: 1, pattern: 2 },
      { begin: 0, end: 2, pattern: 0 },
      { begin: 1, end: 4, pattern: 1 },
      { begin: 2, end: 4, pattern: 3 },
      { begin: 6, end: 10, pattern: 4 },
      { begin: 7, end: 10, pattern: 5 },
    ]);
    expect(bestCover(a.matchAll("美国务卿"), 4).map((m) => a.patterns[m.pattern])).toEqual(["美", "国务卿"]);
  });

  it("scans a part of the text, never matches the empty pattern and keeps the first of repeated ones", () => {
    const a = new PatternAutomaton(["", "ab", "ab", "b"]);
    expect(a.matchAll("xabx", 1, 3)).toEqual([
      { begin: 1, end: 3, pattern: 1 },
      { begin: 2, end: 3, pattern: 3 },
    ]);
    expect(new PatternAutomaton([]).matchAll("abc")).toEqual([]);
  });

  it("agrees with brute force on any patterns and text (small alphabets, many children per node)", () => {
    const word = (chars: string) => fc.string({ unit: fc.constantFrom(...chars), maxLength: 6 });
    for (const chars of ["ab", "abc中国", "abcdefghijklmnopqrstuvwxyz"]) {
      fc.assert(
        fc.property(fc.array(word(chars), { maxLength: 40 }), fc.string({ unit: fc.constantFrom(...chars, "-"), maxLength: 60 }), (patterns, text) => {
          const automaton = new PatternAutomaton(patterns);
          expect(automaton.matchAll(text)).toEqual(naive(patterns, text));
          // a test on each match keeps what filtering the matches afterwards keeps
          const keep = (begin: number, end: number, pattern: number) => (begin + end + pattern) % 3 !== 0;
          expect(automaton.matchAll(text, 0, text.length, keep)).toEqual(naive(patterns, text).filter((m) => keep(m.begin, m.end, m.pattern)));
        }),
        { numRuns: 300 },
      );
    }
  });
});
