/**
 * Splits a Cypher script into its structure and its string literals: each single-quoted literal is
 * read back (the escapes cypherString writes) and stands as '?' in the structure; a line that starts
 * with // is a comment and stands as //; a list of string literals (its length is data: a person's
 * Chinese names) stands as [?]. A string that escaped its literal would show in the structure.
 */
export function lexCypher(script: string) {
  const literals: string[] = [];
  let structure = "";
  let i = 0;
  while (i < script.length) {
    if ((i === 0 || script[i - 1] === "\n") && script.startsWith("//", i)) {
      const end = script.indexOf("\n", i);
      structure += "//";
      i = end < 0 ? script.length : end;
      continue;
    }
    const c = script[i];
    if (c !== "'") {
      structure += c;
      i++;
      continue;
    }
    let value = "";
    i++;
    for (;;) {
      if (i >= script.length) throw new Error("unterminated string literal");
      const d = script[i];
      if (d === "\n") throw new Error(`a string literal spans lines: ${JSON.stringify(value.slice(0, 60))}`);
      if (d === "'") break;
      if (d === "\\") {
        const e = script[i + 1];
        if (e === "u") {
          value += String.fromCharCode(parseInt(script.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          value += { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" }[e] ?? e;
          i += 2;
        }
        continue;
      }
      value += d;
      i++;
    }
    i++;
    literals.push(value);
    structure += "'?'";
  }
  return { literals, structure: structure.replace(/\[(?:'\?'(?:, '\?')*)?\]/g, "[?]") };
}
