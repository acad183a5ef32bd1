/**
 * Writes a corpus: the article files, manifest.json (file, published, and what the page is) and
 * gold.json (the format of /work/shared/eval/seeds.gold.json). Everything is streamed: each article
 * is written as soon as it is built and the gold and manifest are appended entry by entry, so memory
 * holds one article and the entity name lists, whatever the corpus size.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { loadDictionary } from "../../src/dictionary/load.js";
import { Cast } from "./actors.js";
import { buildArticle } from "./article.js";
import { monthOf } from "./calendar.js";
import { FIRST_DAY, LAST_DAY } from "./scenes.js";
import { EntityRegistry } from "./writer.js";

/** Bumped whenever the generator's output changes, so cached benchmark corpora are rebuilt. */
export const GENERATOR_VERSION = "4";

export interface CorpusOptions {
  articles: number;
  out: string;
  seed: number;
  onProgress?: (done: number, total: number) => void;
}

export interface CorpusSummary {
  generator: string;
  seed: number;
  articles: number;
  bytes: number;
  byScript: Record<string, number>;
  byFormat: Record<string, number>;
  byEncoding: Record<string, number>;
  noise: number;
  reprints: number;
  notInManifest: number;
  events: Record<string, number>;
  optional: number;
}

const ABOUT =
  "Generated corpus (scripts/corpus.ts): deterministic articles in Simplified Chinese, Traditional Chinese and English built from the dictionaries, with the gold edges the generator wrote into them. " +
  "Same conventions as seeds.gold.json: each endpoint lists the entity keys that count as correct (the person first, then their country where the article lets either stand, as for support voiced by a leader or an agreement signed by two sides); " +
  "entity names are every name the corpus used for the entity plus its canonical name. Dates are the day the event happened at the precision the article supports; relative days (周三, 4日, 'on Wednesday') lie within six days before publication. " +
  "Planned events carry status planned and optional; negated events, sidebar and related-news teasers and support for abstract goals have no entry; noise-only articles are listed with no events. " +
  "Evidence is the sentence as written in the article.";

/** A JSON array or object written element by element. */
class JsonStream {
  private fd: number;
  private first = true;

  constructor(path: string, head: string) {
    this.fd = openSync(path, "w");
    writeSync(this.fd, head);
  }

  add(text: string) {
    writeSync(this.fd, (this.first ? "\n" : ",\n") + text);
    this.first = false;
  }

  close(tail: string) {
    writeSync(this.fd, tail);
    closeSync(this.fd);
  }
}

export function generateCorpus(opts: CorpusOptions): CorpusSummary {
  if (!Number.isInteger(opts.articles) || opts.articles < 1) throw new Error("diplograph: corpus: --articles expects a positive integer");
  if (existsSync(opts.out) && readdirSync(opts.out).length) throw new Error(`diplograph: corpus: ${opts.out} is not empty; give a new folder`);
  mkdirSync(opts.out, { recursive: true });
  const dict = loadDictionary();
  const cast = new Cast(dict, monthOf(FIRST_DAY), monthOf(LAST_DAY) > "2025-12" ? monthOf(LAST_DAY) : "2025-12");
  const registry = new EntityRegistry(cast.canonical);
  const width = Math.max(6, String(opts.articles - 1).length);
  const manifest = new JsonStream(join(opts.out, "manifest.json"), "[");
  const gold = new JsonStream(join(opts.out, "gold.json"), `{\n"about": ${JSON.stringify(ABOUT)},\n"docs": [`);
  const summary: CorpusSummary = {
    generator: GENERATOR_VERSION,
    seed: opts.seed,
    articles: opts.articles,
    bytes: 0,
    byScript: {},
    byFormat: {},
    byEncoding: {},
    noise: 0,
    reprints: 0,
    notInManifest: 0,
    events: {},
    optional: 0,
  };
  const bump = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);
  for (let i = 0; i < opts.articles; i++) {
    const a = buildArticle(opts.seed, i, width, cast, registry);
    writeFileSync(join(opts.out, a.file), a.bytes);
    if (a.inManifest) {
      manifest.add(`  ${JSON.stringify({ file: a.file, published: a.published, source: a.outlet, encoding: a.encoding, format: a.format, script: a.script })}`);
    } else summary.notInManifest++;
    gold.add(`  ${JSON.stringify({ doc: a.id, published: a.published, events: a.events })}`);
    summary.bytes += a.bytes.length;
    bump(summary.byScript, a.script);
    bump(summary.byFormat, a.format);
    bump(summary.byEncoding, a.encoding);
    if (a.noise) summary.noise++;
    if (a.reprint) summary.reprints++;
    for (const e of a.events) {
      if (e.optional) summary.optional++;
      else bump(summary.events, e.type);
    }
    opts.onProgress?.(i + 1, opts.articles);
  }
  manifest.close("\n]\n");
  const entities = [...registry.names].map(([key, names]) => `  ${JSON.stringify(key)}: ${JSON.stringify([...names])}`);
  gold.close(`\n],\n"entities": {\n${entities.join(",\n")}\n}\n}\n`);
  writeFileSync(join(opts.out, "corpus.json"), JSON.stringify(summary, null, 2) + "\n");
  return summary;
}
