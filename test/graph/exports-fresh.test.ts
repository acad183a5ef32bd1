/**
 * The seeds' exports committed in graph-exports/ (for visitors to open in Gephi without running
 * anything) are what a build writes today: the build is deterministic, so any difference means
 * the committed files are stale (`npm run exports` rewrites them).
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");
const COMMITTED = join(ROOT, "graph-exports");
const BIN = join(ROOT, "bin", "diplograph.js");
/** As `npm run exports` builds them: from the project folder, with the relative path that articles.jsonl records. */
const build = (out: string) => spawnSync(process.execPath, [BIN, "build", "seeds/", "--out", out, "-q"], { encoding: "utf8", cwd: ROOT });

describe("graph-exports/", () => {
  it("holds the seeds' exports as a build writes them today", () => {
    const out = tempDir("diplograph-exports-");
    const r = build(out);
    expect(r.status, r.stderr).toBe(0);
    const committed = readdirSync(COMMITTED).sort();
    expect(committed).toEqual(expect.arrayContaining(["articles.jsonl", "countries.gexf", "diplomacy.gexf", "edges.jsonl", "nodes.jsonl"]));
    const stale = committed.filter((f) => readFileSync(join(COMMITTED, f), "utf8") !== readFileSync(join(out, f), "utf8"));
    expect(stale, `stale in graph-exports/ (run \`npm run exports\`): ${stale.join(", ")}`).toEqual([]);
  });

  it("comes out byte for byte the same from two builds", () => {
    const [a, b] = [tempDir("diplograph-a-"), tempDir("diplograph-b-")];
    expect(build(a).status).toBe(0);
    expect(build(b).status).toBe(0);
    for (const f of readdirSync(a)) expect(readFileSync(join(b, f), "utf8"), f).toBe(readFileSync(join(a, f), "utf8"));
  });
});
