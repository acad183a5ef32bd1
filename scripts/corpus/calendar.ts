/** Day arithmetic on YYYY-MM-DD strings (UTC, no time of day). */

const DAY_MS = 86_400_000;

export const toMs = (ymd: string) => Date.UTC(Number(ymd.slice(0, 4)), Number(ymd.slice(5, 7)) - 1, Number(ymd.slice(8, 10)));
export const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (ymd: string, n: number) => fromMs(toMs(ymd) + n * DAY_MS);
export const daysBetween = (a: string, b: string) => Math.round((toMs(b) - toMs(a)) / DAY_MS);

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (ymd: string) => new Date(toMs(ymd)).getUTCDay();

export const year = (ymd: string) => Number(ymd.slice(0, 4));
export const month = (ymd: string) => Number(ymd.slice(5, 7));
export const day = (ymd: string) => Number(ymd.slice(8, 10));
export const monthOf = (ymd: string) => ymd.slice(0, 7);

/** The first day of the month n months from the one holding ymd. */
export function addMonths(ymd: string, n: number): string {
  const total = year(ymd) * 12 + (month(ymd) - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}-01`;
}

export function daysInMonth(ymd: string): number {
  return day(addDays(addMonths(ymd, 1), -1));
}

/** A date with the given day in the month of ymd (the day must exist). */
export const withDay = (ymd: string, d: number) => `${ymd.slice(0, 8)}${String(d).padStart(2, "0")}`;

/** The earliest and latest day a dictionary date (YYYY, YYYY-MM or YYYY-MM-DD) may stand for. */
export function spanOf(date: string): [string, string] {
  if (date.length === 10) return [date, date];
  if (date.length === 7) return [`${date}-01`, addDays(addMonths(`${date}-01`, 1), -1)];
  return [`${date}-01-01`, `${date}-12-31`];
}
