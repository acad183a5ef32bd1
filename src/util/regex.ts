/** Lexicon words inside regular expressions built from them. */

/** The text as a regular expression that matches it literally. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One alternative per phrase, longest first (so a longer phrase wins where one begins another), spaces matching any run of whitespace. */
export const phrasesPattern = (phrases: string[]) => [...phrases].sort((a, b) => b.length - a.length).map((p) => escapeRegExp(p).replace(/ /g, "\\s+")).join("|");
