/**
 * Splits readable text into paragraphs and tells body from page chrome: teaser lists and sidebars
 * (热门新闻 … 阅读全文 …), login prompts, share lines, breadcrumbs and credits. No library removes
 * plain-text sidebars (readability even drops real lead paragraphs of fragments), so this is a rule
 * of ours, driven by the boilerplate lexicon.
 */
import type { BoilerplateLexicon } from "../lexicon/schema.js";
import { isInvisible } from "../normalise/text.js";
import { PatternAutomaton } from "../util/aho-corasick.js";
import { isSpace } from "../util/space.js";
import type { Paragraph } from "../types.js";

interface Line {
  start: number;
  end: number;
  /** The line as the rules read it: invisible marks (a zero-width space after the last 。) left out. */
  text: string;
}

// by char code: two regex tests per character of every page cost more than the rest of segmenting
const blank = (c: number) => isSpace(c) || isInvisible(c);

/** The text less the code units `drop` picks (most lines have none: they come back as they are). */
function without(text: string, drop: (c: number) => boolean): string {
  let i = 0;
  while (i < text.length && !drop(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) if (!drop(text.charCodeAt(i))) out += text[i];
  return out;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && blank(text.charCodeAt(s))) s++;
    while (e > s && blank(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, text: without(text.slice(s, e), isInvisible) });
    pos = nl + 1;
  }
  return out;
}

const ENGLISH_DATE = /\b(\d{1,2}\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2},?\s+)?\d{4}\b/i;

/** Characters a heading is compared without: whitespace, colons, bars, arrows, dashes, brackets. */
const SQUASHED = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (isSpace(c)) table[c] = 1;
  for (const c of ":：|｜>»-–—_*#[]【】") table[c.charCodeAt(0)] = 1;
  return table;
})();
const squashed = (c: number) => SQUASHED[c] === 1;

/**
 * A line as headings are looked up: lower case, without spaces, colons, bars, dashes and brackets.
 * (A loop, not a regex replace: it runs on every short line of every page.)
 */
export function squash(s: string): string {
  return without(s, squashed).toLowerCase();
}

/** The line lower-cased with each run of whitespace as one space. */
export function lowerOneSpaced(s: string): string {
  const lower = s.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (isSpace(c) && (c !== 0x20 || (i + 1 < lower.length && isSpace(lower.charCodeAt(i + 1))))) return lower.replace(/\s+/g, " ");
  }
  return lower;
}

export class Segmenter {
  private sectionStarts: Set<string>;
  private teaserMarkers: Set<string>;
  /** Phrases (lower case) that drop a line they begin, or a short line they occur in. */
  private lineDrops: PatternAutomaton;
  private captionMarkers: string[];

  constructor(lex: BoilerplateLexicon) {
    this.sectionStarts = new Set(lex.sectionStarts.map(squash));
    this.teaserMarkers = new Set(lex.teaserMarkers.map(squash));
    this.lineDrops = new PatternAutomaton(lex.lineDrops.map((s) => s.toLowerCase()));
    this.captionMarkers = lex.captionMarkers;
  }

  private isSectionStart(l: Line) {
    if (l.text.length > 40) return false;
    if (this.sectionStarts.has(squash(l.text))) return true;
    // a heading that runs on from a multi-word one: "More from this section", "Read more on Asia"
    if (/[.!?。！？]$/.test(l.text)) return false;
    const words = l.text.toLowerCase().split(/\s+/);
    for (let n = 2; n < words.length; n++) if (this.sectionStarts.has(squash(words.slice(0, n).join(" ")))) return true;
    return false;
  }
  private isTeaserMarker(l: Line) {
    return l.text.length <= 20 && this.teaserMarkers.has(squash(l.text));
  }
  private isDropped(l: Line) {
    if (l.text.length > 120) return false;
    // a stray token of a page (a close button "x", a bullet)
    if (l.text.length <= 3 && !/[\u4e00-\u9fff]/.test(l.text)) return true;
    const lower = lowerOneSpaced(l.text);
    const anywhere = l.text.length <= 60;
    if (this.lineDrops.matchAll(lower, 0, lower.length, (begin) => anywhere || begin === 0).length) return true;
    // a date line in English or in figures: "24 July 2025", "12.12.2024", "ALL NEWS 09:12 February 07, 2024"
    if (l.text.length <= 60 && /^[^\u4e00-\u9fff]*$/.test(l.text) && (ENGLISH_DATE.test(l.text) || /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(l.text)) && l.text.replace(ENGLISH_DATE, "").replace(/[\d:|,\s-]|[AP]M|GMT|UTC|HKT|IST|ET|EST|EDT|BST|ALL NEWS|Updated|Published/gi, "").length <= 12) return true;
    // a byline or date line: "Published 05/07/2025", "Ahram Online , Thursday 15 Feb 2024"
    if (l.text.length <= 60 && /^(published|updated|posted|first published|last updated)\b/i.test(l.text)) return true;
    if (l.text.length <= 60 && ENGLISH_DATE.test(l.text) && !/[.!?]$/.test(l.text) && l.text.replace(ENGLISH_DATE, "").split(/\s+/).filter((w) => /[a-z]/i.test(w)).length <= 4) return true;
    // a time stamp: "发布/2025年7月29日 05:00", "2023-12-07 HKT 08:21"
    if (l.text.length <= 60 && /\d{1,2}:\d{2}/.test(l.text) && /(\d{4}\s*[-/.年]\s*\d{1,2}|\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[-/.日]?\s*\d{0,4})/.test(l.text)) return true;
    // a byline: "By Trevor Hunnicutt and Steve Holland"
    if (/^By\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}((,|\s+and|\s+&)\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3})*$/.test(l.text)) return true;
    // separators, lone punctuation, image file names
    if (/^[\s\-=_*~.,，、|•·]+$/.test(l.text)) return true;
    if (/^\S+\.(png|jpe?g|gif|webp|svg)$/i.test(l.text)) return true;
    return false;
  }
  /** A line that is only a date ("May 9, 2016", "2016-05-09"), as under each teaser of a list. */
  private isDateLine(l: Line) {
    return l.text.length <= 40 && (ENGLISH_DATE.test(l.text) || /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?$/.test(l.text)) && l.text.replace(ENGLISH_DATE, "").replace(/[\d\s,:|-]/g, "").length <= 6;
  }
  /** A photo's caption: it opens with a caption marker (资料图片, (Photo) or ends with the credit (…记者李学仁摄). */
  private isCaptionLine(l: Line) {
    return this.captionMarkers.some((m) => l.text.startsWith(m) || l.text.endsWith(m));
  }
  /** A teaser line: a headline, a caption, a truncated lead ("…", "..."), a dated snippet. */
  private isTeaserLike(l: Line, next?: Line) {
    const t = l.text;
    if (t.length <= 45) return true;
    // a headline (no closing stop) or a line over its own date ("Xi meets Putin" / "July 7, 2017")
    if (t.length <= 100 && !/[。.!?！？;；:："”」』)）]$/.test(t)) return true;
    if (next && this.isDateLine(next)) return true;
    if (/(\.\.\.|…|……)\s*$/.test(t)) return true;
    if (this.captionMarkers.some((m) => t.includes(m))) return true;
    return false;
  }

  segment(text: string, headlineHint?: string): Paragraph[] {
    const ls = lines(text);
    const role: Paragraph["role"][] = ls.map(() => "body");
    // 1. teaser regions: from a section heading or a teaser marker, across teaser-like lines, as
    //    long as another marker follows within a few lines; trailing teaser-like lines go too.
    for (let i = 0; i < ls.length; i++) {
      if (!(this.isSectionStart(ls[i]) || this.isTeaserMarker(ls[i]))) continue;
      let lastMarker = i;
      let j = i + 1;
      for (; j < ls.length; j++) {
        if (this.isTeaserMarker(ls[j]) || this.isSectionStart(ls[j]) || this.isDateLine(ls[j])) {
          lastMarker = j;
          continue;
        }
        if (j - lastMarker > 6) break;
        if (!this.isTeaserLike(ls[j], ls[j + 1]) && !this.markerWithin(ls, j, 4)) break;
      }
      // the teaser that precedes the first marker (headline + snippet above 阅读全文)
      let k = i - 1;
      if (this.isTeaserMarker(ls[i])) {
        // (a finished sentence is the story's last line, not a teaser)
        while (k >= 0 && role[k] === "body" && i - k <= 3 && this.isTeaserLike(ls[k]) && ls[k].text.length <= 45 && !/([。！？!?]|(?<!\.)\.)["”’」]?$/.test(ls[k].text)) k--;
      }
      for (let m = k + 1; m < j; m++) role[m] = "boilerplate";
      i = j - 1;
    }
    // 2. single lines of chrome
    ls.forEach((l, i) => {
      if (role[i] === "body" && this.isDropped(l)) role[i] = "meta";
    });
    // 3. the headline block: the short lines before the first paragraph of text (masthead, section,
    //    title, standfirst), or the page title when given
    let first = ls.findIndex((_, i) => role[i] === "body");
    const readsAsHeadline = (l: Line) =>
      (!/[。.!?！？]["”’」]?$/.test(l.text) && l.text.length <= 80) || /^\[.*\]\(.*\)$/.test(l.text) || (!!headlineHint && squash(l.text).includes(squash(headlineHint)) && (l.text.length <= headlineHint.length + 40 || !/[。.!?！？]["”’」]?$/.test(l.text)));
    for (let n = 0; first >= 0 && first < ls.length && n < 4; n++) {
      if (role[first] !== "body") {
        first++;
        continue;
      }
      // (a photo's caption under the title is no headline: 资料图片：2011年1月19日，… 新华社记者李学仁摄)
      if (!readsAsHeadline(ls[first]) || this.isCaptionLine(ls[first])) break;
      role[first] = "headline";
      first++;
    }
    return ls.map((l, i) => ({ start: l.start, end: l.end, role: role[i] }));
  }

  private markerWithin(ls: Line[], j: number, n: number): boolean {
    for (let k = j + 1; k <= j + n && k < ls.length; k++) if (this.isTeaserMarker(ls[k])) return true;
    return false;
  }
}
