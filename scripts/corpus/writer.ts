/**
 * Writing one article: names go in as tokens (so the Simplified → Traditional conversion of the
 * running text never touches a name taken from the dictionary's zhHant list), every name used is
 * recorded for the gold's entity lists, and each sentence carries the gold events it states.
 */
import * as OpenCC from "opencc-js";
import type { CountryCast, Official, Script } from "./actors.js";
import type { Random } from "./random.js";

const toTraditional: (s: string) => string = OpenCC.Converter({ from: "cn", to: "tw" });

export type EventType = "VISITED" | "MET" | "CALLED" | "CONGRATULATED" | "SENT_MESSAGE" | "SIGNED_AGREEMENT" | "EXPRESSED_SUPPORT";

/** A gold event, as /work/shared/eval/seeds.gold.json writes them. */
export interface GoldEvent {
  type: EventType;
  source: string[];
  target: string[];
  date: string;
  evidence?: string;
  agreement?: string;
  status?: "planned";
  optional?: true;
  note?: string;
}

export interface Sentence {
  text: string;
  events: GoldEvent[];
}

/** Every name the corpus used for each entity, plus its canonical name (and ISO code for countries). */
export class EntityRegistry {
  readonly names = new Map<string, Set<string>>();

  constructor(private canonical: Map<string, string>) {}

  use(key: string, name?: string) {
    let set = this.names.get(key);
    if (!set) {
      set = new Set([this.canonical.get(key) ?? key]);
      if (/^[A-Z]{3}$/.test(key)) set.add(key);
      this.names.set(key, set);
    }
    if (name !== undefined) set.add(name);
  }
}

const TOKEN = /\u0001(\d+)\u0002/g;

/** The English possessive ending of a name. */
export const possessiveOf = (name: string) => (name.endsWith("s") ? "'" : "'s");
const possessive = possessiveOf;

/** Names that carry their own title (萨勒曼国王, King Philippe of Belgium, 英国国王查尔斯三世). */
const TITLED = /国王|女王|亲王|王储|大公|苏丹|教皇|教宗|國王|親王|王儲|蘇丹|^(King|Queen|Sultan|Emir|Sheikh|Prince|Crown Prince|Hereditary Prince|Grand Duke|Pope)\b|, (King|Prince|Grand Duke)/;

const NEEDS_THE = /^(United |Republic of|Democratic Republic|Central African|Dominican|Czech Republic|Philippines|Netherlands|Bahamas|Maldives|Gambia|Comoros|Seychelles|Marshall Islands|Solomon Islands|Holy See)/;

export class ArticleWriter {
  private tokens: string[] = [];
  private mentioned = new Set<string>();
  private shortNames = new Map<string, string>();
  private countryNames = new Map<string, string>();

  constructor(
    readonly script: Script,
    readonly r: Random,
    private registry: EntityRegistry,
    private countries: Map<string, CountryCast>,
  ) {}

  private token(key: string, surface: string): string {
    this.registry.use(key, surface);
    this.tokens.push(surface);
    return `\u0001${this.tokens.length - 1}\u0002`;
  }

  country(id: string): CountryCast {
    return this.countries.get(id)!;
  }

  /** A country's name: the common one, in some articles the other listed one (kept for the article). */
  countryName(id: string): string {
    let name = this.countryNames.get(id);
    if (!name) {
      const list = this.country(id).names[this.script];
      this.countryNames.set(id, (name = list.length > 1 && this.r.chance(0.08) ? list[1] : list[0]));
    }
    return this.token(id, name);
  }

  /** A country in running English text: "the United States", "Russia" (Chinese: the name). */
  countryText(id: string, opts: { possessive?: boolean } = {}): string {
    const name = this.country(id).name;
    const the = this.script === "en" && NEEDS_THE.test(name) ? "the " : "";
    return `${the}${this.countryName(id)}${opts.possessive ? possessiveOf(name) : ""}`;
  }

  /** A name for a person: the first mention may be the full form (dotted in Chinese), later ones the short form. */
  private pickName(o: Official): string {
    const first = !this.mentioned.has(o.id);
    this.mentioned.add(o.id);
    if (first && this.r.chance(this.script === "en" ? 0.8 : 0.3)) return this.r.pick(o.full[this.script]);
    // one short form per person and article, as an outlet keeps to its own spelling
    let short = this.shortNames.get(o.id);
    if (!short) this.shortNames.set(o.id, (short = this.r.pick(o.short[this.script])));
    return short;
  }

  /** A person's name alone. */
  name(o: Official, opts: { possessive?: boolean } = {}): string {
    const surface = this.pickName(o);
    return this.token(o.id, surface) + (opts.possessive ? possessive(surface) : "");
  }

  /** The first mention of a person with country and title (unless the name holds a title), later ones by name. */
  person(o: Official, opts: { omitChina?: boolean; possessive?: boolean } = {}): string {
    if (this.mentioned.has(o.id)) return this.name(o, opts);
    const surface = this.pickName(o);
    const name = this.token(o.id, surface) + (opts.possessive ? possessive(surface) : "");
    if (TITLED.test(surface)) return name;
    if (this.script === "en") return this.enTitled(o, name, opts.possessive ?? false);
    const prefix = o.country === "CHN" && opts.omitChina ? "" : this.countryName(o.country);
    return `${prefix}${o.title.zh}${name}`;
  }

  private enTitled(o: Official, name: string, possessive: boolean): string {
    const c = this.country(o.country);
    const adjective = o.country === "USA" ? "U.S." : c.demonym;
    if (!adjective) return possessive ? `${this.countryText(o.country, { possessive: true })} ${o.title.en} ${name}` : `${o.title.en} ${name} of ${this.countryText(o.country)}`;
    return `${adjective} ${o.title.en} ${name}`;
  }

  /** 中方, 俄方 in Chinese (the country's name when it has no side form); the name in English. */
  side(id: string): string {
    const c = this.country(id);
    if (this.script !== "en" && c.side && this.r.chance(0.7)) return c.side;
    return this.countryName(id);
  }

  /** A finished sentence: Traditional script where the article is, names put back in. */
  finish(text: string): string {
    const converted = this.script === "hant" ? toTraditional(text) : text;
    return converted.replace(TOKEN, (_, i: string) => this.tokens[Number(i)]);
  }

  /** Running text that is not a name (titles, venues in teasers) in the article's script. */
  plain(text: string): string {
    return this.script === "hant" ? toTraditional(text) : text;
  }
}
