/**
 * How an article writes a date, in Chinese and in English, relative to its publication day. Each
 * form comes with the precision an annotator gives the event it dates. Forms that resolve against
 * the publication day (周三, 4日, "on Wednesday") are only used for days at most six days before it,
 * where the reading "the latest such day on or before publication" is the only one.
 */
import { addDays, addMonths, day, daysBetween, month, monthOf, weekday, year } from "./calendar.js";
import type { Random } from "./random.js";

export type Precision = "day" | "month";

export interface DateText {
  text: string;
  precision: Precision;
}

const ZH_WEEK = ["日", "一", "二", "三", "四", "五", "六"];
const EN_WEEK = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const EN_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** AP style: the long months spelled out, the others abbreviated. */
const AP_MONTH = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
const REUTERS_MONTH = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"];

export const zhMonthDay = (d: string) => `${month(d)}月${day(d)}日`;
export const zhFull = (d: string) => `${year(d)}年${month(d)}月${day(d)}日`;
export const zhWeekday = (d: string, r: Random) => `${r.chance(0.8) ? "周" : "星期"}${ZH_WEEK[weekday(d)]}`;
export const enWeekday = (d: string) => EN_WEEK[weekday(d)];
export const enMonthDay = (d: string, style: "full" | "ap" | "reuters" = "full") =>
  `${(style === "ap" ? AP_MONTH : style === "reuters" ? REUTERS_MONTH : EN_MONTH)[month(d) - 1]} ${day(d)}`;
export const enLongDate = (d: string) => `${EN_MONTH[month(d) - 1]} ${day(d)}, ${year(d)}`;

const ZH_TIME = ["上午", "下午", "晚", "晚间", "早些时候", ""];

/** A recent day (0–6 days before publication) as a Chinese article writes it near its event. */
export function zhRecentDay(d: string, published: string, r: Random): string {
  const back = daysBetween(d, published);
  if (back < 0 || back > 6) throw new Error(`diplograph: corpus: ${d} is not within six days before ${published}`);
  const time = r.chance(0.3) ? r.pick(ZH_TIME) : "";
  return r.weighted<() => string>([
    [3, () => `${zhMonthDay(d)}${time}`],
    [3, () => `${day(d)}日${time}`],
    [3, () => `${zhWeekday(d, r)}${time}`],
    [2, () => `${zhWeekday(d, r)}（${day(d)}日）${time}`],
    [1, () => `当地时间${day(d)}日${time}`],
    [1, () => `当地时间${zhMonthDay(d)}`],
  ])();
}

/** A recent day in English: "on Wednesday", "on June 4", "Wednesday". */
export function enRecentDay(d: string, published: string, r: Random, style: "full" | "ap" | "reuters" = "full"): string {
  const back = daysBetween(d, published);
  if (back < 0 || back > 6) throw new Error(`diplograph: corpus: ${d} is not within six days before ${published}`);
  return r.weighted<() => string>([
    [5, () => `on ${enWeekday(d)}`],
    [2, () => `on ${enMonthDay(d, style)}`],
    [1, () => `on ${enWeekday(d)}, ${enMonthDay(d, style)}`],
  ])();
}

/**
 * An earlier date (weeks to years before publication) in a form fitting it, with the precision the
 * form carries. `d` must be before the publication month for month-only forms to stay unambiguous.
 */
export function zhPastDate(d: string, published: string, r: Random): DateText {
  const pm = monthOf(published);
  const prev = monthOf(addDays(`${pm}-01`, -1));
  const forms: [number, () => DateText][] = [];
  if (monthOf(d) === prev) {
    forms.push([3, () => ({ text: "上月", precision: "month" })]);
    forms.push([3, () => ({ text: `上月${day(d)}日`, precision: "day" })]);
  }
  if (year(d) === year(published) && monthOf(d) < pm) {
    forms.push([2, () => ({ text: `今年${month(d)}月`, precision: "month" })]);
    forms.push([2, () => ({ text: `${month(d)}月${day(d)}日`, precision: "day" })]);
    forms.push([1, () => ({ text: `${month(d)}月${r.pick(["初", "中旬", "下旬", "底"])}`, precision: "month" })]);
  }
  if (year(d) === year(published) - 1) {
    forms.push([3, () => ({ text: `去年${month(d)}月`, precision: "month" })]);
    forms.push([1, () => ({ text: `去年${month(d)}月${day(d)}日`, precision: "day" })]);
  }
  forms.push([1, () => ({ text: `${year(d)}年${month(d)}月`, precision: "month" })]);
  forms.push([1, () => ({ text: zhFull(d), precision: "day" })]);
  return r.weighted(forms)();
}

export function enPastDate(d: string, published: string, r: Random): DateText {
  const pm = monthOf(published);
  const prev = monthOf(addDays(`${pm}-01`, -1));
  const forms: [number, () => DateText][] = [];
  if (monthOf(d) === prev) forms.push([3, () => ({ text: "last month", precision: "month" })]);
  if (year(d) === year(published) && monthOf(d) < pm) {
    forms.push([2, () => ({ text: `in ${EN_MONTH[month(d) - 1]}`, precision: "month" })]);
    forms.push([2, () => ({ text: `on ${enMonthDay(d)}`, precision: "day" })]);
  }
  if (year(d) === year(published) - 1) forms.push([3, () => ({ text: `in ${EN_MONTH[month(d) - 1]} last year`, precision: "month" })]);
  forms.push([1, () => ({ text: `in ${EN_MONTH[month(d) - 1]} ${year(d)}`, precision: "month" })]);
  forms.push([1, () => ({ text: `on ${enLongDate(d)}`, precision: "day" })]);
  return r.weighted(forms)();
}

/** A date to come, for planned events (their date is not scored: planned gold events are optional). */
export function zhFutureDate(d: string, published: string, r: Random): DateText {
  const next = monthOf(addMonths(published, 1));
  if (monthOf(d) === next && r.chance(0.4)) return { text: "下月", precision: "month" };
  return { text: zhMonthDay(d), precision: "day" };
}

export function enFutureDate(d: string, published: string, r: Random): DateText {
  if (daysBetween(published, d) <= 6 && r.chance(0.5)) return { text: `on ${enWeekday(d)}`, precision: "day" };
  if (monthOf(d) === monthOf(addMonths(published, 1)) && r.chance(0.4)) return { text: "next month", precision: "month" };
  return { text: `on ${enMonthDay(d)}`, precision: "day" };
}

/** The date as the gold writes it at a precision. */
export const goldDate = (d: string, p: Precision) => (p === "day" ? d : monthOf(d));
