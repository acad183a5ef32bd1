/**
 * Script folding used for matching: Traditional → Simplified (opencc-js, `t`→`cn`, which converts
 * characters only; `twp` would also swap vocabulary such as 支援→支持), full-width → half-width (NFKC
 * on ASCII-range forms only), lower-case Latin. Every step maps one UTF-16 unit to one unit, so an
 * offset in the folded text is the same offset in the input.
 */
import * as OpenCC from "opencc-js";

const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });

/** Full-width ASCII (U+FF01–FF5E) → ASCII, ideographic space → space; one unit to one unit. */
function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (c) =>
    c === "\u3000" ? " " : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/**
 * Folds text for matching while keeping its length, so offsets are shared with the original.
 * opencc-js converts phrase by phrase and could change length on multi-character rules; where it
 * does, we fall back to converting character by character.
 */
export function foldForMatching(text: string): string {
  const widthFolded = foldWidth(text);
  let simplified = toSimplified(widthFolded);
  if (simplified.length !== widthFolded.length) {
    simplified = Array.from(widthFolded, (ch) => {
      const c = toSimplified(ch);
      return c.length === ch.length ? c : ch;
    }).join("");
  }
  return simplified.toLowerCase().length === simplified.length ? simplified.toLowerCase() : simplified;
}

export function toSimplifiedChinese(text: string): string {
  return toSimplified(text);
}
