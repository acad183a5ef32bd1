/**
 * Whitespace by code unit, for loops over text that a regex per character would slow down; a module
 * of its own so that the merging thread can use it without the normalising libraries.
 */

/** Exactly the characters of the regex class \s. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
