/**
 * English date expressions through chrono-node's English parser, which is right on "on Wednesday"
 * and "June 4, 2025". chrono has no past bias for news (a bare weekday or month-day may land after
 * the reference), so each result is moved back to the latest such day on or before the reference
 * unless the event is planned.
 */
// the English locale alone: the package root would load every language chrono knows
import * as chronoEnglish from "chrono-node/en";
import { addDays, addMonths, compareYmd, fuzzy, type Ymd } from "./calendar.js";
import type { DateMention } from "./chinese.js";

const DATELINE = /^[A-Z][A-Za-z .'\/-]{1,50},?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*)?\((?:[A-Za-z .]+)\)\s*[-–—]+/;

/** "BEIJING, June 4 (Xinhua) --": the wire dateline at the start of an English report. */
export function isEnglishDateline(text: string): boolean {
  return DATELINE.test(text);
}

/**
 * Words without which chrono finds no date we keep (a day, weekday, month or year): a sentence
 * with none of them skips chrono, which costs more than the rest of an English sentence's work.
 */
const MAY_HOLD_DATE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)|\b(?:today|tonight|yesterday|tomorrow|ago|week|month|year|weekend|day|fortnight|decade|morning|afternoon|evening|night|noon|midnight|now|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|thirtieth)/i;

export function findEnglishDates(text: string, ref: Ymd | undefined): DateMention[] {
  if (!MAY_HOLD_DATE.test(text)) return [];
  // chrono needs a reference to parse relative expressions; results are resolved again per call
  const refDate = ref ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  // "June last year", "May this year": a month with a year relative to the reference
  const out: DateMention[] = [];
  const RELATIVE_YEAR_MONTH = /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(last|this|next)\s+year\b/g;
  for (const m of text.matchAll(RELATIVE_YEAR_MONTH)) {
    const month = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(m[1].slice(0, 3).toLowerCase()) + 1;
    const shift = m[2] === "last" ? -1 : m[2] === "next" ? 1 : 0;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      text: m[0],
      dateline: false,
      resolve: (reference) => (reference ? fuzzy({ y: reference.y + shift, m: month, d: 1 }, "month") : undefined),
    });
  }
  const results = chronoEnglish.parse(text, { instant: refDate, timezone: 0 }).filter((r) => !out.some((d) => r.index < d.end && r.index + r.text.length > d.start));
  const datelineEnd = DATELINE.exec(text)?.[0].length ?? -1;
  for (const r of results) {
    const c = r.start;
    const knownDay = c.isCertain("day") || c.isCertain("weekday");
    const knownMonth = c.isCertain("month");
    const knownYear = c.isCertain("year");
    if (!knownDay && !knownMonth && !knownYear) continue; // times of day, "now"
    if (/^\d{1,2}$/.test(r.text.trim())) continue;
    // "Kang Sun-nam", "Wang Wed": a weekday's short form inside a name is no date
    if (/^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/i.test(r.text.trim().replace(/[,.]$/, "")) && (/^-/.test(text.slice(r.index + r.text.length)) || /[A-Z][\w'’.-]*\s+$/.test(text.slice(Math.max(0, r.index - 30), r.index)))) continue;
    // "Dong Jun", "Theresa May": a bare month after a capitalised name word is part of the name
    if (/^(jan|feb|mar|apr|may|jun|june|jul|july|aug|sep|sept|oct|nov|dec)$/i.test(r.text.trim().replace(/[,.]$/, "")) && /(^|[^\w])(?!(In|On|By|Since|Until|Last|Next|This|Early|Late|Mid|From|Through|During|Before|After|Of|And|Or|To|Until|Till)\s)[A-Z][\w'’.-]*\s+$/.test(text.slice(Math.max(0, r.index - 30), r.index))) continue;
    // "a day after being elected": a day counted from an event, not from the report
    if (/\b(after|before|later|earlier)\b/i.test(r.text) && !/\b(ago|yesterday|tomorrow)\b/i.test(r.text)) continue;
    // "earlier in the day": chrono reads "in the day" as tomorrow; the words name the day told (below)
    if (/^in\s+the\s+day$/i.test(r.text.trim())) continue;
    // "in 41 years", "for two months": a span of time, not a date
    if (/\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(years?|months?|weeks?|decades?)\b/i.test(r.text) && !/\bago\b/i.test(r.text)) continue;
    // "last month's elections": the date describes a noun, not when something happened
    if (/^['’]s\b/.test(text.slice(r.index + r.text.length))) continue;
    const weekdayOnly = c.isCertain("weekday") && !c.isCertain("day");
    const relativeWord = /\b(yesterday|today|tonight|tomorrow|last|next|ago|this)\b/i.test(r.text);
    out.push({
      start: r.index,
      end: r.index + r.text.length,
      text: r.text,
      dateline: r.index < datelineEnd,
      resolve: (reference, { planned }) => {
        if (!ref && !knownYear) return undefined;
        // "last month" on May 31 is April, not May 1 (the calendar month, not 31 days back)
        const monthShift = /^(last|next|this) month$/i.exec(r.text.trim());
        if (monthShift && (reference ?? ref)) {
          const base = reference ?? ref!;
          return fuzzy(addMonths({ ...base, d: 1 }, monthShift[1].toLowerCase() === "last" ? -1 : monthShift[1].toLowerCase() === "next" ? 1 : 0), "month");
        }
        const d = c.date();
        let ymd: Ymd = { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
        if (reference && !relativeWord) {
          if (weekdayOnly) {
            const target = c.get("weekday")!;
            const refWd = new Date(Date.UTC(reference.y, reference.m - 1, reference.d)).getUTCDay();
            let diff = (refWd - target + 7) % 7;
            if (planned && diff !== 0) diff -= 7;
            ymd = addDays(reference, -diff);
          } else if (!knownYear) {
            ymd = { ...ymd, y: reference.y };
            const cmp = compareYmd(ymd, knownDay ? reference : { ...reference, d: 1 });
            if (!planned && cmp > 0) ymd.y -= 1;
            if (planned && cmp < 0) ymd.y += 1;
          }
        }
        const precision = knownDay ? "day" : knownMonth ? "month" : "year";
        return fuzzy(ymd, precision);
      },
    });
  }
  // "on the same day", "the next day": relative to the day told before (chrono has no context)
  const RELATIVE = /\b(?:on\s+)?(the\s+same\s+day|that\s+day|later\s+that\s+day|(?:earlier|later)\s+in\s+the\s+day|the\s+next\s+day|the\s+following\s+day|the\s+day\s+before|a\s+day\s+earlier|the\s+previous\s+day)\b/gi;
  for (const m of text.matchAll(RELATIVE)) {
    if (out.some((d) => d.start < m.index! + m[0].length && d.end > m.index!)) continue;
    const shift = /next|following/i.test(m[1]) ? 1 : /before|earlier|previous/i.test(m[1]) && !/in\s+the\s+day/i.test(m[1]) ? -1 : 0;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      text: m[0],
      dateline: false,
      resolve: (reference, { context }) => {
        const base = context?.precision === "day" ? parseIsoDay(context.value) : reference;
        return base ? fuzzy(addDays(base, shift), "day") : undefined;
      },
    });
  }
  // a bare year ("in 2019", "since 2008"), which chrono leaves alone
  for (const m of text.matchAll(/\b(?:in|during)\s+((?:19|20)\d{2})\b/g)) {
    const start = m.index! + m[0].length - 4;
    if (out.some((d) => d.start < start + 4 && d.end > start)) continue;
    const y = Number(m[1]);
    out.push({ start, end: start + 4, text: m[1], dateline: false, resolve: () => fuzzy({ y, m: 1, d: 1 }, "year") });
  }
  return out.sort((a, b) => a.start - b.start);
}

function parseIsoDay(v: string): Ymd | undefined {
  const m = v.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : undefined;
}
