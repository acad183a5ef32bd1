import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isUtf8 } from "../../src/ingest/decode.js";

const fatal = new TextDecoder("utf-8", { fatal: true });
const decodes = (bytes: Uint8Array) => {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe("isUtf8", () => {
  it("accepts exactly what a fatal TextDecoder decodes", () => {
    // bytes around every boundary of the UTF-8 tables: lead bytes, continuation ranges, overlongs, surrogates, U+10FFFF
    const edge = fc.constantFrom(0x00, 0x0a, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xe4, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff);
    fc.assert(
      fc.property(fc.array(fc.oneof(edge, fc.integer({ min: 0, max: 255 })), { maxLength: 12 }), (bytes) => {
        const b = Uint8Array.from(bytes);
        expect(isUtf8(b)).toBe(decodes(b));
      }),
      { numRuns: 20_000 },
    );
    for (const text of ["", "ascii", "习近平会见普京", "𠵾 and é", "\ufffd"]) expect(isUtf8(new TextEncoder().encode(text))).toBe(true);
  });
});
