/**
 * The generator's cast, taken from the dictionary: officials (heads of state and government,
 * foreign and defence ministers) with the office they held in each month, countries with their
 * names in each script, capitals and cities. An article only casts persons who held their office
 * through the whole month of the event, so "俄罗斯总统普京" is true on the day the article says.
 */
import type { Dictionary } from "../../src/dictionary/load.js";
import type { Country, Office, Person } from "../../src/dictionary/schema.js";
import { addMonths, monthOf, spanOf } from "./calendar.js";
import type { Random } from "./random.js";

export type Script = "hans" | "hant" | "en";
export type Level = "leader" | "foreign" | "defence";

export interface CountryCast {
  id: string;
  name: string;
  /** Names as written in each script; the first is the common one. */
  names: Record<Script, string[]>;
  demonym?: string;
  /** 中方, 俄方: the side form, when the dictionary has one. */
  side?: string;
  capital: { zh?: string; en?: string };
  cities: { zh?: string; en?: string }[];
}

export interface Official {
  id: string;
  name: string;
  country: string;
  level: Level;
  role: Office["role"];
  title: { zh: string; en: string };
  /** Full names (first mention) and short names (later mentions) per script. */
  full: Record<Script, string[]>;
  short: Record<Script, string[]>;
  /** The day the office began (the dictionary's date; a month or year counts from its last day). */
  start: string;
  /** Office held through whole months from..to (YYYY-MM, inclusive). */
  from: string;
  to: string;
}

const HAN = /\p{Script=Han}/u;

/** Chinese press titles by the English title of the office (and a few country customs). */
function zhTitle(o: Office): string | undefined {
  const t = o.title;
  if (o.role === "head_of_state") {
    if (o.of === "CHN" && t === "President") return "国家主席";
    if (o.of === "PRK" && /State Affairs/.test(t)) return "国务委员长";
    if (t === "President" || t === "Federal President") return "总统";
    if (t === "King" || t === "King of the Belgians") return "国王";
    if (t === "Emir") return "埃米尔";
    return undefined;
  }
  if (o.role === "head_of_government") {
    if (o.of === "CHN" && t === "Premier of the State Council") return "国务院总理";
    if (["Prime Minister", "Federal Chancellor", "Chancellor", "Premier", "Taoiseach", "President of the Council of Ministers"].includes(t)) {
      return ["JPN", "GBR", "MYS", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK"].includes(o.of) ? "首相" : "总理";
    }
    return undefined;
  }
  if (o.role === "foreign_minister") {
    if (/acting|ad interim/i.test(t)) return undefined;
    if (o.of === "USA") return "国务卿";
    if (o.of === "GBR") return "外交大臣";
    if (o.of === "JPN") return "外务大臣";
    return "外交部长";
  }
  if (o.role === "defence_minister") {
    if (/acting/i.test(t)) return undefined;
    if (o.of === "GBR") return "国防大臣";
    if (o.of === "JPN") return "防卫大臣";
    return "国防部长";
  }
  return undefined;
}

function enTitle(o: Office): string {
  switch (o.role) {
    case "head_of_state":
      return o.of === "PRK" ? "leader" : o.title === "Federal President" ? "President" : o.title.replace(/ of the Belgians$/, "");
    case "head_of_government":
      return /Chancellor/.test(o.title) ? "Chancellor" : o.of === "CHN" ? "Premier" : "Prime Minister";
    case "foreign_minister":
      return o.of === "USA" ? "Secretary of State" : o.of === "GBR" ? "Foreign Secretary" : "Foreign Minister";
    default:
      return o.of === "USA" ? "Defense Secretary" : o.of === "GBR" ? "Defence Secretary" : "Defence Minister";
  }
}

const LEVEL: Partial<Record<Office["role"], Level>> = {
  head_of_state: "leader",
  head_of_government: "leader",
  foreign_minister: "foreign",
  defence_minister: "defence",
};

/** Offices a person held at once resolve to the one the press names: state before government before ministries. */
const ROLE_ORDER: Office["role"][] = ["head_of_state", "head_of_government", "foreign_minister", "defence_minister"];

function namesOf(p: Person) {
  const dotted = (n: string) => /[·•]/.test(n);
  const zh = (list: string[]) => ({ full: list.filter(dotted).length ? list.filter(dotted) : list.slice(0, 1), short: list.filter((n) => !dotted(n)) });
  const hans = zh(p.zhHans);
  const hant = zh(p.zhHant);
  const single = p.en.filter((n) => !/\s/.test(n) && /^[A-Z][a-z]/.test(n));
  return {
    full: { hans: hans.full, hant: hant.full, en: [p.name] },
    short: { hans: hans.short.length ? hans.short : hans.full, hant: hant.short.length ? hant.short : hant.full, en: single.length ? single : [p.name] },
  };
}

export class Cast {
  readonly countries = new Map<string, CountryCast>();
  /** Officials by month (YYYY-MM) and level. */
  private byMonth = new Map<string, Map<Level, Official[]>>();
  /** Every office that can be named, for congratulations on taking one. */
  private all: Official[] = [];
  /** The names every person and country has in the dictionary, for the gold's entity lists. */
  readonly canonical = new Map<string, string>();

  constructor(dict: Dictionary, firstMonth: string, lastMonth: string) {
    for (const c of dict.countries) this.countries.set(c.id, this.countryCast(c, dict));
    for (const c of dict.countries) this.canonical.set(c.id, c.name);
    for (const p of dict.persons) {
      if (!p.verified) continue;
      this.canonical.set(p.id, p.name);
      const names = namesOf(p);
      for (const o of p.offices) {
        const level = LEVEL[o.role];
        const zh = zhTitle(o);
        if (!level || !zh || !this.countries.has(o.of)) continue;
        // whole months only: the first full month after the start, the last full month before the end
        const from = monthOf(addMonths(spanOf(o.start)[1], 1));
        const to = o.end === null ? lastMonth : monthOf(addMonths(spanOf(o.end)[0], -1));
        if (to < from) continue;
        const start = spanOf(o.start)[1];
        const official: Official = { id: p.id, name: p.name, country: o.of, level, role: o.role, title: { zh, en: enTitle(o) }, ...names, start, from, to };
        // congratulations follow a taking of office known to the day, by someone who then held it for a while
        if (o.start.length === 10 && (o.end === null || spanOf(o.end)[0] > addMonths(start, 2))) this.all.push(official);
        for (let m = from < firstMonth ? firstMonth : from; m <= to && m <= lastMonth; m = monthOf(addMonths(`${m}-01`, 1))) {
          const levels = this.byMonth.get(m) ?? this.byMonth.set(m, new Map()).get(m)!;
          const list = levels.get(level) ?? levels.set(level, []).get(level)!;
          list.push(official);
        }
      }
    }
    // one office per person and month: the most senior one the press would name
    for (const levels of this.byMonth.values()) {
      const best = new Map<string, Official>();
      for (const list of levels.values()) {
        for (const o of list) {
          const prev = best.get(o.id);
          if (!prev || ROLE_ORDER.indexOf(o.role) < ROLE_ORDER.indexOf(prev.role)) best.set(o.id, o);
        }
      }
      for (const [level, list] of levels) levels.set(level, list.filter((o) => best.get(o.id) === o));
    }
  }

  private countryCast(c: Country, dict: Dictionary): CountryCast {
    const zhSeat = c.seats.find((s) => HAN.test(s) && !/[宫街厅府台海]$/.test(s));
    const enSeat = c.seats.find((s) => /^[A-Z][a-z]+( [A-Z][a-z]+)?$/.test(s) && !/(Kremlin|House|Street|Hall|Palace)/.test(s));
    const cities = dict.places
      .filter((p) => p.country === c.id && (p.zhHans.length || p.en.length))
      .map((p) => ({ zh: p.zhHans[0], en: p.en[0] }));
    return {
      id: c.id,
      name: c.name,
      names: { hans: c.zhHans.slice(0, 2), hant: c.zhHant.slice(0, 2), en: [c.name] },
      demonym: c.demonyms[0],
      side: c.side.find((s) => s.endsWith("方") && s.length === 2),
      capital: { zh: zhSeat, en: enSeat },
      cities,
    };
  }

  /** Leaders whose office began within [from, to] (dictionary dates given to the day). */
  inaugurations(from: string, to: string, usable: (o: Official) => boolean): Official[] {
    return this.all.filter((o) => o.level === "leader" && o.start >= from && o.start <= to && usable(o));
  }

  /** Officials of one level in office through the whole month of `date`. */
  officials(date: string, level: Level): Official[] {
    return this.byMonth.get(monthOf(date))?.get(level) ?? [];
  }

  /** The head of state (else of government) of a country in that month. */
  headOf(country: string, date: string, usable: (o: Official) => boolean): Official | undefined {
    const leaders = this.officials(date, "leader").filter((o) => o.country === country && usable(o));
    return leaders.find((o) => o.role === "head_of_state") ?? leaders[0];
  }

  /**
   * A random official: the country by press weight (China, Russia and the United States fill most
   * pages), then a person of that country at that level.
   */
  pickOfficial(r: Random, date: string, level: Level, usable: (o: Official) => boolean, exclude: Set<string>): Official | undefined {
    const pool = this.officials(date, level).filter((o) => usable(o) && !exclude.has(o.country));
    if (!pool.length) return undefined;
    const weight = (o: Official) => PRESS_WEIGHT[o.country] ?? 1;
    return r.weighted(pool.map((o) => [weight(o), o] as const));
  }
}

/** How much more often the Chinese and international press writes about some countries' officials. */
const PRESS_WEIGHT: Record<string, number> = {
  CHN: 40,
  RUS: 25,
  USA: 25,
  PRK: 8,
  JPN: 8,
  KOR: 8,
  IND: 6,
  GBR: 6,
  FRA: 6,
  DEU: 6,
  BLR: 4,
  UKR: 6,
  TUR: 4,
  BRA: 4,
  MYS: 4,
  SGP: 4,
  VNM: 4,
  PAK: 4,
  IRN: 4,
  SAU: 3,
  ZAF: 3,
  KAZ: 3,
  TWN: 3,
};
