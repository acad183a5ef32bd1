/** The two GEXF exports of a build: the diplomacy graph and the country rollup. */
import type { DictionaryIndex } from "../dictionary/index.js";
import type { ActorNode, GraphEdge } from "../merge/graph.js";
import { actorFromDictionary, actorOf, buildDocument } from "./document.js";
import type { LayoutOptions } from "./layout.js";
import { diplomacyRelations, EVENT_ATTRIBUTES } from "./relations.js";
import { countryRollup, YEAR_ATTRIBUTES } from "./rollup.js";

const CREATOR = "diplograph";

export interface GraphInput {
  edges: GraphEdge[];
  nodes: ActorNode[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function diplomacyDocument(graph: GraphInput, layout?: LayoutOptions) {
  const relations = diplomacyRelations(graph.edges);
  const used = new Set(relations.flatMap((r) => [r.source, r.target]));
  const undated = graph.edges.filter((e) => !e.date).length;
  return buildDocument({
    creator: CREATOR,
    description:
      `Diplomatic events between actors (persons, countries, organisations): ${plural(graph.edges.length, "event")} in ` +
      `${plural(relations.length, "edge")}, one edge per source, target and event type, one spell per event date ` +
      `(a month or a year starts on its first day); weight = number of events.` +
      (undated ? ` ${plural(undated, "event")} without a date count in the weights but have no spell.` : ""),
    actors: graph.nodes.filter((n) => used.has(n.id)).map(actorOf),
    relations,
    edgeAttributes: EVENT_ATTRIBUTES,
    layout,
  });
}

export function countriesDocument(graph: GraphInput, index: DictionaryIndex, layout?: LayoutOptions) {
  const rollup = countryRollup(graph.edges, index);
  const known = new Map(graph.nodes.map((n) => [n.id, n]));
  const ids = [...new Set(rollup.relations.flatMap((r) => [r.source, r.target]))];
  const actors = ids.map((id) => (known.has(id) ? actorOf(known.get(id)!) : actorFromDictionary(id, index)));
  const events = rollup.relations.reduce((n, r) => n + r.weight, 0);
  return buildDocument({
    creator: CREATOR,
    description:
      `Country rollup: ${plural(events, "event")} between countries and organisations, persons counted for the ` +
      `country they served on the event's date; one edge per source, target and event type, one spell per year; ` +
      `weight = number of events.` +
      (rollup.domestic ? ` Left out: ${plural(rollup.domestic, "event")} within one country.` : "") +
      (rollup.unplaced ? ` Left out: ${plural(rollup.unplaced, "event")} with a person of unknown country.` : ""),
    actors,
    relations: rollup.relations,
    edgeAttributes: YEAR_ATTRIBUTES,
    layout,
  });
}
