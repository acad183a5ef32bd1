/** manifest.json: publication dates (and notes) per file, in the format of the sample corpus. */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { DiplographError } from "../errors.js";

const entrySchema = z
  .object({
    file: z.string().min(1),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}/, "expected YYYY-MM-DD"),
    url: z.string().optional(),
    title: z.string().optional(),
    source: z.string().optional(),
    note: z.string().optional(),
  })
  .passthrough();
const manifestSchema = z.array(entrySchema);

export interface ManifestEntry {
  published: string;
  url?: string;
  title?: string;
}

/** Reads a manifest; entries that name paths outside the folder are refused (path traversal). Warnings do not repeat the manifest's path. */
export function readManifest(path: string): { entries: Map<string, ManifestEntry>; warnings: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new DiplographError("MANIFEST_INVALID", `${path}: manifest is not valid JSON (${(e as Error).message})`);
  }
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new DiplographError("MANIFEST_INVALID", `${path}: entry ${i.path.join(".")}: ${i.message}`);
  }
  const entries = new Map<string, ManifestEntry>();
  const warnings: string[] = [];
  for (const e of parsed.data) {
    if (e.file.includes("..") || e.file.startsWith("/") || e.file.includes("\\")) {
      warnings.push(`entry "${e.file}" is not a file name inside the folder; ignored`);
      continue;
    }
    entries.set(e.file, { published: e.published.slice(0, 10), url: e.url, title: e.title });
  }
  return { entries, warnings };
}
