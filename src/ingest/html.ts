/**
 * HTML → readable text with htmlparser2 (a streaming parser: no recursion, so 10,000 nested
 * elements cost nothing). Scripts, styles, SVG, navigation, share bars and similar chrome are
 * dropped; block elements become line breaks so paragraphs survive. Every character of the output
 * keeps the offset of the source character it came from, so evidence can point into the page.
 */
import { Parser } from "htmlparser2";

export interface HtmlText {
  text: string;
  /** toSource[i] = offset in the HTML source of text[i]; one extra entry for the end. */
  toSource: Int32Array;
  title?: string;
  url?: string;
}

const SKIPPED_TAGS = new Set([
  "script", "style", "svg", "noscript", "template", "iframe", "nav", "footer", "aside", "form",
  "button", "select", "textarea", "head", "object", "canvas", "video", "audio", "map", "menu",
]);
const BLOCK_TAGS = new Set([
  "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
  "section", "article", "header", "main", "blockquote", "pre", "dd", "dt", "dl", "figcaption",
  "figure", "hr", "title", "address",
]);
/** Class, id, role or data-* attribute words that mark page chrome rather than article text. */
const CHROME_ATTRIBUTE = /(^|[\s_-])(share|sharing|social|nav|navbar|navigation|menu|breadcrumbs?|footer|sidebar|related|recommend(ed|ations)?|comments?|advert(isement)?|ads?|promo|selfpromo|newsletter|subscribe|login|signup|toolbar|cookie|popup|modal)($|[\s_-])/i;

/** True when the text is HTML by its content (tags), whatever the file's extension says. */
export function looksLikeHtml(text: string): boolean {
  const head = text.length > 20000 ? text.slice(0, 20000) : text;
  if (/<!doctype html|<html[\s>]/i.test(head)) return true;
  const tags = head.match(/<\/?(p|div|span|br|a|img|body|article|section|h[1-6]|li|ul|table|strong|em|meta|link|script)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3;
}

function isChrome(name: string, attribs: Record<string, string>): boolean {
  if (name.includes("-") && /share|social|comment|ad/i.test(name)) return true;
  for (const [key, value] of Object.entries(attribs)) {
    if (key === "class" || key === "id" || key === "role") {
      if (CHROME_ATTRIBUTE.test(value)) return true;
    } else if (key.startsWith("data-") && CHROME_ATTRIBUTE.test(key.slice(5))) {
      return true;
    }
  }
  return false;
}

export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  const offsets: number[] = [];
  const skipStack: boolean[] = [];
  let skipping = 0;
  let inTitle = false;
  let inH1 = false;
  let title = "";
  let h1 = "";
  let url: string | undefined;

  const emit = (text: string, start: number, end: number) => {
    const exact = end - start + 1 === text.length;
    for (let i = 0; i < text.length; i++) {
      out.push(text[i]);
      offsets.push(exact ? start + i : start);
    }
  };
  const newline = (at: number) => {
    if (out.length && out[out.length - 1] !== "\n") {
      out.push("\n");
      offsets.push(at);
    }
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        const skip = SKIPPED_TAGS.has(name) || isChrome(name, attribs);
        skipStack.push(skip);
        if (skip) skipping++;
        if (name === "title") inTitle = true;
        if (name === "h1") inH1 = true;
        if (name === "link" && /canonical/i.test(attribs.rel ?? "") && attribs.href) url ??= attribs.href;
        if (name === "meta" && /og:url/i.test(attribs.property ?? "") && attribs.content) url ??= attribs.content;
        if (BLOCK_TAGS.has(name) && !skipping) newline(parser.startIndex);
      },
      onclosetag(name) {
        const skip = skipStack.pop();
        if (skip) skipping--;
        if (name === "title") inTitle = false;
        if (name === "h1") inH1 = false;
        if (BLOCK_TAGS.has(name) && !skipping) newline(parser.startIndex);
      },
      ontext(text) {
        if (inTitle) title += text;
        if (skipping) return;
        if (inH1) h1 += text;
        emit(text, parser.startIndex, parser.endIndex);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  offsets.push(html.length);
  const cleanTitle = (h1 || title).replace(/\s+/g, " ").trim();
  return { text: out.join(""), toSource: Int32Array.from(offsets), title: cleanTitle || undefined, url };
}
