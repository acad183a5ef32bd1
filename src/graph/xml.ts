/**
 * XML 1.0 text for names and evidence from the wild: characters XML cannot carry are dropped (C0
 * controls other than tab, newline and carriage return; lone surrogates; U+FFFE and U+FFFF), the
 * rest is escaped so a strict parser reads back exactly the sanitised string.
 */

/** Code points outside XML 1.0's Char production; with the u flag a lone surrogate is one code point. */
const ILLEGAL = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The string without the characters XML 1.0 cannot represent. */
export function sanitizeXml(s: string): string {
  return s.replace(ILLEGAL, "");
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // parsers normalise literal tabs and line breaks in attribute values to spaces; references survive
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};
const ATTRIBUTE_SPECIAL = /[&<>"'\t\n\r]/g;

/**
 * Anything escaping or sanitising could change (surrogates too, paired or not): most values (ids,
 * dates, numbers, plain names) have none and skip both passes; a 1M-edge GEXF has tens of millions.
 */
const NEEDS_WORK = /[&<>"'\x00-\x1f\uD800-\uDFFF\uFFFE\uFFFF]/;

/** A sanitised string ready to stand between double quotes in an attribute. */
export function escapeAttribute(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return sanitizeXml(s).replace(ATTRIBUTE_SPECIAL, (c) => ATTRIBUTE_ESCAPES[c]);
}

const TEXT_SPECIAL = /[&<>\r]/g;

/** A sanitised string ready to stand as element content (`]]>` cannot form: `>` is escaped). */
export function escapeText(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return sanitizeXml(s).replace(TEXT_SPECIAL, (c) => ATTRIBUTE_ESCAPES[c]);
}
