/**
 * Trigger lexicon → an automaton of event words. Visit words fused with a country's short form
 * (访俄, 访华, 赴美) carry that country as the place visited. Blockers (采访, 互访, called on) swallow
 * the trigger words inside them.
 */
import type { Dictionary } from "../dictionary/load.js";
import type { EventType, Lexicon } from "../lexicon/schema.js";
import { foldPattern } from "../recognise/gazetteer.js";
import { PatternAutomaton } from "../util/aho-corasick.js";
import { bestCover, onWordBoundary } from "../util/cover.js";

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


export class TriggerMatcher {
  private automaton: PatternAutomaton;
  /** Each pattern's sense (one hit, one sense: the sense with an embedded country, else the first listed), by index. */
  private senseOfPattern: (TriggerSense | undefined)[];

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
  }

  scan(text: string): TriggerHit[] {
    const raw = this.automaton.matchAll(text, 0, text.length, (begin, end) => onWordBoundary(text, begin, end));
    const out: TriggerHit[] = [];
    for (const m of bestCover(raw, text.length)) {
      const sense = this.senseOfPattern[m.pattern];
      if (sense) out.push({ start: m.begin, end: m.end, text: this.automaton.patterns[m.pattern], sense });
    }
    return out;
  }
}
