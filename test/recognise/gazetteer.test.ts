import { describe, expect, it } from "vitest";
import { matchView } from "../../src/normalise/text.js";
import { recogniseMentions } from "../../src/recognise/mentions.js";
import { sharedEngine } from "../helpers.js";

function mentions(text: string) {
  const { context, lexicon } = sharedEngine();
  const v = matchView(text);
  return recogniseMentions(v.text, {
    gazetteer: context.gazetteer,
    lexicon,
    original: text,
    toOriginal: (i) => v.toText[Math.min(i, v.text.length)],
  }).map((m) => `${m.kind}:${m.id ?? m.pronoun ?? m.title}${m.countryId ? "@" + m.countryId : ""}`);
}

describe("recognising actors", () => {
  it("reads the longest name: Belarus is never Russia", () => {
    expect(mentions("白俄罗斯总统卢卡申科")).toEqual(["person:alexander-lukashenko@BLR"]);
    expect(mentions("白俄罗斯和俄罗斯")).toEqual(["country:BLR", "country:RUS"]);
  });

  it("reads a person, never a country, in 韩国瑜", () => {
    expect(mentions("韩国瑜当选台湾立法院长")[0]).toBe("person:han-kuo-yu");
  });

  it("splits 美国务卿 as 美 + 国务卿, not 美国 + 务卿", () => {
    expect(mentions("美国务卿布林肯")).toEqual(["person:antony-blinken@USA"]);
  });

  it("knows pair abbreviations only where they read as one", () => {
    expect(mentions("朝俄关系")).toEqual(["country:PRK", "country:RUS"]);
    expect(mentions("中美洲国家")).toEqual([]);
    expect(mentions("美中不足")).toEqual([]);
  });

  it("reads side forms and seats as governments", () => {
    expect(mentions("俄方愿与中方")).toEqual(["country:RUS", "country:CHN"]);
    expect(mentions("克里姆林宫表示")).toEqual(["country:RUS"]);
    expect(mentions("The White House said")).toEqual(["country:USA"]);
  });

  it("proposes an unknown person after a title, without the (音) marker", () => {
    expect(mentions("朝鲜金日成军事综合大学校长韩一二(音)率领的代表团")).toContain("person:discovered:韩一二@PRK");
    expect(mentions("俄罗斯国防部副部长 克里沃鲁奇科 率领")).toEqual(["person:alexey-krivoruchko@RUS"]);
  });

  it("resolves a short form before a title", () => {
    expect(mentions("俄副防长率领的军事代表团")).toEqual(["title:副防长@RUS"]);
  });

  it("matches capitals-only abbreviations only in capitals", () => {
    expect(mentions("The US and the UN")).toEqual(["country:USA", "org:UN"]);
    expect(mentions("let us talk")).toEqual([]);
  });
});
