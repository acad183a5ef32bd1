/**
 * Trigger lexicon → an automaton of event words. Visit words fused with a country's short form
 * (访俄, 访华, 赴美) carry that country as the place visited. Blockers (采访, 互访, called on) swallow
 * the trigger words inside them. English phrases with modifiers (held extensive bilateral talks
 * with) come from the lexicon's word lists through one expression each, as their combinations are
 * too many to list.
 */
import type { Dictionary } from "../dictionary/load.js";
import type { EventType, Lexicon } from "../lexicon/schema.js";
import { foldPattern } from "../recognise/gazetteer.js";
import { PatternAutomaton } from "../util/aho-corasick.js";
import { bestCover, onWordBoundary } from "../util/cover.js";
import { phrasesPattern } from "../util/regex.js";

export interface TriggerSense {
  type: EventType;
  frame: "directed" | "joint" | "visit";
  lang: "zh" | "en";
  /** A country named inside the trigger word (访俄 → RUS). */
  embeds?: string;
}

export interface TriggerHit {
  start: number;
  end: number;
  text: string;
  sense: TriggerSense;
}


const anyOf = (words: string[]) => phrasesPattern(words.map(foldPattern));

/** A modified phrase of the lexicon as one expression: verb, article, one to three modifiers, noun, and the word that directs it. */
interface ModifiedPhrase {
  expression: RegExp;
  type: EventType;
}

function modifiedPhrase(p: Lexicon["triggers"]["modifiedPhrases"][number]): ModifiedPhrase {
  const articles = p.articles.length ? `(?:(?:${anyOf(p.articles)})\\s+)?` : "";
  const modifier = `(?:${anyOf(p.modifiers)})`;
  // (modifiers joined by spaces, commas or "and": held frank, constructive and productive talks)
  const modifiers = `${modifier}(?:(?:\\s*,\\s*|\\s+)(?:and\\s+)?${modifier}){0,2}`;
  const directedBy = p.directedBy.length ? `(\\s+(?:${anyOf(p.directedBy)}))?` : "()";
  return { expression: new RegExp(`\\b(?:${anyOf(p.verbs)})\\s+${articles}${modifiers}\\s+(?:${anyOf(p.nouns)})${directedBy}\\b`, "g"), type: p.type };
}

export class TriggerMatcher {
  private automaton: PatternAutomaton;
  /** Each pattern's sense (one hit, one sense: the sense with an embedded country, else the first listed), by index. */
  private senseOfPattern: (TriggerSense | undefined)[];
  private modifiedPhrases: ModifiedPhrase[];

  constructor(dict: Dictionary, lex: Lexicon) {
    const senses = new Map<string, TriggerSense[]>();
    const add = (term: string, sense: TriggerSense | null) => {
      const key = foldPattern(term);
      if (!key) return;
      const list = senses.get(key) ?? [];
      if (sense) list.push(sense);
      senses.set(key, list);
    };
    for (const t of lex.triggers.triggers) {
      for (const term of t.terms) add(term, { type: t.type, frame: t.frame, lang: t.lang });
    }
    const { prefixes, special, specialPrefixes } = lex.triggers.visitEmbeds;
    const shorts = dict.countries.flatMap((c) => c.short.map((s) => ({ s, id: c.id })));
    for (const p of prefixes) {
      for (const { s, id } of shorts) add(p + s, { type: "VISITED", frame: "visit", lang: "zh", embeds: id });
    }
    for (const p of specialPrefixes) {
      for (const [ch, id] of Object.entries(special)) add(p + ch, { type: "VISITED", frame: "visit", lang: "zh", embeds: id });
    }
    for (const b of [...lex.triggers.blockers.zh, ...lex.triggers.blockers.en]) {
      const key = foldPattern(b);
      if (!senses.has(key)) add(b, null);
    }
    const keys = [...senses.keys()];
    this.automaton = new PatternAutomaton(keys);
    this.senseOfPattern = keys.map((k) => {
      const listed = senses.get(k)!;
      return listed.find((s) => s.embeds) ?? listed[0];
    });
    this.modifiedPhrases = lex.triggers.modifiedPhrases.map(modifiedPhrase);
  }

  /** The event words of a sentence's matching view; the English phrases only when it is English (or its language is not known). */
  scan(text: string, lang?: "zh" | "en"): TriggerHit[] {
    const raw = this.automaton.matchAll(text, 0, text.length, (begin, end) => onWordBoundary(text, begin, end));
    const patterns = this.automaton.patterns.length;
    const phrases: { sense: TriggerSense; text: string }[] = [];
    for (const p of lang === "zh" ? [] : this.modifiedPhrases) {
      p.expression.lastIndex = 0;
      for (let m = p.expression.exec(text); m; m = p.expression.exec(text)) {
        raw.push({ begin: m.index, end: m.index + m[0].length, pattern: patterns + phrases.length });
        phrases.push({ sense: { type: p.type, frame: m[1] ? "directed" : "joint", lang: "en" }, text: m[0] });
      }
    }
    // (bestCover takes the spans ordered by end)
    if (phrases.length) raw.sort((a, b) => a.end - b.end);
    const out: TriggerHit[] = [];
    for (const m of bestCover(raw, text.length)) {
      if (m.pattern >= patterns) {
        out.push({ start: m.begin, end: m.end, ...phrases[m.pattern - patterns]! });
        continue;
      }
      const sense = this.senseOfPattern[m.pattern];
      if (sense) out.push({ start: m.begin, end: m.end, text: this.automaton.patterns[m.pattern], sense });
    }
    return out;
  }
}
