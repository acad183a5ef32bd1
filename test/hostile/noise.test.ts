/**
 * The hostile corpus as a property: clean articles with invisible marks (zero-width, joiners, bidi
 * controls, soft hyphens, BOMs) sprinkled anywhere, spaces sprinkled next to Chinese characters, ASCII
 * turned full-width and Latin letters turned Cyrillic look-alikes here and there give exactly the
 * clean articles' edges: the same types, actors, dates and statuses.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/article.js";
import { ingestText } from "../../src/ingest/article.js";
import { mergeArticleEvents } from "../../src/merge/article.js";
import { isCjk } from "../../src/normalise/text.js";
import { sharedEngine } from "../helpers.js";

const ARTICLES = [
  "（北京23日讯）国家主席习近平23日在北京会见俄罗斯总统普京。双方签署了联合声明。",
  "（平壤23日讯）朝鲜领导人金正恩23日会见俄罗斯总统普京。金正恩表示全力支持俄罗斯。",
  "（莫斯科22日讯）俄罗斯总统普京22日同白俄罗斯总统卢卡申科通电话。",
  "（北京23日讯）國家主席習近平23日在北京會見法國總統馬克龍。",
  "BEIJING, May 23 (Xinhua) -- Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Thursday.",
  "MOSCOW, May 22 (Reuters) - Russian President Vladimir Putin spoke by phone with Indian Prime Minister Narendra Modi on Wednesday.",
];
const MARKS = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"];
const fullWidth = (ch: string) => (ch >= "!" && ch <= "~" ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch);
/** Cyrillic and Greek letters that look like Latin ones (a word keeps its first letter Latin: Хі is Russian). */
const LOOKALIKE: Record<string, string> = Object.fromEntries([..."aeopcyxisjABEKMHOPCTXISJ"].map((c, i) => [c, "аеорсухіѕјАВЕКМНОРСТХІЅЈ"[i]]));

/** One decision per character of the article: leave it, put a mark after it, a space after it, make it full-width or a look-alike. */
const noise = fc.array(fc.oneof({ arbitrary: fc.constant("keep" as const), weight: 6 }, fc.constantFrom(...MARKS).map((m) => ({ mark: m })), fc.constant("space" as const), fc.constant("wide" as const), fc.constant("lookalike" as const)), {
  minLength: 200,
  maxLength: 200,
});

function apply(text: string, decisions: ReturnType<(typeof noise)["generate"]>["value"]): string {
  let out = "";
  let inWord = 0;
  [...text].forEach((ch, i) => {
    const d = decisions[i % decisions.length];
    const next = [...text][i + 1];
    inWord = /[a-z]/i.test(ch) ? inWord + 1 : 0;
    if (d === "wide" && !/\s/.test(ch)) out += fullWidth(ch);
    else if (d === "lookalike" && inWord > 1 && LOOKALIKE[ch]) out += LOOKALIKE[ch];
    else out += ch;
    if (typeof d === "object") out += d.mark;
    // a space only where it touches a Chinese character (between Latin letters it would split a word)
    if (d === "space" && (isCjk(ch) || /[\u4e00-\u9fff]/.test(ch) || (next !== undefined && /[\u4e00-\u9fff]/.test(next)))) out += " ";
  });
  return out;
}

describe("noise in names and text", () => {
  const engine = sharedEngine();
  const edgesOf = (text: string) => {
    const res = ingestText("noisy.txt", text, "UTF-8", { segmenter: engine.segmenter, published: "2024-05-24" });
    if (!res.ok) throw new Error(res.reason);
    const extraction = extractArticle(res.article, engine.context);
    return mergeArticleEvents(res.article, extraction.events, engine.context.index)
      .map((e) => `${e.type} ${e.source.kind}:${e.source.id} ${e.target.kind}:${e.target.id} ${(e.date ?? e.fallbackDate)?.value} ${e.status}`)
      .sort();
  };
  const clean = ARTICLES.map(edgesOf);

  it("every clean article gives edges", () => {
    for (const [i, edges] of clean.entries()) expect(edges.length, ARTICLES[i]).toBeGreaterThan(0);
  });

  it("gives exactly the clean article's edges", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: ARTICLES.length - 1 }), noise, (i, decisions) => {
        const noisy = apply(ARTICLES[i], decisions);
        expect(edgesOf(noisy), JSON.stringify(noisy)).toEqual(clean[i]);
      }),
      { numRuns: 300 },
    );
  });
});
