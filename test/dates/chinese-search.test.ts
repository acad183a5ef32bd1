/**
 * The Chinese date finder jumps between forward searches of its patterns; by definition it tries the
 * impossible-date pattern and then every rule, sticky, at each position that may start a date. The
 * two must find the same dates in any text.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DATE_START, findChineseDates, IMPOSSIBLE, impossibleDate, RULES } from "../../src/dates/chinese.js";

function byDefinition(text: string): { start: number; end: number; text: string; dateline: boolean; impossible?: boolean }[] {
  const out: { start: number; end: number; text: string; dateline: boolean; impossible?: boolean }[] = [];
  let i = 0;
  outer: while (i < text.length) {
    const c = text[i]!;
    if (!DATE_START.test(c) || (/\d/.test(c) && i > 0 && /[\d.]/.test(text[i - 1]!))) {
      i++;
      continue;
    }
    IMPOSSIBLE.lastIndex = i;
    const bad = IMPOSSIBLE.exec(text);
    if (bad && impossibleDate(bad)) {
      out.push({ start: i, end: i + bad[0].length, text: bad[0], dateline: false, impossible: true });
      i += bad[0].length;
      continue;
    }
    for (const rule of RULES) {
      rule.re.lastIndex = i;
      const m = rule.re.exec(text);
      if (!m || !m[0].length) continue;
      const byline = /[(（〔【][^)）〕】]{0,8}记者[^)）〕】]{0,10}$/.test(text.slice(Math.max(0, i - 20), i));
      if (/^(周|星期)/.test(m[0]) && byline && (/记者$/.test(text.slice(0, i)) || /^[\u4e00-\u9fff]?[)）〕】、/／]/.test(text.slice(i + m[0].length, i + m[0].length + 3)))) {
        i++;
        continue outer;
      }
      const built = rule.build(m);
      if (built) {
        out.push({ start: i, end: i + m[0].length, text: m[0], dateline: built.dateline });
        i += m[0].length;
        continue outer;
      }
    }
    i++;
  }
  return out;
}

const found = (text: string) => findChineseDates(text).map(({ start, end, text, dateline, impossible }) => ({ start, end, text, dateline, ...(impossible ? { impossible } : {}) }));

const PIECES = [
  ..."0123456789〇零一二三四五六七八九十两年月日号今去前明本同当上下这周星期礼拜天昨后次翌第隔是近不久初旬底末中份至到-—~()（）电讯专综合外报导道记者路街个多薪代度级以来之",
  "2024年",
  "7月19日",
  "23日讯",
  "上个月",
  "星期三",
  "（记者周一鸣）",
  "2月30日",
  "13月5日",
  "今（8）日",
  "当天晚上",
  "前一天",
  "3周前",
  "习近平",
  "，",
];

describe("findChineseDates", () => {
  it("finds what trying every rule at every position finds", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (parts) => {
        const text = parts.join("");
        expect(found(text)).toEqual(byDefinition(text));
      }),
      { numRuns: 5000 },
    );
  });
});
