import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { DiplographError } from "../errors.js";
import { BUILTIN_DICTIONARY_DIR } from "../dictionary/load.js";
import {
  boilerplateFileSchema,
  referencesFileSchema,
  titlesFileSchema,
  triggersFileSchema,
  type Lexicon,
} from "./schema.js";

function readLexicon<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new DiplographError("DICTIONARY_INVALID", `${file}: cannot read lexicon (${(e as Error).message})`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new DiplographError("DICTIONARY_INVALID", `${file}: invalid lexicon\n  ${issues.join("\n  ")}`);
  }
  return result.data;
}

export function loadLexicon(dir = join(BUILTIN_DICTIONARY_DIR, "lexicon")): Lexicon {
  return {
    triggers: readLexicon(join(dir, "triggers.json"), triggersFileSchema),
    titles: readLexicon(join(dir, "titles.json"), titlesFileSchema),
    boilerplate: readLexicon(join(dir, "boilerplate.json"), boilerplateFileSchema),
    references: readLexicon(join(dir, "references.json"), referencesFileSchema),
  };
}
