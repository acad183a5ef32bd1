/**
 * The ingest stage on random input: any bytes, and random Unicode text in any of the encodings we
 * read, wrapped or not in HTML. Ingest never throws; an article's paragraphs lie inside its text and
 * its text maps back into the decoded source; text in a supported encoding decodes to itself.
 */
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { ingest } from "../../src/ingest/article.js";
import { decodeBytes } from "../../src/ingest/decode.js";
import { sharedEngine } from "../helpers.js";

const ENCODINGS = ["utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "utf-16le", "gb18030"] as const;
function encode(text: string, enc: (typeof ENCODINGS)[number]): Buffer {
  switch (enc) {
    case "utf-8":
      return Buffer.from(text, "utf8");
    case "utf-8-bom":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    case "utf-16le-bom":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le")]);
    case "utf-16be-bom":
      return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf-16be")]);
    case "utf-16le":
      return iconv.encode(text, "utf-16le");
    case "gb18030":
      return iconv.encode(text, "gb18030");
  }
}

/** Random text as news is made of: common Han, Latin, digits, punctuation, spaces, line breaks, and now and then anything. */
const NEWS = fc.string({ unit: fc.constantFrom(..."国家主席习近平在北京会见俄罗斯总统普京双方表示愿意加强合作的一是不了人中大为上个我以要他时来用们生到作地于出就分对成会可年 abcXYZ0123，。、“”（）：\n"), minLength: 1, maxLength: 200 });
const NEWS_ITEM = fc.string({ unit: fc.constantFrom(..."国家主席习近平在北京会见俄罗斯总统普京双方表示愿意加强合作的一是不了人中大为上个我以要他时来用们生到作地于出就分对成会可年 abcXYZ0123，。、“”（）：\n"), minLength: 20, maxLength: 200 });
const ANY_TEXT = fc.oneof(NEWS, fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 100 }));
const AS_HTML = (s: string) => `<html><head><title>${s.slice(0, 10)}</title></head><body><div><p>${s}</p><script>${s}</script></div></body></html>`;

describe("ingest on random input", () => {
  const ctx = { segmenter: sharedEngine().segmenter, published: "2024-05-24" };

  it("never throws; paragraphs lie inside the text, and the text maps into the decoded source", () => {
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 3000 }).map((b) => ({ bytes: b, name: "bytes.txt" })),
      fc.tuple(ANY_TEXT, fc.constantFrom(...ENCODINGS), fc.boolean()).map(([s, enc, html]) => ({ bytes: encode(html ? AS_HTML(s) : s, enc), name: html ? "page.html" : "text.txt" })),
    );
    fc.assert(
      fc.property(input, ({ bytes, name }) => {
        const r = ingest(name, bytes, ctx);
        if (!r.ok) {
          expect(r.reason.length).toBeGreaterThan(0);
          return;
        }
        const { text, source, textToSource, paragraphs } = r.article;
        let last = 0;
        for (const p of paragraphs) {
          expect(p.start).toBeGreaterThanOrEqual(last);
          expect(p.end).toBeGreaterThanOrEqual(p.start);
          expect(p.end).toBeLessThanOrEqual(text.length);
          last = p.end;
        }
        if (textToSource) {
          for (let i = 0; i < text.length; i++) {
            expect(textToSource[i]).toBeGreaterThanOrEqual(0);
            expect(textToSource[i]).toBeLessThanOrEqual(source.length);
          }
        } else expect(text).toBe(source);
      }),
      { numRuns: 400 },
    );
  });

  // a few bytes are ambiguous (the UTF-16 of 我上示就 is valid ASCII): news items are longer than 20 characters
  it("decodes news text of 20 characters or more in every supported encoding back to itself", () => {
    fc.assert(
      fc.property(NEWS_ITEM, fc.constantFrom(...ENCODINGS), (s, enc) => {
        fc.pre(/[\u4e00-\u9fff]{4}|[a-z]{3}/i.test(s));
        const d = decodeBytes(encode(s, enc));
        expect(d, enc).toMatchObject({ ok: true, text: s });
      }),
      { numRuns: 400 },
    );
  });
});
