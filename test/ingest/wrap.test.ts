import { describe, expect, it } from "vitest";
import { joinWrappedLines } from "../../src/ingest/wrap.js";

const WRAPPED = [
  "Kenya and Tanzania on Tuesday signed three agreements on trade",
  "and energy during the visit of Tanzanian President Samia Suluhu",
  "Hassan to Nairobi, the presidency said in a statement.",
  "The agreements cover a pipeline, a power line and the removal of",
  "barriers at the border posts, it said.",
  "Ruto and Hassan also held talks on regional security.",
].join("\n");

describe("joinWrappedLines", () => {
  it("joins the lines of hard-wrapped text where a sentence runs on, keeping every offset", () => {
    const joined = joinWrappedLines(WRAPPED);
    expect(joined.length).toBe(WRAPPED.length);
    expect(joined.split("\n")).toEqual([
      "Kenya and Tanzania on Tuesday signed three agreements on trade and energy during the visit of Tanzanian President Samia Suluhu Hassan to Nairobi, the presidency said in a statement.",
      "The agreements cover a pipeline, a power line and the removal of barriers at the border posts, it said.",
      "Ruto and Hassan also held talks on regional security.",
    ]);
  });

  it("takes its width from most lines, not from one paragraph left unwrapped", () => {
    const text = [
      "Chinese Defence Minister Dong Jun and Indonesian Defence Minister",
      "Sjafrie Sjamsoeddin held talks in Beijing on Monday, and agreed",
      "to deepen military exchanges between the two armed forces.",
      "Sjafrie arrived in Beijing on Sunday for a five-day visit to China, which will also take him to Shanghai.",
      "Dong said China was ready to work with Indonesia to strengthen",
      "communication on regional security, the ministry said.",
    ].join("\n");
    expect(joinWrappedLines(text).split("\n")[0]).toBe(
      "Chinese Defence Minister Dong Jun and Indonesian Defence Minister Sjafrie Sjamsoeddin held talks in Beijing on Monday, and agreed to deepen military exchanges between the two armed forces.",
    );
  });

  it("leaves text alone whose lines are paragraphs", () => {
    const paragraphs = "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Nairobi on Tuesday, the presidency said.\nThe two leaders signed three agreements.\nShort line\nAnother short line";
    expect(joinWrappedLines(paragraphs)).toBe(paragraphs);
  });

  it("joins no headline or short line to the text under it", () => {
    const text = `Kenya, Tanzania sign trade deals\n${WRAPPED}`;
    expect(joinWrappedLines(text).split("\n")[0]).toBe("Kenya, Tanzania sign trade deals");
  });

  it("keeps Chinese line breaks (a Chinese line joined with a space would split its words)", () => {
    const chinese = Array.from({ length: 6 }, () => "国家主席习近平在人民大会堂同来华进行国事访问的肯尼亚总统鲁托举行会谈双方一致同意").join("\n");
    expect(joinWrappedLines(chinese)).toBe(chinese);
  });
});
