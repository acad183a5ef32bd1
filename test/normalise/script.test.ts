import fc from "fast-check";
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { foldForMatching, foldHomoglyphs } from "../../src/normalise/script.js";

const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });

/** Every folding step run on every text, as foldForMatching did before it learnt to skip steps. */
function foldEveryStep(text: string): string {
  const compatible = text.replace(/[\uFF01-\uFF5E\u3000\u2E80-\u2FDF\uF900-\uFAFF]/g, (c) => {
    if (c === "\u3000") return " ";
    const n = c.normalize("NFKC");
    return n.length === 1 ? n : c;
  });
  const widthFolded = foldHomoglyphs(compatible);
  let simplified = toSimplified(widthFolded);
  if (simplified.length !== widthFolded.length) {
    simplified = Array.from(widthFolded, (ch) => {
      const c = toSimplified(ch);
      return c.length === ch.length ? c : ch;
    }).join("");
  }
  const lower = simplified.toLowerCase();
  return lower.length === simplified.length ? lower : simplified;
}

describe("foldForMatching", () => {
  it("folds Traditional (by phrase), compatibility forms, look-alikes and case", () => {
    expect(foldForMatching("習近平乾淨俐落，一目瞭然 ＡＰＥＣ ⾦正恩 Рutin ΣΟΦΙΑ")).toBe("习近平干净俐落,一目了然 apec 金正恩 putin σοφια");
    expect(foldForMatching("乾隆")).toBe("乾隆");
  });

  it("skips only steps that would change nothing: every UTF-16 unit alone", () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (foldForMatching(ch) !== foldEveryStep(ch)) expect.fail(`U+${c.toString(16)}: ${foldForMatching(ch)} against ${foldEveryStep(ch)}`);
    }
  });

  it("runs OpenCC's normalisation pass only where one of its characters occurs", () => {
    // CJK compatibility ideographs of the supplementary plane: NFKC leaves their surrogate pairs, OpenCC maps them
    for (const text of ["\u{2f800}國", "國\u{2fa1d}乾淨", "乾淨\u{2f800}"]) expect(foldForMatching(text)).toBe(foldEveryStep(text));
  });

  it("skips only steps that would change nothing: mixed text", () => {
    const units = [..."习近平会见普京一目瞭然乾淨乾隆後来於是發表声明ＡＢｃ　⾦⺟豈Рutinабв ΣΟΦΙΑİXi met 12,"];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...units), fc.constantFrom("𠵾", "㗲", "\ud800", "\udc00", "𝐀", "\u{2f800}", "\u{2fa1d}")), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(foldForMatching(text)).toBe(foldEveryStep(text));
      }),
      { numRuns: 1000 },
    );
  });
});
