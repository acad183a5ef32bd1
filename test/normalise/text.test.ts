import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldForMatching } from "../../src/normalise/script.js";
import { INVISIBLE, isInvisible, matchView } from "../../src/normalise/text.js";
import { isSpace } from "../../src/util/space.js";
import { splitSentences } from "../../src/normalise/sentences.js";

describe("the code-point tables matchView uses for speed", () => {
  it("agree with the INVISIBLE regex and with \\s on every UTF-16 unit", () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isInvisible(c) !== INVISIBLE.test(ch)) expect.fail(`isInvisible(U+${c.toString(16)}) disagrees with INVISIBLE`);
      if (isSpace(c) !== /\s/.test(ch)) expect.fail(`isSpace(U+${c.toString(16)}) disagrees with \\s`);
    }
  });
});

describe("matchView", () => {
  it("folds Traditional, full-width and case, and removes spaces inside Chinese", () => {
    const v = matchView("習近平 會見 盧卡申科 ，ＸＩ  Jinping 今年 6 月 19 日 阿列克谢 • 克里沃鲁奇科");
    expect(v.text).toBe("习近平会见卢卡申科,xi jinping今年6月19日阿列克谢·克里沃鲁奇科");
  });

  it("drops invisible marks inside names: zero-width, joiners, bidi controls (U+061C too), BOM, stray control characters", () => {
    for (const mark of ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u034f", "\u180e", "\u200e", "\u200f", "\u061c", "\u202e", "\u2067", "\u0000", "\u0007", "\u001b", "\u007f"]) {
      const v = matchView(`习${mark}近${mark}平会见普京`);
      expect(v.text, JSON.stringify(mark)).toBe("习近平会见普京");
      expect(Array.from(v.toText)).toEqual([0, 2, 4, 5, 6, 7, 8, 9]);
    }
    // tabs, line breaks and form feeds stay whitespace
    expect(matchView("Xi\tmet\fPutin\nin Beijing").text).toBe("xi met putin in beijing");
  });

  it("drops pinyin readings in brackets after characters (mirror sites add them), and nothing else in brackets", () => {
    const annotated = "國(guó)家主席習(xí)近平在人民大會(huì )堂同美國(guó)總統(tǒng)特朗普通電話(huà)";
    const v = matchView(annotated);
    expect(v.text).toBe("国家主席习近平在人民大会堂同美国总统特朗普通电话");
    expect(v.toText[v.text.indexOf("家")]).toBe(annotated.indexOf("家"));
    expect(v.toText[v.text.indexOf("近")]).toBe(annotated.indexOf("近"));
    for (const kept of ["拜登(biden)会见", "新华社(ap)电", "张三(音)", "习近平(xi jinping)", "中国(a)", "会见(ā b c d e f g h i j)"]) {
      expect(matchView(kept).text).toBe(kept);
    }
  });

  it("maps every view character to the text character it came from", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: fc.constantFrom(..."習近平 会见 Xi met, ２０２４年　6 月·•\n\t!？") }), (s) => {
        const v = matchView(s);
        expect(v.toText.length).toBe(v.text.length + 1);
        for (let i = 0; i < v.text.length; i++) {
          expect(v.toText[i]).toBeGreaterThanOrEqual(0);
          expect(v.toText[i]).toBeLessThan(s.length);
          if (i > 0) expect(v.toText[i]).toBeGreaterThan(v.toText[i - 1]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary Unicode", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => void matchView(s)), { numRuns: 300 });
  });
});

describe("splitSentences", () => {
  it("splits Chinese after 。！？ with closing quotes", () => {
    const t = "金正恩说：“支持。”他表示同意！双方签署了协议。";
    const parts = splitSentences(t, 0, t.length).map((s) => t.slice(s.start, s.end));
    expect(parts).toEqual(["金正恩说：“支持。”", "他表示同意！", "双方签署了协议。"]);
  });

  it("splits English with compromise, keeping abbreviations", () => {
    const t = "Mr. Lukashenko visited the U.S. in May. He met Biden.";
    const parts = splitSentences(t, 0, t.length).map((s) => t.slice(s.start, s.end));
    expect(parts).toEqual(["Mr. Lukashenko visited the U.S. in May.", "He met Biden."]);
  });
});

describe("matchView against its definition", () => {
  /** Folding, then the name dots by regex, then the walk over the folded text: as it was written first. */
  function viewByRegex(text: string): string {
    const folded = foldForMatching(text)
      .replace(/[•·・‧∙⋅●]/g, "·")
      .replace(/(?<=[\u4e00-\u9fff])\.(?=[\u4e00-\u9fff])/g, "·");
    const cjk = (c: number) => (c >= 0x3000 && c <= 0x303f) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2018 && c <= 0x201d);
    let out = "";
    let before = -1;
    for (let i = 0; i < folded.length; ) {
      const c = folded.charCodeAt(i);
      if (INVISIBLE.test(folded[i])) {
        i++;
        continue;
      }
      if (/\s/.test(folded[i])) {
        let j = i;
        while (j < folded.length && /\s/.test(folded[j])) j++;
        const after = j < folded.length ? folded.charCodeAt(j) : -1;
        const touches = (before >= 0 && cjk(before)) || (after >= 0 && cjk(after)) || before === 0xb7 || after === 0xb7;
        if (!touches && before >= 0 && after >= 0) {
          out += " ";
          before = 0x20;
        }
        i = j;
        continue;
      }
      out += folded[i];
      before = c;
      i++;
    }
    return out;
  }

  it("gives the same view as folding, two regex passes for name dots and the walk", () => {
    const units = [..."穆罕默德．本．扎耶德.習近平 Xi. Jinping • ・‧∙⋅●·\u200b\u3000\n ab.c 金.正恩 Ａ"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(matchView(text).text).toBe(viewByRegex(text));
      }),
      { numRuns: 3000 },
    );
  });
});
