/** The dictionaries and lexicons with the dictionary index: what merging needs, without the matchers. */
import { DictionaryIndex } from "../dictionary/index.js";
import { BUILTIN_DICTIONARY_DIR, loadDictionary, type Dictionary } from "../dictionary/load.js";
import { loadLexicon } from "../lexicon/load.js";
import type { Lexicon } from "../lexicon/schema.js";

export interface Vocabulary {
  dictionary: Dictionary;
  lexicon: Lexicon;
  index: DictionaryIndex;
}

/** Loads and indexes dictionaries and lexicons; `dictDirs` are user folders merged over the built-in ones. */
export function loadVocabulary(dictDirs: string[] = []): Vocabulary {
  const dictionary = loadDictionary([BUILTIN_DICTIONARY_DIR, ...dictDirs]);
  return { dictionary, lexicon: loadLexicon(), index: new DictionaryIndex(dictionary) };
}

