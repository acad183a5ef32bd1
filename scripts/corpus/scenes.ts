/**
 * What an article tells, before it is written in any language: the main scene (talks, a call, a
 * visit, congratulations, a message, a statement of support, a signing, a meeting on a summit's
 * sidelines, an announced visit) with its actors and dates, and the extras around it (an earlier
 * event, a planned one, a negated one). Actors are cast for the month of each event.
 */
import type { Cast, CountryCast, Level, Official, Script } from "./actors.js";
import { addDays, addMonths, daysBetween, daysInMonth, withDay } from "./calendar.js";
import type { Random } from "./random.js";
import { SUMMITS, type Summit } from "./summits.js";

export interface Agreement {
  kind: "joint statement" | "memorandum" | "agreement" | "treaty";
  /** Topic or field index into the phrase lists (the same agreement in every language). */
  topic: number;
}

export type Support = { topic: number; toPerson: boolean };

export type Scene =
  | {
      kind: "talks";
      host: Official;
      guest: Official;
      date: string;
      /** 会谈 (both sides) rather than 会见 (the host receives). */
      symmetric: boolean;
      venueCity?: CountryCast["cities"][number];
      visit: "none" | "arrival" | "stated" | "adjective";
      arrival?: string;
      signing?: Agreement;
      supportHost?: Support;
      supportGuest?: Support;
      /** The guest conveys the greetings of their head of state (and the host sends his back). */
      greetings?: { sender: Official; reply: boolean };
      negatedMeeting?: Official;
    }
  | { kind: "call"; a: Official; b: Official; date: string; video: boolean; congratulate: boolean; support?: Support }
  | { kind: "visit"; visitor: Official; country: string; date: string; city?: CountryCast["cities"][number]; metHost?: Official; plannedHost?: Official }
  | { kind: "congrats"; target: Official; senders: Official[]; date: string; occasion: "elected" | "took office" }
  | { kind: "message"; from: Official; to: Official; date: string; message: "condolence" | "letter"; topic: number }
  | { kind: "statement"; speaker: Official | null; country: string; target: Official | null; targetCountry: string; date: string; support: Support }
  | { kind: "signing"; a: Official; b: Official; date: string; agreement: Agreement }
  | { kind: "summit"; a: Official; others: Official[]; date: string; summit: Summit; place: string; city: { zh: string; en: string } }
  | { kind: "announcement"; visitor: Official; host: Official; from: string; to: string; announced: string };

export type Extra =
  | { kind: "past"; type: "VISITED"; a: Official; country: string; date: string }
  | { kind: "past"; type: "MET" | "CALLED"; a: Official; b: Official; date: string }
  | { kind: "planned"; a: Official; country: string; date: string }
  | { kind: "negated"; type: "SIGNED_AGREEMENT"; a: Official; b: Official }
  | { kind: "negated"; type: "VISITED"; a: Official; country: string };

export interface Story {
  script: Script;
  published: string;
  /** The day of the report's dateline (the publication day or the day before). */
  reported: string;
  scene: Scene;
  extras: Extra[];
}

export const FIRST_DAY = "2016-03-01";
export const LAST_DAY = "2025-09-30";

export const SUPPORT_TOPICS = 6;
export const AGREEMENT_TOPICS = 8;
export const MESSAGE_TOPICS = 4;

/** Who an article in this script can name: Chinese articles need the Chinese spellings. */
export function usableIn(script: Script) {
  return (o: Official) => o.country !== "TWN" && o.short[script].length > 0 && o.full[script].length > 0;
}

const LEVELS: [number, Level][] = [
  [6, "leader"],
  [3, "foreign"],
  [1, "defence"],
];

const pairKey = (type: string, a: string, b: string, symmetric = true) => (symmetric && a > b ? `${type}|${b}|${a}` : `${type}|${a}|${b}`);

/** Plans one article's story, or undefined when the month has nobody to cast (the caller draws again). */
export function planStory(r: Random, cast: Cast, script: Script): Story | undefined {
  const span = daysBetween(FIRST_DAY, LAST_DAY);
  let published = addDays(FIRST_DAY, r.int(0, span));
  if (r.chance(0.08)) {
    // congratulations on taking office: the story is dated by the dictionary's office start
    const congrats = congratsStory(r, cast, script, published);
    if (congrats) return congrats;
    published = addDays(published, 1);
  }
  const reported = r.chance(0.3) && Number(published.slice(8)) > 1 ? addDays(published, -1) : published;
  const usable = usableIn(script);
  // the event day: up to three days before the dateline, never more than six before publication
  const date = addDays(reported, -r.int(0, Math.min(3, 6 - daysBetween(reported, published))));
  const level = r.weighted(LEVELS);
  const pick = (d: string, lvl: Level, exclude: string[]) => cast.pickOfficial(r, d, lvl, usable, new Set(exclude));

  const kind = r.weighted<Scene["kind"]>([
    [30, "talks"],
    [14, "call"],
    [12, "visit"],
    [8, "message"],
    [8, "statement"],
    [5, "signing"],
    [8, "summit"],
    [4, "announcement"],
  ]);
  let scene: Scene | undefined;
  const a = pick(date, level, []);
  if (!a) return undefined;
  const b = pick(date, level, [a.country]);
  if (!b) return undefined;
  // initiatives are a leader's: support for one is support for its author
  const support = (toPerson = level === "leader" && r.chance(0.3)): Support => ({ topic: r.int(0, SUPPORT_TOPICS - 1), toPerson });

  switch (kind) {
    case "talks": {
      const visit = r.weighted<"none" | "arrival" | "stated" | "adjective">([
        [3, "none"],
        [2, "arrival"],
        [2, "stated"],
        [2, "adjective"],
      ]);
      const guestHead = cast.headOf(b.country, date, usable);
      const others = cast.officials(date, "leader").filter((o) => o.country === a.country && o.id !== a.id && usable(o));
      scene = {
        kind: "talks",
        host: a,
        guest: b,
        date,
        symmetric: r.chance(0.45),
        venueCity: r.chance(0.2) ? r.pick([...cast.countries.get(a.country)!.cities, undefined]) : undefined,
        visit,
        arrival: visit === "arrival" ? addDays(date, -r.int(0, Math.min(2, 6 - daysBetween(date, published)))) : undefined,
        signing: level !== "defence" && r.chance(0.35) ? { kind: r.pick(["joint statement", "memorandum", "agreement", "treaty"] as const), topic: r.int(0, AGREEMENT_TOPICS - 1) } : undefined,
        supportHost: r.chance(0.5) ? support() : undefined,
        supportGuest: r.chance(0.4) ? support() : undefined,
        greetings: guestHead && guestHead.id !== b.id && r.chance(0.5) ? { sender: guestHead, reply: r.chance(0.5) } : undefined,
        negatedMeeting: others.length && r.chance(0.25) ? r.pick(others) : undefined,
      };
      break;
    }
    case "call":
      scene = {
        kind: "call",
        a,
        b,
        date,
        video: r.chance(0.3),
        // a call soon after the other took office carries congratulations
        congratulate: daysBetween(b.start, date) >= 0 && daysBetween(b.start, date) <= 45 && r.chance(0.7),
        support: r.chance(0.4) ? support() : undefined,
      };
      break;
    case "visit": {
      const host = cast.headOf(b.country, date, usable);
      const cities = cast.countries.get(b.country)!.cities;
      scene = {
        kind: "visit",
        visitor: a,
        country: b.country,
        date,
        city: cities.length && r.chance(0.25) ? r.pick(cities) : undefined,
        metHost: host && host.id !== a.id && r.chance(0.3) ? host : undefined,
        plannedHost: undefined,
      };
      if (scene.kind === "visit" && !scene.metHost && host && r.chance(0.5)) scene.plannedHost = host;
      break;
    }
    case "message": {
      const from = cast.headOf(a.country, date, usable) ?? a;
      const to = cast.headOf(b.country, date, usable) ?? b;
      scene = { kind: "message", from, to, date, message: r.chance(0.6) ? "condolence" : "letter", topic: r.int(0, MESSAGE_TOPICS - 1) };
      break;
    }
    case "statement": {
      const spokesperson = r.chance(0.4);
      scene = {
        kind: "statement",
        speaker: spokesperson ? null : a,
        country: a.country,
        target: r.chance(0.4) ? b : null,
        targetCountry: b.country,
        date,
        support: support(false),
      };
      if (scene.kind === "statement" && scene.target) scene.support.toPerson = level === "leader" && r.chance(0.5);
      break;
    }
    case "signing": {
      const fa = pick(date, "foreign", []);
      const fb = fa && pick(date, "foreign", [fa.country]);
      if (!fa || !fb) return undefined;
      scene = { kind: "signing", a: fa, b: fb, date, agreement: { kind: r.pick(["memorandum", "agreement", "joint statement"] as const), topic: r.int(0, AGREEMENT_TOPICS - 1) } };
      break;
    }
    case "summit": {
      const summit = r.pick(SUMMITS.filter((x) => x.level === level && ![a.country, b.country].includes(x.at?.country ?? "")));
      let place: string;
      let city: { zh: string; en: string };
      if (summit.at) {
        place = summit.at.country;
        city = { zh: summit.at.zh, en: summit.at.en };
      } else {
        const hosts = (summit.hosts ?? []).map((id) => cast.countries.get(id)!).filter((c) => c.capital.zh && c.capital.en && ![a.country, b.country].includes(c.id));
        if (!hosts.length) return undefined;
        const host = r.pick(hosts);
        place = host.id;
        city = { zh: host.capital.zh!, en: host.capital.en! };
      }
      const others = [b];
      const c = pick(date, level, [a.country, b.country, place]);
      if (c && r.chance(0.4)) others.push(c);
      scene = { kind: "summit", a, others, date, summit, place, city };
      break;
    }
    case "announcement": {
      const host = cast.headOf(b.country, date, usable);
      if (!host || level !== "leader") return undefined;
      const from = addDays(published, r.int(3, 30));
      scene = { kind: "announcement", visitor: a, host, from, to: addDays(from, r.int(1, 4)), announced: date };
      break;
    }
  }
  if (!scene) return undefined;
  return { script, published, reported, scene, extras: extras(r, cast, scene, published, usable) };
}

/** Congratulations on an election or a taking of office, a few days after the office began. */
function congratsStory(r: Random, cast: Cast, script: Script, around: string): Story | undefined {
  const usable = usableIn(script);
  const candidates = cast.inaugurations(addDays(around, -20), around, usable);
  if (!candidates.length) return undefined;
  const target = r.pick(candidates);
  const date = addDays(target.start, r.int(0, 3));
  const published = addDays(date, r.int(0, 2));
  const reported = published;
  const senders: Official[] = [];
  const n = r.weighted([
    [5, 1],
    [3, 2],
    [1, 3],
  ]);
  for (let i = 0; i < n; i++) {
    const s = cast.pickOfficial(r, date, "leader", usable, new Set([target.country, ...senders.map((x) => x.country)]));
    if (s) senders.push(s);
  }
  if (!senders.length || published > LAST_DAY) return undefined;
  const scene: Scene = { kind: "congrats", target, senders, date, occasion: target.role === "head_of_state" && r.chance(0.4) ? "elected" : "took office" };
  return { script, published, reported, scene, extras: [] };
}

/** Earlier, planned and negated events around the main one, never repeating one of its relations. */
function extras(r: Random, cast: Cast, scene: Scene & { date?: string }, published: string, usable: (o: Official) => boolean): Extra[] {
  const out: Extra[] = [];
  const mainActors: Official[] =
    scene.kind === "talks" ? [scene.host, scene.guest] : scene.kind === "call" || scene.kind === "signing" ? [scene.a, scene.b] : scene.kind === "visit" ? [scene.visitor] : scene.kind === "summit" ? [scene.a] : [];
  if (!mainActors.length) return out;
  const used = new Set(mainRelations(scene));
  if (r.chance(0.4)) {
    // an earlier event, one to eighteen months back, by a main actor still in the same office then
    const month = addMonths(published, -r.int(1, 18));
    const date = withDay(month, r.int(1, daysInMonth(month)));
    const a = r.pick(mainActors);
    const inOffice = (o: Official, d: string) => cast.officials(d, o.level).some((x) => x.id === o.id && x.role === o.role);
    const b = cast.pickOfficial(r, date, a.level, usable, new Set([a.country, ...mainActors.map((o) => o.country)]));
    // a week clear of the main event; both still in the office the article names them by
    const clear = scene.date !== undefined && date < addDays(scene.date, -7);
    if (clear && inOffice(a, date) && b && inOffice(b, published)) {
      const type = r.pick(["VISITED", "MET", "CALLED"] as const);
      const extra: Extra = type === "VISITED" ? { kind: "past", type, a, country: b.country, date } : { kind: "past", type, a, b, date };
      const key = type === "VISITED" ? pairKey(type, a.id, b.country, false) : pairKey(type, a.id, b.id);
      if (!used.has(key)) {
        used.add(key);
        out.push(extra);
      }
    }
  }
  if (r.chance(0.25)) {
    const a = r.pick(mainActors);
    const to = cast.pickOfficial(r, published, a.level, usable, new Set([a.country]));
    const date = addDays(published, r.int(5, 40));
    if (to && !used.has(pairKey("VISITED", a.id, to.country, false))) out.push({ kind: "planned", a, country: to.country, date });
  }
  if (r.chance(0.25)) {
    const [a, b] = mainActors;
    const signed = scene.kind === "talks" && scene.signing;
    if (b && !signed && (scene.kind === "talks" || scene.kind === "summit")) out.push({ kind: "negated", type: "SIGNED_AGREEMENT", a, b });
    else if (b && scene.kind === "call" && !used.has(pairKey("VISITED", a.id, b.country, false))) out.push({ kind: "negated", type: "VISITED", a, country: b.country });
  }
  return out;
}

/** The relations the main scene states, as keys (type and ends) to keep extras from repeating one. */
function mainRelations(scene: Scene): string[] {
  switch (scene.kind) {
    case "talks":
      return [
        pairKey("MET", scene.host.id, scene.guest.id),
        pairKey("VISITED", scene.guest.id, scene.host.country, false),
        pairKey("SIGNED_AGREEMENT", scene.host.id, scene.guest.id),
        ...(scene.greetings ? [pairKey("SENT_MESSAGE", scene.greetings.sender.id, scene.host.id, false), pairKey("SENT_MESSAGE", scene.host.id, scene.greetings.sender.id, false)] : []),
      ];
    case "call":
      return [pairKey("CALLED", scene.a.id, scene.b.id), pairKey("CONGRATULATED", scene.a.id, scene.b.id, false)];
    case "visit":
      return [pairKey("VISITED", scene.visitor.id, scene.country, false)];
    case "signing":
      return [pairKey("SIGNED_AGREEMENT", scene.a.id, scene.b.id)];
    case "summit":
      return scene.others.map((o) => pairKey("MET", scene.a.id, o.id)).concat(pairKey("VISITED", scene.a.id, scene.place, false), scene.others.map((o) => pairKey("VISITED", o.id, scene.place, false)));
    default:
      return [];
  }
}
