/**
 * Writes a file through a temporary sibling and a rename, so a failed write (disk full, a killed
 * process) never leaves a half-written export in place of a good one.
 */
import { createWriteStream, renameSync, rmSync } from "node:fs";
import { finished } from "node:stream/promises";

export async function writeAtomically(path: string, chunks: Iterable<string>): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  const out = createWriteStream(tmp, { encoding: "utf8" });
  try {
    for (const chunk of chunks) {
      if (!out.write(chunk)) await new Promise<void>((resolve, reject) => {
        out.once("drain", resolve);
        out.once("error", reject);
      });
    }
    out.end();
    await finished(out);
    renameSync(tmp, path);
  } catch (e) {
    out.destroy();
    rmSync(tmp, { force: true });
    throw e;
  }
}
