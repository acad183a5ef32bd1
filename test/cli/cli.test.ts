import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { SEEDS, tempDir } from "../helpers.js";

const GOLDEN_ARTICLES = join(import.meta.dirname, "..", "fixtures", "golden", "articles");
const BIN = join(import.meta.dirname, "..", "..", "bin", "diplograph.js");
const cli = (args: string[], cwd?: string) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd });
const edgesOf = (stdout: string) => stdout.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));

describe("diplograph build", () => {
  it("writes edges, nodes and articles and prints a summary", () => {
    const out = join(tempDir(), "exports");
    const r = cli(["build", SEEDS, "--out", out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/read 5 article\(s\), skipped 0/);
    expect(r.stderr).toMatch(/MET\s+\d+/);
    for (const f of ["edges.jsonl", "nodes.jsonl", "articles.jsonl"]) expect(existsSync(join(out, f))).toBe(true);
    const articles = readFileSync(join(out, "articles.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(articles.map((a) => a.published)).toEqual(["2022-10-23", "2024-07-20", "2024-02-01", "2025-06-05", "2023-06-12"]);
    const nodes = readFileSync(join(out, "nodes.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(nodes.find((n) => n.id === "xi-jinping")).toMatchObject({ kind: "person", name: "Xi Jinping" });
    expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("diplograph extract", () => {
  it("filters by type, actor and dates", () => {
    const all = edgesOf(cli(["extract", SEEDS, "-q"]).stdout);
    const met = edgesOf(cli(["extract", SEEDS, "-q", "--type", "MET"]).stdout);
    expect(met.length).toBeGreaterThan(0);
    expect(met.every((e) => e.type === "MET")).toBe(true);
    const xi = edgesOf(cli(["extract", SEEDS, "-q", "--actor", "習近平"]).stdout);
    expect(xi.length).toBeGreaterThan(0);
    expect(xi.every((e) => [e.source.name, e.target.name].includes("Xi Jinping"))).toBe(true);
    const y2024 = edgesOf(cli(["extract", SEEDS, "-q", "--from", "2024", "--to", "2024-12-31"]).stdout);
    expect(y2024.every((e) => e.date.startsWith("2024"))).toBe(true);
    expect(y2024.length).toBeLessThan(all.length);
  });

  it("follows the output contract", () => {
    const [e] = edgesOf(cli(["extract", SEEDS, "-q", "--type", "CALLED"]).stdout);
    expect(e).toMatchObject({
      type: "CALLED",
      source: { id: "dong-jun", name: "Dong Jun" },
      target: { id: "sergei-shoigu", name: "Sergei Shoigu" },
      date: "2024-01-31",
      datePrecision: "day",
      status: "happened",
      docs: ["002_19d25fd4236bf97b"],
      cameo: "041",
      plover: "CONSULT",
    });
    expect(e.source.aliases).toContain("董军");
    expect(e.evidence[0]).toMatchObject({ doc: "002_19d25fd4236bf97b" });
    expect(e.confidence).toBeGreaterThan(0);
  });

  it("takes --published for a single file without a manifest", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), "（北京23日讯）中国国家主席习近平周三在北京会见法国总统马克龙。");
    const [e] = edgesOf(cli(["extract", join(dir, "a.txt"), "-q", "--published", "2024-05-23"]).stdout);
    expect(e).toMatchObject({ type: "MET", date: "2024-05-22" });
  });
});

describe("inputs that cannot all be read", () => {
  it("decodes GBK, Big5 and UTF-16, skips empty and binary files with a warning naming them, and goes on", () => {
    const dir = tempDir();
    const zh = "（北京23日讯）中国国家主席习近平周三在北京会见法国总统马克龙。";
    writeFileSync(join(dir, "gbk.txt"), iconv.encode(zh, "gbk"));
    writeFileSync(join(dir, "big5.txt"), iconv.encode("（台北23日電）總統賴清德週三會見巴拉圭總統貝尼亞。", "big5"));
    writeFileSync(join(dir, "utf16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode("Russian President Vladimir Putin met Indian Prime Minister Narendra Modi in Moscow on Tuesday.", "utf-16le")]));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const r = cli(["extract", dir, "--published", "2024-05-23"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/read 3 article\(s\), skipped 2/);
    expect(r.stderr).toMatch(/empty\.txt: empty file/);
    expect(r.stderr).toMatch(/image\.txt: binary file \(PNG\)/);
    const docs = new Set(edgesOf(r.stdout).flatMap((e) => e.docs));
    expect(docs).toEqual(new Set(["gbk", "big5", "utf16"]));
  });
});

describe("parallel extraction", () => {
  it("builds the same edges and summary with worker threads as on one thread, skipped files included", () => {
    const dir = tempDir();
    for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(dir, f));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "gbk.txt"), iconv.encode("（北京23日讯）中国国家主席习近平周三在北京会见法国总统马克龙。", "gbk"));
    const one = cli(["extract", dir, GOLDEN_ARTICLES, "--workers", "1"]);
    const three = cli(["extract", dir, GOLDEN_ARTICLES, "--workers", "3"]);
    expect(three.status, three.stderr).toBe(0);
    expect(edgesOf(three.stdout).length).toBeGreaterThan(50);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
    expect(three.stderr).toMatch(/empty\.txt: empty file/);
  });

  it("refuses a worker count that is not a whole number", () => {
    for (const bad of ["0", "two", "1.5"]) {
      const r = cli(["extract", SEEDS, "--workers", bad]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/--workers expects/);
    }
  });
});

describe("exit codes", () => {
  it("0 for help, 2 for usage errors, 1 for rejected input", () => {
    expect(cli(["--help"]).status).toBe(0);
    expect(cli(["build", "--help"]).stdout).toMatch(/--manifest FILE/);
    expect(cli(["frobnicate"]).status).toBe(2);
    expect(cli(["extract"]).status).toBe(2);
    expect(cli(["extract", SEEDS, "--type", "HUGGED"]).status).toBe(2);
    expect(cli(["extract", SEEDS, "--published", "yesterday"]).status).toBe(2);
    const missing = cli(["extract", "/nonexistent/folder"]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/\/nonexistent\/folder: no such file or folder/);
  });

  it("1 with the file and the entry named for a bad user dictionary", () => {
    const dict = tempDir();
    writeFileSync(join(dict, "mine.json"), JSON.stringify({ version: "1", persons: [{ id: "Bad Id", name: "X" }] }));
    const r = cli(["extract", SEEDS, "--dict", dict]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/mine\.json: entry persons\[0\] \(Bad Id\) field id/);
  });

  it("a manifest that is not JSON is reported and the pages' own dates are used", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "in"));
    copyFileSync(join(SEEDS, "003_b8f6d30423d2579c.txt"), join(dir, "in", "003_b8f6d30423d2579c.txt"));
    writeFileSync(join(dir, "in", "manifest.json"), "[{not json");
    const r = cli(["extract", join(dir, "in")]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/manifest\.json: manifest is not valid JSON/);
    expect(edgesOf(r.stdout).some((e) => e.date === "2025-06-04")).toBe(true);
  });
});

describe("diplograph candidates", () => {
  it("lists persons found by their titles with a dictionary entry to paste", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), "（首尔9日讯）朝鲜国防省副相金英福(音)率领的代表团前一天启程赴俄罗斯。金英福(音)此前曾访问中国。");
    const r = cli(["candidates", dir, "--published", "2024-07-09"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/金英福/);
    const json = JSON.parse(cli(["candidates", dir, "--published", "2024-07-09", "--format", "json"]).stdout);
    expect(json.persons[0]).toMatchObject({ name: "金英福", verified: false });
  });
});
