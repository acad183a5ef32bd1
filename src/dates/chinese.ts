/**
 * Chinese date expressions, a tested rule table. chrono-node's zh parsers were measured on the
 * seeds (shared/notes/libraries.md): they miss 23日讯, 上月, 本月9日, copy the reference day into 2月初,
 * ignore 去年 in 去年10月28日, read 6月4日上午 as the reference day, have no past bias, and hit 明日之星
 * and 立即. So Chinese is parsed here; English goes to chrono (english.ts).
 */
import { addDays, addMonths, compareYmd, fuzzy, isValidYmd, type Ymd, weekday } from "./calendar.js";
import type { FuzzyDate } from "../types.js";

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** A report's dateline (23日讯, 7月19日电): when the report was filed. */
  dateline: boolean;
  /** A date no calendar has (2月30日, 13月5日): it resolves to nothing, and the event it dates stays undated. */
  impossible?: boolean;
  /** Resolves against a reference day; context is the nearest earlier resolved date in the sentence. */
  resolve(ref: Ymd | undefined, opts: { planned: boolean; context?: FuzzyDate }): FuzzyDate | undefined;
}

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "12", "十二", "二十八", "二〇二四" → number. */
export function cnNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (/^[〇零一二三四五六七八九]{4}$/.test(s)) return Number([...s].map((c) => CN_DIGITS[c]).join(""));
  let total = 0;
  let current = 0;
  for (const c of s) {
    if (c === "十") {
      total += (current || 1) * 10;
      current = 0;
    } else current = CN_DIGITS[c] ?? 0;
  }
  return total + current;
}

const NUM = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
const YEAR = "(\\d{4}|[〇零一二三四五六七八九]{4})";
/** NUM without its capture, for numbers that are matched but not read. */
const NUM_UNCAPTURED = NUM.replace(/^\(/, "(?:");
const WEEKDAYS: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const PART = "(初|上旬|中旬|下旬|底|末|中)?";

type Rule = { re: RegExp; build: (m: RegExpExecArray) => Omit<DateMention, "start" | "end" | "text"> | undefined };

const past = (cand: Ymd, ref: Ymd, planned: boolean, step: (a: Ymd, n: number) => Ymd): Ymd => {
  if (!planned && compareYmd(cand, ref) > 0) return step(cand, -1);
  if (planned && compareYmd(cand, ref) < 0) return step(cand, 1);
  return cand;
};
const yearStep = (a: Ymd, n: number) => ({ ...a, y: a.y + n });

function simple(resolve: DateMention["resolve"], dateline = false): Omit<DateMention, "start" | "end" | "text"> {
  return { resolve, dateline };
}

const RELATIVE_YEAR: Record<string, number> = { 今年: 0, 去年: -1, 前年: -2, 明年: 1, 本年: 0, 同年: 0, 当年: 0 };
const RELATIVE_MONTH: Record<string, number> = { 本月: 0, 上月: -1, 上个月: -1, 下月: 1, 下个月: 1, 当月: 0, 同月: 0, 这个月: 0 };
const RELATIVE_DAY: Record<string, number> = { 今天: 0, 今日: 0, 昨天: -1, 昨日: -1, 前天: -2, 明天: 1, 明日: 1, 后天: 2 };

/**
 * 2月30日, 4月31日, 13月, 0日, 2023年2月29日: told as a date but on no calendar. Claimed before the other
 * rules so that no part of it (2月 of 2月30日, 3月5日 of 13月5日) is read as a date. 2月29日 without a
 * year is left to the rules (it exists in leap years).
 */
export const IMPOSSIBLE = new RegExp(`(?:${YEAR}年)?${NUM}月(?:${NUM}[日号])?(?!薪)`, "y");

export function impossibleDate(m: RegExpExecArray): boolean {
  const mo = cnNumber(m[2]);
  if (mo < 1 || mo > 12) return true;
  if (m[3] === undefined) return false;
  const d = cnNumber(m[3]);
  return m[1] !== undefined ? !isValidYmd(cnNumber(m[1]), mo, d) : !isValidYmd(2024, mo, d);
}

/** The second day of a range (至15日, -4日, 到7月2日); its numbers are not read. */
const RANGE_TAIL = `(?:至|到|—|－|-|~)(?:${NUM_UNCAPTURED}月)?${NUM_UNCAPTURED}[日号]`;

export const RULES: Rule[] = [
  // 2024年7月19日 (also the spaced 2024 年 7 月 19 日, spaces are gone in the view); a range
  // (2000年6月13日至15日) starts at its first day, and its second day is no date of its own
  {
    re: new RegExp(`${YEAR}年${NUM}月${NUM}(?:[日号](?:${RANGE_TAIL})?|${RANGE_TAIL})`, "y"),
    build: (m) => {
      const y = cnNumber(m[1]), mo = cnNumber(m[2]), d = cnNumber(m[3]);
      if (!isValidYmd(y, mo, d)) return undefined;
      return simple(() => fuzzy({ y, m: mo, d }, "day"));
    },
  },
  {
    re: new RegExp(`${YEAR}年${NUM}月份?${PART}`, "y"),
    build: (m) => {
      const y = cnNumber(m[1]), mo = cnNumber(m[2]);
      if (mo < 1 || mo > 12) return undefined;
      return simple(() => fuzzy({ y, m: mo, d: 1 }, "month"));
    },
  },
  {
    re: new RegExp(`${YEAR}年(?![代度级])`, "y"),
    build: (m) => {
      const y = cnNumber(m[1]);
      if (y < 1900 || y > 2100) return undefined;
      return simple(() => fuzzy({ y, m: 1, d: 1 }, "year"));
    },
  },
  // 今年6月19日, 去年10月28日, 今年6月, 去年
  {
    re: new RegExp(`(今年|去年|前年|明年|本年|同年|当年)(?:${NUM}月(?:份)?(?:${NUM}[日号])?${PART})?`, "y"),
    build: (m) => {
      const rel = RELATIVE_YEAR[m[1]];
      const mo = m[2] ? cnNumber(m[2]) : undefined;
      const d = m[3] ? cnNumber(m[3]) : undefined;
      if (mo !== undefined && (mo < 1 || mo > 12)) return undefined;
      return simple((ref, { context }) => {
        const base = m[1] === "同年" || m[1] === "当年" ? (context ? +context.value.slice(0, 4) : ref?.y) : ref && ref.y + rel;
        if (base === undefined) return undefined;
        if (mo === undefined) return fuzzy({ y: base, m: 1, d: 1 }, "year");
        if (d === undefined) return fuzzy({ y: base, m: mo, d: 1 }, "month");
        return isValidYmd(base, mo, d) ? fuzzy({ y: base, m: mo, d }, "day") : undefined;
      });
    },
  },
  // 上月19日, 本月9日, 上月, 本月初
  {
    re: new RegExp(`(本月|上月|上个月|下月|下个月|当月|同月|这个月)(?:${NUM}[日号])?${PART}`, "y"),
    build: (m) => {
      const rel = RELATIVE_MONTH[m[1]];
      const d = m[2] ? cnNumber(m[2]) : undefined;
      return simple((ref, { context }) => {
        const anchor = m[1] === "当月" || m[1] === "同月" ? (context ? { y: +context.value.slice(0, 4), m: +context.value.slice(5, 7) || 1, d: 1 } : ref) : ref;
        if (!anchor) return undefined;
        const month = addMonths({ ...anchor, d: 1 }, rel);
        if (d === undefined) return fuzzy(month, "month");
        return isValidYmd(month.y, month.m, d) ? fuzzy({ ...month, d }, "day") : undefined;
      });
    },
  },
  // 今（8）日, 昨（7）日: Taiwan and Hong Kong papers give the day of the month in brackets
  {
    re: new RegExp(`(今|昨|明|前)\\(${NUM}\\)[日号]`, "y"),
    build: (m) => {
      const d = cnNumber(m[2]);
      if (d < 1 || d > 31) return undefined;
      return simple((ref) => {
        if (!ref) return undefined;
        let cand: Ymd = { y: ref.y, m: ref.m, d };
        if (d > ref.d + 1 || !isValidYmd(cand.y, cand.m, d)) cand = { ...addMonths({ ...cand, d: 1 }, -1), d };
        return isValidYmd(cand.y, cand.m, cand.d) ? fuzzy(cand, "day") : undefined;
      });
    },
  },
  // 4月22日至26日: a range starts at its first day (the second day keeps the month)
  {
    re: new RegExp(`${NUM}月${NUM}[日号]?(?:至|到|—|－|-|~)(?:${NUM}月)?${NUM}[日号]`, "y"),
    build: (m) => {
      const mo = cnNumber(m[1]), d = cnNumber(m[2]);
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
      return simple((ref, { planned }) => {
        if (!ref) return undefined;
        const cand = past({ y: ref.y, m: mo, d }, ref, planned, yearStep);
        return isValidYmd(cand.y, cand.m, cand.d) ? fuzzy(cand, "day") : undefined;
      });
    },
  },
  // 日前, 近日, 前不久: a few days ago, this month
  {
    re: /(日前|近日|前不久|不久前|近期)/y,
    build: () => simple((ref) => (ref ? fuzzy(ref, "month") : undefined)),
  },
  // 7月19日电 (dateline), 7月18日, 6月4日上午
  {
    re: new RegExp(`${NUM}月${NUM}[日号]((?:综合外电|专|综合)?(?:电|讯|报导|报道))?`, "y"),
    build: (m) => {
      const mo = cnNumber(m[1]), d = cnNumber(m[2]);
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
      return simple((ref, { planned }) => {
        if (!ref) return undefined;
        if (!isValidYmd(ref.y, mo, d) && !isValidYmd(ref.y - 1, mo, d)) return undefined;
        const cand = past({ y: ref.y, m: mo, d }, ref, planned && !m[3], yearStep);
        return isValidYmd(cand.y, cand.m, cand.d) ? fuzzy(cand, "day") : undefined;
      }, Boolean(m[3]));
    },
  },
  // 2月初, 6月, 3月中旬 (a month without a year; not 个月, and 多 only before a month in characters:
  // 三个多月 is a span, 阿库福-阿多8月中旬 a name and a month)
  {
    re: new RegExp(`(?<![个\\d])(?<!多(?=[一二三四五六七八九十]))${NUM}月份?${PART}(?![\\d一二三四五六七八九十])`, "y"),
    build: (m) => {
      const mo = cnNumber(m[1]);
      if (mo < 1 || mo > 12) return undefined;
      return simple((ref, { planned }) => {
        if (!ref) return undefined;
        const cand = past({ y: ref.y, m: mo, d: 1 }, { ...ref, d: 1 }, planned, yearStep);
        return fuzzy(cand, "month");
      });
    },
  },
  // 23日讯 / 19日电 (dateline with the day only), 18日, 9日
  {
    // (after 路/道/号… only a 日 is a day: 杜鲁道25日 is, 中山路25号 is not; a 号 after a number in
    // characters names a thing, 空军一号, 天宫二号)
    re: new RegExp(`(?<![\\d月])(?:(?<![街路道巷弄楼栋座室房号区])|(?=${NUM_UNCAPTURED}日))${NUM}(?:日|(?<![\\u4e00-\\u9fff]\\d{1,2})(?<![一二三四五六七八九十])号)((?:综合外电|专|综合)?(?:讯|电|报导|报道))?`, "y"),
    build: (m) => {
      const d = cnNumber(m[1]);
      if (d < 1 || d > 31) return undefined;
      return simple((ref, { planned }) => {
        if (!ref) return undefined;
        let cand: Ymd = { y: ref.y, m: ref.m, d };
        const step = (a: Ymd, n: number) => addMonths({ ...a, d: 1 }, n);
        if (!planned || m[2]) {
          if (d > ref.d || !isValidYmd(cand.y, cand.m, d)) cand = { ...step(cand, -1), d };
        } else if (d < ref.d) cand = { ...step(cand, 1), d };
        return isValidYmd(cand.y, cand.m, cand.d) ? fuzzy(cand, "day") : undefined;
      }, Boolean(m[2]));
    },
  },
  // 周三, 星期四, 上周五, 下周一, 本周二
  {
    re: /(上|下|本|这)?(?:个)?(周|星期|礼拜)([一二三四五六日天])/y,
    build: (m) => {
      const wd = WEEKDAYS[m[3]];
      const week = m[1] === "上" ? -1 : m[1] === "下" ? 1 : m[1] ? 0 : undefined;
      return simple((ref, { planned }) => {
        if (!ref) return undefined;
        const refWd = weekday(ref);
        if (week === undefined) {
          // the latest such day on or before the reference (it may be the reference day itself)
          let diff = (refWd - wd + 7) % 7;
          if (planned && diff !== 0) diff -= 7;
          return fuzzy(addDays(ref, -diff), "day");
        }
        // weeks start on Monday
        const monday = addDays(ref, -((refWd + 6) % 7));
        return fuzzy(addDays(monday, week * 7 + ((wd + 6) % 7)), "day");
      });
    },
  },
  // 昨天, 今天, 前天, 明天 (never 明日之星)
  {
    re: /(今天|今日|昨天|昨日|前天|明天|明日|后天)(?!之星|俄罗斯|头条|焦点|说法)/y,
    build: (m) => simple((ref) => (ref ? fuzzy(addDays(ref, RELATIVE_DAY[m[1]]), "day") : undefined)),
  },
  // 当天, 当日, 同日, 同一天: the date in context
  {
    re: /(当天晚些时候|当天晚上|当天上午|当天下午|当天|当日|同日|同一天|是日|当晚|当夜|the same day)/y,
    build: () => simple((ref, { context }) => (context?.precision === "day" ? context : ref ? fuzzy(ref, "day") : undefined)),
  },
  // 前一天, 次日, 第二天, 翌日: one day from the date in context
  {
    re: /(前一天|前一日|(?<![第一二三四五六七八九十\d])次日|翌日|(?<!第)第二天|隔日|隔天)/y,
    build: (m) =>
      simple((ref, { context }) => {
        const base = context && context.precision === "day" ? parseDay(context.value) : ref;
        if (!base) return undefined;
        return fuzzy(addDays(base, /前/.test(m[1]) ? -1 : 1), "day");
      }),
  },
  // 一个月前, 3周前, 两天前, 一年前 (not 1个月后: a duration after an event, not a date)
  {
    re: new RegExp(`${NUM}(?:个)?(天|日|周|星期|个月|月|年)(?:以)?前`, "y"),
    build: (m) => {
      const n = cnNumber(m[1]);
      const unit = m[2];
      return simple((ref) => {
        if (!ref) return undefined;
        if (unit === "天" || unit === "日") return fuzzy(addDays(ref, -n), "day");
        if (unit === "周" || unit === "星期") return fuzzy(addDays(ref, -7 * n), "day");
        if (unit === "年") return fuzzy({ y: ref.y - n, m: 1, d: 1 }, "year");
        return fuzzy(addMonths(ref, -n), "month");
      });
    },
  },
];

function parseDay(v: string): Ymd | undefined {
  const m = v.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : undefined;
}

/** Characters a Chinese date expression starts with. */
export const DATE_START = /[\d〇零一二三四五六七八九十今去前明本同当上下这周星礼昨后次翌第隔是日近不]/;

/** Characters a Chinese date expression starts with, by code unit. */
const STARTS_DATE = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (DATE_START.test(String.fromCharCode(c))) table[c] = 1;
  return table;
})();

/**
 * The impossible-date pattern and every rule as one sticky alternation: it tells in one regex call
 * whether any of them matches at a position. Trying the 17 patterns one by one at every character
 * that may start a date (日, 上, 不 and 第 are everywhere) cost more than the rest of the dates.
 */
const ANY_DATE = new RegExp([IMPOSSIBLE, ...RULES.map((r) => r.re)].map((re) => `(?:${re.source})`).join("|"), "y");

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Finds date expressions in a folded Chinese text, left to right, longest rule first. */
export function findChineseDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  let i = 0;
  outer: while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!STARTS_DATE[c] || (isDigit(c) && i > 0 && (isDigit(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 0x2e))) {
      i++;
      continue;
    }
    ANY_DATE.lastIndex = i;
    if (!ANY_DATE.test(text)) {
      i++;
      continue;
    }
    IMPOSSIBLE.lastIndex = i;
    const bad = IMPOSSIBLE.exec(text);
    if (bad && impossibleDate(bad)) {
      out.push({ start: i, end: i + bad[0].length, text: bad[0], dateline: false, impossible: true, resolve: () => undefined });
      i += bad[0].length;
      continue;
    }
    for (const rule of RULES) {
      rule.re.lastIndex = i;
      const m = rule.re.exec(text);
      if (m && m[0].length) {
        // a reporter's name in a byline is no weekday: （记者周一鸣）
        // or （中央社记者周一鸣平壤12日专电）: right after 记者 in an open bracket
        // (〔记者周一鸣／综合报导〕 as the Liberty Times writes it)
        const byline = /[(（〔【][^)）〕】]{0,8}记者[^)）〕】]{0,10}$/.test(text.slice(Math.max(0, i - 20), i));
        if (/^(周|星期)/.test(m[0]) && byline && (/记者$/.test(text.slice(0, i)) || /^[\u4e00-\u9fff]?[)）〕】、/／]/.test(text.slice(i + m[0].length, i + m[0].length + 3)))) {
          i++;
          continue outer;
        }
        const built = rule.build(m);
        if (built) {
          out.push({ start: i, end: i + m[0].length, text: m[0], ...built });
          i += m[0].length;
          continue outer;
        }
      }
    }
    i++;
  }
  return out;
}
