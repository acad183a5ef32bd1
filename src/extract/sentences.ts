/**
 * Recognise stage for an article: its readable paragraphs split into sentences, each with its
 * matching view, actor mentions, trigger words, clauses and quotations.
 */
import type { Lexicon } from "../lexicon/schema.js";
import { matchView } from "../normalise/text.js";
import { splitSentences } from "../normalise/sentences.js";
import type { Gazetteer } from "../recognise/gazetteer.js";
import { recogniseMentions } from "../recognise/mentions.js";
import type { Article } from "../types.js";
import type { TriggerHit, TriggerMatcher } from "./triggers.js";
import type { SentenceUnit } from "./types.js";

export interface SentenceContext {
  gazetteer: Gazetteer;
  triggers: TriggerMatcher;
  lexicon: Lexicon;
}

/**
 * Splits the article's readable paragraphs into sentence units with their matches; past the deadline
 * (a time limit per file) the remaining paragraphs are left unread.
 */
export function buildSentences(article: Article, ctx: SentenceContext, deadline = Infinity): SentenceUnit[] {
  const units: SentenceUnit[] = [];
  article.paragraphs.forEach((p, pi) => {
    if (p.role !== "body" && p.role !== "headline") return;
    if (Date.now() > deadline) return;
    for (const span of splitSentences(article.text, p.start, p.end)) {
      const view = matchView(article.text, span.start, span.end);
      const original = article.text;
      const mentions = recogniseMentions(view.text, {
        gazetteer: ctx.gazetteer,
        lexicon: ctx.lexicon,
        original,
        toOriginal: (i) => view.toText[Math.min(i, view.text.length)],
      });
      const triggers = ctx.triggers.scan(view.text, span.lang);
      units.push({
        index: units.length,
        paragraph: pi,
        headline: p.role === "headline",
        lang: span.lang,
        start: span.start,
        end: span.end,
        view,
        mentions,
        triggers,
        dates: [],
        clauses: clauses(view.text, triggers),
        report: 0,
        quotes: [],
        resolved: [],
      });
    }
  });
  return units;
}

function clauses(v: string, triggers: TriggerHit[]): [number, number][] {
  const out: [number, number][] = [];
  let last = 0;
  const re = /[，,；;：:]|——/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(v))) {
    // a comma inside an event's words (had a brief, frank meeting with) does not end a clause
    const at = m.index;
    if (triggers.some((t) => t.start < at && at < t.end)) continue;
    // a comma between digits (1,000) does not end a clause
    if (m[0] === "," && /\d/.test(v[m.index - 1] ?? "") && /\d/.test(v[m.index + 1] ?? "")) continue;
    // nor one inside a date: "October 22, 2023", "on Friday, May 31"
    if (m[0] === "," && /\b\d{1,2}$/.test(v.slice(Math.max(0, m.index - 3), m.index)) && /^\s\d{4}\b/.test(v.slice(m.index + 1, m.index + 7))) continue;
    if (m[0] === "," && /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(v.slice(Math.max(0, m.index - 10), m.index)) && /^\s(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d{1,2}\b/i.test(v.slice(m.index + 1, m.index + 16))) continue;
    out.push([last, m.index + m[0].length]);
    last = m.index + m[0].length;
  }
  out.push([last, v.length]);
  return out;
}

/** Quotation ranges per sentence, tracked across the sentences of a paragraph. */
export function markQuotes(units: SentenceUnit[]) {
  let open = false;
  let paragraph = -1;
  for (const u of units) {
    if (u.paragraph !== paragraph) {
      open = false;
      paragraph = u.paragraph;
    }
    const v = u.view.text;
    let start = open ? 0 : -1;
    for (let i = 0; i < v.length; i++) {
      const c = v[i];
      if (c === "“" || c === "「" || c === "『" || (c === '"' && !open)) {
        open = true;
        start = i;
      } else if ((c === "”" || c === "」" || c === "』" || c === '"') && open) {
        u.quotes.push([start, i + 1]);
        open = false;
        start = -1;
      }
    }
    if (open) u.quotes.push([Math.max(0, start), v.length]);
  }
}

