import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import { edgeRecord } from "../../src/sinks/jsonl.js";
import { sharedEngine, tempDir } from "../helpers.js";
import { DICTIONARY_CASES, FILE_CASES, FOLDER_CASES, type HostileCase } from "./cases.js";

const BIN = join(import.meta.dirname, "..", "..", "bin", "diplograph.js");
const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const PUBLISHED = "2024-05-24";

type Edge = { type: string; source: { id: string; name: string }; target: { id: string; name: string }; date: string | null; datePrecision: string | null; status: string; evidence: { text: string }[] };

/** Runs the whole hostile corpus at once, as a user would: one folder, one command. */
function runCorpus(cases: HostileCase[]) {
  const dir = tempDir("hostile-");
  for (const c of cases) c.make(dir);
  const r = cli(["extract", dir, "--published", PUBLISHED]);
  const edges: Edge[] = r.stdout.trim() ? r.stdout.trim().split("\n").map((l) => JSON.parse(l)) : [];
  return { r, edges };
}

/** One case on its own, in this process (the pipeline the CLI runs): its edges as the CLI prints them, and the summary. */
function runAlone(make: (dir: string) => void) {
  const dir = tempDir("hostile-one-");
  make(dir);
  const result = runPipeline({ paths: [dir], published: PUBLISHED }, sharedEngine());
  return { edges: result.edges.map((e) => JSON.parse(JSON.stringify(edgeRecord(e))) as Edge), summary: result.summary };
}

/** What an edge says, evidence aside (evidence quotes the text as written, marks and all). */
const said = (edges: Edge[]) => edges.map((e) => `${e.type} ${e.source.id} -> ${e.target.id} ${e.date} ${e.datePrecision} ${e.status}`).sort();

const ALL = [...FILE_CASES, ...FOLDER_CASES];
const SKIPPED = ALL.filter((c) => c.expect.some((e) => e.kind === "skipped"));

describe(`the hostile corpus (${ALL.length + DICTIONARY_CASES.length} cases)`, () => {
  const { r, edges } = runCorpus(ALL);

  it("runs to the end with exit code 0, reading every case it can and skipping what cannot be read as text", () => {
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^diplograph: read \\d+ article\\(s\\), skipped ${SKIPPED.length};`));
    // every case with an edge to give gave it in the one run, next to all the others
    const docs = new Set(edges.flatMap((e) => (e as unknown as { docs: string[] }).docs));
    for (const id of ["oneline", "broken", "mixed", "utf16", "utf16be", "deep", "malformed", "zwsp", "bidi", "homoglyph", "inject", "baddates", "a", "b", "c", "d", "e"]) expect(docs, id).toContain(id);
  });

  for (const c of ALL) {
    it(c.name, () => {
      for (const e of c.expect) {
        if (e.kind === "skipped") expect(r.stderr).toMatch(new RegExp(`skipped \\S+${e.reason.source}`));
        if (e.kind === "warning") expect(r.stderr).toMatch(e.message);
      }
    });
  }

  // edges are checked per case in their own runs, so one case's edge cannot stand for another's
  for (const c of ALL.filter((c) => c.clean || c.expect.some((e) => e.kind === "edge" || e.kind === "no-edge"))) {
    it(`${c.name}: the edges${c.clean ? ", the same as the clean text's" : ""}`, () => {
      const { edges: found, summary } = runAlone(c.make);
      expect(summary.skipped, JSON.stringify(summary)).toEqual([]);
      for (const e of c.expect) {
        if (e.kind === "no-edge") expect(found).toEqual([]);
        if (e.kind === "edge") {
          expect(found, JSON.stringify(summary)).toContainEqual(
            expect.objectContaining({
              type: e.type,
              source: expect.objectContaining({ name: e.source }),
              target: expect.objectContaining({ name: e.target }),
              ...(e.date !== undefined ? { date: e.date } : {}),
            }),
          );
        }
      }
      if (c.clean) {
        const clean = runAlone((dir) => writeFileSync(join(dir, "clean.txt"), c.clean!));
        expect(clean.edges.length).toBeGreaterThan(0);
        expect(said(found)).toEqual(said(clean.edges));
      }
    });
  }

  it("dates nothing with an impossible date, nor with the dateline in its place", () => {
    const dated = edges.filter((e) => (e as unknown as { docs: string[] }).docs.includes("baddates")).map((e) => e.date);
    expect(dated).toEqual([null, null, null]);
    for (const e of edges) if (e.date) expect(e.date).toMatch(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/);
    expect(edges.map((e) => e.date)).not.toContain("2024-03-05"); // 3月5日 read inside 13月5日
  });

  it("holds hostile strings exactly in the JSON Lines", () => {
    const inject = edges.find((e) => e.source.name === "Amir O'Hara")!;
    expect(inject.evidence[0].text).toContain(`"'})-[:X]->() DETACH DELETE n //" and ]]> &#0; */ \\\\ were only words.`);
  });

  for (const d of DICTIONARY_CASES) {
    it(`a dictionary with ${d.name} is refused with exit code 1`, () => {
      const dict = tempDir("dict-");
      mkdirSync(dict, { recursive: true });
      writeFileSync(join(dict, "bad.json"), typeof d.file === "string" ? d.file : JSON.stringify(d.file));
      const res = cli(["extract", join(import.meta.dirname, "..", "..", "seeds"), "--dict", dict]);
      expect(res.status).toBe(1);
      expect(res.stderr).toMatch(d.message);
      expect(res.stdout).toBe("");
    });
  }
});
