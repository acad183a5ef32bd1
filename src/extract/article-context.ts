/**
 * What an article tells about its own names: which country a shared short form (巴方) stands for, the
 * surnames its persons go by after their first mention, and how actor references are keyed.
 */
import { foldPattern } from "../recognise/gazetteer.js";
import type { Lexicon } from "../lexicon/schema.js";
import type { Mention } from "../recognise/mentions.js";
import type { Article } from "../types.js";
import type { ExtractContext } from "./article.js";
import type { ActorRef, SentenceUnit } from "./types.js";

/**
 * Shared forms (巴方, 中巴, 伊方) stand for the country the article names in full; forms that
 * only make sense in context (南方) are dropped when none of their countries is named.
 */
export function resolveSharedForms(units: SentenceUnit[], ctx: ExtractContext, published: string | undefined): Set<string> {
  const named = new Set<string>();
  for (const u of units) {
    for (const m of u.mentions) {
      if (m.alternatives) continue;
      if (m.kind === "country" && m.form !== "pair" && m.form !== "side") named.add(m.id!);
      if (m.kind === "person") {
        const c = m.countryId ?? (m.id && !m.id.startsWith("discovered:") ? ctx.index.countryOf(m.id, published) : undefined);
        if (c) named.add(c);
      }
    }
  }
  const contextOnly = new Set(ctx.lexicon.references.contextOnly);
  for (const u of units) {
    u.mentions = u.mentions.filter((m) => {
      if (!m.alternatives) return true;
      const pick = m.alternatives.find((id) => named.has(id));
      const surface = u.view.text.slice(m.start, m.end);
      const form = m.form === "pair" ? undefined : surface;
      if (!pick && form && [...contextOnly].some((c) => form.startsWith(c))) return false;
      if (pick) {
        if (m.kind === "country") m.id = pick;
        else m.countryId = pick;
      }
      return true;
    });
  }
  return named;
}

/** The words of English office titles, once per lexicon (every article asks). */
const titleWordCache = new WeakMap<Lexicon, Set<string>>();
function titleWordsOf(lexicon: Lexicon): Set<string> {
  let words = titleWordCache.get(lexicon);
  if (!words) {
    words = new Set(lexicon.titles.titles.flatMap((t) => t.en).flatMap((t) => t.split(/\s+/)));
    titleWordCache.set(lexicon, words);
  }
  return words;
}

/** The first and last capitalised words of each full name ("Hussein bin Abdullah": what follows bin / ibn names the father). */
function nameParts(fullNames: string[]): string[] {
  const out: string[] = [];
  for (const full of fullNames) {
    const words = full.split(/\s+(?:bin|ibn|bint|ben)\s+/i)[0].split(/\s+/);
    const parts = words.filter((w) => /^\p{Lu}[\p{Ll}'’-]{2,}$/u.test(w));
    if (words.length < 2 || !parts.length) continue;
    out.push(parts[0], parts[parts.length - 1]);
  }
  return out;
}

/** A dictionary person's name parts, worked out once: every mention of every article asks. */
const dictionaryNameParts = new WeakMap<object, string[]>();
function namePartsOf(person: { name: string; en: string[] }): string[] {
  let parts = dictionaryNameParts.get(person);
  if (!parts) dictionaryNameParts.set(person, (parts = nameParts([person.name, ...person.en])));
  return parts;
}

// (accented Latin letters are letters of a word too, unlike for \b: Niinistö, López)
const isWordCode = (c: number) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
/** A \b of a regex: the characters either side differ in being word characters. */
const atWordBoundary = (text: string, i: number) => isWordCode(text.charCodeAt(i - 1)) !== isWordCode(text.charCodeAt(i));

/**
 * The matches of /\b(word0|word1|…)\b/g in the text (accented Latin letters counted as word characters), found with indexOf: leftmost first, the first
 * word listed where several start at one place, the search going on after each match. A regex of
 * each article's names was compiled for every article, and running it was a tenth of the English
 * extraction time.
 */
export function wholeWords(text: string, words: string[]): { index: number; word: number }[] {
  const found: { index: number; word: number }[] = [];
  words.forEach((w, word) => {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
      if (atWordBoundary(text, i) && atWordBoundary(text, i + w.length)) found.push({ index: i, word });
    }
  });
  if (found.length < 2) return found;
  found.sort((a, b) => a.index - b.index || a.word - b.word);
  const out: { index: number; word: number }[] = [];
  let from = 0;
  for (const m of found) {
    if (m.index < from) continue;
    out.push(m);
    from = m.index + words[m.word].length;
  }
  return out;
}

/**
 * A name the dictionary lacks, glossed where the article names the person again (维艾拉（Mauro
 * Vieira）): that name is the glossed person's all through the article.
 */
export function linkGlossedNames(units: SentenceUnit[]) {
  const discovered = new Set<string>();
  for (const u of units) for (const m of u.mentions) if (m.kind === "person" && m.name && m.id?.startsWith("discovered:")) discovered.add(m.name);
  if (!discovered.size) return;
  const glossed = new Map<string, Mention>();
  for (const u of units) {
    for (const m of u.mentions) {
      if (m.kind !== "person" || !m.id || m.id.startsWith("discovered:")) continue;
      const before = u.view.text.slice(Math.max(0, m.start - 16), m.start);
      const bracket = /[(（]\s*$/.exec(before);
      if (!bracket) continue;
      const named = before.slice(0, bracket.index);
      for (const name of discovered) if (named.endsWith(name) && !glossed.has(name)) glossed.set(name, m);
    }
  }
  for (const u of units) {
    for (const m of u.mentions) {
      const to = m.kind === "person" && m.name && m.id?.startsWith("discovered:") ? glossed.get(m.name) : undefined;
      if (!to) continue;
      m.id = to.id;
      m.name = undefined;
      m.countryId ??= to.countryId;
    }
  }
}

/**
 * Within an article, a person named in full is then often named by one part of the name: "Lee" for
 * Lee Jae-myung, "Ishiba" for Shigeru Ishiba. Such parts count only in this article, only when
 * written with a capital, and only when no other person of the article shares them.
 */
export function addSurnameMentions(article: Article, units: SentenceUnit[], ctx: ExtractContext) {
  // only English sentences are read for surnames: a Chinese article has nothing to do here
  if (!units.some((u) => u.lang === "en")) return;
  const owners = new Map<string, Set<string>>();
  /** Discovered persons keep their full name on every mention. */
  const fullNames = new Map<string, string>();
  for (const u of units) {
    for (const m of u.mentions) {
      if (m.kind !== "person" || !m.id) continue;
      // a person found by title ("Philippine Defence Secretary Gilberto Teodoro") goes by a surname too
      const discovered = m.id.startsWith("discovered:");
      if (discovered && !(m.name && /^[A-Z]/.test(m.name))) continue;
      const person = discovered ? undefined : ctx.index.persons.get(m.id);
      if (!discovered && !person) continue;
      if (discovered) fullNames.set(m.id, m.name!);
      for (const part of discovered ? nameParts([m.name!]) : namePartsOf(person!)) {
        const set = owners.get(part) ?? new Set<string>();
        set.add(m.id);
        owners.set(part, set);
      }
    }
  }
  // titles are no names ("King Abdullah": King is not Abdullah)
  const titleWords = titleWordsOf(ctx.lexicon);
  const parts = [...owners]
    .filter(([w, ids]) => ids.size === 1 && !titleWords.has(w.toLowerCase()) && !ctx.gazetteer.knows(w) && !/^(Crown|Prince|Princess|Sheikh|Sultan|Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Comrade|Chairman|Marshal)$/.test(w))
    .map(([w, ids]) => [w, [...ids][0]] as const);
  if (!parts.length) return;
  const names = parts.map(([w]) => w);
  const idOf = new Map(parts);
  for (const u of units) {
    if (u.lang !== "en") continue;
    const text = article.text.slice(u.start, u.end);
    for (const m of wholeWords(text, names)) {
      // "Abdul Momen" is not Abdul Hamid: a part followed by another name word belongs to another name
      if (/^\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]/.test(text.slice(m.index + names[m.word].length, m.index + names[m.word].length + 12))) continue;
      const textStart = u.start + m.index;
      const textEnd = textStart + names[m.word].length;
      let vs = 0;
      while (vs < u.view.text.length && u.view.toText[vs] < textStart) vs++;
      let ve = vs;
      while (ve < u.view.text.length && u.view.toText[ve] < textEnd) ve++;
      const id = idOf.get(names[m.word])!;
      const overlapping = u.mentions.filter((x) => x.start < ve && x.end > vs && x.kind !== "title");
      // a name found after its title and nothing more ("Portuguese President Sousa" in the headline,
      // "Marcelo Rebelo de Sousa" below) is the person the article names in full
      const byTitleOnly = overlapping.length === 1 && overlapping[0].id?.startsWith("discovered:") && overlapping[0].name === names[m.word] ? overlapping[0] : undefined;
      if (byTitleOnly && byTitleOnly.id !== id) {
        byTitleOnly.id = id;
        if (fullNames.has(id)) byTitleOnly.name = fullNames.get(id);
        else delete byTitleOnly.name;
      }
      if (overlapping.length) continue;
      // a title right before the name is the name's ("President Trump", "Prime Minister Ishiba")
      const title = u.mentions.find((x) => x.kind === "title" && x.end <= vs && vs - x.end <= 1);
      const mention: Mention = { start: title?.start ?? vs, end: ve, kind: "person", id, ...(fullNames.has(id) ? { name: fullNames.get(id) } : {}) };
      if (title) {
        mention.role = title.role;
        mention.countryId = title.countryId;
        u.mentions = u.mentions.filter((x) => x !== title);
      }
      u.mentions.push(mention);
    }
    u.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}


/** An actor reference for a person mention (a discovered person keeps its name and country). */
export function personRef(m: Mention, ctx: ExtractContext): ActorRef {
  if (m.id!.startsWith("discovered:")) return { kind: "person", id: m.id!, name: m.name, countryId: m.countryId, via: "name" };
  void ctx;
  return { kind: "person", id: m.id!, via: "name" };
}

export const refKey = (r: ActorRef) => `${r.kind}:${r.id}`;


/**
 * 赖总统, 习主席: a surname right before a title names the person of the article with that surname
 * and an office of that kind (only when exactly one person of the article fits).
 */
export function addSurnameTitles(units: SentenceUnit[], ctx: ExtractContext) {
  const persons = new Map<string, string[]>();
  for (const u of units) {
    for (const m of u.mentions) {
      if (m.kind !== "person" || !m.id || m.id.startsWith("discovered:") || persons.has(m.id)) continue;
      const p = ctx.index.persons.get(m.id);
      if (p) persons.set(m.id, p.zhHans.map((n) => foldPattern(n)).filter((n) => n.length >= 2 && !n.includes("·")));
    }
  }
  if (!persons.size) return;
  for (const u of units) {
    if (u.lang !== "zh") continue;
    const v = u.view.text;
    for (const m of u.mentions) {
      if (m.kind !== "title" || m.countryId || !m.role || m.start === 0) continue;
      const surname = v[m.start - 1];
      if (!/[\u4e00-\u9fff]/.test(surname) || u.mentions.some((o) => o !== m && o.start < m.start && o.end > m.start - 1)) continue;
      const fits = [...persons].filter(([id, names]) => names.some((n) => n[0] === surname) && (m.role === "other" || ctx.index.holds(id, m.role!)));
      if (fits.length !== 1) continue;
      Object.assign(m, { kind: "person", id: fits[0][0], start: m.start - 1 });
    }
  }
}
