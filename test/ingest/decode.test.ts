import iconv from "iconv-lite";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/ingest/decode.js";

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
