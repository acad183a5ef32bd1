/**
 * Pages around a story: plain-text pages as scraped from news sites (headline, caption, dateline,
 * paragraphs, editor line, a 热门新闻 / "Related" sidebar of teasers with their own datelines) and
 * HTML pages (navigation, breadcrumbs, share bars, scripts holding related headlines, a related-news
 * list, footer). Teasers name other leaders and dates: they are page chrome, never the article's
 * events. Every sentence is finished here, so its gold evidence is the text as written.
 */
import type { Cast, Official } from "./actors.js";
import { addDays, day, month, year } from "./calendar.js";
import { enLongDate, EN_MONTH } from "./dates.js";
import type { Outlet } from "./outlets.js";
import { BYLINES_EN, NEWS_TEASERS_EN, SIDEBAR_HEADINGS_EN } from "./phrases-en.js";
import { EDITORS_ZH, MORE_ZH, NEWS_TEASERS_ZH, REPORTERS_ZH, SIDEBAR_HEADINGS_ZH } from "./phrases-zh.js";
import type { Body } from "./render-zh.js";
import type { ArticleWriter, GoldEvent } from "./writer.js";

export interface PageOptions {
  outlet: Outlet;
  published: string;
  reported: string;
  format: "txt" | "html";
  /** The page carries its publication date (the manifest leaves it out). */
  pageDate: boolean;
  sidebar: boolean;
  /** HTML in a legacy encoding declares it. */
  charset: string;
}

interface Teaser {
  title: string;
  date: string;
  dateline?: string;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Headlines of other stories: other leaders' events and everyday news, dated up to three days back. */
function teasers(w: ArticleWriter, cast: Cast, published: string, usable: (o: Official) => boolean, n: number): Teaser[] {
  const r = w.r;
  const zh = w.script !== "en";
  const out: Teaser[] = [];
  const news = r.sample(zh ? NEWS_TEASERS_ZH : NEWS_TEASERS_EN, n);
  for (let i = 0; i < n; i++) {
    const date = addDays(published, -r.int(0, 3));
    const a = cast.pickOfficial(r, published, "leader", usable, new Set());
    const b = a && cast.pickOfficial(r, published, "leader", usable, new Set([a.country]));
    let title: string;
    if (!a || !b || r.chance(0.3)) title = zh ? w.plain(news[i]) : news[i];
    else if (zh) {
      const cap = w.country(b.country).capital.zh ?? w.countryName(b.country);
      title = w.finish(
        r.pick([
          () => `${w.name(a)}抵达${cap} 开始访问${w.countryName(b.country)}`,
          () => `${w.name(a)}会见${w.person(b)}`,
          () => `${w.name(a)}同${w.name(b)}通电话`,
          () => `${w.name(a)}：将于下月访问${w.countryName(b.country)}`,
          () => `${w.name(a)}致电祝贺${w.name(b)}`,
        ])(),
      );
    } else {
      title = w.finish(
        r.pick([
          () => `${w.name(a)} arrives in ${w.country(b.country).capital.en ?? w.countryName(b.country)} for talks`,
          () => `${w.name(a)} meets ${w.name(b)}`,
          () => `${w.name(a)}, ${w.name(b)} speak by phone`,
          () => `${w.name(a)} to visit ${w.countryText(b.country)} next month`,
        ])(),
      );
    }
    const city = zh ? w.country((b ?? a)?.country ?? "CHN").capital.zh : undefined;
    out.push({ title, date, dateline: zh && city && r.chance(0.6) ? w.plain(`（${city}${day(date)}日讯）`) : undefined });
  }
  return out;
}

export interface Page {
  text: string;
  events: GoldEvent[];
}

export function renderPage(body: Body, w: ArticleWriter, cast: Cast, usable: (o: Official) => boolean, o: PageOptions): Page {
  const r = w.r;
  const zh = w.script !== "en";
  const events: GoldEvent[] = [];
  const paragraphs = body.paragraphs.map((sentences) =>
    sentences
      .map((s) => {
        const text = w.finish(s.text);
        for (const e of s.events) events.push({ ...e, evidence: text });
        return text;
      })
      .join(zh ? "" : " "),
  );
  const headline = w.finish(body.headline);
  const place = w.country(body.place);
  const city = zh ? place.capital.zh ?? "北京" : place.capital.en ?? place.name;
  const reporter = r.pick(REPORTERS_ZH);
  const dateline = zh ? w.plain(o.outlet.dateline({ city, reported: o.reported, reporter, r })) : o.outlet.dateline({ city, reported: o.reported, reporter, r });
  paragraphs[0] = dateline + paragraphs[0];
  const related = teasers(w, cast, o.published, usable, r.int(3, 6));
  const time = `${String(r.int(6, 22)).padStart(2, "0")}:${String(r.int(0, 59)).padStart(2, "0")}`;
  const pageDate = zh ? w.plain(`发布时间：${o.published} ${time}`) : `Published: ${day(o.published)} ${EN_MONTH[month(o.published) - 1]} ${year(o.published)}`;
  const text = o.format === "html" ? html(w, o, headline, paragraphs, related, pageDate, time) : plain(w, o, headline, paragraphs, related, pageDate);
  return { text, events };
}

function plain(w: ArticleWriter, o: PageOptions, headline: string, paragraphs: string[], related: Teaser[], pageDate: string): string {
  const r = w.r;
  const zh = w.script !== "en";
  const out: string[] = [headline];
  if (o.pageDate) out.push(pageDate);
  if (zh && r.chance(0.25)) out.push(w.plain(`（${r.pick(["图取自新华社", "资料图", "图片来源：路透社", "档案照"])}）`));
  if (!zh && r.chance(0.5)) out.push(`By ${r.pick(BYLINES_EN)}`);
  const indent = r.chance(o.outlet.indent) ? "\u3000\u3000" : "";
  out.push(...paragraphs.map((p) => indent + p));
  if (zh && r.chance(0.5)) out.push(w.plain(`（责任编辑：${r.pick(EDITORS_ZH)}）`));
  if (!zh && o.outlet.slug === "reuters") out.push(`(Reporting by ${r.pick(BYLINES_EN)}; Editing by ${r.pick(BYLINES_EN)})`);
  if (o.sidebar) {
    if (zh) {
      out.push(w.plain(r.pick(SIDEBAR_HEADINGS_ZH)));
      for (const t of related) {
        if (r.chance(0.3)) out.push(w.plain(r.pick(["国际", "国内", "财经", "地方"])));
        out.push(`${t.dateline ?? ""}${t.title}`);
        out.push(w.plain(r.pick(MORE_ZH)));
      }
    } else {
      out.push(r.pick(SIDEBAR_HEADINGS_EN));
      for (const t of related) out.push(`${t.title}\n${enLongDate(t.date)}`);
    }
  }
  return out.join("\n\n") + "\n";
}

function html(w: ArticleWriter, o: PageOptions, headline: string, paragraphs: string[], related: Teaser[], pageDate: string, time: string): string {
  const r = w.r;
  const zh = w.script !== "en";
  const site = zh ? w.plain(o.outlet.site) : o.outlet.site;
  const id = r.int(10_000_000, 99_999_999);
  const path = `/${o.published.replace(/-/g, "/")}/c${r.int(1000, 9999)}-${id}.html`;
  const scriptJson = JSON.stringify(related.map((t) => ({ title: t.title, date: t.date }))).replace(/</g, "\\u003c");
  const lines: string[] = ["<!DOCTYPE html>", `<html lang="${w.script === "hans" ? "zh-CN" : w.script === "hant" ? "zh-TW" : "en"}">`, "<head>", `<meta charset="${o.charset}">`];
  if (zh) {
    const section = w.plain("国际");
    lines.push(`<title>${esc(headline)}--${section}--${esc(site)}</title>`);
    lines.push(`<meta name="keywords" content="${esc(headline.replace(/\s+/g, ","))}">`);
    if (o.pageDate) lines.push(`<meta name="publishdate" content="${o.published}">`);
    lines.push('<script type="text/javascript">', "  var _hmt = _hmt || [];", `  var relatedNews = ${scriptJson};`, "</script>", "</head>", "<body>");
    const nav = ["首页", "时政", "国际", "财经", "军事", "观点", "视频"].map((x, i) => `<a href="/${["index", "politics", "world", "finance", "military", "opinion", "video"][i]}/">${w.plain(x)}</a>`);
    lines.push(`<div class="nav">${nav.join(" | ")}</div>`);
    lines.push(`<div class="path">${esc(site)} &gt;&gt; ${w.plain("国际")} &gt;&gt; ${w.plain("正文")}</div>`);
    lines.push(`<h1>${esc(headline)}</h1>`);
    lines.push(`<div class="info">${o.pageDate ? esc(pageDate) : `${o.published} ${time}`} | ${w.plain("来源")}：<a href="/">${esc(w.plain(o.outlet.name))}</a></div>`);
    const share = w.script === "hant" ? `${w.plain("分享至")}：<a class="fb">Facebook</a><a class="line">LINE</a><a class="copy">${w.plain("复制链接")}</a>` : `${w.plain("分享到")}：<a class="wx">${w.plain("微信")}</a><a class="wb">${w.plain("微博")}</a><a class="qz">QQ${w.plain("空间")}</a>`;
    lines.push(`<div class="share">${share}</div>`);
    lines.push('<div class="article">');
    for (const p of paragraphs) lines.push(`<p>${p}</p>`);
    lines.push("</div>");
    lines.push(`<div class="edit">${w.plain(`（责编：${r.pick(EDITORS_ZH)}）`)}</div>`);
    lines.push(`<div class="share">${share}</div>`);
    lines.push(`<div class="related">`, `<h2>${w.plain(r.pick(["相关新闻", "延伸阅读", "推荐阅读"]))}</h2>`, "<ul>");
    for (const t of related) lines.push(`<li><a href="/${t.date.replace(/-/g, "/")}/c${r.int(1000, 9999)}-${r.int(10_000_000, 99_999_999)}.html">${esc(t.title)}</a> ${t.date}</li>`);
    lines.push("</ul>", "</div>");
    lines.push(`<div class="footer">${w.plain(`关于我们 | 联系我们 | 广告服务 | 网站声明<br>${o.outlet.site}版权所有，未经书面授权禁止使用`)}</div>`);
    lines.push(`<script>window.__shareConfig = ${JSON.stringify({ title: headline, url: path }).replace(/</g, "\\u003c")};</script>`);
  } else {
    lines.push(`<title>${esc(headline)} | ${esc(site)}</title>`);
    lines.push(`<meta property="og:title" content="${esc(headline)}">`);
    const ld = { "@context": "https://schema.org", "@type": "NewsArticle", headline, ...(o.pageDate ? { datePublished: `${o.published}T${time}:00Z` } : {}), publisher: { "@type": "Organization", name: o.outlet.site } };
    lines.push(`<script type="application/ld+json">${JSON.stringify(ld).replace(/</g, "\\u003c")}</script>`, "</head>", "<body>");
    lines.push(`<header><nav><a href="/world/">World</a> <a href="/business/">Business</a> <a href="/markets/">Markets</a> <a href="/sport/">Sport</a> <a href="/video/">Video</a></nav></header>`);
    lines.push("<main>", "<article>", `<h1>${esc(headline)}</h1>`);
    if (r.chance(0.6)) lines.push(`<div class="byline">By ${r.pick(BYLINES_EN)}</div>`);
    if (o.pageDate) lines.push(`<div class="dateline">${esc(pageDate)}</div>`);
    lines.push(`<div class="share"><button>Share on Facebook</button><button>Share on X</button><button>Copy link</button></div>`);
    for (const p of paragraphs) lines.push(`<p>${p}</p>`);
    lines.push("</article>", "<aside>", `<h2>${r.pick(["Related stories", "Most read", "More from this section"])}</h2>`, "<ul>");
    for (const t of related) lines.push(`<li><a href="/world/${t.date.replace(/-/g, "/")}/${r.int(100_000, 999_999)}/">${esc(t.title)}</a></li>`);
    lines.push("</ul>", "</aside>", "</main>");
    lines.push(`<footer>&copy; ${year(o.published)} ${esc(o.outlet.site)}. All rights reserved.</footer>`);
    lines.push(`<script>window.__PRELOADED_STATE__ = ${JSON.stringify({ article: { id, path }, related: related.map((t) => t.title) }).replace(/</g, "\\u003c")};</script>`);
  }
  lines.push("</body>", "</html>");
  return lines.join("\n") + "\n";
}
