import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SEEDS, SHARED, tempDir } from "../helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "bin", "diplograph.js");
const SCORER = join(SHARED, "eval", "score.mjs");

/** The edge fields an analyst reads, one line each: the extraction golden file. */
const compact = (jsonl: string) =>
  jsonl
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l))
    .map((e) => `${e.type} ${e.source.name} -> ${e.target.name} ${e.date} ${e.status} ${e.docs.join(",")}${e.agreement ? ` «${e.agreement.title}»` : ""}`)
    .join("\n") + "\n";

describe("the seed corpus", () => {
  const edges = execFileSync(process.execPath, [BIN, "extract", SEEDS, "--format", "jsonl", "--quiet"], { encoding: "utf8" });

  it("prints nothing but JSON Lines on stdout", () => {
    for (const line of edges.trim().split("\n")) expect(() => JSON.parse(line)).not.toThrow();
  });

  it.skipIf(!existsSync(SCORER) && !process.env.CI)("passes the scorer: strict F1 ≥ 0.9, precision ≥ 0.95", () => {
    const pred = join(tempDir(), "edges.jsonl");
    writeFileSync(pred, edges);
    const r = spawnSync(process.execPath, [SCORER, "--gold", join(SHARED, "eval", "seeds.gold.json"), "--pred", pred, "--min-f1", "0.9", "--min-precision", "0.95", "--verbose"], { encoding: "utf8" });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it("matches the committed golden extraction", () => {
    const golden = join(ROOT, "test", "fixtures", "seeds.expected.txt");
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, compact(edges));
    expect(compact(edges)).toBe(readFileSync(golden, "utf8"));
  });

  it("quotes evidence as written, with offsets into the decoded original", () => {
    for (const e of edges.trim().split("\n").map((l) => JSON.parse(l))) {
      for (const ev of e.evidence) {
        const source = readFileSync(join(SEEDS, `${ev.doc}.txt`), "utf8").replace(/^\uFEFF/, "");
        const quoted = source.slice(ev.start, ev.end);
        if (ev.doc.startsWith("004")) expect(quoted.replace(/<[^>]*>/g, "")).toContain(ev.text.slice(0, 8));
        else expect(quoted.replace(/\s+/g, " ").trim()).toBe(ev.text);
      }
    }
  });
});
