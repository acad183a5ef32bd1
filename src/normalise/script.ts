/**
 * Script folding used for matching: Traditional → Simplified (opencc-js, `t`→`cn`, which converts
 * characters only; `twp` would also swap vocabulary such as 支援→支持), compatibility forms → plain
 * (full-width, radicals), look-alike Cyrillic in Latin words → Latin, lower-case Latin. Every step maps one UTF-16 unit to one unit, so an
 * offset in the folded text is the same offset in the input.
 */
import * as OpenCC from "opencc-js";

const convertFully = OpenCC.Converter({ from: "t", to: "cn" });

/**
 * opencc-js converts t → cn in two passes over the text: a normalisation pass that maps the CJK
 * compatibility ideographs (豈 → 豈) and then the phrase and character tables. Each pass walks its
 * trie at every character, and after foldCompatibility (NFKC) the first pass almost never finds
 * anything, so text without any of its characters goes through the second pass alone: the same
 * output for half the work.
 */
const T2S = (OpenCC.Locale as unknown as { configs: { t2s: { normalizationChain: string[][]; conversionChain: string[][] } } }).configs.t2s;
const convertTables = OpenCC.ConverterFactory(...(T2S.conversionChain as unknown as Parameters<typeof OpenCC.ConverterFactory>));
/** t → cn as opencc-js converts it; without its normalisation pass where `needs` tells none of its characters occurs. */
function toSimplified(text: string, needs = needsOf(text)): string {
  return needs & NEEDS_NORMALISATION ? convertFully(text) : convertTables(text);
}

/**
 * Compatibility forms → their plain character, one unit to one unit: full-width ASCII and the
 * ideographic space, Kangxi and supplementary radicals and CJK compatibility ideographs (⾦ → 金),
 * by NFKC where it gives a single character. The table is NFKC worked out once: a normalize call per
 * character cost a tenth of the matching view, as every full-width comma of Chinese text is one.
 */
const COMPATIBLE = (() => {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = c;
  const fold = (from: number, to: number) => {
    for (let c = from; c <= to; c++) {
      const n = String.fromCharCode(c).normalize("NFKC");
      if (n.length === 1) table[c] = n.charCodeAt(0);
    }
  };
  fold(0xff01, 0xff5e);
  fold(0x2e80, 0x2fdf);
  fold(0xf900, 0xfaff);
  table[0x3000] = 0x20;
  return table;
})();

/** Code units being folded (grown when a text is longer). */
let folding = new Uint16Array(1024);

function foldCompatibility(text: string): string {
  if (folding.length < text.length) folding = new Uint16Array(text.length * 2);
  for (let i = 0; i < text.length; i++) folding[i] = COMPATIBLE[text.charCodeAt(i)];
  let out = "";
  // (in slices: apply's argument count is bounded)
  for (let i = 0; i < text.length; i += 8192) out += String.fromCharCode.apply(null, folding.subarray(i, Math.min(text.length, i + 8192)) as unknown as number[]);
  return out;
}

/** Cyrillic and Greek letters that look like Latin ones. */
const HOMOGLYPHS: Record<string, string> = Object.fromEntries(
  [..."аеорсухіѕјАВЕКМНОРСТХІЅЈΑΒΕΖΗΙΚΜΝΟΡΤΥΧο"].map((c, i) => [c, "aeopcyxisjABEKMHOPCTXISJABEZHIKMNOPTYXo"[i]]),
);

const CYRILLIC_OR_GREEK = /[\u0370-\u03FF\u0400-\u04FF]/;

/**
 * A word mixing Latin with look-alike Cyrillic or Greek letters ("Рutin" with a Cyrillic Р) is a
 * Latin word in disguise; real Russian or Greek words are left alone. Invisible marks inside a word
 * (Mod\u200bі) do not end it. Case is kept; one unit maps to one unit.
 */
export function foldHomoglyphs(text: string): string {
  if (!CYRILLIC_OR_GREEK.test(text)) return text;
  return text.replace(/[\p{L}\u00AD\u034F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]+/gu, (word) => {
    if (!/[a-zA-Z]/.test(word) || !CYRILLIC_OR_GREEK.test(word)) return word;
    return [...word].map((c) => HOMOGLYPHS[c] ?? c).join("");
  });
}

/**
 * What each UTF-16 unit may need from the folding steps, so that text that needs none of a step
 * skips it: plain Simplified Chinese never enters OpenCC's phrase trie (which walks every character
 * and, profiled, cost more than the rest of the matching view), nor ICU's lower-casing.
 */
const NEEDS_COMPATIBILITY = 1;
const NEEDS_SIMPLIFIED = 2;
const NEEDS_LOWER_CASE = 4;
/** The first unit of a key of OpenCC's normalisation pass (a high surrogate stands for its whole block). */
const NEEDS_NORMALISATION = 8;

const NEEDS = (() => {
  const needs = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (c === 0x3000 || (c >= 0xff01 && c <= 0xff5e) || (c >= 0x2e80 && c <= 0x2fdf) || (c >= 0xf900 && c <= 0xfaff)) needs[c] |= NEEDS_COMPATIBILITY;
    // (half of a surrogate pair may be half of an upper-case letter)
    if ((c >= 0xd800 && c <= 0xdfff) || ch.toLowerCase() !== ch) needs[c] |= NEEDS_LOWER_CASE;
  }
  // a character OpenCC may replace: one that some rule writes differently (乾 of 乾淨 → 干), not the
  // characters a phrase rule keeps (一 of 一目瞭然 → 一目了然); text without them comes out unchanged
  for (const [from, to] of openccRules()) {
    for (let i = 0; i < from.length; i++) if (from.length !== to.length || from[i] !== to[i]) needs[from.charCodeAt(i)] |= NEEDS_SIMPLIFIED;
  }
  for (const dictionary of T2S.normalizationChain.flat()) for (const rule of dictionary.split("|")) if (rule) needs[rule.charCodeAt(0)] |= NEEDS_NORMALISATION;
  return needs;
})();

/** The t → cn rules opencc-js applies, both passes ("from to" pairs, "|"-separated, in its Locale tables). */
function openccRules(): [string, string][] {
  const groups = [...T2S.normalizationChain, ...T2S.conversionChain].flat();
  return groups.flatMap((table) =>
    table.split("|").flatMap((rule) => {
      const [from, ...to] = rule.split(" ");
      return from ? to.map((t): [string, string] => [from, t]) : [];
    }),
  );
}

function needsOf(text: string): number {
  let needs = 0;
  for (let i = 0; i < text.length; i++) needs |= NEEDS[text.charCodeAt(i)];
  return needs;
}

/**
 * Folds text for matching while keeping its length, so offsets are shared with the original.
 * opencc-js converts phrase by phrase and could change length on multi-character rules; where it
 * does, we fall back to converting character by character.
 */
export function foldForMatching(text: string): string {
  // what the text needs, and what it will need once its compatibility forms are folded (that fold
  // maps each unit by the COMPATIBLE table): one pass over the text instead of one per step
  let needs = 0;
  let needsFolded = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    needs |= NEEDS[c];
    needsFolded |= NEEDS[COMPATIBLE[c]];
  }
  const compatible = needs & NEEDS_COMPATIBILITY ? foldCompatibility(text) : text;
  const widthFolded = foldHomoglyphs(compatible);
  const folded = widthFolded === compatible ? needsFolded : needsOf(widthFolded);
  let simplified = widthFolded;
  if (folded & NEEDS_SIMPLIFIED) {
    simplified = toSimplified(widthFolded, folded);
    if (simplified.length !== widthFolded.length) {
      simplified = Array.from(widthFolded, (ch) => {
        const c = toSimplified(ch);
        return c.length === ch.length ? c : ch;
      }).join("");
    }
  }
  if (!((simplified === widthFolded ? folded : needsOf(simplified)) & NEEDS_LOWER_CASE)) return simplified;
  const lower = simplified.toLowerCase();
  return lower.length === simplified.length ? lower : simplified;
}

export function toSimplifiedChinese(text: string): string {
  return toSimplified(text);
}
