/**
 * Limits and faults around the hostile corpus: the size limit (default and configured) refuses a
 * 200 MB file before reading it, a raised limit streams it and refuses it on its first block; the time
 * limit per file cuts a slow file and the summary lists it as cut; limits that are no numbers are
 * usage errors (2); a manifest given with --manifest that cannot be read is rejected input (1); an
 * export that cannot be written names its file, exits 1 and leaves no temporary file. Large files are
 * made at test time (sparse where the content does not matter), never committed.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, readdirSync, truncateSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import { SEEDS, sharedEngine, tempDir } from "../helpers.js";
import { CLEAN } from "./cases.js";

const BIN = join(import.meta.dirname, "..", "..", "bin", "diplograph.js");
const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const docsOf = (stdout: string) => new Set(stdout.trim().split("\n").filter(Boolean).flatMap((l) => JSON.parse(l).docs as string[]));
const MB = 1024 * 1024;

/** A folder with one small article and one 200 MB sparse file (all NUL bytes: made instantly, no disk used). */
function withHugeFile() {
  const dir = tempDir("limits-");
  writeFileSync(join(dir, "small.txt"), CLEAN);
  writeFileSync(join(dir, "huge.txt"), "");
  truncateSync(join(dir, "huge.txt"), 200 * MB);
  return dir;
}

/** Runs the pipeline in this process, with the time and the growth of resident memory it took. */
function measured(opts: Parameters<typeof runPipeline>[0]) {
  const engine = sharedEngine();
  const rss = process.memoryUsage().rss;
  const started = performance.now();
  const result = runPipeline(opts, engine);
  return { result, ms: performance.now() - started, grewMB: (process.memoryUsage().rss - rss) / MB };
}

describe("the size limit", () => {
  it("refuses a 200 MB file by its size, without reading it, and reads the rest", () => {
    const dir = withHugeFile();
    const { result, ms, grewMB } = measured({ paths: [dir], published: "2024-05-24" });
    expect(result.summary.skipped).toEqual([{ file: join(dir, "huge.txt"), reason: "larger than the 67108864 byte limit (209715200 bytes)" }]);
    expect(result.summary.read).toBe(1);
    expect(result.edges.map((e) => e.type)).toEqual(["MET"]);
    expect(ms).toBeLessThan(2000);
    expect(grewMB).toBeLessThan(100);
  });

  it("above a raised limit, streams the 200 MB file and refuses it on its first block", () => {
    const dir = withHugeFile();
    const { result, ms, grewMB } = measured({ paths: [dir], published: "2024-05-24", maxFileBytes: 300 * MB });
    expect(result.summary.skipped).toEqual([{ file: join(dir, "huge.txt"), reason: "binary content (decoded as UTF-8, too many control characters)" }]);
    expect(result.summary.read).toBe(1);
    expect(ms).toBeLessThan(2000);
    expect(grewMB).toBeLessThan(100);
  });

  it("is configurable with --max-file-bytes: a larger file is skipped with a warning naming it, exit code 0", () => {
    const dir = tempDir("limits-");
    writeFileSync(join(dir, "small.txt"), CLEAN);
    const big = CLEAN + "\n" + "双方一致同意继续深化各领域务实合作。".repeat(40);
    writeFileSync(join(dir, "big.txt"), big);
    const r = cli(["extract", dir, "--published", "2024-05-24", "--max-file-bytes", "1000"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`skipped ${join(dir, "big.txt")}: larger than the 1000 byte limit (${Buffer.byteLength(big)} bytes)`);
    expect(r.stderr).toMatch(/read 1 article\(s\), skipped 1;/);
    expect(docsOf(r.stdout)).toEqual(new Set(["small"]));
  });
});

describe("damage in a file read in chunks (over 4 MiB)", () => {
  const filler = "各地天气晴好，市场平稳运行。\n".repeat(120_000); // 5 MB of UTF-8
  const run = (bytes: Buffer) => {
    const dir = tempDir("limits-");
    writeFileSync(join(dir, "large.txt"), bytes);
    const { result } = measured({ paths: [dir], published: "2024-05-24" });
    return { result, file: join(dir, "large.txt") };
  };

  it("invalid UTF-8 bytes far into the file: the text is kept, the damage is a warning naming the file", () => {
    const { result, file } = run(Buffer.concat([Buffer.from(filler), Buffer.from(CLEAN.slice(0, 10)), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(CLEAN.slice(10) + "\n")]));
    expect(result.summary.skipped).toEqual([]);
    expect(result.summary.warnings).toEqual([{ file, message: "3 undecodable byte sequence(s) replaced by U+FFFD (read in chunks as UTF-8)" }]);
    expect(result.edges.map((e) => [e.type, e.source.id, e.target.id, e.date])).toEqual([["MET", "xi-jinping", "vladimir-putin", "2024-05-23"]]);
  });

  it("GBK and Big5 lines after megabytes of UTF-8 are read as such, with a warning naming the file", () => {
    const taiwan = "國家主席習近平23日在北京會見法國總統馬克龍。\n";
    const { result, file } = run(Buffer.concat([Buffer.from(filler), iconv.encode(CLEAN + "\n", "gbk"), Buffer.from(filler.slice(0, 3000)), iconv.encode(taiwan, "big5")]));
    expect(result.summary.warnings).toEqual([
      { file, message: "mixed encodings: 1 line(s) read as GB18030, the rest as UTF-8" },
      { file, message: "mixed encodings: 1 line(s) read as Big5, the rest as UTF-8" },
    ]);
    expect(result.edges.map((e) => [e.type, e.source.id, e.target.id, e.date]).sort()).toEqual([
      ["MET", "xi-jinping", "emmanuel-macron", "2024-05-23"],
      ["MET", "xi-jinping", "vladimir-putin", "2024-05-23"],
    ]);
  });
});

describe("the time limit per file", () => {
  it("cuts a slow file, lists it as cut (not as skipped or empty) and reads the others, exit code 0", () => {
    const dir = tempDir("limits-");
    writeFileSync(join(dir, "a-small.txt"), CLEAN);
    // 10 MB on one line (read in chunks) and 4 MB less a little (read whole): both take far longer
    // than 50 ms (the whole one about 150 ms on a 2-core machine; 1 MB no longer did)
    writeFileSync(join(dir, "b-streamed.txt"), "各地天气晴好，市场平稳运行，".repeat(250_000) + CLEAN);
    writeFileSync(join(dir, "c-whole.txt"), "各地天气晴好，市场平稳运行，".repeat(95_000) + CLEAN);
    const r = cli(["extract", dir, "--published", "2024-05-24", "--max-file-seconds", "0.05"]);
    expect(r.status, r.stderr).toBe(0);
    for (const f of ["b-streamed.txt", "c-whole.txt"]) {
      expect(r.stderr).toContain(`cut ${join(dir, f)}: stopped after the 0.05 s limit per file; the rest was not read`);
      expect(r.stderr).not.toContain(`skipped ${join(dir, f)}`);
    }
    expect(r.stderr).toMatch(/skipped 0;/);
    expect(docsOf(r.stdout)).toContain("a-small");
  });
});

describe("limits that are no numbers", () => {
  it("are usage errors: exit code 2, naming the option", () => {
    for (const [option, value] of [["--max-file-bytes", "0"], ["--max-file-bytes", "-5"], ["--max-file-bytes", "1.5"], ["--max-file-bytes", "lots"], ["--max-file-seconds", "0"], ["--max-file-seconds", "-1"], ["--max-file-seconds", "soon"]]) {
      const r = cli(["extract", join(import.meta.dirname, "..", "..", "seeds"), option, value]);
      expect(r.status, `${option} ${value}`).toBe(2);
      expect(r.stderr).toContain(option);
      expect(r.stdout).toBe("");
    }
  });
});

describe("a manifest given with --manifest", () => {
  const dir = tempDir("limits-");
  mkdirSync(join(dir, "in"));
  writeFileSync(join(dir, "in", "a.txt"), CLEAN);

  it("that is not JSON is rejected input: exit code 1, naming it", () => {
    writeFileSync(join(dir, "bad.json"), "[{ not json");
    const r = cli(["extract", join(dir, "in"), "--manifest", join(dir, "bad.json")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^diplograph: ${join(dir, "bad.json")}: manifest is not valid JSON`));
    expect(r.stdout).toBe("");
  });

  it("that is not there is rejected input: exit code 1, naming it", () => {
    const r = cli(["extract", join(dir, "in"), "--manifest", join(dir, "nowhere.json")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(dir, "nowhere.json")}: no such manifest file`);
  });

  it("with a path out of the folder: the entry is ignored with a warning naming the manifest once, exit code 0", () => {
    writeFileSync(join(dir, "m.json"), JSON.stringify([{ file: "../../etc/passwd", published: "2020-01-01" }, { file: "a.txt", published: "2024-05-24" }]));
    const r = cli(["extract", join(dir, "in"), "--manifest", join(dir, "m.json")]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`warning ${join(dir, "m.json")}: entry "../../etc/passwd" is not a file name inside the folder; ignored`);
    expect(r.stdout).toContain('"date":"2024-05-23"');
  });
});

describe("exports that cannot be written", () => {
  it("an output folder that is a file: exit code 1, naming it", () => {
    const dir = tempDir("limits-");
    writeFileSync(join(dir, "a.txt"), CLEAN);
    writeFileSync(join(dir, "out"), "not a folder");
    const r = cli(["build", join(dir, "a.txt"), "--out", join(dir, "out"), "--published", "2024-05-24"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(join(dir, "out"));
    expect(r.stderr).toMatch(/EEXIST|ENOTDIR/);
  });

  it("an export whose place is taken by a folder: exit code 1, naming the file, no temporary file left", () => {
    const dir = tempDir("limits-");
    writeFileSync(join(dir, "a.txt"), CLEAN);
    mkdirSync(join(dir, "out", "edges.jsonl"), { recursive: true });
    const r = cli(["build", join(dir, "a.txt"), "--out", join(dir, "out"), "--published", "2024-05-24"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`diplograph: cannot write ${join(dir, "out", "edges.jsonl")}: EISDIR`);
    expect(r.stderr).toContain("the file there before is kept");
    expect(readdirSync(join(dir, "out")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("a build killed while it writes its exports", () => {
  it("leaves each export as it was or as a complete new one, never half-written (kill -9 at 8 moments)", async () => {
    const root = tempDir("limits-kill-");
    const before = join(root, "before");
    mkdirSync(before);
    writeFileSync(join(before, "a.txt"), CLEAN);
    const build = (input: string, out: string) => spawnSync(process.execPath, [BIN, "build", input, "--out", out, "--published", "2024-05-24", "-q"], { encoding: "utf8" });
    const snapshot = (dir: string) => new Map(readdirSync(dir).filter((f) => !f.endsWith(".tmp")).map((f) => [f, readFileSync(join(dir, f), "utf8")]));
    const reference = join(root, "reference");
    expect(build(SEEDS, reference).status).toBe(0);
    const complete = snapshot(reference);
    expect(complete.size).toBe(7);

    const previous = join(root, "previous");
    expect(build(before, previous).status).toBe(0);
    const old = snapshot(previous);

    let caughtWriting = 0;
    for (let i = 0; i < 8; i++) {
      const out = join(root, `out${i}`);
      cpSync(previous, out, { recursive: true });
      const child = spawn(process.execPath, [BIN, "build", SEEDS, "--out", out, "-q"], { stdio: "ignore" });
      let exited = false;
      const exit = new Promise((resolve) => child.on("exit", resolve)).then(() => (exited = true));
      // the moment the first export starts (its temporary file appears), then 0 to 70 ms into the writing
      while (!exited && !readdirSync(out).some((f) => f.endsWith(".tmp"))) await sleep(1);
      await sleep(i * 10);
      child.kill("SIGKILL");
      await exit;
      const after = snapshot(out);
      if ([...after].some(([f, t]) => t !== complete.get(f)) && [...after].some(([f, t]) => t !== old.get(f))) caughtWriting++;
      for (const [file, text] of after) {
        expect([old.get(file), complete.get(file)], `${file} after a kill ${i * 10} ms into the writing`).toContain(text);
      }
    }
    // some kills fell between one export and the next (old and new files side by side), and none tore a file
    expect(caughtWriting).toBeGreaterThan(0);
  }, 120_000);
});
