/**
 * Extract stage for one article: sentences → recognised mentions, triggers and dates → raw events
 * with resolved endpoints and dates. Context lives here: reports (a forum post quoting three wire
 * copies has three datelines), title ↔ name bindings (the 国防部副部长 of one sentence is the
 * 国防部副部长 克里沃鲁奇科 of another), pronouns (他, 双方, 我们 in a quote, 贵国) and the
 * discovered persons of the article.
 */
import { finer, parseIso, within, type Ymd } from "../dates/calendar.js";
import { findChineseDates, type DateMention } from "../dates/chinese.js";
import { findEnglishDates } from "../dates/english.js";
import type { DictionaryIndex } from "../dictionary/index.js";
import type { Lexicon } from "../lexicon/schema.js";
import { matchView } from "../normalise/text.js";
import { splitSentences } from "../normalise/sentences.js";
import type { Gazetteer } from "../recognise/gazetteer.js";
import { recogniseMentions, type Mention } from "../recognise/mentions.js";
import type { Article, EventStatus, FuzzyDate } from "../types.js";
import { assignRoles, slotsOf, type Slot } from "./roles.js";
import type { TriggerMatcher, TriggerHit } from "./triggers.js";
import type { ActorRef, RawEvent, SentenceUnit } from "./types.js";

export interface ExtractContext {
  gazetteer: Gazetteer;
  triggers: TriggerMatcher;
  lexicon: Lexicon;
  index: DictionaryIndex;
}

export interface DiscoveredPerson {
  key: string;
  name: string;
  variants: string[];
  countryId?: string;
  role?: string;
  title?: string;
  sentences: string[];
  count: number;
}

export interface ArticleExtraction {
  sentences: SentenceUnit[];
  events: RawEvent[];
  discovered: DiscoveredPerson[];
  /** The date of the article's lead event (first report with a date), for headline-only events. */
  leadDate?: FuzzyDate;
}

interface Report {
  reference?: Ymd;
  main?: FuzzyDate;
}

/** Splits the article's readable paragraphs into sentence units with their matches. */
export function buildSentences(article: Article, ctx: ExtractContext): SentenceUnit[] {
  const units: SentenceUnit[] = [];
  article.paragraphs.forEach((p, pi) => {
    if (p.role !== "body" && p.role !== "headline") return;
    for (const span of splitSentences(article.text, p.start, p.end)) {
      const view = matchView(article.text, span.start, span.end);
      const original = article.text;
      const mentions = recogniseMentions(view.text, {
        gazetteer: ctx.gazetteer,
        lexicon: ctx.lexicon,
        original,
        toOriginal: (i) => view.toText[Math.min(i, view.text.length)],
      });
      units.push({
        index: units.length,
        paragraph: pi,
        headline: p.role === "headline",
        lang: span.lang,
        start: span.start,
        end: span.end,
        view,
        mentions,
        triggers: ctx.triggers.scan(view.text),
        dates: [],
        clauses: clauses(view.text),
        report: 0,
        quotes: [],
        resolved: [],
      });
    }
  });
  return units;
}

function clauses(v: string): [number, number][] {
  const out: [number, number][] = [];
  let last = 0;
  const re = /[，,；;：:]|——/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(v))) {
    // a comma between digits (1,000) does not end a clause
    if (m[0] === "," && /\d/.test(v[m.index - 1] ?? "") && /\d/.test(v[m.index + 1] ?? "")) continue;
    out.push([last, m.index + m[0].length]);
    last = m.index + m[0].length;
  }
  out.push([last, v.length]);
  return out;
}

/** Quotation ranges per sentence, tracked across the sentences of a paragraph. */
function markQuotes(units: SentenceUnit[]) {
  let open = false;
  let paragraph = -1;
  for (const u of units) {
    if (u.paragraph !== paragraph) {
      open = false;
      paragraph = u.paragraph;
    }
    const v = u.view.text;
    let start = open ? 0 : -1;
    for (let i = 0; i < v.length; i++) {
      const c = v[i];
      if (c === "“" || c === "「" || c === "『" || (c === '"' && !open)) {
        open = true;
        start = i;
      } else if ((c === "”" || c === "」" || c === "』" || c === '"') && open) {
        u.quotes.push([start, i + 1]);
        open = false;
        start = -1;
      }
    }
    if (open) u.quotes.push([Math.max(0, start), v.length]);
  }
}

const DATE_ONLY = /^[\s(（]*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{2}-\d{2})[\s)）]*$/;

/** Finds date mentions, splits the article into reports at datelines, resolves each report's dates. */
function resolveReports(article: Article, units: SentenceUnit[]): Report[] {
  const published = article.published ? parseIso(article.published) : undefined;
  const reports: Report[] = [{ reference: published }];
  let current = 0;
  let lastParagraph = -1;
  for (const u of units) {
    u.dates =
      u.lang === "zh"
        ? findChineseDates(u.view.text)
        : findEnglishDates(article.text.slice(u.start, u.end), published).map((d) => toViewRange(d, u, article));
    if (u.headline) {
      u.report = current;
      continue;
    }
    const paragraphText = article.text.slice(u.start, u.end);
    const dateline = u.dates.find((d) => d.dateline && d.start <= (u.lang === "en" ? 40 : 16));
    const dateOnly = u.paragraph !== lastParagraph && DATE_ONLY.test(paragraphText) && u.dates.length === 1;
    if ((dateline || dateOnly) && u.paragraph !== lastParagraph) {
      const d = (dateline ?? u.dates[0]).resolve(published, { planned: false });
      reports.push({ reference: d && d.precision === "day" ? parseIso(d.value) : published });
      current = reports.length - 1;
    }
    lastParagraph = u.paragraph;
    u.report = current;
  }
  // every date in reading order; 当天 / 前一天 refer to the last day told before them in the report
  let contextReport = -1;
  let context: FuzzyDate | undefined;
  for (const u of units) {
    if (u.report !== contextReport) {
      contextReport = u.report;
      context = undefined;
    }
    u.contextIn = context;
    u.resolved = resolveUnit(u, reports, false, context);
    for (const r of u.resolved) if (r.f.precision === "day" && !r.d.dateline) context = r.f;
  }
  // each report's main date: the first date of its first dated paragraph, the finest there
  const byReport = new Map<number, SentenceUnit[]>();
  for (const u of units) if (!u.headline) (byReport.get(u.report) ?? byReport.set(u.report, []).get(u.report)!).push(u);
  for (let r = 0; r < reports.length; r++) {
    const inReport = byReport.get(r) ?? [];
    // the lead: the report's first three paragraphs; its first day-precision date, else its first
    // date, leaving out dates of background (since taking office in September, 上任后)
    const lead = [...new Set(inReport.map((u) => u.paragraph))].slice(0, 3);
    const candidates: FuzzyDate[] = [];
    for (const u of inReport) {
      if (!lead.includes(u.paragraph)) break;
      const v = u.view.text;
      for (const d of u.dates) {
        if (d.dateline) continue;
        if (/(since|after|before|until|ahead of|by)\s*$/.test(v.slice(Math.max(0, d.start - 12), d.start))) continue;
        if (/^\s*(以来|之后|以后|后|前|之前)/.test(v.slice(d.end, d.end + 3))) continue;
        const f = d.resolve(reports[r].reference, { planned: false });
        if (f) candidates.push(f);
      }
    }
    const best = candidates.find((f) => f.precision === "day") ?? candidates[0];
    reports[r].main = best;
  }
  return reports;
}

/** English dates are found on the original sentence text; map their offsets into the view. */
function toViewRange(d: DateMention, u: SentenceUnit, article: Article): DateMention {
  const textStart = u.start + d.start;
  const textEnd = u.start + d.end;
  let vs = 0;
  while (vs < u.view.text.length && u.view.toText[vs] < textStart) vs++;
  let ve = vs;
  while (ve < u.view.text.length && u.view.toText[ve] < textEnd) ve++;
  void article;
  return { ...d, start: vs, end: ve };
}

function resolveUnit(u: SentenceUnit, reports: Report[], planned: boolean, contextIn: FuzzyDate | undefined) {
  const out: { d: DateMention; f: FuzzyDate }[] = [];
  let context = contextIn;
  for (const d of u.dates) {
    if (d.dateline) continue;
    const f = d.resolve(reports[u.report]?.reference, { planned, context });
    if (f) {
      out.push({ d, f });
      if (f.precision === "day") context = f;
    }
  }
  return out;
}

const BACKGROUND_BETWEEN = /(?<![随然此先前最今落])后|以来|之后|以后/;
const TEMPORAL_BEFORE = /(在|于|是在|是|自|从|on|in|at)\s*$/;

/** Reads a date for an event from its clause, its sentence, its paragraph or its report. */
function dateForEvent(
  u: SentenceUnit,
  t: TriggerHit,
  units: SentenceUnit[],
  reports: Report[],
  planned: boolean,
  background: boolean,
): { date?: FuzzyDate; from: RawEvent["dateFrom"]; fallback?: FuzzyDate } {
  if (u.headline) return { from: "none" };
  const v = u.view.text;
  const ref = reports[u.report]?.reference;
  const books = [...v.matchAll(/[《〈][^》〉]*[》〉]/g)].map((m) => [m.index!, m.index! + m[0].length]);
  const resolved = (planned ? resolveUnit(u, reports, true, u.contextIn) : u.resolved).filter(
    ({ d }) => !books.some(([a, b]) => d.start >= a && d.end <= b),
  );
  const [cs, ce] = u.clauses.find(([a, b]) => t.start >= a && t.start < b) ?? [0, v.length];
  // English: a date inside "which Seoul joined in January" or "when …" dates that clause only
  const subordinate = (d: DateMention) => u.lang === "en" && /\b(which|who|that|when|since|after|before|until|where)\b[^,;]*$/.test(v.slice(Math.max(cs, t.end), d.start)) && d.start > t.end;
  const main = reports[u.report]?.main;
  const sharpen = (f: FuzzyDate) => (main && finer(main, f) && within(main, f) ? main : f);
  const inClause = resolved.filter(({ d }) => d.start >= cs && d.end <= ce && !subordinate(d));
  // a date followed by 后 / 以来 before the trigger dates the earlier event, not this one
  const beforeT = inClause.filter(({ d }) => d.end <= t.start && !BACKGROUND_BETWEEN.test(v.slice(d.end, t.start)));
  if (beforeT.length) {
    // the finest date of the clause, the nearest among equals (2日下午 over 2024年中非合作论坛峰会)
    const rank = (f: FuzzyDate): number => (f.precision === "day" ? 2 : f.precision === "month" ? 1 : 0);
    const best = Math.max(...beforeT.map(({ f }) => rank(f)));
    let i = beforeT.map(({ f }) => rank(f)).lastIndexOf(best);
    // a range (13日至18日) starts at its first day
    if (i > 0 && /^(至|到|—|-|~|－)$/.test(v.slice(beforeT[i - 1].d.end, beforeT[i].d.start))) i--;
    return { date: beforeT[i].f.precision === "year" ? sharpen(beforeT[i].f) : beforeT[i].f, from: "clause" };
  }
  const afterT = inClause.filter(({ d }) => d.start >= t.end && (u.lang === "en" || TEMPORAL_BEFORE.test(v.slice(Math.max(t.end, d.start - 3), d.start))));
  if (afterT.length) return { date: afterT[0].f.precision === "year" ? sharpen(afterT[0].f) : afterT[0].f, from: "clause" };
  if (background) {
    // told in passing (after his surprise trip to Ukraine): the sentence's own date if nothing better comes
    const any = resolved.filter(({ d }) => !subordinate(d));
    return { from: "none", fallback: any.length ? any[any.length - 1].f : undefined };
  }
  // "Starmer hosted Modi at Chequers, the prime minister's residence, on Thursday"
  if (u.lang === "en") {
    const later = resolved.filter(({ d }) => d.start >= ce && !/\b(when|after|before|since|until|which|under which|by)\b/.test(v.slice(ce, d.start)));
    if (later.length && !u.triggers.some((o) => o !== t && o.start >= ce && o.start < later[0].d.start)) return { date: later[0].f, from: "sentence" };
  }
  // a context date coarser than the report's lead date and containing it (今年是建交50周年) is the lead's
  const earlier = resolved.filter(({ d }) => d.end <= cs);
  if (earlier.length) return { date: sharpen(earlier[earlier.length - 1].f), from: "sentence" };
  for (let i = u.index - 1; i >= 0 && units[i].paragraph === u.paragraph; i--) {
    // "Lee, who arrived in Washington on Sunday, flattered Trump": the who-clause's date stays there
    const w = units[i];
    const r = w.resolved.filter(({ d }) => !(w.lang === "en" && /\b(who|which|when|since|after|before|until)\b[^,;]*$/.test(w.view.text.slice(0, d.start).split(/[,;]/).pop() ?? "")));
    if (r.length) return { date: sharpen(r[r.length - 1].f), from: "paragraph" };
  }
  if (main) return { date: main, from: "report" };
  if (ref) return { from: "none", fallback: { value: fmt(ref), precision: "day" } };
  return { from: "none" };
}

const fmt = (y: Ymd) => `${y.y}-${String(y.m).padStart(2, "0")}-${String(y.d).padStart(2, "0")}`;

function near(v: string, pos: number, words: string[], window: number, lang: "zh" | "en", side: "before" | "after"): string | undefined {
  const stretch = side === "before" ? v.slice(Math.max(0, pos - window), pos) : v.slice(pos, pos + window);
  const cut = side === "before" ? stretch.split(/[，,。；;：:]/).pop()! : stretch.split(/[，,。；;：:]/)[0];
  if (lang === "en") {
    const padded = ` ${cut} `;
    return words.find((w) => new RegExp(`[^a-z']${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[^a-z']`).test(padded));
  }
  return words.find((w) => cut.includes(w));
}

export function extractArticle(article: Article, ctx: ExtractContext): ArticleExtraction {
  const units = buildSentences(article, ctx);
  markQuotes(units);
  const reports = resolveReports(article, units);
  const lex = ctx.lexicon;
  const markers = lex.triggers.markers;
  const published = article.published;

  const namedCountries = resolveSharedForms(units, ctx, published);
  const phoneStory = units.filter((x) => x.lang === "en").map((x) => x.view.text).join(" ");
  addSurnameMentions(article, units, ctx);

  // discovered persons of this article; one-character variants with the same title are one person
  const discovered: DiscoveredPerson[] = [];
  const discoveredKey = (m: Mention, sentenceText: string): string => {
    const name = m.name!;
    const same = discovered.find(
      (d) =>
        d.variants.includes(name) ||
        (d.countryId === m.countryId && (d.role === m.role || !m.role || !d.role) && oneCharApart(d.name, name)),
    );
    if (same) {
      if (!same.variants.includes(name)) same.variants.push(name);
      same.count++;
      if (same.sentences.length < 3) same.sentences.push(sentenceText);
      if (!same.role && m.role) Object.assign(same, { role: m.role, title: m.title });
      return same.key;
    }
    const d: DiscoveredPerson = {
      key: `discovered:${article.id}:${name}`,
      name,
      variants: [name],
      countryId: m.countryId,
      role: m.role,
      title: m.title,
      sentences: [sentenceText],
      count: 1,
    };
    discovered.push(d);
    return d.key;
  };
  // a discovered name seen alone later (金琴铁 without its title) is the same person
  const bareNames = new Map<string, string>();

  // title ↔ person bindings across the article
  const bindings = new Map<string, ActorRef>();
  const bindingKey = (m: Mention) => `${m.countryId ?? "?"}/${m.role}/${m.role === "other" ? m.title : ""}`;
  for (const u of units) {
    const text = article.text.slice(u.start, u.end);
    for (const m of u.mentions) {
      if (m.kind === "person" && m.id?.startsWith("discovered:")) {
        m.id = discoveredKey(m, text);
        bareNames.set(m.name!, m.id);
      }
      if (m.kind === "person" && m.role && m.id) {
        const key = bindingKey(m);
        if (!bindings.has(key)) bindings.set(key, personRef(m, ctx));
      }
    }
  }
  // bare later mentions of discovered names: scan views for the names
  if (bareNames.size) {
    for (const u of units) {
      for (const [name, key] of bareNames) {
        let from = 0;
        for (;;) {
          const i = u.view.text.indexOf(name.replace(/\s+/g, ""), from);
          if (i < 0) break;
          from = i + name.length;
          if (u.mentions.some((m) => i < m.end && i + name.length > m.start)) continue;
          const d = discovered.find((x) => x.key === key)!;
          u.mentions.push({ start: i, end: i + name.length, kind: "person", id: key, name, countryId: d.countryId });
        }
      }
      u.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    }
  }

  const events: RawEvent[] = [];
  let lastPerson: ActorRef | undefined;
  let lastSubject: ActorRef | undefined;
  let coordinatedPair: [ActorRef, ActorRef] | undefined;
  let coordinatedAt = -1;
  const personHistory: ActorRef[] = [];
  let lastPair: [ActorRef, ActorRef] | undefined;
  const counterpart = new Map<string, ActorRef>();

  for (const u of units) {
    const v = u.view.text;
    const text = article.text.slice(u.start, u.end);
    const slots = slotsOf(u);
    const firstPerson = slots.find((s) => s.case === "nom" && s.mention.kind === "person");

    const resolveSlot = (sl: Slot, date: string | undefined): ActorRef[] => {
      const m = sl.mention;
      const at = date ?? published ?? "";
      if (m.kind === "person") return [personRef(m, ctx)];
      if (m.kind === "country") return [{ kind: "country", id: m.id!, via: m.form === "name" ? "name" : (m.form ?? "name") }];
      if (m.kind === "org") return [{ kind: "org", id: m.id!, via: "name" }];
      if (m.kind === "place") return [{ kind: "country", id: m.countryId!, via: "seat" }];
      if (m.kind === "title") {
        const bound = bindings.get(bindingKey(m));
        if (bound) return [{ ...bound, via: "title" }];
        if (m.countryId && m.role && m.role !== "other" && at) {
          const p = ctx.index.holder(m.countryId, m.role, at);
          if (p) return [{ kind: "person", id: p.id, via: "title" }];
        }
        // "the president" with no country: the last person of the article who held that office
        if (!m.countryId && m.role && m.role !== "other" && m.role !== "org_head") {
          const recent = [...personHistory].reverse().find((r) => !r.id.startsWith("discovered:") && ctx.index.holds(r.id, m.role!));
          if (recent) return [{ ...recent, via: "title" }];
        }
        return [];
      }
      // pronouns
      if (m.pronoun === "he") return resolveHe(u, sl);
      if (m.pronoun === "self") return firstPerson && firstPerson !== sl ? resolveSlot(firstPerson, date) : [];
      if (m.pronoun === "we") {
        const speaker = speakerOf(u, sl, units, ctx);
        if (!speaker) return [];
        if (/我国|我方/.test(v.slice(m.start, m.end))) {
          const c = speaker.kind === "person" ? ctx.index.countryOf(speaker.id, at) ?? speaker.countryId : speaker.id;
          return c ? [{ kind: "country", id: c, via: "pronoun" }] : [];
        }
        return [{ ...speaker, via: "pronoun" }];
      }
      if (m.pronoun === "you") {
        const speaker = speakerOf(u, sl, units, ctx);
        const other = speaker && counterpart.get(refKey(speaker));
        if (!other) return [];
        if (/贵国|贵方/.test(v.slice(m.start, m.end)) && other.kind === "person") {
          const c = ctx.index.countryOf(other.id, at) ?? other.countryId;
          return c ? [{ kind: "country", id: c, via: "pronoun" }] : [];
        }
        return [{ ...other, via: "pronoun" }];
      }
      if (m.pronoun === "both") {
        const surface = v.slice(m.start, m.end);
        // 中美…两国元首: a pair named earlier in the same sentence
        const pair = u.mentions.filter((x) => x.form === "pair" && x.end <= m.start).slice(-2);
        // 海妮…欢迎赖清德，两人随后举行会谈: the two persons just named in this sentence
        const named = [...new Map(u.mentions.filter((x) => x.kind === "person" && x.end <= m.start).map((x) => [x.id, x])).values()];
        const namedPair: [ActorRef, ActorRef] | undefined = named.length === 2 ? [personRef(named[0], ctx), personRef(named[1], ctx)] : undefined;
        const pairRefs: [ActorRef, ActorRef] | undefined =
          pair.length === 2 ? [{ kind: "country", id: pair[0].id!, via: "pair" }, { kind: "country", id: pair[1].id!, via: "pair" }] : namedPair ?? lastPair;
        if (!pairRefs) return [];
        return resolveBoth(surface, pairRefs, at);
      }
      return [];
    };

    const resolveBoth = (surface: string, lastPair: [ActorRef, ActorRef], at: string): ActorRef[] => {
      {
        // 两国元首 / 两国总理 after an exchange told with countries: who held those offices
        const role = /元首|总统|heads of state|presidents/.test(surface) ? "head_of_state" : /总理|首相|prime ministers/.test(surface) ? "head_of_government" : /外长|外交部长|foreign ministers/.test(surface) ? "foreign_minister" : /防长|国防部长/.test(surface) ? "defence_minister" : /领导人|leaders/.test(surface) ? "party_leader" : undefined;
        if (coordinatedPair && u.index - coordinatedAt <= 3 && (role === undefined || role === "party_leader" || coordinatedPair.every((r) => r.kind === "person" && ctx.index.holds(r.id, role)))) {
          if (!/countries|nations|sides|两国$/.test(surface)) return coordinatedPair.map((r) => ({ ...r, via: "pronoun" }));
        }
        // 两国总理 / the two presidents: the pair of this article's events that holds that office
        if (role) {
          const holds = (r: ActorRef) => r.kind === "person" && !r.id.startsWith("discovered:") && ctx.index.holds(r.id, role, undefined);
          const counted = new Map<string, { pair: [ActorRef, ActorRef]; n: number; last: number }>();
          // a person visiting or meeting a country counts as a pair with that country's office holder
          const asPerson = (r: ActorRef, e: RawEvent): ActorRef | undefined => {
            if (r.kind !== "country") return r;
            const date = e.date?.value ?? at;
            // a leader of the country the article itself names (India's prime minister, not its president)
            if (role === "party_leader" || role === "head_of_state") {
              const named = (["party_leader", "head_of_state", "head_of_government"] as const)
                .map((k) => ctx.index.holder(r.id, k, date))
                .find((p) => p && personHistory.some((h) => h.id === p.id));
              if (named) return { kind: "person", id: named.id, via: "title" };
            }
            const p = ctx.index.holder(r.id, role, date);
            return p ? { kind: "person", id: p.id, via: "title" } : undefined;
          };
          events.forEach((e, i) => {
            const a = asPerson(e.source, e);
            const b = asPerson(e.target, e);
            if (e.status !== "happened" || !a || !b || !holds(a) || !holds(b) || a.id === b.id) return;
            const key = [a.id, b.id].sort().join("|");
            const c = counted.get(key) ?? { pair: [a, b] as [ActorRef, ActorRef], n: 0, last: 0 };
            c.n++;
            c.last = i;
            counted.set(key, c);
          });
          // an exchange told in this very sentence first (习近平…对塞尔维亚进行国事访问，两国元首签署…)
          const here = events.filter((e) => e.sentence === u);
          const hereKeys = new Set(here.map((e) => [asPerson(e.source, e)?.id, asPerson(e.target, e)?.id].sort().join("|")));
          const best = [...counted.entries()].sort(([ka, a], [kb, b]) => Number(hereKeys.has(kb)) - Number(hereKeys.has(ka)) || b.last - a.last || b.n - a.n)[0]?.[1];
          if (best) return best.pair.map((r) => ({ ...r, via: "pronoun" }) as ActorRef);
        }
        if (role && lastPair.every((r) => r.kind === "country") && at) {
          const holders = lastPair.map((r) => ctx.index.holder(r.id, role, at));
          if (holders[0] && holders[1]) return holders.map((p) => ({ kind: "person", id: p!.id, via: "pronoun" }) as ActorRef);
        }
        const countriesOnly = /两国$|countries|nations|sides/.test(surface);
        if (countriesOnly) {
          const cs = lastPair.map((r) => (r.kind === "person" ? ctx.index.countryOf(r.id, at) ?? r.countryId : r.kind === "country" ? r.id : undefined));
          if (cs[0] && cs[1] && cs[0] !== cs[1]) return cs.map((id) => ({ kind: "country", id: id!, via: "pronoun" }) as ActorRef);
        }
        return lastPair.map((r) => ({ ...r, via: "pronoun" }));
      }
    };

    const datelineEnd = u.dates.find((d) => d.dateline && d.start <= (u.lang === "en" ? 40 : 16))?.end ?? 0;
    for (const t of u.triggers) {
      const lang = t.sense.lang;
      if (t.start < datelineEnd) continue; // 综合外电报导 in a dateline is no telegram
      // a trigger inside a name (来西 in 马来西亚) is no trigger
      if (u.mentions.some((m) => m.kind !== "pronoun" && m.start < t.end && m.end > t.start && !(m.start <= t.start && m.end >= t.end && t.sense.embeds))) {
        if (!t.sense.embeds || u.mentions.some((m) => m.kind !== "pronoun" && m.kind !== "country" && m.start < t.end && m.end > t.start)) continue;
      }
      if (lang !== u.lang && !(lang === "zh" && u.lang === "en")) continue;
      // a reference back to an event already told (在会谈中说, 本次会晤, during the talks)
      const refWords = markers.reference[lang];
      if (lang === "zh" && (/在$/.test(v.slice(Math.max(0, t.start - 1), t.start)) && /^[中上时]/.test(v.slice(t.end, t.end + 1)))) continue;
      if (near(v, t.start, refWords, 4, lang, "before")) continue;
      const negWindow = lang === "zh" ? 5 : 24;
      let neg = near(v, t.start, markers.negation[lang], negWindow, lang, "before");
      if (!neg && lang === "zh") {
        // 也未安排与中国国务院总理李强会面: the negation stands before the partner, not the verb
        const [cs0] = u.clauses.find(([a, b]) => t.start >= a && t.start < b) ?? [0];
        const m = v.slice(cs0, t.start).match(/(未|没有|并未|从未|不会|拒绝|并无|尚未|无意)[^，,。；]{0,2}(安排|计划|打算|同|与|和|跟|向|对)/);
        if (m) neg = m[1];
      }
      if (neg && !lex.triggers.notNegation[lang].some((w) => v.slice(Math.max(0, t.start - negWindow - 2), t.start + 2).includes(w) && w.includes(neg))) continue;
      if (lang === "en" && /\b(no|not)\b[^,.;]{0,40}$/.test(v.slice(Math.max(0, t.start - 40), t.start)) && /will|would|be/.test(v.slice(Math.max(0, t.start - 40), t.start + 10))) continue;
      // "spoke with", "talked to" are calls only when a phone or video is named
      if (t.sense.type === "CALLED" && lang === "en" && /^(spoke|spoken|talked)/.test(t.text) && !lex.triggers.phoneWords.en.some((w) => t.text.includes(w))) {
        // in a story about calls, "spoke with" is one more call
        if (!lex.triggers.phoneWords.en.some((w) => phoneStory.includes(w))) continue;
      }
      // "called on both sides to…": urging, not calling on someone
      if (/^(called on|call on)$/.test(t.text) && /^\s*[\w .'’-]{1,60}?\s+to\s+\w/.test(v.slice(t.end, t.end + 70))) continue;
      // "called Lula a corrupt communist": naming, not phoning
      if (t.sense.type === "CALLED" && lang === "en" && /^(called|calls|phoned)$/.test(t.text) && /^\s*[\w .'’-]{1,40}?\s+(a|an|the)\s|^\s*[\w .'’-]{1,40}?\s*["“]/.test(v.slice(t.end, t.end + 60)) && !/phone|call/.test(v.slice(t.end, t.end + 60))) continue;
      // a question reports a claim, not an event (两国元首近期还通了电话，中方能否证实？)
      if (lang === "zh" && /[？?]\s*[”"」]?$/.test(v) && /(能否|是否|吗|么|有没有|是不是)/.test(v)) continue;
      // 访华筹备工作, 访问期间: the visit is named, not told
      if (t.sense.type === "VISITED" && /^(的)?(筹备|准备|事宜|计划|安排|行程|邀请|成果|期间)/.test(v.slice(t.end, t.end + 4))) continue;
      const roles = assignRoles(u, slots, t, lex);
      if (!roles) continue;
      // plans are read from the subject on (鲁托将于4月22日至26日对中国进行国事访问)
      const subjectEnd = roles.sources[0] && roles.sources[0].mention.end <= t.start ? roles.sources[0].mention.end : undefined;
      const plannedWindow = lang === "zh" ? Math.min(30, subjectEnd !== undefined ? t.start - subjectEnd : 8) : 30;
      // support said to come ("will support", 将全力支持) is support expressed now
      let plannedWord = t.sense.type === "EXPRESSED_SUPPORT" ? undefined : near(v, t.start, markers.planned[lang], Math.max(8, plannedWindow), lang, "before");
      const [clauseStart] = u.clauses.find(([a, b]) => t.start >= a && t.start < b) ?? [0];
      if (!plannedWord && lang === "zh" && t.sense.type !== "EXPRESSED_SUPPORT" && subjectEnd !== undefined && subjectEnd < clauseStart) {
        // 赖清德预计12月2日抵达马久罗，与海妮举行会谈: one subject, one plan across its clauses
        const stretch = v.slice(subjectEnd, t.start);
        if (!slots.some((o) => o.case === "nom" && o.mention.start >= subjectEnd && o.mention.end <= t.start)) {
          plannedWord = markers.planned.zh.find((w) => stretch.includes(w));
        }
      }
      if (!plannedWord && lang === "zh" && t.sense.type !== "EXPRESSED_SUPPORT") {
        // 将于周日前往华盛顿，并于周一…举行峰会: a plan runs on through clauses joined by 并
        const ci = u.clauses.findIndex(([a, b]) => t.start >= a && t.start < b);
        for (let k = ci; k > 0 && /^(并|并将|随后|然后|再|还将|之后将)/.test(v.slice(u.clauses[k][0], u.clauses[k][0] + 3)); k--) {
          const prevClause = v.slice(u.clauses[k - 1][0], u.clauses[k - 1][1]);
          plannedWord = markers.planned.zh.find((w) => prevClause.includes(w));
          if (plannedWord) break;
        }
      }
      // "the first Arab leader to visit the White House" tells a visit that happened
      const firstTo = lang === "en" && /\b(first|second|third|last|only|latest)\b[^,.;]{0,40}$/.test(v.slice(Math.max(0, t.start - 45), t.start));
      const status: EventStatus = !firstTo && (plannedWord || (/^(will|to) /.test(t.text) && t.sense.type !== "EXPRESSED_SUPPORT")) ? "planned" : "happened";
      const afterTrigger = v.slice(t.end, (u.clauses.find(([a, b]) => t.start >= a && t.start < b) ?? [0, v.length])[1]);
      const backgroundZh = lang === "zh" && markers.backgroundClause.zh.some((w) => afterTrigger.includes(w));
      const backgroundEn = lang === "en" && near(v, t.start, markers.backgroundClause.en, 30, "en", "before") !== undefined;
      const background = backgroundZh || backgroundEn;
      const { date, from, fallback } = dateForEvent(u, t, units, reports, status === "planned", background);
      const at = date?.value ?? published;

      const emit = (source: ActorRef, target: ActorRef, extra: Partial<RawEvent> = {}) => {
        if (source.kind === target.kind && source.id === target.id) return;
        // a country and its own leader are one side, not two
        const countryOf = (r: ActorRef) => (r.kind === "country" ? r.id : r.kind === "person" ? ctx.index.countryOf(r.id, at) ?? r.countryId : undefined);
        if ((source.kind === "country" || target.kind === "country") && countryOf(source) === countryOf(target)) return;
        const ev: RawEvent = {
          type: t.sense.type,
          source,
          target,
          status,
          sentence: u,
          trigger: t,
          date,
          dateFrom: from,
          fallbackDate: fallback,
          background,
          confidence: confidenceOf(source, target, from, u.headline),
          ...extra,
        };
        events.push(ev);
        // who 双方 / 两人 / 您 refer to: the two sides of an exchange, not a visitor and a country
        if (status === "happened" && source.kind === target.kind) {
          lastPair = [source, target];
          counterpart.set(refKey(source), target);
          counterpart.set(refKey(target), source);
        }
      };

      if (t.sense.type === "VISITED") {
        const visitors = roles.visitorOf ? resolveSlot(roles.visitorOf, at) : roles.sources.flatMap((s) => resolveSlot(s, at));
        let places: string[] = [];
        if (roles.embeddedTarget) {
          // 访华盛顿 is a visit to Washington, not 访华 + 盛顿
          const longer = u.mentions.find((m) => m.kind === "country" && m.start < t.end && m.end > t.end);
          // 造访马国 in an article about the Marshall Islands: a shared short form takes the country named
          const shared = Object.entries(lex.references.sharedForms).find(([form]) => t.text.endsWith(form) && form.length < t.text.length)?.[1];
          const named = shared?.find((id) => namedCountries.has(id));
          places = [longer?.id ?? named ?? roles.embeddedTarget];
        }
        else if (roles.visitorOf) {
          const hostSlot = slots.filter((s) => s.mention.end <= t.start && s.case === "nom").slice(-1)[0];
          // 两国元首…并同到访的冯德莱恩: hosted where they meet, not in both countries
          const where = slots.find((s) => s.case === "loc" && (s.mention.kind === "country" || s.mention.kind === "place"));
          const host = roles.sources.length ? [] : hostSlot?.mention.pronoun === "both" ? (where ? resolveSlot(where, at) : []) : hostSlot ? resolveSlot(hostSlot, at) : [];
          places = host.map((h) => (h.kind === "person" ? ctx.index.countryOf(h.id, at) ?? h.countryId : h.kind === "country" ? h.id : undefined)).filter((x): x is string => !!x);
        } else {
          places = roles.targets
            .flatMap((s) => resolveSlot(s, at))
            .map((r) => (r.kind === "country" ? r.id : r.kind === "person" ? ctx.index.countryOf(r.id, at) ?? r.countryId : undefined))
            .filter((x): x is string => !!x);
        }
        for (const visitor of visitors) {
          if (visitor.kind !== "person") continue;
          const home = ctx.index.countryOf(visitor.id, at) ?? visitor.countryId;
          for (const place of places) {
            if (place === home) continue;
            emit(visitor, { kind: "country", id: place, via: "name" });
          }
        }
        continue;
      }

      let sources = roles.sources.flatMap((s) => resolveSlot(s, at));
      // a country speaking through its leader (他在唁电中说，白方支持俄方): the leader is the actor
      if (t.sense.type === "EXPRESSED_SUPPORT" || t.sense.type === "CONGRATULATED" || t.sense.type === "SENT_MESSAGE") {
        sources = sources.map((src, i) => {
          if (src.kind !== "country") return src;
          const speaker = reportedSpeaker(u, roles.sources[i] ?? roles.sources[0], units, ctx, resolveSlot, at);
          // only a leader or minister speaks as the country; a spokesperson speaks for it (中方支持…)
          const leads = (o: { role: string }) => o.role === "head_of_state" || o.role === "head_of_government" || o.role === "party_leader";
          if (!speaker || speaker.id.startsWith("discovered:") || !ctx.index.persons.get(speaker.id)?.offices.some(leads)) return src;
          const c = ctx.index.countryOf(speaker.id, at);
          return c === src.id ? { ...speaker, via: "name" } : src;
        });
      }
      let targets = roles.targets.flatMap((s) => resolveSlot(s, at));
      const signing = t.sense.type === "SIGNED_AGREEMENT" ? signedAgreement(t, u, article, lex) : undefined;
      if (t.sense.type === "SIGNED_AGREEMENT" && !signing) continue;
      if (roles.sources[0]?.mention.pronoun === "both" && t.sense.frame === "joint") {
        const withOthers = roles.targets[0] && roles.targets[0] !== roles.sources[0] ? targets : [];
        // 两国元首…并同冯德莱恩举行三方会晤: each of the two meets the third
        if (withOthers.length) for (const s of sources) for (const tg of withOthers) emit(s, tg, signing ?? {});
        else if (sources.length === 2) emit(sources[0], sources[1], signing ?? {});
        continue;
      }
      if (!sources.length || !targets.length) continue;
      if (signing) {
        emit(sources[0], targets[0], signing);
      } else {
        const place = t.sense.type === "MET" ? placeOf(slots, t, u, ctx, at) : undefined;
        // A拜会B, A called on B: B is the host
        const reversed = lex.triggers.reversed.terms.includes(t.text);
        for (const s of sources) for (const tg of targets) reversed ? emit(tg, s, place ? { placeId: place } : {}) : emit(s, tg, place ? { placeId: place } : {});
      }
      // "hosted Abiy and Hassan": the two objects are "the two leaders" of what follows
      if (targets.length >= 2 && status === "happened") {
        coordinatedPair = [targets[0], targets[1]];
        coordinatedAt = u.index;
      }
      targets = targets.slice(0, 1);
      // the first pair of this trigger stays the pair in context (emit set the last one)
      const src = sources[0];
      const tgt = targets[0];
      if (src && tgt && status === "happened" && src.kind === tgt.kind) lastPair = [src, tgt];
    }
    // the last person named in this sentence, for 他 / he in the next ones
    for (const m of u.mentions) {
      if (m.kind !== "person") continue;
      lastPerson = personRef(m, ctx);
      personHistory.push(lastPerson);
    }
    if (firstPerson) lastSubject = personRef(firstPerson.mention, ctx);
    // a bilateral sentence without an event still sets who 双方 / 两国 are
    const persons = u.mentions.filter((m) => m.kind === "person");
    if (persons.length >= 2 && (events.length === 0 || events[events.length - 1].sentence !== u)) {
      const a = personRef(persons[0], ctx);
      const b = personRef(persons.find((p) => p.id !== persons[0].id) ?? persons[1], ctx);
      if (a.id !== b.id) lastPair = [a, b];
    }
    void text;
  }
  const leadDate =
    reports.find((r) => r.main)?.main ?? (published ? { value: published, precision: "day" as const } : undefined);
  return { sentences: units, events, discovered, leadDate };

  /**
   * 他 / he as a subject is the sentence's subject (安华则请李强转达他对习近平的问候), else the last
   * subject before; as an object it is the last person named before it other than this sentence's
   * subject (李强致电石破茂，祝贺他…).
   */
  function resolveHe(u: SentenceUnit, sl: Slot): ActorRef[] {
    const slots = slotsOf(u);
    const subject = slots.find((o) => o.case === "nom" && o.mention.kind === "person" && o.mention.end <= sl.mention.start);
    const asSubject = sl.case === "nom";
    if (asSubject) {
      if (subject) return [{ ...personRef(subject.mention, ctx), via: "pronoun" }];
      return lastSubject ? [{ ...lastSubject, via: "pronoun" }] : lastPerson ? [{ ...lastPerson, via: "pronoun" }] : [];
    }
    const [cs] = u.clauses.find(([a, b]) => sl.mention.start >= a && sl.mention.start < b) ?? [0];
    const clauseSubjects = new Set(slots.filter((o) => o.case === "nom" && o.mention.start >= cs).map((o) => o.mention));
    const prior = u.mentions.filter((m) => m.kind === "person" && m.end <= sl.mention.start && m !== subject?.mention && !clauseSubjects.has(m));
    if (prior.length) return [{ ...personRef(prior[prior.length - 1], ctx), via: "pronoun" }];
    const skip = subject ? personRef(subject.mention, ctx).id : undefined;
    const earlier = [...personHistory].reverse().find((r) => r.id !== skip);
    return earlier ? [{ ...earlier, via: "pronoun" }] : [];
  }
}

/**
 * Shared forms (巴方, 中巴, 伊方) stand for the country the article names in full; forms that
 * only make sense in context (南方) are dropped when none of their countries is named.
 */
function resolveSharedForms(units: SentenceUnit[], ctx: ExtractContext, published: string | undefined): Set<string> {
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

/**
 * Within an article, a person named in full is then often named by one part of the name: "Lee" for
 * Lee Jae-myung, "Ishiba" for Shigeru Ishiba. Such parts count only in this article, only when
 * written with a capital, and only when no other person of the article shares them.
 */
function addSurnameMentions(article: Article, units: SentenceUnit[], ctx: ExtractContext) {
  const owners = new Map<string, Set<string>>();
  for (const u of units) {
    for (const m of u.mentions) {
      if (m.kind !== "person" || !m.id || m.id.startsWith("discovered:")) continue;
      const p = ctx.index.persons.get(m.id);
      if (!p) continue;
      for (const full of [p.name, ...p.en]) {
        // "Hussein bin Abdullah": what follows bin / ibn names the father
        const words = full.split(/\s+(?:bin|ibn|bint|ben)\s+/i)[0].split(/\s+/);
        const parts = words.filter((w) => /^[A-Z][a-z'’-]{2,}$/.test(w));
        if (words.length < 2 || !parts.length) continue;
        for (const part of [parts[0], parts[parts.length - 1]]) {
          const set = owners.get(part) ?? new Set<string>();
          set.add(p.id);
          owners.set(part, set);
        }
      }
    }
  }
  // titles are no names ("King Abdullah": King is not Abdullah)
  const titleWords = new Set(ctx.lexicon.titles.titles.flatMap((t) => t.en).flatMap((t) => t.split(/\s+/)));
  const parts = [...owners]
    .filter(([w, ids]) => ids.size === 1 && !titleWords.has(w.toLowerCase()) && !ctx.gazetteer.knows(w) && !/^(Crown|Prince|Princess|Sheikh|Sultan|Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Comrade|Chairman|Marshal)$/.test(w))
    .map(([w, ids]) => [w, [...ids][0]] as const);
  if (!parts.length) return;
  const re = new RegExp(`\\b(${parts.map(([w]) => w).join("|")})\\b`, "g");
  const idOf = new Map(parts);
  for (const u of units) {
    if (u.lang !== "en") continue;
    const text = article.text.slice(u.start, u.end);
    for (const m of text.matchAll(re)) {
      const textStart = u.start + m.index!;
      const textEnd = textStart + m[0].length;
      let vs = 0;
      while (vs < u.view.text.length && u.view.toText[vs] < textStart) vs++;
      let ve = vs;
      while (ve < u.view.text.length && u.view.toText[ve] < textEnd) ve++;
      if (u.mentions.some((x) => x.start < ve && x.end > vs && x.kind !== "title")) continue;
      // a title right before the name is the name's ("President Trump", "Prime Minister Ishiba")
      const title = u.mentions.find((x) => x.kind === "title" && x.end <= vs && vs - x.end <= 1);
      const mention: Mention = { start: title?.start ?? vs, end: ve, kind: "person", id: idOf.get(m[1])! };
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

function personRef(m: Mention, ctx: ExtractContext): ActorRef {
  if (m.id!.startsWith("discovered:")) return { kind: "person", id: m.id!, name: m.name, countryId: m.countryId, via: "name" };
  void ctx;
  return { kind: "person", id: m.id!, via: "name" };
}

const refKey = (r: ActorRef) => `${r.kind}:${r.id}`;

/** The speaker of a quotation: the last person named before the opening quote in the paragraph. */
function speakerOf(u: SentenceUnit, sl: Slot, units: SentenceUnit[], ctx: ExtractContext): ActorRef | undefined {
  const q = u.quotes.find(([a, b]) => sl.mention.start >= a && sl.mention.end <= b);
  const limit = q ? q[0] : sl.mention.start;
  const inSentence = u.mentions.filter((m) => m.kind === "person" && m.end <= limit);
  if (inSentence.length) return personRef(inSentence[inSentence.length - 1], ctx);
  for (let i = u.index - 1; i >= 0 && units[i].paragraph === u.paragraph; i--) {
    const ps = units[i].mentions.filter((m) => m.kind === "person");
    if (ps.length) return personRef(ps[ps.length - 1], ctx);
  }
  return undefined;
}

const SPEECH_VERBS = /^(.{0,12}?)(表示|说|指出|强调|称|宣布|写道|认为|重申|回应|介绍|发言)/;

/** The person whose words a sentence reports at this mention: a quote's speaker, or "X说/表示，…". */
function reportedSpeaker(
  u: SentenceUnit,
  sl: Slot,
  units: SentenceUnit[],
  ctx: ExtractContext,
  resolveSlot: (sl: Slot, date: string | undefined) => ActorRef[],
  at: string | undefined,
): ActorRef | undefined {
  if (u.quotes.some(([a, b]) => sl.mention.start >= a && sl.mention.end <= b)) {
    const s = speakerOf(u, sl, units, ctx);
    if (s) return s;
  }
  const v = u.view.text;
  const slots = slotsOf(u).filter((o) => o.mention.end <= sl.mention.start && (o.mention.kind === "person" || o.mention.pronoun === "he"));
  for (let i = slots.length - 1; i >= 0; i--) {
    const m = v.slice(slots[i].mention.end, sl.mention.start).match(SPEECH_VERBS);
    if (m && !/[。]/.test(m[1])) {
      const r = resolveSlot(slots[i], at)[0];
      if (r?.kind === "person") return r;
    }
  }
  if (u.lang === "en") {
    const said = slots.find((o) => /^\s*(said|says|told|stated|added|wrote)\b/.test(v.slice(o.mention.end)));
    if (said) return resolveSlot(said, at)[0];
  }
  return undefined;
}

/** A country named as the place of a meeting (在北京 / in Beijing). */
function placeOf(slots: Slot[], t: TriggerHit, u: SentenceUnit, ctx: ExtractContext, at: string | undefined): string | undefined {
  const [cs, ce] = u.clauses.find(([a, b]) => t.start >= a && t.start < b) ?? [0, u.view.text.length];
  const loc = slots.find((s) => s.case === "loc" && (s.mention.kind === "country" || s.mention.kind === "place") && s.mention.start >= cs && s.mention.end <= ce);
  void ctx;
  void at;
  return loc?.mention.kind === "place" ? loc.mention.countryId : loc?.mention.id;
}

/** The agreement a signing trigger signs, or undefined when it signs none (发表声明 is one side's). */
function signedAgreement(t: TriggerHit, u: SentenceUnit, article: Article, lex: Lexicon): Partial<RawEvent> | undefined {
  const found = agreementOf(t, u, article, lex);
  if (!found.agreement) return undefined;
  const issued = lex.triggers.issuedOnly;
  const v = u.view.text;
  if (issued.terms.includes(t.text) && !issued.titleMarks.some((m) => found.agreement!.title.includes(m) || v.slice(t.end, t.end + 2).includes(m))) return undefined;
  return found;
}

function agreementOf(t: TriggerHit, u: SentenceUnit, article: Article, lex: Lexicon): Partial<RawEvent> {
  const v = u.view.text;
  const [, ce] = u.clauses.find(([a, b]) => t.start >= a && t.start < b) ?? [0, v.length];
  const tail = v.slice(t.end, Math.max(ce, Math.min(v.length, t.end + 40)));
  const original = (a: number, b: number) => article.text.slice(u.view.toText[t.end + a], u.view.toText[t.end + b - 1] + 1).replace(/\s+/g, " ").trim();
  const kinds = Object.entries(lex.triggers.agreementKinds).flatMap(([kind, words]) => words.map((w) => ({ kind, w: w.toLowerCase() })));
  kinds.sort((a, b) => b.w.length - a.w.length);
  const kindOf = (title: string) => kinds.find((k) => title.toLowerCase().includes(k.w))?.kind ?? "agreement";
  const book = tail.match(/[《〈]\s*([^》〉]{1,60}?)\s*[》〉]/);
  if (book && book.index! <= 20) {
    const title = original(book.index! + book[0].indexOf(book[1]), book.index! + book[0].indexOf(book[1]) + book[1].length);
    return { agreement: { title, kind: kindOf(book[1]) } };
  }
  const quoted = tail.match(/["“]([^"”]{3,80})["”]/);
  if (quoted && quoted.index! <= 20 && kinds.some((k) => quoted[1].toLowerCase().includes(k.w))) {
    return { agreement: { title: original(quoted.index! + 1, quoted.index! + 1 + quoted[1].length), kind: kindOf(quoted[1]) } };
  }
  if (u.lang === "en") {
    // "the Treaty on Comprehensive Strategic Partnership, which he signed": the title comes first
    const head = article.text.slice(u.start, u.start + (u.view.toText[t.start] - u.start));
    const m = head.match(/((?:the\s+)?(?:[A-Z][\w'’-]*\s+)*(?:Treaty|Declaration|Agreement|Accord|Accords|Statement|Communiqu[eé]|Memorandum|Pact|Convention|Protocol)(?:\s+(?:on|of|for|between)\s+(?:[A-Z][\w'’-]*\s*)+)?),?\s+(?:(?:which|that)\b[^.]*|(?:was|were|had been|has been|is|are)\s+)$/);
    if (m) {
      const title = m[1].replace(/^the\s+/, "").trim();
      return { agreement: { title, kind: kindOf(title) } };
    }
  }
  // a noun phrase ending with an agreement word: 签署伙伴关系声明, signed a trade agreement
  for (const k of kinds) {
    const i = tail.indexOf(k.w);
    if (i >= 0 && i <= 24 && !/[，,。；;]/.test(tail.slice(0, i))) {
      let start = 0;
      const lead = tail.slice(0, i).match(/^(了|了一份|一份|一项|了一项|the |an? |a new |new )/);
      if (lead) start = lead[0].length;
      const title = original(start, i + k.w.length);
      if (title) return { agreement: { title, kind: k.kind } };
    }
  }
  return {};
}

function confidenceOf(s: ActorRef, t: ActorRef, from: RawEvent["dateFrom"], headline: boolean): number {
  const weight = (r: ActorRef) => (r.via === "name" ? 1 : r.via === "pronoun" ? 0.8 : 0.9);
  let c = 0.9 * weight(s) * weight(t);
  if (from === "report" || from === "paragraph") c -= 0.05;
  if (headline) c -= 0.1;
  return Math.round(c * 100) / 100;
}

function oneCharApart(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 3) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}
