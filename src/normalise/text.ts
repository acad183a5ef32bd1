/**
 * Normalise stage: the matching view of a stretch of article text. Traditional → Simplified,
 * full-width → half-width, Latin lower-cased, name dots unified, whitespace removed where it
 * touches Chinese (forum posts space out words: 金正恩 18 日 在 平壤) and collapsed elsewhere.
 * Every character of the view keeps the offset of the text character it came from.
 */
import { isSpace } from "../util/space.js";
import { foldForMatching } from "./script.js";

export interface MatchView {
  /** The folded text that dictionaries and rules match against. */
  text: string;
  /**
   * toText[i] = offset in the article text of view[i]; one extra entry for the end. (A plain array:
   * a typed array of a sentence's length lives outside the heap, and allocating and sweeping one
   * per sentence cost more than building the view.)
   */
  toText: number[];
}

/**
 * The characters that count as Chinese context (CJK, full-width forms, Chinese quotes), by code
 * point: matchView tests every character of every article, and a regex per character costs more
 * than the rest of the view.
 */
function isCjkCode(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x303f) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2018 && c <= 0x201d)
  );
}

/** The characters of INVISIBLE, by code point: they hide inside names (习\u200b近平) and are not text. */
export function isInvisible(c: number): boolean {
  if (c < 0x20) return c <= 0x08 || c >= 0x0e;
  return (
    c === 0x7f || c === 0xad || c === 0x34f || c === 0x61c || c === 0x180e || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff
  );
}

const MIDDLE_DOT = 0xb7;
/** The dots written between the parts of a transliterated name (•·・‧∙⋅●), all read as the middle dot. */
const isNameDot = (c: number) => c === MIDDLE_DOT || c === 0x2022 || c === 0x30fb || c === 0x2027 || c === 0x2219 || c === 0x22c5 || c === 0x25cf;
const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;
/** Invisible marks: soft hyphen, zero-width and bidi controls (U+061C, U+200E/F, U+202A–E, U+2066–9), joiners, BOM, and control characters other than whitespace. */
export const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F\u00AD\u034F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && isCjkCode(ch.charCodeAt(0));
}

/** Vowels with a tone mark: what tells a pinyin syllable from a bracketed Latin word. */
const TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
const isPinyinLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || c === 0xfc || TONE_VOWELS.includes(String.fromCharCode(c));

/**
 * Where a pinyin reading in brackets after a character ends (國(guó)家, 會(huì )堂: mirror sites annotate
 * characters so), or -1: one syllable of letters with a tone mark, spaces allowed inside the brackets.
 */
function pinyinAnnotationEnd(s: string, open: number): number {
  let toned = false;
  let letters = 0;
  for (let i = open + 1; i < s.length && i - open <= 10; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x29) return toned && letters ? i + 1 : -1;
    if (c === 0x20) continue;
    if (!isPinyinLetter(c)) return -1;
    letters++;
    if (TONE_VOWELS.includes(s[i])) toned = true;
  }
  return -1;
}

export function matchView(text: string, start = 0, end = text.length): MatchView {
  const folded = foldForMatching(text.slice(start, end));
  const n = folded.length;
  const map: number[] = [];
  let out = "";
  /** The last character put in the view; -1 before the first. */
  let before = -1;
  /** Start of the run of kept characters not yet copied to out (copied in one slice). */
  let runStart = 0;
  let i = 0;
  while (i < n) {
    const c = folded.charCodeAt(i);
    if (isInvisible(c)) {
      out += folded.slice(runStart, i);
      runStart = ++i;
      continue;
    }
    if (isSpace(c)) {
      out += folded.slice(runStart, i);
      let j = i;
      while (j < n && isSpace(folded.charCodeAt(j))) j++;
      const after = j < n ? folded.charCodeAt(j) : -1;
      const touchesCjk = (before >= 0 && isCjkCode(before)) || (after >= 0 && isCjkCode(after)) || before === MIDDLE_DOT || isNameDot(after);
      if (!touchesCjk && before >= 0 && after >= 0) {
        out += " ";
        map.push(start + i);
        before = 0x20;
      }
      i = runStart = j;
      continue;
    }
    // a reading in brackets after a character is no text (習(xí)近平 is 习近平)
    if (c === 0x28 && isHan(before)) {
      const after = pinyinAnnotationEnd(folded, i);
      if (after > 0) {
        out += folded.slice(runStart, i);
        i = runStart = after;
        continue;
      }
    }
    // name dots become the middle dot, and so does a full stop between Chinese name parts
    // (穆罕默德．本．扎耶德); tested here rather than by two regex passes over every sentence
    if ((isNameDot(c) && c !== MIDDLE_DOT) || (c === 0x2e && isHan(folded.charCodeAt(i - 1)) && isHan(folded.charCodeAt(i + 1)))) {
      out += folded.slice(runStart, i) + "·";
      map.push(start + i);
      before = MIDDLE_DOT;
      runStart = ++i;
      continue;
    }
    map.push(start + i);
    before = c;
    i++;
  }
  out += folded.slice(runStart, n);
  map.push(end);
  return { text: out, toText: map };
}
