import { existsSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DiplographError } from "../../src/errors.js";
import { runPipeline } from "../../src/pipeline.js";
import { writeAtomically } from "../../src/sinks/atomic.js";
import { DEFAULT_SINKS, SINKS } from "../../src/sinks/registry.js";
import { SEEDS, sharedEngine, tempDir } from "../helpers.js";

/**
 * A full disk: the temporary file an export is written through is pointed at /dev/full, where every
 * write fails with ENOSPC. The error names the file, the good export already there stays, and no
 * temporary file is left behind.
 */
const fullDisk = existsSync("/dev/full");

describe.skipIf(!fullDisk)("exports on a full disk", () => {
  it("keeps the previous file and names the one that failed", async () => {
    const dir = tempDir();
    const path = join(dir, "edges.jsonl");
    writeFileSync(path, "the good export\n");
    symlinkSync("/dev/full", `${path}.${process.pid}.tmp`);
    const lines = Array.from({ length: 2000 }, (_, i) => `{"n":${i},"text":"${"x".repeat(100)}"}\n`);
    const failure = await writeAtomically(path, lines).then(() => undefined, (e: unknown) => e);
    expect(failure).toBeInstanceOf(DiplographError);
    expect((failure as DiplographError).code).toBe("OUTPUT_FAILED");
    expect((failure as Error).message).toContain(path);
    expect((failure as Error).message).toMatch(/ENOSPC|no space/i);
    expect(readFileSync(path, "utf8")).toBe("the good export\n");
    expect(readdirSync(dir)).toEqual(["edges.jsonl"]);
  });

  it("fails every default sink the same way, leaving each good file in place", async () => {
    const result = runPipeline({ paths: [SEEDS] }, sharedEngine());
    const outDir = tempDir();
    for (const name of DEFAULT_SINKS) await SINKS[name]!.write(result, { outDir });
    const before = new Map(readdirSync(outDir).map((f) => [f, readFileSync(join(outDir, f), "utf8")]));
    expect(before.size).toBeGreaterThanOrEqual(7);
    for (const file of before.keys()) symlinkSync("/dev/full", join(outDir, `${file}.${process.pid}.tmp`));
    for (const name of DEFAULT_SINKS) {
      await expect(SINKS[name]!.write(result, { outDir })).rejects.toThrow(/cannot write .*: .*the file there before is kept/);
    }
    for (const [file, text] of before) expect(readFileSync(join(outDir, file), "utf8")).toBe(text);
  });
});
