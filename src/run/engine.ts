/** The loaded dictionaries and lexicons with their indexes: built once per thread, reused across runs. */
import { DictionaryIndex } from "../dictionary/index.js";
import { BUILTIN_DICTIONARY_DIR, loadDictionary, type Dictionary } from "../dictionary/load.js";
import type { ExtractContext } from "../extract/article.js";
import { TriggerMatcher } from "../extract/triggers.js";
import { Segmenter } from "../ingest/segment.js";
import { loadLexicon } from "../lexicon/load.js";
import type { Lexicon } from "../lexicon/schema.js";
import { Gazetteer } from "../recognise/gazetteer.js";

export interface Engine {
  dictionary: Dictionary;
  lexicon: Lexicon;
  context: ExtractContext;
  segmenter: Segmenter;
}

/** What merging needs: the dictionaries, lexicons and the dictionary index, without the matchers. */
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

/** The vocabulary with its matchers (gazetteer, triggers, page segmenter): what extraction runs on. */
export function createEngine(dictDirs: string[] = []): Engine {
  const { dictionary, lexicon, index } = loadVocabulary(dictDirs);
  return {
    dictionary,
    lexicon,
    segmenter: new Segmenter(lexicon.boilerplate),
    context: {
      gazetteer: new Gazetteer(dictionary, lexicon),
      triggers: new TriggerMatcher(dictionary, lexicon),
      lexicon,
      index,
    },
  };
}
