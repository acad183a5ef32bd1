import { describe, expect, it } from "vitest";
import { findEnglishDates } from "../../src/dates/english.js";

const ref = { y: 2025, m: 6, d: 5 }; // a Thursday
const resolve = (text: string, planned = false) =>
  findEnglishDates(text, ref).map((d) => d.resolve(ref, { planned })?.value);

describe("English dates", () => {
  it.each([
    ["Xi met Lukashenko in Beijing on Wednesday.", ["2025-06-04"]],
    ["in Beijing, capital of China, June 4, 2025.", ["2025-06-04"]],
    ["They spoke on Thursday.", ["2025-06-05"]], // the publication day itself
    ["He visited Moscow last month.", ["2025-05"]],
    ["The two last met in June 2019.", ["2019-06"]],
    ["on March 3", ["2025-03-03"]],
    ["in 2008", ["2008"]],
  ])("%s", (text, expected) => {
    expect(resolve(text)).toEqual(expected);
  });

  it("looks forward for planned events", () => {
    expect(resolve("He will visit Paris on Monday", true)).toEqual(["2025-06-09"]);
  });

  it("marks the wire dateline", () => {
    const [d] = findEnglishDates("BEIJING, June 4 (Xinhua) -- Chinese President Xi Jinping", ref);
    expect(d.dateline).toBe(true);
  });
});
