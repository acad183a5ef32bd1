/**
 * One Aho–Corasick automaton (linear in the text) over every name the dictionaries and lexicons
 * know: persons, countries (names, side forms, seats, demonyms, short forms), derived pair
 * abbreviations (中俄, 朝俄), organisations, office titles, pronouns and blockers (中美洲, 美中不足).
 * Overlapping hits are resolved by the cover that spans most text with fewest pieces, so 白俄罗斯 is
 * Belarus (not 白 + 俄罗斯), 韩国瑜 a person (not 韩国), and 美国务卿 is 美 + 国务卿 (not 美国 + 务卿).
 */
import type { Dictionary } from "../dictionary/load.js";
import type { OfficeRole } from "../dictionary/schema.js";
import type { Lexicon } from "../lexicon/schema.js";
import { matchView } from "../normalise/text.js";
import { PatternAutomaton } from "../util/aho-corasick.js";
import { bestCover, onWordBoundary } from "../util/cover.js";

export type GazetteerEntry =
  | { kind: "person"; id: string }
  | { kind: "country"; id: string; form: "name" | "side" | "seat" | "demonym"; alt?: string[] }
  | { kind: "short"; id: string; alt?: string[] }
  | { kind: "pair"; ids: [string, string]; alt?: [string[] | undefined, string[] | undefined] }
  | { kind: "org"; id: string }
  | { kind: "place"; id: string; country: string }
  | { kind: "title"; role: OfficeRole; title: string }
  | { kind: "pronoun"; which: Pronoun }
  | { kind: "block" };

export type Pronoun = "he" | "we" | "you" | "both" | "self";

export interface Hit {
  start: number;
  end: number;
  entry: GazetteerEntry;
}

export function foldPattern(s: string): string {
  return matchView(s).text;
}

export class Gazetteer {
  private automaton: PatternAutomaton;
  /** The entries of each pattern of the automaton, by its index. */
  private entriesOfPattern: GazetteerEntry[][];
  /** Patterns listed only as capitals-only abbreviations (US, UN, EU), by index: "us" in running text is no country. */
  private upperOnlyPattern: Uint8Array;
  /**
   * Characters of foreign names as the dictionary transliterates them (克里沃鲁奇科): an unknown name
   * after a title must be written with these to count as a transliteration.
   */
  readonly transliterationChars = new Set<string>();
  /** The words of each person's names in Latin letters, folded (a given name before a surname is checked against them). */
  readonly personNameWords = new Map<string, Set<string>>();
  /** The countries of each person's offices. */
  readonly personCountries = new Map<string, Set<string>>();
  private entries = new Map<string, GazetteerEntry[]>();
  private knownCache = new Map<string, boolean>();

  constructor(dict: Dictionary, lex: Lexicon) {
    const lowerSeen = new Set<string>();
    const upperOnly = new Set<string>();
    const add = (raw: string, entry: GazetteerEntry) => {
      const key = foldPattern(raw);
      if (!key) return;
      if (/^[A-Z][A-Z.]{1,4}$/.test(raw)) {
        if (!lowerSeen.has(key)) upperOnly.add(key);
      } else {
        lowerSeen.add(key);
        upperOnly.delete(key);
      }
      const list = this.entries.get(key);
      if (list) {
        if (!list.some((e) => JSON.stringify(e) === JSON.stringify(entry))) list.push(entry);
      } else this.entries.set(key, [entry]);
    };
    const sinosphere = new Set(["CHN", "TWN", "SGP", "KOR", "PRK", "JPN", "VNM"]);
    for (const p of dict.persons) {
      for (const n of [p.name, ...p.en, ...p.zhHans, ...p.zhHant]) add(n, { kind: "person", id: p.id });
      this.personNameWords.set(p.id, new Set([p.name, ...p.en].flatMap((n) => foldPattern(n).split(/[\s.-]+/)).filter(Boolean)));
      this.personCountries.set(p.id, new Set(p.offices.map((o) => o.of)));
      if (!p.offices.some((o) => sinosphere.has(o.of))) {
        for (const n of p.zhHans) for (const ch of foldPattern(n)) if (/[\u4e00-\u9fff]/.test(ch)) this.transliterationChars.add(ch);
      }
    }
    const shared = lex.references.sharedForms;
    const altOf = (form: string) => shared[form] ?? shared[foldPattern(form)];
    const shorts: { form: string; id: string }[] = [];
    for (const c of dict.countries) {
      for (const n of [c.name, ...c.en, ...c.zhHans, ...c.zhHant]) add(n, { kind: "country", id: c.id, form: "name" });
      for (const n of c.side) add(n, { kind: "country", id: c.id, form: "side", ...(altOf(n) ? { alt: altOf(n) } : {}) });
      for (const n of c.seats) add(n, { kind: "country", id: c.id, form: "seat" });
      for (const n of c.demonyms) add(n, { kind: "country", id: c.id, form: "demonym" });
      for (const n of c.short) {
        add(n, { kind: "short", id: c.id, ...(altOf(n) ? { alt: altOf(n) } : {}) });
        shorts.push({ form: n, id: c.id });
      }
    }
    // shared forms that no country lists as its own (南方, 哥方)
    for (const [form, ids] of Object.entries(shared)) {
      if (this.entries.has(foldPattern(form))) continue;
      const side = form.endsWith("方") && form.length > 1;
      add(form, side ? { kind: "country", id: ids[0], form: "side", alt: ids } : { kind: "short", id: ids[0], alt: ids });
      if (!side) shorts.push({ form, id: ids[0] });
    }
    for (const p of dict.places) {
      for (const n of [...p.en, ...p.zhHans, ...p.zhHant]) add(n, { kind: "place", id: p.id, country: p.country });
    }
    for (const o of dict.organizations) {
      for (const n of [o.name, ...o.en, ...o.zhHans, ...o.zhHant]) add(n, { kind: "org", id: o.id });
    }
    // pair abbreviations from short forms: 中俄, 朝俄, 中白, 俄中
    // (never where the two forms spell a name already known: 巴西 is Brazil, not 巴 + 西)
    const named = new Set(this.entries.keys());
    for (const a of shorts) {
      for (const b of shorts) {
        const key = foldPattern(a.form + b.form);
        if (a.id !== b.id && !named.has(key)) add(a.form + b.form, { kind: "pair", ids: [a.id, b.id], alt: [altOf(a.form), altOf(b.form)] });
      }
    }
    for (const t of lex.titles.titles) {
      for (const n of [...t.zh, ...t.en]) add(n, { kind: "title", role: t.role, title: n });
    }
    for (const [which, words] of Object.entries(lex.references.pronouns)) {
      for (const w of words) add(w, { kind: "pronoun", which: which as Pronoun });
    }
    for (const b of lex.references.blockers) {
      if (!this.entries.has(foldPattern(b))) add(b, { kind: "block" });
    }
    const keys = [...this.entries.keys()];
    this.automaton = new PatternAutomaton(keys);
    this.entriesOfPattern = keys.map((k) => this.entries.get(k)!.filter((e) => e.kind !== "block"));
    this.upperOnlyPattern = Uint8Array.from(keys, (k) => (upperOnly.has(k) ? 1 : 0));
  }

  /** True when the name is in the gazetteer (as any kind of entry). */
  knows(name: string): boolean {
    // every English article asks about the same few surnames: fold each once
    let known = this.knownCache.get(name);
    if (known === undefined) {
      known = this.entries.has(foldPattern(name));
      if (this.knownCache.size > 100_000) this.knownCache.clear();
      this.knownCache.set(name, known);
    }
    return known;
  }

  /** Non-overlapping hits in a folded text, chosen for most covered text, then fewest pieces. */
  scan(text: string, isUpperCase?: (start: number, end: number) => boolean): Hit[] {
    const raw = this.automaton.matchAll(
      text,
      0,
      text.length,
      (begin, end, pattern) => onWordBoundary(text, begin, end) && (!isUpperCase || !this.upperOnlyPattern[pattern] || isUpperCase(begin, end)),
    );
    const hits: Hit[] = [];
    for (const m of bestCover(raw, text.length)) {
      for (const entry of this.entriesOfPattern[m.pattern]) hits.push({ start: m.begin, end: m.end, entry });
    }
    return hits;
  }
}
