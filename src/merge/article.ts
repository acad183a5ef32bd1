/**
 * Merge stage within one article: one event, one edge. The most specific actors win (a person edge
 * absorbs the same event told with their countries or capitals); a headline merges into the body's
 * event; a coarser or missing date merges into a finer one of the same relation; the days of one visit
 * are one visit; a message sent to congratulate is a congratulation only.
 */
import { compareYmd, finer, parseIso, within } from "../dates/calendar.js";
import type { DictionaryIndex } from "../dictionary/index.js";
import type { ActorRef, RawEvent } from "../extract/types.js";
import type { Article, EventStatus, EventType, FuzzyDate } from "../types.js";
import { SYMMETRIC } from "./codes.js";

export interface Evidence {
  doc: string;
  text: string;
  start: number;
  end: number;
}

export interface ArticleEdge {
  type: EventType;
  source: ActorRef;
  target: ActorRef;
  status: EventStatus;
  date?: FuzzyDate;
  evidence: Evidence[];
  confidence: number;
  agreement?: { title: string; kind: string };
  placeId?: string;
  /** Only told in the headline. */
  headlineOnly: boolean;
  /** A report's filing date, for an edge that no telling dates otherwise. */
  fallbackDate?: FuzzyDate;
}

const VISIT_DAYS = 7;

function specificity(e: RawEvent): number {
  const w = (r: ActorRef) => (r.kind === "person" ? 2 : 0);
  return w(e.source) + w(e.target);
}

const precisionRank = (d?: FuzzyDate) => (!d ? 0 : d.precision === "year" ? 1 : d.precision === "month" ? 2 : 3);

export function evidenceOf(article: Article, e: RawEvent): Evidence {
  const u = e.sentence;
  const toSource = (i: number) => article.sourceOffset + (article.textToSource ? article.textToSource[i] : i);
  const start = toSource(u.start);
  const end = u.end > 0 ? toSource(u.end - 1) + 1 : toSource(u.end);
  return { doc: article.id, text: article.text.slice(u.start, u.end).replace(/\s+/g, " ").trim(), start, end };
}

export function mergeArticleEvents(article: Article, events: RawEvent[], index: DictionaryIndex): ArticleEdge[] {
  const countryOf = (r: ActorRef, date?: FuzzyDate): string | undefined =>
    r.kind === "country" ? r.id : r.kind === "person" ? index.countryOf(r.id, date?.value ?? article.published) ?? r.countryId : undefined;

  /** An endpoint of the kept edge stands for the endpoint of the new one. */
  const covers = (kept: ActorRef, other: ActorRef, date?: FuzzyDate) =>
    (kept.kind === other.kind && kept.id === other.id) || (other.kind === "country" && kept.kind === "person" && countryOf(kept, date) === other.id);

  const datesFit = (type: EventType, kept?: FuzzyDate, other?: FuzzyDate) => {
    if (!kept || !other) return true;
    if (kept.value === other.value) return true;
    if (type === "VISITED" && kept.precision === "day" && other.precision === "day") {
      const a = parseIso(kept.value)!;
      const b = parseIso(other.value)!;
      const days = Math.abs(Date.UTC(a.y, a.m - 1, a.d) - Date.UTC(b.y, b.m - 1, b.d)) / 86400000;
      return days <= VISIT_DAYS;
    }
    return within(kept, other) || within(other, kept);
  };

  const sorted = [...events].sort(
    (a, b) =>
      specificity(b) - specificity(a) ||
      Number(a.sentence.headline) - Number(b.sentence.headline) ||
      precisionRank(b.date) - precisionRank(a.date) ||
      a.sentence.index - b.sentence.index,
  );
  const kept: ArticleEdge[] = [];
  for (const e of sorted) {
    const match = kept.find((k) => {
      if (k.type !== e.type || k.status !== e.status) return false;
      const date = k.date ?? e.date;
      const straight = covers(k.source, e.source, date) && covers(k.target, e.target, date);
      const swapped = SYMMETRIC.has(e.type) && covers(k.source, e.target, date) && covers(k.target, e.source, date);
      return (straight || swapped) && datesFit(e.type, k.date, e.date);
    });
    const ev = evidenceOf(article, e);
    if (match) {
      if (!match.evidence.some((x) => x.start === ev.start)) match.evidence.push(ev);
      if (e.date && (!match.date || finer(e.date, match.date) || (e.type === "VISITED" && e.date.precision === "day" && match.date.precision === "day" && compareYmd(parseIso(e.date.value)!, parseIso(match.date.value)!) < 0))) {
        match.date = e.date;
      }
      match.confidence = Math.max(match.confidence, e.confidence);
      match.agreement ??= e.agreement;
      match.placeId ??= e.placeId;
      match.headlineOnly &&= e.sentence.headline;
      match.fallbackDate ??= e.fallbackDate;
      continue;
    }
    kept.push({
      type: e.type,
      source: e.source,
      target: e.target,
      status: e.status,
      date: e.date,
      evidence: [ev],
      confidence: e.confidence,
      agreement: e.agreement,
      placeId: e.placeId,
      headlineOnly: e.sentence.headline,
      fallbackDate: e.fallbackDate,
    });
  }
  // a message sent to congratulate is a congratulation only
  const result = kept.filter(
    (k) =>
      !(
        k.type === "SENT_MESSAGE" &&
        kept.some(
          (c) =>
            c.type === "CONGRATULATED" &&
            c.status === k.status &&
            c.source.id === k.source.id &&
            c.target.id === k.target.id &&
            datesFit("CONGRATULATED", c.date, k.date),
        )
      ),
  );
  for (const k of result) {
    k.evidence.sort((a, b) => a.start - b.start);
  }
  return result;
}
