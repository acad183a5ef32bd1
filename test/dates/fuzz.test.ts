import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidYmd, parseIso } from "../../src/dates/calendar.js";
import { findChineseDates } from "../../src/dates/chinese.js";
import { findEnglishDates } from "../../src/dates/english.js";

/**
 * Date expressions built from random pieces, impossible ones included (2月30日, 13月, 0日, 周八):
 * finding and resolving never throws, mentions lie inside the text, and every resolved date is a
 * real calendar date in the form its precision says.
 */
const PIECES = [
  "2024年", "二〇二四年", "去年", "今年", "明年", "上月", "本月", "下月", "2月", "13月", "十二月", "0月", "2月30日", "30日",
  "31日", "0日", "99日", "23日讯", "7月19日电", "周三", "週日", "周八", "星期五", "上周", "下周二", "初", "中旬", "底", "当天",
  "一个月前", "3天后", "on Wednesday", "last month", "June 4, 2025", "February 30, 2024", "next Tuesday", "in 2023", "13/45/2024",
  "，", "。", " ", "\n", "日", "月", "年", "号",
];
const REF = fc.record({ y: fc.integer({ min: 1990, max: 2040 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
const TEXT = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 }), fc.integer({ min: 0, max: 3000 }).map(String)), { maxLength: 20 }).map((p) => p.join(""));

const wellFormed = (value: string, precision: string) => {
  const shape = precision === "day" ? /^\d{4}-\d{2}-\d{2}$/ : precision === "month" ? /^\d{4}-\d{2}$/ : /^\d{4}$/;
  expect(value).toMatch(shape);
  if (precision === "day") {
    const ymd = parseIso(value)!;
    expect(isValidYmd(ymd.y, ymd.m, ymd.d)).toBe(true);
  }
};

describe("dates on random text", () => {
  it("never throw and resolve only to real dates", () => {
    fc.assert(
      fc.property(TEXT, fc.option(REF, { nil: undefined }), fc.boolean(), (text, ref, planned) => {
        for (const mention of [...findChineseDates(text), ...findEnglishDates(text, ref)]) {
          expect(mention.start).toBeGreaterThanOrEqual(0);
          expect(mention.end).toBeLessThanOrEqual(text.length);
          const f = mention.resolve(ref, { planned });
          if (f) wellFormed(f.value, f.precision);
        }
      }),
      { numRuns: 500 },
    );
  });
});
