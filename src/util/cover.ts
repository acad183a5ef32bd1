/**
 * Chooses non-overlapping matches that cover the most text, with fewest pieces on ties (weighted
 * interval scheduling, linear in text length plus matches). Used by both automata: leftmost-longest
 * alone picks 美国 + 务卿 in 美国务卿, where the reading is 美 + 国务卿. Spans come ordered by end, as
 * the automaton reports them; at one end, the first span of the best score wins.
 */
import type { PatternMatch } from "./aho-corasick.js";

/** The best score up to each position, reused from call to call (a typed array per sentence, twice, was malloc and sweeping work). */
let scratch = new Float64Array(1024);

export function bestCover<S extends PatternMatch>(spans: S[], length: number): S[] {
  if (!spans.length) return [];
  if (scratch.length <= length) scratch = new Float64Array(2 * (length + 1));
  const best = scratch;
  best[0] = 0;
  const choice: (S | undefined)[] = new Array(length + 1);
  let next = 0;
  for (let i = 1; i <= length; i++) {
    best[i] = best[i - 1];
    for (; next < spans.length && spans[next].end === i; next++) {
      const s = spans[next];
      const score = best[s.begin] + (i - s.begin) - 0.01;
      if (score > best[i]) {
        best[i] = score;
        choice[i] = s;
      }
    }
  }
  const out: S[] = [];
  let i = length;
  while (i > 0) {
    const s = choice[i];
    if (s && best[i] !== best[i - 1]) {
      out.push(s);
      i = s.begin;
    } else i--;
  }
  return out.reverse();
}

/** [a-z0-9] by code (NaN past either end is none): called for every dictionary hit. */
const isLatin = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/** Latin patterns must start and end on word boundaries; Chinese ones need none. */
export function onWordBoundary(text: string, begin: number, end: number): boolean {
  if (isLatin(text.charCodeAt(begin)) && begin > 0 && isLatin(text.charCodeAt(begin - 1))) return false;
  if (isLatin(text.charCodeAt(end - 1)) && end < text.length && isLatin(text.charCodeAt(end))) return false;
  return true;
}
