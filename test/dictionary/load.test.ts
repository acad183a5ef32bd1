import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DictionaryIndex } from "../../src/dictionary/index.js";
import { BUILTIN_DICTIONARY_DIR, loadDictionary } from "../../src/dictionary/load.js";
import { DiplographError } from "../../src/errors.js";
import { tempDir } from "../helpers.js";

const userDict = (files: Record<string, unknown>) => {
  const dir = tempDir("dict-");
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), typeof data === "string" ? data : JSON.stringify(data));
  }
  return dir;
};
const person = (over: Record<string, unknown> = {}) => ({
  id: "ada-test",
  name: "Ada Test",
  zhHans: ["阿达测试"],
  zhHant: ["阿達測試"],
  offices: [{ role: "foreign_minister", of: "FRA", title: "Foreign Minister", start: "2020-01-01", end: null }],
  ...over,
});

function loadError(dir: string): DiplographError {
  try {
    loadDictionary([BUILTIN_DICTIONARY_DIR, dir]);
  } catch (e) {
    return e as DiplographError;
  }
  throw new Error("expected an error");
}

describe("dictionary loading", () => {
  const dict = loadDictionary();

  it("has every UN member and observer, Taiwan and Kosovo", () => {
    expect(dict.countries.length).toBeGreaterThanOrEqual(197);
    for (const id of ["CHN", "RUS", "PRK", "BLR", "TWN", "XKX", "VAT", "PSE"]) {
      expect(dict.countries.some((c) => c.id === id)).toBe(true);
    }
  });

  it("resolves offices by date", () => {
    const index = new DictionaryIndex(dict);
    expect(index.holder("RUS", "defence_minister", "2024-01-31")?.name).toBe("Sergei Shoigu");
    expect(index.holder("RUS", "defence_minister", "2024-06-01")?.name).toMatch(/Belousov/);
    expect(index.holder("BLR", "head_of_state", "2025-06-04")?.name).toBe("Alexander Lukashenko");
    expect(index.holder("CHN", "defence_minister", "2024-02-01")?.name).toBe("Dong Jun");
  });

  it("merges a user's folder over the built-in one", () => {
    const dir = userDict({ "people.json": { version: "user-1", persons: [person()] } });
    const merged = loadDictionary([BUILTIN_DICTIONARY_DIR, dir]);
    expect(merged.persons.some((p) => p.id === "ada-test")).toBe(true);
    expect(merged.version).toContain("user-1");
  });

  it("names the file and the entry of a duplicate alias", () => {
    const dir = userDict({ "people.json": { version: "u", persons: [person({ zhHans: ["普京"] })] } });
    const e = loadError(dir);
    expect(e.code).toBe("DICTIONARY_INVALID");
    expect(e.message).toMatch(/people\.json: entry ada-test: alias "普京" is already used by vladimir-putin/);
  });

  it("names the file, the entry and the field of an unknown field", () => {
    const dir = userDict({ "people.json": { version: "u", persons: [person({ nickname: "x" })] } });
    expect(loadError(dir).message).toMatch(/people\.json: entry persons\[0\] \(ada-test\).*nickname/s);
  });

  it("refuses an office that ends before it starts", () => {
    const dir = userDict({
      "people.json": {
        version: "u",
        persons: [person({ offices: [{ role: "other", of: "FRA", title: "Envoy", start: "2020-05-01", end: "2019-01-01" }] })],
      },
    });
    expect(loadError(dir).message).toMatch(/people\.json: entry ada-test: office "Envoy" ends \(2019-01-01\) before it starts/);
  });

  it("refuses a file that is not JSON, naming it", () => {
    const dir = userDict({ "broken.json": "{ not json" });
    expect(loadError(dir).message).toMatch(/broken\.json: not valid JSON/);
  });
});
