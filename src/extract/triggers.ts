/**
 * Trigger lexicon → an automaton of event words. Visit words fused with a country's short form
 * (访俄, 访华, 赴美) carry that country as the place visited. Blockers (采访, 互访, called on) swallow
 * the trigger words inside them.
 */
import { AhoCorasick } from "@monyone/aho-corasick/fast";
import type { Dictionary } from "../dictionary/load.js";
import type { EventType, Lexicon } from "../lexicon/schema.js";
import { foldPattern } from "../recognise/gazetteer.js";
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
  private automaton: AhoCorasick;
  private senses = new Map<string, TriggerSense[]>();

  constructor(dict: Dictionary, lex: Lexicon) {
    const add = (term: string, sense: TriggerSense | null) => {
      const key = foldPattern(term);
      if (!key) return;
      const list = this.senses.get(key) ?? [];
      if (sense) list.push(sense);
      this.senses.set(key, list);
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
      if (!this.senses.has(key)) add(b, null);
    }
    this.automaton = new AhoCorasick([...this.senses.keys()]);
  }

  scan(text: string): TriggerHit[] {
    const raw = this.automaton.matchInText(text).filter((m) => onWordBoundary(text, m.begin, m.end));
    const out: TriggerHit[] = [];
    for (const m of bestCover(raw, text.length)) {
      const senses = this.senses.get(m.keyword) ?? [];
      // one hit, one sense: prefer the sense with an embedded country, then the first listed
      const sense = senses.find((s) => s.embeds) ?? senses[0];
      if (sense) out.push({ start: m.begin, end: m.end, text: m.keyword, sense });
    }
    return out;
  }
}
