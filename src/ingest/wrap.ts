/**
 * Hard-wrapped text: wire copy and e-mailed releases often come broken into lines of a fixed width
 * (about 60–80 characters), with a line break inside sentences and names ("President Hugo\nChavez's
 * visit"). Every later stage takes a line break for the end of a paragraph, so those breaks become
 * spaces here. The text keeps its length, so every offset into it stays valid.
 */

/** Widths wrapped text is set in; a longest line beyond this is a paragraph per line, not wrapping. */
const MAX_WRAP_WIDTH = 100;
const MIN_WRAP_WIDTH = 40;
/** Lines longer than the width may be this share of the lines (a paragraph left unwrapped, a URL). */
const MAX_LONG_SHARE = 0.1;
/** A line this close to the width counts as full. */
const FULL_SLACK = 15;
/** Full lines needed, and their share of the lines of some length, before a text counts as wrapped. */
const MIN_FULL_LINES = 3;
const MIN_FULL_SHARE = 0.4;
/** Lines shorter than this (headings, datelines, blank-ish lines) are left out of the share. */
const COUNTED_LINE = 20;

/** A letter, digit or Latin punctuation: the break between two of these may be a wrap. */
function latinAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c > 0x20 && c < 0x2e80;
}

/** Ends a sentence: a line ending so is taken to end its paragraph, wrapped or not. */
const SENTENCE_END = /[.!?:]["'”’)]?$/;

interface Line {
  start: number;
  /** End without trailing spaces. */
  end: number;
}

export function joinWrappedLines(text: string): string {
  // most texts have many lines too long for wrapping: found without building the lines
  let lineCount = 0;
  let longLines = 0;
  for (let pos = 0; pos <= text.length; lineCount++) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    if (nl - pos > MAX_WRAP_WIDTH + 8 && ++longLines > MAX_LONG_SHARE * (lineCount + 1)) return text;
    pos = nl + 1;
  }
  if (lineCount < MIN_FULL_LINES + 1) return text;
  const lines: Line[] = [];
  for (let pos = 0; pos <= text.length; ) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    let end = nl;
    while (end > pos && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x0d || text.charCodeAt(end - 1) === 0x09)) end--;
    lines.push({ start: pos, end });
    pos = nl + 1;
  }
  if (lines.length < MIN_FULL_LINES + 1) return text;
  // the width: the longest lines but a few (one paragraph left unwrapped does not set it)
  const lengths = lines.map((l) => l.end - l.start).filter((n) => n >= COUNTED_LINE).sort((a, b) => b - a);
  const width = lengths[Math.min(lengths.length - 1, Math.ceil(lengths.length * MAX_LONG_SHARE))] ?? 0;
  if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return text;
  let counted = 0;
  let full = 0;
  for (const l of lines) {
    const n = l.end - l.start;
    if (n >= COUNTED_LINE) counted++;
    if (n >= width - FULL_SLACK) full++;
  }
  if (full < MIN_FULL_LINES || full < MIN_FULL_SHARE * counted) return text;

  let out: string[] | undefined;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (line.end <= line.start || next.end <= next.start) continue;
    // wrapped: a full line, or one the next line's first word would not have fitted on, or one that
    // the next line continues in lower case
    let word = next.start;
    while (word < next.end && text.charCodeAt(word) === 0x20) word++;
    if (word > next.start) continue; // an indented line starts a paragraph
    let wordEnd = word;
    while (wordEnd < next.end && text.charCodeAt(wordEnd) !== 0x20) wordEnd++;
    const length = line.end - line.start;
    const lowerStart = /[a-z]/.test(text[word]);
    if (!lowerStart && length < width - FULL_SLACK && length + 1 + (wordEnd - word) <= width) continue;
    if (SENTENCE_END.test(text.slice(Math.max(line.start, line.end - 2), line.end))) continue;
    if (!latinAt(text, line.end - 1) || !latinAt(text, word)) continue;
    out ??= text.split("");
    // the break (and a carriage return before it) becomes a space
    for (let k = line.end; k < next.start; k++) if (out[k] === "\n" || out[k] === "\r") out[k] = " ";
  }
  return out ? out.join("") : text;
}
