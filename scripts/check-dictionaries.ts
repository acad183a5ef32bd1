// Validates the dictionaries (built-in, or the folders given) and prints their sizes.
import { loadDictionary } from "../src/dictionary/load.js";

const dirs = process.argv.slice(2);
const dict = loadDictionary(dirs.length ? dirs : undefined);
console.log(
  `ok: ${dict.countries.length} countries, ${dict.organizations.length} organisations, ${dict.persons.length} persons (version ${dict.version})`,
);
