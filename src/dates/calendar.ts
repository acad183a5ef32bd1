/** Small calendar helpers on UTC dates (no time zones: news dates are local calendar days). */
import type { DatePrecision, FuzzyDate } from "../types.js";

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function parseIso(s: string): Ymd | undefined {
  const m = s.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  if (!m) return undefined;
  return { y: +m[1], m: m[2] ? +m[2] : 1, d: m[3] ? +m[3] : 1 };
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1 || y > 9999) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

export function addDays(a: Ymd, n: number): Ymd {
  const dt = new Date(Date.UTC(a.y, a.m - 1, a.d + n));
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addMonths(a: Ymd, n: number): Ymd {
  const total = a.y * 12 + (a.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { y, m, d: Math.min(a.d, last) };
}

export function weekday(a: Ymd): number {
  return new Date(Date.UTC(a.y, a.m - 1, a.d)).getUTCDay();
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function fuzzy(a: Ymd, precision: DatePrecision): FuzzyDate {
  const value = precision === "year" ? `${a.y}` : precision === "month" ? `${a.y}-${pad(a.m)}` : `${a.y}-${pad(a.m)}-${pad(a.d)}`;
  return { value, precision };
}

/** First day of the period a fuzzy date names. */
export function periodStart(f: FuzzyDate): Ymd {
  return parseIso(f.value)!;
}

/** True when the finer date lies inside the coarser one (2024-06-19 inside 2024-06). */
export function within(finer: FuzzyDate, coarser: FuzzyDate): boolean {
  return finer.value.startsWith(coarser.value);
}

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };
export function finer(a: FuzzyDate, b: FuzzyDate): boolean {
  return RANK[a.precision] > RANK[b.precision];
}
