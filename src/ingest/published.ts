/**
 * The publication date read from the page itself, for articles without a manifest entry: an epoch
 * comment (<!--1686563102000-->), a labelled line (发布时间 / 發佈時間 / Published), a dateline such as
 * "12/06/2023 - 11:28", or a forum post's counter line (328 人阅读 | 0 人回复 | 2024-07-20). Only the
 * top of the page is read, never a sidebar.
 */
const pad = (n: number) => String(n).padStart(2, "0");

function valid(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** A date written in one line: 2024-07-20, 2024/7/20, 2024年7月20日, 20 March 2024, March 20, 2024. */
export function parseDateInLine(line: string): string | undefined {
  let m = line.match(/(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/);
  if (m) return valid(+m[1], +m[2], +m[3]);
  m = line.match(/\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/);
  if (m && MONTHS[m[2].slice(0, 3).toLowerCase()]) return valid(+m[3], MONTHS[m[2].slice(0, 3).toLowerCase()], +m[1]);
  m = line.match(/\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/);
  if (m && MONTHS[m[1].slice(0, 3).toLowerCase()]) return valid(+m[3], MONTHS[m[1].slice(0, 3).toLowerCase()], +m[2]);
  return undefined;
}

const LABELLED = /(发布时间|發佈時間|發布時間|发表时间|發表時間|发表于|發表於|更新时间|更新時間|出版时间|日期|published|posted|updated|date)\s*[:：]?/i;

export function publicationDateFromPage(source: string): string | undefined {
  const epoch = source.slice(0, 2000).match(/<!--\s*(\d{10}|\d{13})\s*-->/);
  if (epoch) {
    const ms = epoch[1].length === 13 ? Number(epoch[1]) : Number(epoch[1]) * 1000;
    return new Date(ms).toISOString().slice(0, 10);
  }
  // <meta name="publishdate" content="2023-06-09">, article:published_time, datePublished
  for (const tag of source.slice(0, 6000).match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/\b(name|property|itemprop)\s*=\s*["']?(publishdate|pubdate|publish[-_]?date|article:published_time|og:published_time|datePublished|date)["'\s>]/i.test(tag)) continue;
    const content = tag.match(/\bcontent\s*=\s*["']([^"']+)["']/i);
    const d = content && parseDateInLine(content[1]);
    if (d) return d;
  }
  // JSON-LD: "datePublished": "2020-01-03T09:12:00Z"
  const ld = source.slice(0, 6000).match(/"datePublished"\s*:\s*"([^"]+)"/);
  const ldDate = ld && parseDateInLine(ld[1]);
  if (ldDate) return ldDate;
  const top = source
    .slice(0, 6000)
    // scripts and styles hold data, not the page's lines (var relatedNews = [{"date": …}])
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, "\n")
    .replace(/<[^>]*>/g, "\n")
    .split(/\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 25);
  for (const line of top) {
    if (line.length <= 160 && LABELLED.test(line)) {
      const d = parseDateInLine(line.slice(line.search(LABELLED)));
      if (d) return d;
    }
  }
  for (const line of top) {
    // RFI-style dateline: DD/MM/YYYY - HH:MM (European order; MM/DD when the first number exceeds 12 is impossible)
    const m = line.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})\s*[-–]\s*\d{1,2}:\d{2}$/);
    if (m) {
      const [a, b] = [+m[1], +m[2]];
      return b > 12 ? valid(+m[3], a, b) : valid(+m[3], b, a);
    }
    if (/(阅读|閱讀|回复|回覆|发表于|楼主)/.test(line) && line.length <= 120) {
      const d = parseDateInLine(line);
      if (d) return d;
    }
  }
  return undefined;
}
