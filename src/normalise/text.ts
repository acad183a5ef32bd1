/**
 * Normalise stage: the matching view of a stretch of article text. Traditional → Simplified,
 * full-width → half-width, Latin lower-cased, name dots unified, whitespace removed where it
 * touches Chinese (forum posts space out words: 金正恩 18 日 在 平壤) and collapsed elsewhere.
 * Every character of the view keeps the offset of the text character it came from.
 */
import { foldForMatching } from "./script.js";

export interface MatchView {
  /** The folded text that dictionaries and rules match against. */
  text: string;
  /** toText[i] = offset in the article text of view[i]; one extra entry for the end. */
  toText: Int32Array;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u2018-\u201d\u300a-\u300f《》“”「」『』（）：，。、；！？]/;
const NAME_DOTS = /[•·・‧∙⋅●]/g;
/** Invisible marks: soft hyphen, zero-width and bidi controls (U+061C, U+200E/F, U+202A–E, U+2066–9), joiners, BOM, and control characters other than whitespace. */
export const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F\u00AD\u034F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

export function matchView(text: string, start = 0, end = text.length): MatchView {
  const raw = text.slice(start, end);
  // 穆罕默德．本．扎耶德: a full stop between Chinese name parts is the name dot
  const folded = foldForMatching(raw)
    .replace(NAME_DOTS, "·")
    .replace(/(?<=[\u4e00-\u9fff])\.(?=[\u4e00-\u9fff])/g, "·");
  const out: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < folded.length) {
    const ch = folded[i];
    // zero-width and direction marks hide inside names (习\u200b近平): they are not text
    if (INVISIBLE.test(ch)) {
      i++;
      continue;
    }
    if (/\s/.test(ch)) {
      let j = i;
      while (j < folded.length && /\s/.test(folded[j])) j++;
      const before = out.length ? out[out.length - 1] : undefined;
      const after = folded[j];
      const touchesCjk = isCjk(before) || isCjk(after) || before === "·" || after === "·";
      if (!touchesCjk && before !== undefined && after !== undefined) {
        out.push(" ");
        map.push(start + i);
      }
      i = j;
      continue;
    }
    out.push(ch);
    map.push(start + i);
    i++;
  }
  map.push(end);
  return { text: out.join(""), toText: Int32Array.from(map) };
}
