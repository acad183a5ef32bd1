/**
 * English date expressions through chrono-node's English parser, which is right on "on Wednesday"
 * and "June 4, 2025". chrono has no past bias for news (a bare weekday or month-day may land after
 * the reference), so each result is moved back to the latest such day on or before the reference
 * unless the event is planned.
 */
import * as chrono from "chrono-node";
import { addDays, compareYmd, fuzzy, type Ymd } from "./calendar.js";
import type { DateMention } from "./chinese.js";

const DATELINE = /^[A-Z][A-Za-z .'-]{1,40},?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*)?\((?:[A-Za-z .]+)\)\s*[-–—]+/;

/** "BEIJING, June 4 (Xinhua) --": the wire dateline at the start of an English report. */
export function isEnglishDateline(text: string): boolean {
  return DATELINE.test(text);
}

export function findEnglishDates(text: string, ref: Ymd | undefined): DateMention[] {
  // chrono needs a reference to parse relative expressions; results are resolved again per call
  const refDate = ref ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const results = chrono.en.parse(text, { instant: refDate, timezone: 0 });
  const datelineEnd = DATELINE.exec(text)?.[0].length ?? -1;
  const out: DateMention[] = [];
  for (const r of results) {
    const c = r.start;
    const knownDay = c.isCertain("day") || c.isCertain("weekday");
    const knownMonth = c.isCertain("month");
    const knownYear = c.isCertain("year");
    if (!knownDay && !knownMonth && !knownYear) continue; // times of day, "now"
    if (/^\d{1,2}$/.test(r.text.trim())) continue;
    const weekdayOnly = c.isCertain("weekday") && !c.isCertain("day");
    const relativeWord = /\b(yesterday|today|tonight|tomorrow|last|next|ago|this)\b/i.test(r.text);
    out.push({
      start: r.index,
      end: r.index + r.text.length,
      text: r.text,
      dateline: r.index < datelineEnd,
      resolve: (reference, { planned }) => {
        if (!ref && !knownYear) return undefined;
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
  return out;
}
