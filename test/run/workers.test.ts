import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers.js";

const WORKERS = new URL("../../dist/run/workers.js", import.meta.url).href;

/**
 * Runs a script against the built module in a plain node process: a worker runs dist/run/worker.js,
 * which the test runner's own module loading does not give it (npm test builds first).
 */
function node(script: string): string {
  const file = join(tempDir(), "run.mjs");
  writeFileSync(file, `import { runInWorkers, startWorker } from ${JSON.stringify(WORKERS)};\n${script}`);
  return execFileSync(process.execPath, [file], { encoding: "utf8", timeout: 60_000 });
}

describe("workers started ahead of their jobs", () => {
  it("report an engine that failed to load while the run was being planned, instead of waiting for it", () => {
    const dictionaries = tempDir();
    writeFileSync(join(dictionaries, "broken.json"), "{ not json");
    const article = join(tempDir(), "a.txt");
    writeFileSync(article, "（北京9日讯）国家主席习近平9日会见巴西总统卢拉。");
    const out = node(`
      const started = startWorker([${JSON.stringify(dictionaries)}]);
      while (!started.failure) await new Promise((r) => setTimeout(r, 20));
      const jobs = [{ file: ${JSON.stringify(article)} }];
      await runInWorkers(jobs, { maxBytes: 1e6, timeLimitMs: 60000 }, 1, [${JSON.stringify(dictionaries)}], () => {}, () => {}, [started]).then(
        () => console.log("resolved"),
        (e) => console.log("rejected: " + e.message),
      );`);
    expect(out).toMatch(/^rejected: .*broken\.json/);
  });

  it("are stopped when there is nothing to do", () => {
    const out = node(`
      const started = startWorker([]);
      const exited = new Promise((resolve) => started.worker.once("exit", resolve));
      await runInWorkers([], { maxBytes: 1e6, timeLimitMs: 60000 }, 2, [], () => {}, () => {}, [started]);
      await exited;
      console.log("stopped");`);
    expect(out.trim()).toBe("stopped");
  });
});
