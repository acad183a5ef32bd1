#!/usr/bin/env node
/**
 * The bare baseline the extraction is measured against: the least any extractor must do with the
 * corpus. Lists the article files, reads each, decodes it (BOMs, strict UTF-8, else chardet's guess
 * through iconv-lite) and runs one Aho–Corasick scan over it with every name of the dictionary
 * (persons, countries with their side forms, seats and demonyms, organisations, places), lower-cased. Nothing else: no validation, no segmentation, no sentences.
 *
 *   node bench/baseline.mjs <folder>    prints {files, bytes, chars, hits, loadSeconds, scanSeconds}
 *
 * Plain JavaScript run by node itself, so its start-up costs what the CLI's does.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import chardet from "chardet";
import iconv from "iconv-lite";
// the automaton diplograph itself scans with (built to dist/ by npm run build, which the bench needs anyway)
import { PatternAutomaton } from "../dist/util/aho-corasick.js";

const started = performance.now();
const DICTIONARIES = fileURLToPath(new URL("../dictionaries", import.meta.url));
const ARTICLE = /\.(txt|html?|md|markdown|xhtml)$/i;

function jsonFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? (name === "lexicon" ? [] : jsonFiles(path)) : name.endsWith(".json") ? [path] : [];
  });
}

const names = new Set();
for (const file of jsonFiles(DICTIONARIES)) {
  const data = JSON.parse(readFileSync(file, "utf8"));
  for (const list of [data.persons, data.countries, data.organizations, data.places]) {
    for (const e of list ?? []) {
      for (const n of [e.name, ...(e.en ?? []), ...(e.zhHans ?? []), ...(e.zhHant ?? []), ...(e.side ?? []), ...(e.seats ?? []), ...(e.demonyms ?? []), ...(e.short ?? [])]) {
        if (n) names.add(n.toLowerCase());
      }
    }
  }
}
const automaton = new PatternAutomaton([...names]);
const loaded = performance.now();

const utf8 = new TextDecoder("utf-8", { fatal: true });
function decode(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8.decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(bytes.subarray(2), "utf-16le");
  try {
    return utf8.decode(bytes);
  } catch {
    return iconv.decode(bytes, chardet.detect(bytes) ?? "GB18030");
  }
}

function* articles(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* articles(path);
    else if (ARTICLE.test(name)) yield path;
  }
}

let files = 0;
let bytes = 0;
let chars = 0;
let hits = 0;
for (const path of articles(process.argv[2])) {
  const data = readFileSync(path);
  const text = decode(data).toLowerCase();
  hits += automaton.matchAll(text).length;
  files++;
  bytes += data.length;
  chars += text.length;
}
const done = performance.now();
process.stdout.write(JSON.stringify({ files, bytes, chars, hits, names: names.size, loadSeconds: (loaded - started) / 1000, scanSeconds: (done - loaded) / 1000 }) + "\n");
