/**
 * The server dies (kill -9) in the middle of loading 2,000 articles: the CLI exits 1 naming the
 * server and how far it got; once the server is back, the same command completes and the database
 * holds exactly the graph of a clean load. neo4j.test.ts runs it last, on its server.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it, type TestContext } from "vitest";
import { tempDir } from "../helpers.js";
import { writeLargeCorpus } from "./corpus.js";
import { counts, load, rows, snapshot } from "./graph.js";
import type { TestServer } from "./server.js";

const BIN = join(import.meta.dirname, "..", "..", "bin", "diplograph.js");
const ARTICLES = 2000;

function build(s: TestServer, corpus: string) {
  const child = spawn(process.execPath, [BIN, "build", corpus, "--out", tempDir(), "--neo4j", s.uri], { env: s.env });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on("close", (code) => resolve({ code, stderr })));
  return { child, done };
}

export function faultSuite(server: (ctx: TestContext) => TestServer) {
  describe("a server killed during a load", () => {
    it("survives kill -9 in the middle of a load: the CLI says where it stopped, a re-run completes it exactly", async (ctx) => {
      const s = server(ctx);
      const corpus = writeLargeCorpus(tempDir("diplograph-large-"), ARTICLES);

      // the reference: a clean load of the corpus (in-process; the CLI runs the same pipeline and sink)
      await s.clear();
      await load(s, [corpus]);
      const reference = await snapshot(s.driver);
      const referenceCounts = await counts(s.driver);
      expect(referenceCounts[":Article"]).toBe(ARTICLES);

      // the same load again from an empty database, killed once the articles are in and the events are on their way
      await s.clear();
      const run = build(s, corpus);
      for (;;) {
        const [{ n }] = await rows(s.driver, "MATCH (a:Article) RETURN count(a) AS n");
        if ((n as number) > 0) break;
        if (run.child.exitCode !== null) throw new Error(`the build ended before the kill:\n${(await run.done).stderr}`);
        await sleep(20);
      }
      s.kill();
      const killed = await run.done;
      expect(killed.code).toBe(1);
      const m = new RegExp(`^diplograph: loading into Neo4j at ${s.uri.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} failed at "([^"]+)" after (\\d+) of (\\d+) rows`, "m").exec(killed.stderr);
      expect(m, killed.stderr).not.toBeNull();
      const [, step, done, total] = m!;
      expect(Number(done)).toBeLessThan(Number(total));
      expect(step).toMatch(/nodes|relationships/);
      expect(killed.stderr).toContain("run the same command again");

      // back up: the same command completes, and the graph is the clean load's, property for property
      await s.restart();
      const rerun = await build(s, corpus).done;
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(await counts(s.driver)).toEqual(referenceCounts);
      expect(await rows(s.driver, "MATCH ()-[r]->() WHERE r.key IS NOT NULL WITH r.key AS key, count(*) AS n WHERE n > 1 RETURN key")).toEqual([]);
      expect(await snapshot(s.driver)).toEqual(reference);
    }, 300_000);
  });
}
