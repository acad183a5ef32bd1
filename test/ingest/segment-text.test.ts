/** The segmenter's text keys, written as loops for speed, against their regex definitions. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lowerOneSpaced, squash } from "../../src/ingest/segment.js";

const unit = fc.constantFrom(..."aB Ä:：|｜>»-–—_*#[]【】\t\n\u00a0\u3000\u2003\ufeff新闻X", "İ");

describe("segmenter text keys", () => {
  it("squash drops spaces, colons, bars, dashes and brackets, then lower-cases", () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (s) => {
        expect(squash(s)).toBe(s.replace(/[\s:：|｜>»\-–—_*#[\]【】]+/g, "").toLowerCase());
      }),
      { numRuns: 3000 },
    );
  });
  it("lowerOneSpaced lower-cases and turns each run of whitespace into one space", () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (s) => {
        expect(lowerOneSpaced(s)).toBe(s.toLowerCase().replace(/\s+/g, " "));
      }),
      { numRuns: 3000 },
    );
  });
});
