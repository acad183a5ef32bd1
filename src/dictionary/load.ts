/**
 * Loads and validates dictionary files. Every error names the file and the entry; duplicate aliases
 * across entities (after folding for matching) are an error, since the matcher could not tell them apart.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { DiplographError } from "../errors.js";
import { foldForMatching } from "../normalise/script.js";
import {
  countriesFileSchema,
  organizationsFileSchema,
  personsFileSchema,
  placesFileSchema,
  type Country,
  type Place,
  type Organization,
  type Person,
} from "./schema.js";

export const BUILTIN_DICTIONARY_DIR = fileURLToPath(new URL("../../dictionaries", import.meta.url));

export interface Dictionary {
  version: string;
  countries: Country[];
  organizations: Organization[];
  persons: Person[];
  places: Place[];
  /** Files the dictionary was read from, in load order. */
  files: string[];
}

function listJsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listJsonFiles(path));
    else if (name.endsWith(".json")) out.push(path);
  }
  return out;
}

function describeIssue(file: string, data: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path;
  let entry = "";
  if (path.length >= 2 && typeof path[1] === "number") {
    const list = (data as Record<string, unknown[]>)[String(path[0])];
    const item = list?.[path[1]] as { id?: unknown; name?: unknown } | undefined;
    const label = item?.id ?? item?.name;
    entry = ` entry ${String(path[0])}[${path[1]}]${label !== undefined ? ` (${String(label)})` : ""}`;
  }
  const field = path.length > 2 ? ` field ${path.slice(2).join(".")}` : path.length === 1 ? ` field ${String(path[0])}` : "";
  return `${file}:${entry}${field}: ${issue.message}`;
}

function parseFile<S extends z.ZodType>(file: string, schema: S, data: unknown): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.slice(0, 10).map((i) => describeIssue(file, data, i));
    throw new DiplographError("DICTIONARY_INVALID", `invalid dictionary file\n  ${lines.join("\n  ")}`);
  }
  return result.data;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new DiplographError("DICTIONARY_INVALID", `${file}: cannot read dictionary file (${(e as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DiplographError("DICTIONARY_INVALID", `${file}: not valid JSON (${(e as Error).message})`);
  }
}

/** Reads every *.json under the given folders; later folders add to and override earlier ones by id. */
export function loadDictionary(dirs: string[] = [BUILTIN_DICTIONARY_DIR]): Dictionary {
  const countries = new Map<string, Country>();
  const organizations = new Map<string, Organization>();
  const persons = new Map<string, Person>();
  const places = new Map<string, Place>();
  const versions: string[] = [];
  const files: string[] = [];
  const origin = new Map<string, string>();
  for (const dir of dirs) {
    for (const file of listJsonFiles(dir)) {
      const shown = relative(process.cwd(), file) || file;
      const data = readJson(file);
      if (typeof data !== "object" || data === null) {
        throw new DiplographError("DICTIONARY_INVALID", `${shown}: expected a JSON object`);
      }
      const keys = Object.keys(data);
      if (keys.includes("countries")) {
        const parsed = parseFile(shown, countriesFileSchema, data);
        versions.push(parsed.version);
        for (const c of parsed.countries) addUnique(countries, c.id, c, shown, origin, dir);
      } else if (keys.includes("organizations")) {
        const parsed = parseFile(shown, organizationsFileSchema, data);
        versions.push(parsed.version);
        for (const o of parsed.organizations) addUnique(organizations, o.id, o, shown, origin, dir);
      } else if (keys.includes("persons")) {
        const parsed = parseFile(shown, personsFileSchema, data);
        versions.push(parsed.version);
        for (const p of parsed.persons) addUnique(persons, p.id, p, shown, origin, dir);
      } else if (keys.includes("places")) {
        const parsed = parseFile(shown, placesFileSchema, data);
        versions.push(parsed.version);
        for (const p of parsed.places) addUnique(places, `place:${p.id}`, p, shown, origin, dir);
      } else {
        continue; // lexicons (triggers, titles, boilerplate) are loaded by their own stages
      }
      files.push(shown);
    }
  }
  const dict: Dictionary = {
    version: [...new Set(versions)].join("+"),
    countries: [...countries.values()],
    organizations: [...organizations.values()],
    persons: [...persons.values()],
    places: [...places.values()],
    files,
  };
  checkReferences(dict, origin);
  checkDuplicateAliases(dict, origin);
  return dict;
}

/** Within one folder an id must be unique; a later folder (a user's --dict) may override an entry. */
function addUnique<T>(map: Map<string, T>, id: string, value: T, file: string, origin: Map<string, string>, dir: string) {
  const key = `${id}`;
  const previous = origin.get(key);
  if (previous && previous.startsWith(dir + "\u0000")) {
    throw new DiplographError(
      "DICTIONARY_INVALID",
      `${file}: entry ${id}: duplicate id (already defined in ${previous.split("\u0000")[1]})`,
    );
  }
  origin.set(key, `${dir}\u0000${file}`);
  map.set(id, value);
}

function fileOf(origin: Map<string, string>, id: string): string {
  return origin.get(id)?.split("\u0000")[1] ?? "dictionary";
}

function checkReferences(dict: Dictionary, origin: Map<string, string>) {
  const countryIds = new Set(dict.countries.map((c) => c.id));
  const orgIds = new Set(dict.organizations.map((o) => o.id));
  for (const p of dict.places) {
    if (!countryIds.has(p.country)) {
      throw new DiplographError("DICTIONARY_INVALID", `${fileOf(origin, `place:${p.id}`)}: entry ${p.id}: unknown country ${p.country}`);
    }
  }
  for (const p of dict.persons) {
    for (const o of p.offices) {
      const known = o.role === "org_head" ? orgIds.has(o.of) || countryIds.has(o.of) : countryIds.has(o.of);
      if (!known) {
        throw new DiplographError(
          "DICTIONARY_INVALID",
          `${fileOf(origin, p.id)}: entry ${p.id}: office "${o.title}" refers to unknown ${o.role === "org_head" ? "organisation" : "country"} ${o.of}`,
        );
      }
      if (o.end !== null && o.end < o.start.slice(0, o.end.length)) {
        throw new DiplographError(
          "DICTIONARY_INVALID",
          `${fileOf(origin, p.id)}: entry ${p.id}: office "${o.title}" ends (${o.end}) before it starts (${o.start})`,
        );
      }
    }
  }
}

/** Every matchable name of an entity, as written in the dictionary. */
export function surfaceNames(entity: Country | Organization | Person | Place): string[] {
  const base = [..."name" in entity ? [entity.name] : [], ...entity.en, ...entity.zhHans, ...entity.zhHant];
  if ("side" in entity) base.push(...entity.side, ...entity.seats, ...entity.demonyms);
  return base;
}

function checkDuplicateAliases(dict: Dictionary, origin: Map<string, string>) {
  const owner = new Map<string, string>();
  const entities: [string, Country | Organization | Person | Place][] = [
    ...dict.countries.map((e) => [e.id, e] as [string, Country]),
    ...dict.organizations.map((e) => [e.id, e] as [string, Organization]),
    ...dict.persons.map((e) => [e.id, e] as [string, Person]),
    ...dict.places.map((e) => [`place:${e.id}`, e] as [string, Place]),
  ];
  for (const [id, e] of entities) {
    for (const name of new Set(surfaceNames(e).map(foldForMatching))) {
      const prev = owner.get(name);
      if (prev !== undefined && prev !== id) {
        throw new DiplographError(
          "DICTIONARY_INVALID",
          `${fileOf(origin, id)}: entry ${id}: alias "${name}" is already used by ${prev} (${fileOf(origin, prev)})`,
        );
      }
      owner.set(name, id);
    }
  }
}
