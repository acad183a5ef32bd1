/** The loaded dictionaries and lexicons with their indexes: built once per thread, reused across runs. */
import type { Dictionary } from "../dictionary/load.js";
import type { ExtractContext } from "../extract/article.js";
import { TriggerMatcher } from "../extract/triggers.js";
import { Segmenter } from "../ingest/segment.js";
import type { Lexicon } from "../lexicon/schema.js";
import { Gazetteer } from "../recognise/gazetteer.js";
import { loadVocabulary } from "./vocabulary.js";

export interface Engine {
  dictionary: Dictionary;
  lexicon: Lexicon;
  context: ExtractContext;
  segmenter: Segmenter;
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
