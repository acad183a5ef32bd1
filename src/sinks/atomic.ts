/**
 * Writes a file through a temporary sibling and a rename, so a failed write (disk full, a killed
 * process) never leaves a half-written export in place of a good one.
 */
import { createWriteStream, renameSync, rmSync } from "node:fs";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { DiplographError } from "../errors.js";

export async function writeAtomically(path: string, chunks: Iterable<string>): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  const out = createWriteStream(tmp, { encoding: "utf8" });
  try {
    for (const chunk of chunks) {
      // events.once rejects on "error" and removes its listeners either way (no listener pile-up)
      if (!out.write(chunk)) await once(out, "drain");
    }
    out.end();
    await finished(out);
    renameSync(tmp, path);
  } catch (e) {
    out.destroy();
    rmSync(tmp, { force: true });
    if (e instanceof DiplographError) throw e;
    throw new DiplographError("OUTPUT_FAILED", `cannot write ${path}: ${(e as Error).message}; the file there before is kept`);
  }
}
