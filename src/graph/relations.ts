/**
 * The diplomacy graph as Gephi needs it: one relation per (source, target, type), each event of
 * the relation one spell at its date, with the event's details as the spell's attribute values.
 */
import type { GraphEdge } from "../merge/graph.js";
import type { EventType } from "../types.js";
import type { GexfAttribute, GexfSpell, GexfValue } from "./gexf-writer.js";

export interface Relation {
  source: string;
  target: string;
  type: EventType;
  /** Number of events, dated or not. */
  weight: number;
  /** Sorted by start, never overlapping. */
  spells: GexfSpell[];
}

/** Per-event details, valued on the event's spell. */
export const EVENT_ATTRIBUTES: GexfAttribute[] = [
  { id: "date", title: "date", type: "string" },
  { id: "precision", title: "precision", type: "string" },
  { id: "status", title: "status", type: "string" },
  { id: "cameo", title: "cameo", type: "string" },
  { id: "plover", title: "plover", type: "string" },
  { id: "sources", title: "sources", type: "integer" },
  { id: "docs", title: "docs", type: "string" },
  { id: "evidence", title: "evidence", type: "string" },
  { id: "confidence", title: "confidence", type: "double" },
  { id: "agreement", title: "agreement", type: "string" },
];

/** The first day of a YYYY, YYYY-MM or YYYY-MM-DD period. */
export function periodStart(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

export const relationKey = (source: string, target: string, type: string) => `${source}\u0000${target}\u0000${type}`;

/** Two values of one attribute at one spell: texts listed once each, counts added, scores the highest. */
export function combine(type: GexfAttribute["type"], a: GexfValue | undefined, b: GexfValue | undefined): GexfValue | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (type === "integer" || type === "long") return Number(a) + Number(b);
  if (type === "double") return Math.max(Number(a), Number(b));
  if (type === "boolean") return Boolean(a) || Boolean(b);
  const parts = String(a).split(" | ");
  return parts.includes(String(b)) ? a : `${a} | ${b}`;
}

/** Adds a spell, merging it into one that has the same span (Gephi keeps one interval per span). */
export function addSpell(spells: Map<string, GexfSpell>, spell: GexfSpell, attributes: GexfAttribute[]): void {
  const key = `${spell.start}/${spell.end}`;
  const existing = spells.get(key);
  if (!existing) {
    spells.set(key, spell);
    return;
  }
  for (const a of attributes) existing.values[a.id] = combine(a.type, existing.values[a.id], spell.values[a.id]);
}

function eventValues(e: GraphEdge): Record<string, GexfValue | undefined> {
  return {
    date: e.date ?? undefined,
    precision: e.datePrecision ?? undefined,
    status: e.status,
    cameo: e.cameo ?? undefined,
    plover: e.plover ?? undefined,
    sources: e.sources,
    docs: e.docs.join(", "),
    evidence: e.evidence[0]?.text.replace(/\s+/g, " ").trim(),
    confidence: e.confidence,
    agreement: e.agreement ? `${e.agreement.title} (${e.agreement.kind})` : undefined,
  };
}

/** Groups events into relations; an event's spell is the first day of its date's period. */
export function diplomacyRelations(edges: GraphEdge[]): Relation[] {
  const groups = new Map<string, { relation: Relation; spells: Map<string, GexfSpell> }>();
  for (const e of edges) {
    const key = relationKey(e.source.id, e.target.id, e.type);
    let g = groups.get(key);
    if (!g) {
      g = { relation: { source: e.source.id, target: e.target.id, type: e.type, weight: 0, spells: [] }, spells: new Map() };
      groups.set(key, g);
    }
    g.relation.weight++;
    if (!e.date) continue;
    const start = periodStart(e.date);
    addSpell(g.spells, { start, end: start, values: eventValues(e) }, EVENT_ATTRIBUTES);
  }
  return sortRelations([...groups.values()].map(({ relation, spells }) => ({ ...relation, spells: sortSpells(spells) })));
}

/** Code-unit order: the same on every machine and ICU version, unlike localeCompare. */
export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const sortSpells = (spells: Map<string, GexfSpell>) => [...spells.values()].sort((a, b) => compare(a.start, b.start));

export function sortRelations(relations: Relation[]): Relation[] {
  return relations.sort((a, b) => compare(a.source, b.source) || compare(a.target, b.target) || compare(a.type, b.type));
}
