import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers.js";
import { DICTIONARY_CASES, FILE_CASES, FOLDER_CASES, type HostileCase } from "./cases.js";

const BIN = join(import.meta.dirname, "..", "..", "bin", "diplograph.js");
const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

/** Runs the whole hostile corpus at once, as a user would: one folder, one command. */
function runCorpus(cases: HostileCase[]) {
  const dir = tempDir("hostile-");
  for (const c of cases) c.make(dir);
  const r = cli(["extract", dir, "--published", "2024-05-24"]);
  const edges = r.stdout.trim() ? r.stdout.trim().split("\n").map((l) => JSON.parse(l)) : [];
  return { r, edges };
}

describe(`the hostile corpus (${FILE_CASES.length + FOLDER_CASES.length + DICTIONARY_CASES.length} cases)`, () => {
  const { r, edges } = runCorpus([...FILE_CASES, ...FOLDER_CASES]);

  it("runs to the end with exit code 0, skipping what cannot be read as text", () => {
    expect(r.status, r.stderr).toBe(0);
  });

  for (const c of [...FILE_CASES, ...FOLDER_CASES]) {
    it(c.name, () => {
      for (const e of c.expect) {
        if (e.kind === "skipped") expect(r.stderr).toMatch(new RegExp(`skipped .*${e.reason.source}`));
        if (e.kind === "warning") expect(r.stderr).toMatch(e.message);
      }
    });
  }

  // edges are checked per file in their own runs, so one case's edge cannot stand for another's
  for (const c of [...FILE_CASES, ...FOLDER_CASES].filter((c) => c.expect.some((e) => e.kind === "edge" || e.kind === "no-edge"))) {
    it(`${c.name}: the edges`, () => {
      const { r: one, edges: found } = runCorpus([c]);
      expect(one.status, one.stderr).toBe(0);
      for (const e of c.expect) {
        if (e.kind === "no-edge") expect(found).toEqual([]);
        if (e.kind === "edge") {
          expect(found, one.stderr).toContainEqual(
            expect.objectContaining({ type: e.type, source: expect.objectContaining({ name: e.source }), target: expect.objectContaining({ name: e.target }), ...(e.date ? { date: e.date } : {}) }),
          );
        }
      }
    });
  }

  it("holds hostile strings exactly in the JSON Lines", () => {
    const inject = edges.find((e) => e.source.name === "Amir O'Hara");
    expect(inject.evidence[0].text).toContain(`"'})-[:X]->() DETACH DELETE n //" and ]]> &#0; */ \\\\ were only words.`);
  });

  for (const d of DICTIONARY_CASES) {
    it(`a dictionary with ${d.name} is refused with exit code 1`, () => {
      const dict = tempDir("dict-");
      mkdirSync(dict, { recursive: true });
      writeFileSync(join(dict, "bad.json"), JSON.stringify(d.file));
      const res = cli(["extract", join(import.meta.dirname, "..", "..", "seeds"), "--dict", dict]);
      expect(res.status).toBe(1);
      expect(res.stderr).toMatch(d.message);
      expect(res.stdout).toBe("");
    });
  }
});
