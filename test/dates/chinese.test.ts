import { describe, expect, it } from "vitest";
import { findChineseDates } from "../../src/dates/chinese.js";
import { matchView } from "../../src/normalise/text.js";

/** Resolves every date of a text in order, each with the day resolved before it as context. */
function dates(text: string, ref: string, planned = false) {
  const [y, m, d] = ref.split("-").map(Number);
  let context: { value: string; precision: "year" | "month" | "day" } | undefined;
  return findChineseDates(matchView(text).text).map((mention) => {
    const f = mention.resolve({ y, m, d }, { planned, context });
    if (f?.precision === "day") context = f;
    return f?.value;
  });
}

describe("Chinese dates", () => {
  it.each([
    ["(北京、莫斯科、平壤23日讯)", "2022-10-23", ["2022-10-23"]],
    ["习近平周日破例三连任", "2022-10-23", ["2022-10-23"]], // 周日 may be the publication day itself
    ["董军周三与绍伊古视频通话", "2024-02-01", ["2024-01-31"]],
    ["上月普京与习近平会谈", "2022-10-23", ["2022-09"]],
    ["在2月初签署伙伴关系声明", "2022-10-23", ["2022-02"]],
    ["今年 6 月 19 日，金正恩与普京会谈", "2024-07-20", ["2024-06-19"]],
    ["本月 9 日 访俄", "2024-07-20", ["2024-07-09"]],
    ["去年10月28日在特拉维夫", "2024-02-01", ["2023-10-28"]],
    ["一个月前 赴平壤访问", "2024-07-20", ["2024-06"]],
    ["6月4日上午，习近平会见", "2025-06-05", ["2025-06-04"]],
    ["12月28日举行", "2025-01-10", ["2024-12-28"]], // past bias across the year
    ["2023年4月首度外访", "2024-02-01", ["2023-04"]],
    ["二〇二四年十月二十八日", "2025-01-01", ["2024-10-28"]],
    ["据朝中社9日报道，代表团前一天从平壤启程", "2024-07-20", ["2024-07-09", "2024-07-08"]],
    ["星期四(7月18日)会见", "2024-07-20", ["2024-07-18", "2024-07-18"]],
  ])("%s (published %s)", (text, ref, expected) => {
    expect(dates(text, ref)).toEqual(expected);
  });

  it("looks forward for planned events", () => {
    expect(dates("将于下周三访问", "2024-07-20", true)).toEqual(["2024-07-24"]);
    expect(dates("将于12月5日访问", "2024-11-20", true)).toEqual(["2024-12-05"]);
  });

  it("finds no date in words that only look like dates", () => {
    expect(findChineseDates("人工鱼肉将成为鱼类产业的明日之星")).toEqual([]);
    expect(findChineseDates("上任1个月后首度有公开活动")).toEqual([]);
    expect(findChineseDates("两国建交75周年")).toEqual([]);
  });

  it("marks datelines as report dates", () => {
    const [d] = findChineseDates("朝中社平壤7月19日电");
    expect(d.dateline).toBe(true);
    expect(findChineseDates("(纽约23日讯)")[0].dateline).toBe(true);
  });

  it("rejects impossible days", () => {
    expect(dates("2月30日会谈", "2024-03-05")).toEqual([undefined]);
    // an impossible date is one mention (no 3月5日 inside 13月5日) that resolves to nothing
    for (const told of ["13月5日", "13月", "4月31日", "2023年2月29日", "0月3日"]) {
      const found = findChineseDates(`${told}会谈`);
      expect(found.map((d) => [d.text, d.impossible]), told).toEqual([[told, true]]);
      expect(found[0].resolve({ y: 2024, m: 3, d: 5 }, { planned: false })).toBeUndefined();
    }
    expect(findChineseDates("2024年2月29日")[0].impossible).toBeUndefined();
    expect(findChineseDates("发放13月薪")).toEqual([]);
  });
});
