/**
 * Extract stage for one article: sentences → recognised mentions, triggers and dates → raw events
 * with resolved endpoints and dates. Context lives here: reports (a forum post quoting three wire
 * copies has three datelines), title ↔ name bindings (the 国防部副部长 of one sentence is the
 * 国防部副部长 克里沃鲁奇科 of another), pronouns (他, 双方, 我们 in a quote, 贵国) and the
 * discovered persons of the article.
 */
import { dateForEvent, resolveReports } from "../dates/reports.js";
import type { DictionaryIndex } from "../dictionary/index.js";
import type { Mention } from "../recognise/mentions.js";
import type { Article, FuzzyDate } from "../types.js";
import { addSurnameMentions, addSurnameTitles, linkGlossedNames, personRef, refKey, resolveSharedForms } from "./article-context.js";
import { signedAgreement } from "./agreement.js";
import { isBackground, statusOf, tellsEvent } from "./modality.js";
import { assignRoles, clauseOf, slotsOf, type Slot } from "./roles.js";
import { reportedSpeaker, speakerOf } from "./speakers.js";
import { buildSentences, markQuotes, type SentenceContext } from "./sentences.js";
import type { TriggerHit } from "./triggers.js";
import type { ActorRef, RawEvent, SentenceUnit } from "./types.js";

export interface ExtractContext extends SentenceContext {
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
  /** The time limit stopped reading before the end of the article. */
  cut: boolean;
}

export function extractArticle(article: Article, ctx: ExtractContext, timeLimitMs = Infinity): ArticleExtraction {
  const deadline = Date.now() + timeLimitMs;
  const units = buildSentences(article, ctx, deadline);
  const cut = Date.now() > deadline;
  markQuotes(units);
  const reports = resolveReports(article, units);
  const lex = ctx.lexicon;
  const published = article.published;

  const namedCountries = resolveSharedForms(units, ctx, published);
  const phoneStory = units.filter((x) => x.lang === "en").map((x) => x.view.text).join(" ");
  linkGlossedNames(units);
  addSurnameMentions(article, units, ctx);
  addSurnameTitles(units, ctx);

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
      // 阿根廷总统费尔南德斯: the office holder of the day whose full name ends so (阿尔韦托·费尔南德斯)
      const holder = m.kind === "person" && m.id?.startsWith("discovered:") ? holderNamed(m, ctx.index, published) : undefined;
      if (holder) {
        m.id = holder;
        bareNames.set(m.name!, holder);
        m.name = undefined;
      } else if (m.kind === "person" && m.id?.startsWith("discovered:")) {
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
          const d = discovered.find((x) => x.key === key);
          u.mentions.push(d ? { start: i, end: i + name.length, kind: "person", id: key, name, countryId: d.countryId } : { start: i, end: i + name.length, kind: "person", id: key });
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
  // greetings passed on or congratulations sent name a pair that is not "the two sides" of the talks
  let pairFromMessage = false;
  const setPair = (pair: [ActorRef, ActorRef], type?: string) => {
    const message = type === "SENT_MESSAGE" || type === "CONGRATULATED";
    if (message && lastPair && !pairFromMessage) return;
    lastPair = pair;
    pairFromMessage = message;
  };
  const counterpart = new Map<string, ActorRef>();
  /**
   * Whom the article's messages go to when their senders are not named one by one (一些国家领导人
   * 致电习近平，祝贺…): the 您 of each sender's words quoted after it.
   */
  let addressee: ActorRef | undefined;

  for (const u of units) {
    if (Date.now() > deadline) break;
    const v = u.view.text;
    const slots = slotsOf(u);
    const firstPerson = slots.find((s) => s.case === "nom" && s.mention.kind === "person");
    // 周日一早会见了施泰因迈尔之后，便前往总理府与肖尔茨见面: a Chinese sentence with no subject at
    // all goes on with the subject of the sentence before
    // (only when nothing but words of time stands before its first event word: 而小泉同日也与…会谈
    // names its subject, though not one the dictionary knows)
    const carried =
      u.lang === "zh" && !u.headline && lastSubject?.kind === "person" && !slots.some((sl) => sl.case === "nom" || sl.case === "agent") && onlyTimeBefore(u);
    const roleSlots: Slot[] = carried
      ? [{ mention: { start: 0, end: 0, kind: "person", id: lastSubject!.id, name: lastSubject!.name, countryId: lastSubject!.countryId }, case: "nom", genitive: false, quoted: false, appositive: false }, ...slots]
      : slots;

    /** `doer`: the ids of the event's source, which an object pronoun does not refer to. */
    const resolveSlot = (sl: Slot, date: string | undefined, doer?: string[]): ActorRef[] => {
      const m = sl.mention;
      const at = date ?? published ?? "";
      if (m.kind === "person") return [personRef(m, ctx)];
      if (m.kind === "country") return [{ kind: "country", id: m.id!, via: m.form === "name" ? "name" : (m.form ?? "name") }];
      if (m.kind === "org") return [{ kind: "org", id: m.id!, via: "name" }];
      if (m.kind === "place") return [{ kind: "country", id: m.countryId!, via: "seat" }];
      if (m.kind === "title") {
        const bound = bindings.get(bindingKey(m));
        // (阿巴斯最近一次同以色列总理通电话是在2017年7月: the office holder of that day, when the
        // dictionary says the one the article names held no such office then)
        const then = bound && date && m.countryId && m.role && m.role !== "other" && !bound.id.startsWith("discovered:") ? ctx.index.holder(m.countryId, m.role, date) : undefined;
        if (bound && then && then.id !== bound.id && !ctx.index.holdsAt(bound.id, m.role!, m.countryId!, date!)) return [{ kind: "person", id: then.id, via: "title" }];
        if (bound) return [{ ...bound, via: "title" }];
        if (m.countryId && m.role && m.role !== "other" && at) {
          const p = ctx.index.holder(m.countryId, m.role, at);
          if (p) return [{ kind: "person", id: p.id, via: "title" }];
        }
        // "the president" with no country: the last person of the article who held that office
        if (!m.countryId && m.role && m.role !== "other") {
          const recent = [...personHistory].reverse().find((r) => !r.id.startsWith("discovered:") && ctx.index.holds(r.id, m.role!));
          if (recent) return [{ ...recent, via: "title" }];
        }
        return [];
      }
      // pronouns
      if (m.pronoun === "he") return resolveHe(u, sl, doer);
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
        const other = (speaker && counterpart.get(refKey(speaker))) ?? (speaker && addressee && refKey(addressee) !== refKey(speaker) ? addressee : undefined);
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
        if (coordinatedPair && u.index - coordinatedAt <= 8 && (role === undefined || role === "party_leader" || coordinatedPair.every((r) => r.kind === "person" && ctx.index.holds(r.id, role)))) {
          if (!/countries|nations|sides|两国$/.test(surface)) return coordinatedPair.map((r) => ({ ...r, via: "pronoun" }));
        }
        // 两国总理 / the two presidents: the pair of this article's events that holds that office
        if (role) {
          const holds = (r: ActorRef) => r.kind === "person" && !r.id.startsWith("discovered:") && ctx.index.holds(r.id, role, undefined);
          const counted = new Map<string, { pair: [ActorRef, ActorRef]; n: number; last: number; met: boolean }>();
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
            const c = counted.get(key) ?? { pair: [a, b] as [ActorRef, ActorRef], n: 0, last: 0, met: false };
            c.n++;
            c.last = i;
            // the two who met or spoke, not a sender and the recipient of greetings passed on by another
            if (e.type === "MET" || e.type === "CALLED" || e.type === "VISITED") c.met = true;
            counted.set(key, c);
          });
          // an exchange told in this very sentence first (习近平…对塞尔维亚进行国事访问，两国元首签署…)
          const here = events.filter((e) => e.sentence === u);
          const hereKeys = new Set(here.map((e) => [asPerson(e.source, e)?.id, asPerson(e.target, e)?.id].sort().join("|")));
          const best = [...counted.entries()].sort(([ka, a], [kb, b]) => Number(hereKeys.has(kb)) - Number(hereKeys.has(ka)) || Number(b.met) - Number(a.met) || b.last - a.last || b.n - a.n)[0]?.[1];
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
      if (t.start < datelineEnd) continue; // 综合外电报导 in a dateline is no telegram
      // "received on Thursday a telephone call from …": what was received is the call, not a guest
      if (t.sense.type === "MET" && /^receive/.test(t.text) && u.triggers.some((o) => receivedThing(u, t, o))) continue;
      // a trigger inside a name (来西 in 马来西亚) is no trigger
      // (a bare title inside a longer trigger is a word of it: "official" in "official visit to")
      const titleInside = (m: Mention) => m.kind === "title" && m.start >= t.start && m.end <= t.end && m.end - m.start < t.end - t.start;
      if (u.mentions.some((m) => m.kind !== "pronoun" && !titleInside(m) && m.start < t.end && m.end > t.start && !(m.start <= t.start && m.end >= t.end && t.sense.embeds))) {
        if (!t.sense.embeds || u.mentions.some((m) => m.kind !== "pronoun" && m.kind !== "country" && m.start < t.end && m.end > t.start)) continue;
      }
      if (!tellsEvent(u, t, lex, phoneStory)) continue;
      const roles = assignRoles(u, roleSlots, t, lex);
      const message = t.sense.type === "CONGRATULATED" || t.sense.type === "SENT_MESSAGE";
      if (!roles) {
        // senders not named one by one (一些国家领导人陆续致电习近平，祝贺…): the person right after is the addressee
        const [, ce] = clauseOf(u, t.start);
        const next = message ? slots.find((sl) => sl.mention.start >= t.end && sl.mention.start < ce && sl.mention.kind === "person") : undefined;
        if (next) addressee = resolveSlot(next, published)[0] ?? addressee;
        continue;
      }
      const status = statusOf(u, t, roles, slots, lex);
      const background = isBackground(u, t, lex);
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
          setPair([source, target], t.sense.type);
          counterpart.set(refKey(source), target);
          counterpart.set(refKey(target), source);
        }
      };

      if (t.sense.type === "VISITED") {
        const visitors = roles.visitorOf ? resolveSlot(roles.visitorOf, at) : roles.sources.flatMap((s) => resolveSlot(s, at));
        let places: string[] = [];
        // 正在访问马来西亚的黄循财, 正在对马来西亚进行国事访问的…: the clause names the place
        const named = roles.visitorOf && !roles.embeddedTarget ? placeInRelativeClause(slots, t, roles.visitorOf, u) : undefined;
        if (roles.embeddedTarget) {
          // 访华盛顿 is a visit to Washington, not 访华 + 盛顿
          const longer = u.mentions.find((m) => m.kind === "country" && m.start < t.end && m.end > t.end);
          // 造访马国 in an article about the Marshall Islands: a shared short form takes the country named
          const shared = Object.entries(lex.references.sharedForms).find(([form]) => t.text.endsWith(form) && form.length < t.text.length)?.[1];
          const named = shared?.find((id) => namedCountries.has(id));
          places = [longer?.id ?? named ?? roles.embeddedTarget];
        }
        else if (named) {
          places = resolveSlot(named, at).flatMap((r) => (r.kind === "country" ? [r.id] : []));
        } else if (roles.visitorOf) {
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
          // only a leader or a foreign or defence minister speaks as the country; a spokesperson speaks for it (中方支持…)
          const leads = (o: { role: string }) => ["head_of_state", "head_of_government", "party_leader", "foreign_minister", "defence_minister"].includes(o.role);
          if (!speaker || speaker.id.startsWith("discovered:") || !ctx.index.persons.get(speaker.id)?.offices.some(leads)) return src;
          const c = ctx.index.countryOf(speaker.id, at);
          return c === src.id ? { ...speaker, via: "name" } : src;
        });
      }
      let targets = roles.targets.flatMap((s) => resolveSlot(s, at, sources.map((x) => x.id)));
      const signing = t.sense.type === "SIGNED_AGREEMENT" ? signedAgreement(t, u, article, lex) : undefined;
      if (t.sense.type === "SIGNED_AGREEMENT" && !signing) continue;
      if (roles.sources[0]?.mention.pronoun === "both" && t.sense.frame === "joint") {
        const withOthers = roles.targets[0] && roles.targets[0] !== roles.sources[0] ? targets : [];
        // 两国元首…并同冯德莱恩举行三方会晤: each of the two meets the third
        if (withOthers.length) for (const s of sources) for (const tg of withOthers) emit(s, tg, signing ?? {});
        else if (sources.length === 2) emit(sources[0], sources[1], signing ?? {});
        continue;
      }
      if (!sources.length && targets.length === 1 && targets[0].kind === "person" && message) addressee = targets[0];
      if (!sources.length || !targets.length) continue;
      if (signing) {
        emit(sources[0], targets[0], signing);
      } else {
        const place = t.sense.type === "MET" ? placeOf(slots, t, u, ctx, at) : undefined;
        // A拜会B, A called on B: B is the host
        const reversed = lex.triggers.reversed.terms.includes(t.text);
        for (const s of sources) {
          for (const tg of targets) {
            // "paid a visit to Moscow": a call paid on a place, not on a host, is a visit there
            if (reversed && t.sense.type === "MET" && tg.kind === "country" && s.kind === "person") emit(s, tg, { type: "VISITED" });
            else if (reversed) emit(tg, s, place ? { placeId: place } : {});
            else emit(s, tg, place ? { placeId: place } : {});
          }
        }
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
      if (src && tgt && status === "happened" && src.kind === tgt.kind && src.id !== tgt.id) setPair([src, tgt], t.sense.type);
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
      if (a.id !== b.id) setPair([a, b]);
    }
  }
  const leadDate =
    reports.find((r) => r.main)?.main ?? (published ? { value: published, precision: "day" as const } : undefined);
  return { sentences: units, events, discovered, leadDate, cut: cut || Date.now() > deadline };

  /**
   * 他 / he as a subject is the sentence's subject (安华则请李强转达他对习近平的问候), else the last
   * subject before; as an object it is the last person named before it other than this sentence's
   * subject (李强致电石破茂，祝贺他…).
   */
  function resolveHe(u: SentenceUnit, sl: Slot, doer?: string[]): ActorRef[] {
    const slots = slotsOf(u);
    const subject = slots.find((o) => o.case === "nom" && o.mention.kind === "person" && o.mention.end <= sl.mention.start);
    const asSubject = sl.case === "nom";
    if (asSubject) {
      if (subject) return [{ ...personRef(subject.mention, ctx), via: "pronoun" }];
      return lastSubject ? [{ ...lastSubject, via: "pronoun" }] : lastPerson ? [{ ...lastPerson, via: "pronoun" }] : [];
    }
    // as an object: the last person named before it who is not the doer of this event (the event's
    // source when known, else the subjects of its clause and sentence)
    const [cs] = u.clauses.find(([a, b]) => sl.mention.start >= a && sl.mention.start < b) ?? [0];
    const clauseSubjects = new Set(slots.filter((o) => o.case === "nom" && o.mention.start >= cs).map((o) => o.mention.id));
    const skip = doer ? new Set(doer) : new Set([...clauseSubjects, subject?.mention.id]);
    const prior = u.mentions.filter((m) => m.kind === "person" && m.end <= sl.mention.start && !skip.has(m.id) && !clauseSubjects.has(m.id));
    if (prior.length) return [{ ...personRef(prior[prior.length - 1], ctx), via: "pronoun" }];
    const earlier = [...personHistory].reverse().find((r) => !skip.has(r.id));
    return earlier ? [{ ...earlier, via: "pronoun" }] : [];
  }
}

/** A call or message told right after "received", with no actor between: the thing received. */
function receivedThing(u: SentenceUnit, received: TriggerHit, o: TriggerHit): boolean {
  return (o.sense.type === "CALLED" || o.sense.type === "SENT_MESSAGE") && o.start > received.end && o.start - received.end <= 30 && !u.mentions.some((m) => m.kind !== "title" && m.start >= received.end && m.end <= o.start);
}

/** Words of time and sequence a sentence without a subject may open with (周日一早, 随后, 便接着). */
const TIME_AND_SEQUENCE = /一早|上午|下午|晚上|早上|中午|深夜|凌晨|当天|当日|同日|随后|接着|随即|此后|之后|便|并|又|还|也|再|先|则|[，,\s]/g;

/** Nothing but dates and words of time before the sentence's first event word. */
function onlyTimeBefore(u: SentenceUnit): boolean {
  const first = u.triggers[0];
  if (!first) return false;
  let before = u.view.text.slice(0, first.start);
  for (const d of [...u.dates].reverse()) if (d.end <= first.start) before = before.slice(0, d.start) + before.slice(d.end);
  return before.replace(TIME_AND_SEQUENCE, "").length === 0;
}

/**
 * The dictionary person a name found after a title stands for: the holder of that office on the
 * publication day, when one of the holder's Chinese names is that name or ends with it after a
 * middle dot (费尔南德斯 for 阿尔韦托·费尔南德斯).
 */
function holderNamed(m: Mention, index: DictionaryIndex, published: string | undefined): string | undefined {
  if (!m.name || !m.countryId || !m.role || m.role === "other" || !published || !/^[\u3400-\u9fff]{2,}$/.test(m.name)) return undefined;
  const holder = index.holder(m.countryId, m.role, published);
  const named = (n: string) => n === m.name || n.endsWith(`·${m.name}`);
  return holder && (holder.zhHans.some(named) || holder.zhHant.some(named)) ? holder.id : undefined;
}

/**
 * The country a relative clause before a visitor names (正在访问马来西亚的…, 正在对马来西亚进行国事访问的…,
 * 在马来西亚访问的…): between the clause's start and the visitor, the visitor's own title excepted.
 */
function placeInRelativeClause(slots: Slot[], t: TriggerHit, visitor: Slot, u: SentenceUnit): Slot | undefined {
  const [cs] = clauseOf(u, t.start);
  const inside = slots.filter(
    (s) => s !== visitor && (s.mention.kind === "country" || s.mention.kind === "place") && s.mention.start >= cs && s.mention.end <= visitor.mention.start && (s.mention.start >= t.end || s.case === "loc" || s.case === "dat"),
  );
  // the object of the visit word first (访问马来西亚的), else the place before it (对/在马来西亚…访问的)
  return inside.find((s) => s.mention.start >= t.end) ?? inside[inside.length - 1];
}

/** A country named as the place of a meeting (在北京 / in Beijing). */
function placeOf(slots: Slot[], t: TriggerHit, u: SentenceUnit, ctx: ExtractContext, at: string | undefined): string | undefined {
  const [cs, ce] = clauseOf(u, t.start);
  const loc = slots.find((s) => s.case === "loc" && (s.mention.kind === "country" || s.mention.kind === "place") && s.mention.start >= cs && s.mention.end <= ce);
  void ctx;
  void at;
  return loc?.mention.kind === "place" ? loc.mention.countryId : loc?.mention.id;
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
