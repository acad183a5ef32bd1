import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/ingest/decode.js";
import { GOLDEN, SEEDS } from "../helpers.js";

const ZH_SIMPLIFIED = "国家主席习近平在北京人民大会堂同来华进行国事访问的巴西总统卢拉举行会谈。双方签署了联合声明。";
const ZH_TRADITIONAL = "國家主席習近平在北京會見白俄羅斯總統盧卡申科。雙方一直以誠相待、以信相交。";

describe("decodeBytes", () => {
  it("reads UTF-8 with and without a byte-order mark", () => {
    const plain = Buffer.from(ZH_SIMPLIFIED, "utf8");
    expect(decodeBytes(plain)).toMatchObject({ ok: true, text: ZH_SIMPLIFIED, encoding: "UTF-8" });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
    expect(decodeBytes(bom)).toMatchObject({ ok: true, text: ZH_SIMPLIFIED });
  });

  it("detects GB18030/GBK and Big5", () => {
    expect(decodeBytes(iconv.encode(ZH_SIMPLIFIED, "gbk"))).toMatchObject({ ok: true, text: ZH_SIMPLIFIED, encoding: "GB18030" });
    expect(decodeBytes(iconv.encode(ZH_TRADITIONAL, "big5"))).toMatchObject({ ok: true, text: ZH_TRADITIONAL, encoding: "Big5" });
  });

  it("detects UTF-16 with and without a byte-order mark", () => {
    const le = iconv.encode(ZH_TRADITIONAL + " Xi met Lukashenko.", "utf-16le");
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toMatchObject({ ok: true });
    const english = iconv.encode("Chinese President Xi Jinping met with Belarusian President Alexander Lukashenko.", "utf-16le");
    expect(decodeBytes(english)).toMatchObject({ ok: true, text: "Chinese President Xi Jinping met with Belarusian President Alexander Lukashenko." });
    const be = iconv.encode("Putin spoke by phone with Modi on Monday.", "utf-16be");
    expect(decodeBytes(be)).toMatchObject({ ok: true, text: "Putin spoke by phone with Modi on Monday." });
  });

  it("refuses binary formats by their signature", () => {
    expect(decodeBytes(Buffer.from("%PDF-1.7\n%âãÏÓ"))).toEqual({ ok: false, reason: "binary file (PDF)" });
    expect(decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]))).toEqual({ ok: false, reason: "binary file (PNG)" });
    expect(decodeBytes(Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00]))).toEqual({ ok: false, reason: "binary file (gzip)" });
  });

  it("reads a file whose lines are partly UTF-8 and partly GBK or Big5 line by line, and says so", () => {
    const a = "（北京23日讯）国家主席习近平23日在北京会见俄罗斯总统普京。\n";
    const b = "国家主席习近平24日在北京会见法国总统马克龙。\n";
    const t = "（台北23日電）總統賴清德週三會見巴拉圭總統貝尼亞。\n";
    for (const [bytes, legacy, text] of [
      [Buffer.concat([iconv.encode(a, "gbk"), Buffer.from(b)]), "GB18030", a + b],
      [Buffer.concat([Buffer.from(a.repeat(5)), iconv.encode(b, "gbk")]), "GB18030", a.repeat(5) + b],
      [Buffer.concat([Buffer.from(a), iconv.encode(t, "big5")]), "Big5", a + t],
    ] as const) {
      const d = decodeBytes(bytes);
      expect(d).toMatchObject({ ok: true, text, encoding: `UTF-8 and ${legacy}` });
      expect(d.ok && d.note).toMatch(new RegExp(`^mixed encodings: 1 line\\(s\\) read as ${legacy}, the other \\d+ as UTF-8$`));
    }
    // a GBK file with one-character lines that happen to be valid UTF-8 (中 is D6 D0) is GBK throughout
    expect(decodeBytes(iconv.encode(`中\n国\n${a}好\n`, "gbk"))).toMatchObject({ ok: true, encoding: "GB18030", text: `中\n国\n${a}好\n` });
  });

  it("never takes a Chinese article in GB18030 or Big5 for a mix", () => {
    const articles = [SEEDS, join(GOLDEN, "articles")].flatMap((dir) => readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f)).map((f) => readFileSync(join(dir, f), "utf8")));
    const chinese = articles.filter((t) => (t.match(/[\u4e00-\u9fff]/g) ?? []).length > 100);
    expect(chinese.length).toBeGreaterThan(25);
    for (const text of chinese) {
      for (const enc of ["gb18030", "big5"]) {
        const d = decodeBytes(iconv.encode(text, enc));
        expect(d.ok && d.encoding, `${enc}: ${text.slice(0, 40)}`).toBe(enc === "big5" ? "Big5" : "GB18030");
      }
    }
  });

  describe("legacy Western text and declared encodings", () => {
    const ENGLISH = "Brazilian President Luiz Inácio Lula da Silva met Spanish Prime Minister Pedro Sánchez in Brasília — \u201cwe agreed\u201d, he said.";
    const page = (charset: string, body: string) => `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>t</title></head><body><p>${body}</p></body></html>`;

    it("reads a page in the encoding it declares once its bytes are not UTF-8", () => {
      const html = page("windows-1252", ENGLISH);
      expect(decodeBytes(iconv.encode(html, "windows-1252"))).toMatchObject({ ok: true, text: html, encoding: "windows-1252" });
      const latin1 = `<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>${"Sánchez à Paris"}</title></rss>`;
      expect(decodeBytes(iconv.encode(latin1, "latin1"))).toMatchObject({ ok: true, text: latin1, encoding: "windows-1252" });
      const gbk = page("gb2312", ZH_SIMPLIFIED);
      expect(decodeBytes(iconv.encode(gbk, "gbk"))).toMatchObject({ ok: true, text: gbk, encoding: "GB18030" });
    });

    it("trusts valid UTF-8 over a declaration it contradicts, and Chinese bytes over a Western label", () => {
      const resaved = page("gb2312", ZH_SIMPLIFIED + ENGLISH);
      expect(decodeBytes(Buffer.from(resaved, "utf8"))).toMatchObject({ ok: true, text: resaved, encoding: "UTF-8" });
      const mislabelled = page("iso-8859-1", ZH_SIMPLIFIED);
      expect(decodeBytes(iconv.encode(mislabelled, "gbk"))).toMatchObject({ ok: true, text: mislabelled, encoding: "GB18030" });
      const big5AsGb = page("gb2312", ZH_TRADITIONAL);
      expect(decodeBytes(iconv.encode(big5AsGb, "big5"))).toMatchObject({ ok: true, text: big5AsGb, encoding: "Big5" });
    });

    it("reads undeclared text whose bytes never form a UTF-8 character as windows-1252", () => {
      expect(decodeBytes(iconv.encode(ENGLISH, "windows-1252"))).toMatchObject({ ok: true, text: ENGLISH, encoding: "windows-1252" });
    });

    it("keeps UTF-8 cut short in the middle of its last character as UTF-8, and says so", () => {
      const cut = Buffer.from("Putin spoke by phone with Modi on Monday. 普京", "utf8");
      const d = decodeBytes(cut.subarray(0, cut.length - 1));
      expect(d).toMatchObject({ ok: true, encoding: "UTF-8", note: "1 invalid UTF-8 byte sequence(s) replaced by U+FFFD" });
      expect(d.ok && d.text).toBe("Putin spoke by phone with Modi on Monday. 普\ufffd");
    });
  });

  it("never throws on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const r = decodeBytes(bytes);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });
});
