/**
 * The country rollup: every event between countries, with each person folded into the country
 * they served on the event's date (see foldActor). Organisations keep their own node. Events of a
 * (source, target, type) are counted per year: one spell per year, weight = number of events.
 * Events inside one country (a minister meeting a compatriot) are no relation between countries
 * and are left out, as are persons whose country is unknown; the counts say how many.
 */
import type { DictionaryIndex } from "../dictionary/index.js";
import type { ActorNode, GraphEdge } from "../merge/graph.js";
import type { GexfAttribute, GexfSpell } from "./gexf-writer.js";
import { addSpell, relationKey, sortRelations, sortSpells, type Relation } from "./relations.js";

export const YEAR_ATTRIBUTES: GexfAttribute[] = [
  { id: "events", title: "events", type: "integer" },
  { id: "dates", title: "dates", type: "string" },
];

export interface Rollup {
  relations: Relation[];
  /** Events left out: one side's country unknown. */
  unplaced: number;
  /** Events left out: both sides in the same country. */
  domestic: number;
}

/** Does an office cover the date? The rule of DictionaryIndex.countryOf, which keeps it private. */
function holds(office: { start: string; end: string | null }, date: string): boolean {
  return office.start.slice(0, date.length) <= date && (office.end === null || date <= office.end.padEnd(date.length, "9") || office.end.startsWith(date));
}

/**
 * The country (or organisation) an actor stands for on a date; undefined when unknown. A person
 * holding a national office then counts for that country (DictionaryIndex.countryOf), one holding
 * only an organisation's office for the organisation (Ban Ki-moon in 2010: the UN, not Korea);
 * out of office, for the country of their last national office, else their last organisation. A
 * discovered person counts for the country their title named.
 */
export function foldActor(actor: ActorNode, date: string | null, index: DictionaryIndex): string | undefined {
  if (actor.kind !== "person") return actor.id;
  const person = index.persons.get(actor.id);
  if (!person) return actor.country;
  const held = date ? person.offices.filter((o) => holds(o, date)) : [];
  if (held.some((o) => index.countries.has(o.of))) return index.countryOf(person.id, date!);
  const organization = held.find((o) => index.organizations.has(o.of));
  if (organization) return organization.of;
  const latest = [...person.offices].sort((x, y) => (x.start < y.start ? 1 : -1)).find((o) => index.organizations.has(o.of));
  return index.countryOf(person.id, date ?? undefined) ?? latest?.of;
}

export function countryRollup(edges: GraphEdge[], index: DictionaryIndex): Rollup {
  const groups = new Map<string, { relation: Relation; spells: Map<string, GexfSpell> }>();
  let unplaced = 0;
  let domestic = 0;
  for (const e of edges) {
    const source = foldActor(e.source, e.date, index);
    const target = foldActor(e.target, e.date, index);
    if (!source || !target) {
      unplaced++;
      continue;
    }
    if (source === target) {
      domestic++;
      continue;
    }
    const key = relationKey(source, target, e.type);
    let g = groups.get(key);
    if (!g) {
      g = { relation: { source, target, type: e.type, weight: 0, spells: [] }, spells: new Map() };
      groups.set(key, g);
    }
    g.relation.weight++;
    if (!e.date) continue;
    const year = e.date.slice(0, 4);
    addSpell(g.spells, { start: `${year}-01-01`, end: `${year}-12-31`, values: { events: 1, dates: e.date } }, YEAR_ATTRIBUTES);
  }
  const relations = sortRelations([...groups.values()].map(({ relation, spells }) => ({ ...relation, spells: sortSpells(spells) })));
  return { relations, unplaced, domestic };
}
