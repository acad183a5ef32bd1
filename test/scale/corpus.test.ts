/**
 * The synthetic corpus generator (scripts/corpus.ts): the same seed gives a byte-identical corpus,
 * the noise it promises is there (GBK and Big5 files, HTML pages, sidebars, noise-only articles,
 * relative dates, articles dated only by their page), its gold is self-consistent (every evidence
 * sentence is in its article, every endpoint is a listed entity, no name belongs to two entities),
 * and the shared scorer runs on it. The strict F1 the extractor reaches is printed, not asserted:
 * the corpus measures the extractor, it does not gate it here.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../scripts/corpus/generate.js";
import { SHARED, tempDir } from "../helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "bin", "diplograph.js");
const SCORER = join(SHARED, "eval", "score.mjs");
const ARTICLES = 300;
const SEED = 7;

interface GoldEvent {
  type: string;
  source: string[];
  target: string[];
  date: string;
  evidence?: string;
  status?: string;
  optional?: boolean;
}
interface Gold {
  about: string;
  entities: Record<string, string[]>;
  docs: { doc: string; published: string; events: GoldEvent[] }[];
}
interface ManifestEntry {
  file: string;
  published: string;
  encoding: string;
  format: string;
  script: string;
}

/** The scorer's name normalisation (score.mjs), to check that no name belongs to two entities. */
const norm = (s: string) => s.normalize("NFKC").toLowerCase().replace(/[\s\-_.·•・'’"“”]/g, "");

/**
 * A file's text: BOMs, then strict UTF-8, else the legacy encoding (GBK or Big5) in which its
 * evidence reads and the probe matches (the test knows what the text holds, not how it is encoded).
 */
function decode(bytes: Buffer, evidence: string[], probe = /./): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString("utf8");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString("utf16le");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const readings = ["gbk", "big5"].map((e) => iconv.decode(bytes, e));
    return readings.find((t) => evidence.every((s) => t.includes(s)) && probe.test(t)) ?? readings[0];
  }
}

const files = (dir: string) => readdirSync(dir).sort();

describe("the synthetic corpus", () => {
  const a = join(tempDir("diplograph-corpus-"), "corpus");
  const b = join(tempDir("diplograph-corpus-"), "corpus");
  let gold: Gold;
  let manifest: ManifestEntry[];

  beforeAll(() => {
    // once through the command line (npm run corpus runs the same script with tsx), once in process
    const cli = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "corpus.ts"), "--articles", String(ARTICLES), "--out", a, "--seed", String(SEED)], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stderr).toMatch(new RegExp(`wrote ${ARTICLES} articles`));
    generateCorpus({ articles: ARTICLES, out: b, seed: SEED });
    gold = JSON.parse(readFileSync(join(a, "gold.json"), "utf8"));
    manifest = JSON.parse(readFileSync(join(a, "manifest.json"), "utf8"));
  }, 120_000);

  it("is byte-identical for the same seed, and different for another", () => {
    expect(files(b)).toEqual(files(a));
    for (const f of files(a)) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
    const c = join(tempDir("diplograph-corpus-"), "corpus");
    generateCorpus({ articles: 20, out: c, seed: SEED + 1 });
    expect(readFileSync(join(c, "gold.json"), "utf8")).not.toEqual(readFileSync(join(a, "gold.json"), "utf8").slice(0, 20));
    expect(files(c).filter((f) => /\.(txt|html)$/.test(f))).not.toEqual(files(a).filter((f) => /\.(txt|html)$/.test(f)).slice(0, 20));
  });

  it("refuses to write into a folder that holds files", () => {
    expect(() => generateCorpus({ articles: 5, out: a, seed: SEED })).toThrow(/not empty/);
  });

  it("lists every article in the gold and dates every article in the manifest or on its page", () => {
    const articles = files(a).filter((f) => /\.(txt|html)$/.test(f));
    expect(articles).toHaveLength(ARTICLES);
    expect(gold.docs.map((d) => d.doc).sort()).toEqual(articles.map((f) => f.replace(/\.[a-z]+$/, "")));
    const listed = new Set(manifest.map((m) => m.file));
    const published = new Map(gold.docs.map((d) => [d.doc, d.published]));
    for (const m of manifest) expect(m.published).toBe(published.get(m.file.replace(/\.[a-z]+$/, "")));
    const unlisted = articles.filter((f) => !listed.has(f));
    expect(unlisted.length).toBeGreaterThan(0);
    for (const f of unlisted) {
      const day = published.get(f.replace(/\.[a-z]+$/, ""))!;
      const dateLine = new RegExp(`(发布时间|發佈時間)：${day}|Published: ${Number(day.slice(8))} [A-Z][a-z]+ ${day.slice(0, 4)}`);
      expect(decode(readFileSync(join(a, f)), [], dateLine), f).toMatch(dateLine);
    }
  });

  it("mixes scripts, formats, encodings, sidebars and noise-only articles", () => {
    const count = (pred: (m: ManifestEntry) => boolean) => manifest.filter(pred).length;
    for (const script of ["hans", "hant", "en"]) expect(count((m) => m.script === script), script).toBeGreaterThan(30);
    for (const encoding of ["gbk", "big5", "utf-8-bom"]) expect(count((m) => m.encoding === encoding), encoding).toBeGreaterThan(0);
    expect(count((m) => m.format === "html")).toBeGreaterThan(30);
    expect(gold.docs.filter((d) => d.events.length === 0).length).toBeGreaterThan(15);
    const texts = files(a)
      .filter((f) => /\.(txt|html)$/.test(f))
      .map((f) => decode(readFileSync(join(a, f)), gold.docs.find((d) => `${d.doc}` === f.replace(/\.[a-z]+$/, ""))!.events.map((e) => e.evidence!)));
    const some = (re: RegExp) => texts.filter((t) => re.test(t)).length;
    expect(some(/热门新闻|相关新闻|推荐阅读|延伸阅读|相關新聞|延伸閱讀|推薦閱讀/)).toBeGreaterThan(10);
    expect(some(/阅读全文|閱讀全文|查看全文/)).toBeGreaterThan(10);
    expect(some(/^(Related|Related stories|Read more|Most read)$/m)).toBeGreaterThan(5);
    expect(some(/<div class="share">|Share on Facebook/)).toBeGreaterThan(10);
    expect(some(/<script/)).toBeGreaterThan(10);
    expect(some(/新华社\S+月\d+日电|（\S+\d+日讯）|日(專|专)電/)).toBeGreaterThan(10);
    expect(some(/^[A-Z ]+, [A-Z][a-z]+\.? \d+ \(Reuters\) - /m)).toBeGreaterThan(3);
  });

  it("states every event type, planned events and relative dates in every script", () => {
    const events = gold.docs.flatMap((d) => d.events);
    const required = events.filter((e) => !e.optional);
    for (const t of ["VISITED", "MET", "CALLED", "CONGRATULATED", "SENT_MESSAGE", "SIGNED_AGREEMENT", "EXPRESSED_SUPPORT"]) {
      expect(required.filter((e) => e.type === t).length, t).toBeGreaterThan(5);
    }
    const planned = events.filter((e) => e.status === "planned");
    expect(planned.length).toBeGreaterThan(5);
    for (const e of planned) expect(e.optional).toBe(true);
    const evidence = required.map((e) => e.evidence!);
    for (const re of [/周[一二三四五六日]|週[一二三四五六日]|星期/, /上月/, /去年\d+月/, /\d+日/, / on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/, / (in|on) (January|February|March|April|May|June|July|August|September|October|November|December)\b/]) {
      expect(evidence.some((s) => re.test(s)), String(re)).toBe(true);
    }
    expect(required.some((e) => e.date.length === 7)).toBe(true);
    expect(required.some((e) => e.type === "SIGNED_AGREEMENT" && /《/.test(e.evidence!))).toBe(true);
  });

  it("has a self-consistent gold: evidence in its article, endpoints listed, dates in range, names unambiguous", () => {
    const byFile = new Map(files(a).map((f) => [f.replace(/\.[a-z]+$/, ""), f]));
    for (const d of gold.docs) {
      const evidence = d.events.map((e) => e.evidence!);
      const text = decode(readFileSync(join(a, byFile.get(d.doc)!)), evidence);
      for (const e of d.events) {
        expect(e.evidence, `${d.doc} ${e.type}`).toBeTruthy();
        expect(text.includes(e.evidence!), `${d.doc}: «${e.evidence}»`).toBe(true);
        for (const key of [...e.source, ...e.target]) expect(gold.entities[key], `${d.doc}: entity ${key}`).toBeDefined();
        expect(e.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
        if (e.status !== "planned") expect(e.date <= d.published, `${d.doc} ${e.type} ${e.date} after ${d.published}`).toBe(true);
        expect(e.source.some((k) => e.target.includes(k)), `${d.doc}: ${e.type} from an actor to itself`).toBe(false);
      }
    }
    const owner = new Map<string, string>();
    for (const [key, names] of Object.entries(gold.entities)) {
      expect(names.length).toBeGreaterThan(0);
      for (const n of names.map(norm)) {
        expect(owner.get(n) ?? key, `"${n}" names ${owner.get(n)} and ${key}`).toBe(key);
        owner.set(n, key);
      }
    }
  });

  it.skipIf(!existsSync(SCORER) && !process.env.CI)("is scored by the shared scorer (strict F1 printed)", () => {
    const extract = spawnSync(process.execPath, [BIN, "extract", a, "--quiet"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    expect(extract.status, extract.stderr).toBe(0);
    const pred = join(tempDir(), "edges.jsonl");
    writeFileSync(pred, extract.stdout);
    const score = spawnSync(process.execPath, [SCORER, "--gold", join(a, "gold.json"), "--pred", pred], { encoding: "utf8" });
    expect(score.status, score.stdout + score.stderr).toBe(0);
    const strict = /strict: P=([\d.]+) R=([\d.]+) F1=([\d.]+)/.exec(score.stdout);
    expect(strict, score.stdout).not.toBeNull();
    console.log(`generated corpus (${ARTICLES} articles, seed ${SEED}): ${score.stdout.trim().split("\n").join("; ")}`);
  });
});
