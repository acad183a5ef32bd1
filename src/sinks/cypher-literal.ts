/**
 * Values as Cypher literals, for the script sink: the same rows the driver sends as parameters,
 * written into the script so that cypher-shell and Neo4j Browser load the same graph.
 *
 * Strings are single-quoted. Backslash and quote are escaped, and so is every character a reader
 * could take for something else or lose: C0 and C1 controls, DEL, and the Unicode line and paragraph
 * separators, as \uXXXX. A script line therefore never holds a raw line break inside a string, and
 * comment markers or semicolons inside a string are just text to Cypher's lexer. Lone UTF-16
 * surrogates cannot travel in UTF-8 (neither in this file nor over Bolt, where the driver turns
 * them into U+FFFD), so they are written as U+FFFD too: the script holds what a driver load holds.
 */
import neo4j from "neo4j-driver";

const ESCAPE = /[\\'\u0000-\u001f\u007f-\u009f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeChar(c: string): string {
  if (c === "\\") return "\\\\";
  if (c === "'") return "\\'";
  const code = c.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return "\uFFFD";
  return `\\u${code.toString(16).padStart(4, "0")}`;
}

export function cypherString(s: string): string {
  return `'${s.replace(ESCAPE, escapeChar)}'`;
}

/** A map key or identifier: plain when it is a simple name, else back-quoted. */
export function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, "``")}\``;
}

/**
 * A JavaScript value as a Cypher literal. Numbers are floats, as the driver sends them (1 becomes
 * 1.0); neo4j Integer and Date values keep their types.
 */
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return cypherString(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`no Cypher literal for ${value}`);
    const s = String(value);
    return /[.eE]/.test(s) ? s : `${s}.0`;
  }
  if (neo4j.isInt(value)) return value.toString();
  if (neo4j.isDate(value)) return `date(${cypherString(value.toString())})`;
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(", ")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.map(([k, v]) => `${cypherName(k)}: ${cypherLiteral(v)}`).join(", ")}}`;
  }
  throw new TypeError(`no Cypher literal for a ${typeof value}`);
}
