/**
 * Resolve-dates stage: an article's reports (a forum post quoting three wire copies has three
 * datelines), each with its reference day and the date of its lead; every date told, resolved in
 * reading order; and the date of an event from its clause, its sentence, its paragraph or its report.
 */
import { finer, parseIso, within, type Ymd } from "./calendar.js";
import { findChineseDates, type DateMention } from "./chinese.js";
import { findEnglishDates } from "./english.js";
import { foldHomoglyphs } from "../normalise/script.js";
import { isInvisible } from "../normalise/text.js";
import { clauseOf } from "../extract/roles.js";
import type { TriggerHit } from "../extract/triggers.js";
import type { RawEvent, SentenceUnit } from "../extract/types.js";
import type { Article, FuzzyDate } from "../types.js";

export interface Report {
  reference?: Ymd;
  main?: FuzzyDate;
}

const DATE_ONLY = /^[\s(（]*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{2}-\d{2})[\s)）]*$/;

/** Finds date mentions, splits the article into reports at datelines, resolves each report's dates. */
export function resolveReports(article: Article, units: SentenceUnit[]): Report[] {
  const published = article.published ? parseIso(article.published) : undefined;
  const reports: Report[] = [{ reference: published }];
  let current = 0;
  let lastParagraph = -1;
  for (const u of units) {
    u.dates =
      u.lang === "zh"
        ? findChineseDates(u.view.text)
        : englishDates(article.text.slice(u.start, u.end), published).map((d) => toViewRange(d, u, article));
    const dateline = u.dates.find((d) => d.dateline && d.start <= (u.lang === "en" ? 40 : 16));
    // a dateline on a line of its own above the text (中央社／ 圣保罗16日专电) reads as a headline line,
    // but it still dates the report under it
    const datelineLine = u.headline && dateline !== undefined && u.lang === "zh" && /^[\s)）】\]]*$/.test(u.view.text.slice(dateline.end));
    if (u.headline && !datelineLine) {
      u.report = current;
      continue;
    }
    const paragraphText = article.text.slice(u.start, u.end);
    const dateOnly = u.paragraph !== lastParagraph && DATE_ONLY.test(paragraphText) && u.dates.length === 1;
    if ((dateline || dateOnly) && u.paragraph !== lastParagraph) {
      const d = (dateline ?? u.dates[0]).resolve(published, { planned: false });
      reports.push({ reference: d && d.precision === "day" ? parseIso(d.value) : published });
      current = reports.length - 1;
    }
    lastParagraph = u.paragraph;
    u.report = current;
  }
  // every date in reading order; 当天 / 前一天 refer to the last day told before them in the report
  let contextReport = -1;
  let context: FuzzyDate | undefined;
  for (const u of units) {
    if (u.report !== contextReport) {
      contextReport = u.report;
      context = undefined;
    }
    u.contextIn = context;
    u.resolved = resolveUnit(u, reports, false, context);
    for (const r of u.resolved) if (r.f.precision === "day" && !r.d.dateline) context = r.f;
  }
  // each report's main date: the first date of its first dated paragraph, the finest there
  const byReport = new Map<number, SentenceUnit[]>();
  for (const u of units) if (!u.headline) (byReport.get(u.report) ?? byReport.set(u.report, []).get(u.report)!).push(u);
  for (let r = 0; r < reports.length; r++) {
    const inReport = byReport.get(r) ?? [];
    // the lead: the report's first three paragraphs; its first day-precision date, else its first
    // date, leaving out dates of background (since taking office in September, 上任后)
    const lead = [...new Set(inReport.map((u) => u.paragraph))].slice(0, 3);
    const candidates: FuzzyDate[] = [];
    for (const u of inReport) {
      if (!lead.includes(u.paragraph)) break;
      const v = u.view.text;
      for (const d of u.dates) {
        if (d.dateline) continue;
        if (/(since|after|before|until|ahead of|by)\s*$/.test(v.slice(Math.max(0, d.start - 12), d.start))) continue;
        if (/^\s*(以来|之后|以后|后|前|之前)/.test(v.slice(d.end, d.end + 3))) continue;
        // 温家宝二十三日将抵纽约: a day of what lies ahead is not the day the report tells of
        if (/^\s*(将|即将|将要|拟|预计)/.test(v.slice(d.end, d.end + 3))) continue;
        const f = d.resolve(reports[r].reference, { planned: false });
        if (f) candidates.push(f);
      }
    }
    const best = candidates.find((f) => f.precision === "day") ?? candidates[0];
    reports[r].main = best;
  }
  return reports;
}

/**
 * English dates are found by chrono on the sentence as written (case kept: "May" the month), less the
 * invisible marks and with full-width forms and look-alike letters made plain ("Thur\u200bsdａy" is
 * Thursday, "Mаy" with a Cyrillic а is May); offsets are the sentence's own.
 */
function englishDates(sentence: string, published: Ymd | undefined): DateMention[] {
  // most sentences have nothing to make plain: no copy of them, character by character
  let clean = true;
  for (let i = 0; i < sentence.length && clean; i++) {
    const c = sentence.charCodeAt(i);
    clean = !isInvisible(c) && !(c >= 0xff01 && c <= 0xff5e) && c !== 0x3000;
  }
  if (clean && foldHomoglyphs(sentence) === sentence) return findEnglishDates(sentence, published);
  let plain = "";
  const toSentence: number[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i];
    if (isInvisible(ch.charCodeAt(0))) continue;
    const c = ch.charCodeAt(0);
    plain += c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : c === 0x3000 ? " " : ch;
    toSentence.push(i);
  }
  plain = foldHomoglyphs(plain);
  if (plain === sentence) return findEnglishDates(sentence, published);
  return findEnglishDates(plain, published).map((d) => ({ ...d, start: toSentence[d.start], end: d.end > d.start ? toSentence[d.end - 1] + 1 : toSentence[d.start] }));
}

/** English dates are found on the original sentence text; map their offsets into the view. */
function toViewRange(d: DateMention, u: SentenceUnit, article: Article): DateMention {
  const textStart = u.start + d.start;
  const textEnd = u.start + d.end;
  let vs = 0;
  while (vs < u.view.text.length && u.view.toText[vs] < textStart) vs++;
  let ve = vs;
  while (ve < u.view.text.length && u.view.toText[ve] < textEnd) ve++;
  void article;
  return { ...d, start: vs, end: ve };
}

function resolveUnit(u: SentenceUnit, reports: Report[], planned: boolean, contextIn: FuzzyDate | undefined) {
  const out: { d: DateMention; f: FuzzyDate }[] = [];
  let context = contextIn;
  for (const d of u.dates) {
    if (d.dateline) continue;
    const f = d.resolve(reports[u.report]?.reference, { planned, context });
    if (f) {
      out.push({ d, f });
      if (f.precision === "day") context = f;
    }
  }
  return out;
}

const BACKGROUND_BETWEEN = /(?<![随然此先前最今落])后|以来|之后|以后/;
const TEMPORAL_BEFORE = /(在|于|是在|是|自|从|on|in|at)\s*$/;

/**
 * A date that belongs to something in the background and must not date what follows: "2022年3月以来",
 * "上任后", "since 2008", or an English who/which clause ("Lee, who arrived on Sunday, flattered Trump").
 */
function datesBackground(u: SentenceUnit, d: DateMention): boolean {
  const v = u.view.text;
  if (u.lang === "zh") return /^\s*(以来|之后|以后|后|之前|以前)/.test(v.slice(d.end, d.end + 3));
  return /\b(who|which|when|since|after|before|until)\b[^,;]*$/.test(v.slice(0, d.start).split(/[,;]/).pop() ?? "");
}

/** Reads a date for an event from its clause, its sentence, its paragraph or its report. */
export function dateForEvent(
  u: SentenceUnit,
  t: TriggerHit,
  units: SentenceUnit[],
  reports: Report[],
  planned: boolean,
  background: boolean,
): { date?: FuzzyDate; from: RawEvent["dateFrom"]; fallback?: FuzzyDate } {
  if (u.headline) return { from: "none" };
  const v = u.view.text;
  const ref = reports[u.report]?.reference;
  const books = [...v.matchAll(/[《〈][^》〉]*[》〉]/g)].map((m) => [m.index!, m.index! + m[0].length]);
  const resolved = (planned ? resolveUnit(u, reports, true, u.contextIn) : u.resolved).filter(
    ({ d }) => !books.some(([a, b]) => d.start >= a && d.end <= b),
  );
  const [cs, ce] = clauseOf(u, t.start);
  // English: a date inside "which Seoul joined in January" or "when …" dates that clause only
  const subordinate = (d: DateMention) =>
    u.lang === "en" &&
    d.start > t.end &&
    (/\b(which|who|that|when|where)\b[^,;]*$/.test(v.slice(Math.max(cs, t.end), d.start)) ||
      /\b(since|after|before|until)\s+(\w+\s+){0,1}$/.test(v.slice(Math.max(cs, t.end), d.start)) ||
      // "their first phone call since the United States struck Syria on April 6": a since-clause dates what it names
      /\bsince\b[^,;]*$/.test(v.slice(Math.max(cs, t.end), d.start)));
  const main = reports[u.report]?.main;
  const sharpen = (f: FuzzyDate) => (main && finer(main, f) && within(main, f) ? main : f);
  const inClause = resolved.filter(({ d }) => d.start >= cs && d.end <= ce && !subordinate(d));
  // a date followed by 后 / 以来 before the trigger dates the earlier event, not this one
  const beforeT = inClause.filter(({ d }) => d.end <= t.start && !BACKGROUND_BETWEEN.test(v.slice(d.end, t.start)));
  // the date told last before the trigger in its sentence is impossible (习近平2月30日会见…, 2023年2月29日，…):
  // the event stays undated, rather than dated by the report's lead or dateline
  const told = u.dates.filter((d) => !d.dateline && d.end <= t.start && !datesBackground(u, d) && !books.some(([a, b]) => d.start >= a && d.end <= b));
  const last = told[told.length - 1];
  if (last?.impossible && !BACKGROUND_BETWEEN.test(v.slice(last.end, t.start))) return { from: "none" };
  if (beforeT.length) {
    // the finest date of the clause, the nearest among equals (2日下午 over 2024年中非合作论坛峰会)
    const rank = (f: FuzzyDate): number => (f.precision === "day" ? 2 : f.precision === "month" ? 1 : 0);
    const best = Math.max(...beforeT.map(({ f }) => rank(f)));
    let i = beforeT.map(({ f }) => rank(f)).lastIndexOf(best);
    // a range (13日至18日) starts at its first day
    if (i > 0 && /^(至|到|—|-|~|－)$/.test(v.slice(beforeT[i - 1].d.end, beforeT[i].d.start))) i--;
    return { date: beforeT[i].f.precision === "year" ? sharpen(beforeT[i].f) : beforeT[i].f, from: "clause" };
  }
  const afterT = inClause.filter(({ d }) => d.start >= t.end && (u.lang === "en" || TEMPORAL_BEFORE.test(v.slice(Math.max(t.end, d.start - 3), d.start))));
  if (afterT.length) return { date: afterT[0].f.precision === "year" ? sharpen(afterT[0].f) : afterT[0].f, from: "clause" };
  if (background) {
    // told in passing (after his surprise trip to Ukraine): the sentence's own date if nothing better comes
    const any = resolved.filter(({ d }) => !subordinate(d));
    return { from: "none", fallback: any.length ? any[any.length - 1].f : undefined };
  }
  // "Starmer hosted Modi at Chequers, the prime minister's residence, on Thursday"
  if (u.lang === "en") {
    const later = resolved.filter(({ d }) => d.start >= ce && !/\b(when|after|before|since|until|which|under which|by)\b/.test(v.slice(ce, d.start)));
    if (later.length && !u.triggers.some((o) => o !== t && o.start >= ce && o.start < later[0].d.start)) return { date: later[0].f, from: "sentence" };
  }
  // a context date coarser than the report's lead date and containing it (今年是建交50周年) is the lead's
  // support is voiced when the report's speech is given: a month told earlier in the paragraph
  // ("去年10月我们举行了会谈。中方支持肯尼亚…") dates that past event, not the words of support
  const inherits = (f: FuzzyDate) => t.sense.type !== "EXPRESSED_SUPPORT" || f.precision === "day" || !main || within(main, f);
  const earlier = resolved.filter(({ d }) => d.end <= cs && !datesBackground(u, d));
  if (earlier.length && inherits(earlier[earlier.length - 1].f)) return { date: sharpen(earlier[earlier.length - 1].f), from: "sentence" };
  for (let i = u.index - 1; i >= 0 && units[i].paragraph === u.paragraph; i--) {
    const w = units[i];
    const r = w.resolved.filter(({ d }) => !datesBackground(w, d));
    if (r.length) {
      if (!inherits(r[r.length - 1].f)) break;
      return { date: sharpen(r[r.length - 1].f), from: "paragraph" };
    }
  }
  if (main) return { date: main, from: "report" };
  if (ref) return { from: "none", fallback: { value: fmt(ref), precision: "day" } };
  return { from: "none" };
}

export const fmt = (y: Ymd) => `${y.y}-${String(y.m).padStart(2, "0")}-${String(y.d).padStart(2, "0")}`;

