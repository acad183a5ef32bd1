import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { htmlToText, looksLikeHtml } from "../../src/ingest/html.js";
import { SEEDS } from "../helpers.js";

describe("htmlToText", () => {
  const seed = readFileSync(join(SEEDS, "004_4a8c0d302e9363d3.txt"), "utf8");

  it("recognises HTML by content, not by extension", () => {
    expect(looksLikeHtml(seed)).toBe(true);
    expect(looksLikeHtml("普京与习近平会谈。\n<这不是标签>")).toBe(false);
  });

  it("keeps paragraphs and the lead, drops svg and share bars", () => {
    const { text } = htmlToText(seed);
    expect(text).toContain("据法新社援引朝中社报道，朝鲜领导人金正恩周一6月12日在给俄罗斯总统普京的信息中表示平壤将“全力支持”莫斯科。");
    expect(text).toContain("今年1月，华盛顿指责朝鲜"); // split spans join
    expect(text).not.toMatch(/<svg|path d=|share-button|whatsapp/);
    const lines = text.split("\n").filter((l) => l.trim());
    expect(lines.some((l) => l.startsWith("金正恩在给普京的贺电中说"))).toBe(true);
  });

  it("maps every character back to the source", () => {
    const { text, toSource } = htmlToText(seed);
    const i = text.indexOf("金正恩在给普京的贺电中说");
    expect(seed.slice(toSource[i], toSource[i + 12])).toBe("金正恩在给普京的贺电中说");
  });

  it("drops scripts, styles, navigation and chrome by class", () => {
    const html = `<html><head><title>T</title><style>p{}</style></head><body><nav>首页 国际</nav>
      <div class="share-bar">分享到微信</div><script>var x = "习近平会见普京";</script>
      <article><h1>标题</h1><p>正文第一段。</p><p>正文第二段。</p></article><footer>版权所有</footer></body></html>`;
    const r = htmlToText(html);
    expect(r.text.trim().split(/\n+/)).toEqual(["标题", "正文第一段。", "正文第二段。"]);
    expect(r.title).toBe("标题");
  });

  it("survives 10,000 nested elements", () => {
    const deep = "<div>".repeat(10000) + "<p>深处的文字</p>" + "</div>".repeat(10000);
    expect(htmlToText(deep).text.trim()).toBe("深处的文字");
  });

  it("never throws and offsets stay inside the source", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = htmlToText(`<p>${s}</p><div>${s}</div>`);
        for (let i = 0; i < r.text.length; i++) {
          expect(r.toSource[i]).toBeGreaterThanOrEqual(0);
          expect(r.toSource[i]).toBeLessThanOrEqual(s.length * 2 + 20);
        }
      }),
      { numRuns: 200 },
    );
  });
});
