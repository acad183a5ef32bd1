/**
 * Assembles a GEXF document from actors and relations: node colours by type and country, sizes by
 * weighted degree, positions from ForceAtlas2, each node starting at its first event, edges
 * coloured by type with kind and label set to the type.
 */
import type { DictionaryIndex } from "../dictionary/index.js";
import type { ActorNode } from "../merge/graph.js";
import { EDGE_COLORS, nodeColor } from "./colors.js";
import type { GexfAttribute, GexfDocument, GexfEdge, GexfNode } from "./gexf-writer.js";
import { forceLayout, type LayoutOptions, type LayoutResult } from "./layout.js";
import { compare, type Relation } from "./relations.js";

export interface Actor {
  id: string;
  label: string;
  kind: ActorNode["kind"];
  /** Chinese names (Simplified and Traditional). */
  zh: string[];
  /** ISO alpha-3: a country's own code, a person's country. */
  country?: string;
  offices?: string;
  discovered?: boolean;
}

export const NODE_ATTRIBUTES: GexfAttribute[] = [
  { id: "type", title: "type", type: "string" },
  { id: "zh", title: "Chinese names", type: "string" },
  { id: "country", title: "country", type: "string" },
  { id: "offices", title: "offices", type: "string" },
  { id: "discovered", title: "discovered", type: "boolean" },
];

const HAN = /\p{Script=Han}/u;

export const chineseNames = (names: string[]) => [...new Set(names.filter((n) => HAN.test(n)))];

export function actorOf(n: ActorNode): Actor {
  return {
    id: n.id,
    label: n.name,
    kind: n.kind,
    zh: chineseNames(n.aliases),
    country: n.kind === "country" ? n.id : n.country,
    offices: n.offices?.length ? n.offices.map((o) => `${o.title}, ${o.of}, ${o.start}–${o.end ?? ""}`).join("; ") : undefined,
    discovered: n.discovered,
  };
}

/** An actor that only the rollup needs (a person's country that is no node of its own). */
export function actorFromDictionary(id: string, index: DictionaryIndex): Actor {
  const c = index.countries.get(id);
  if (c) return { id, label: c.name, kind: "country", zh: chineseNames([...c.zhHans, ...c.zhHant]), country: id };
  const o = index.organizations.get(id);
  if (o) return { id, label: o.name, kind: "organization", zh: chineseNames([...o.zhHans, ...o.zhHant]) };
  return { id, label: id, kind: "country", zh: [], country: id };
}

/** Node size: grows with the square root of the events the node takes part in. */
export const nodeSize = (weightedDegree: number) => 8 + 5 * Math.sqrt(weightedDegree);

export interface DocumentParts {
  creator: string;
  description: string;
  actors: Actor[];
  relations: Relation[];
  edgeAttributes: GexfAttribute[];
  layout?: LayoutOptions;
}

/** The document and what its layout did; nodes and edges are generated while it is written. */
export function buildDocument(parts: DocumentParts): { document: GexfDocument; layout: LayoutResult } {
  const degree = new Map<string, number>();
  const first = new Map<string, string>();
  for (const r of parts.relations) {
    for (const id of [r.source, r.target]) {
      degree.set(id, (degree.get(id) ?? 0) + r.weight);
      const start = r.spells[0]?.start;
      if (start && (!first.has(id) || compare(start, first.get(id)!) < 0)) first.set(id, start);
    }
  }
  const actors = [...parts.actors].sort((a, b) => compare(a.id, b.id));
  const layout = forceLayout(
    actors.map((a) => a.id),
    parts.relations.map((r) => ({ source: r.source, target: r.target, weight: r.weight })),
    parts.layout,
  );
  function* nodes(): Generator<GexfNode> {
    for (const a of actors) {
      const p = layout.positions.get(a.id)!;
      yield {
        id: a.id,
        label: a.label,
        start: first.get(a.id),
        attributes: {
          type: a.kind,
          zh: a.zh.length ? a.zh.join(" / ") : undefined,
          country: a.country,
          offices: a.offices,
          discovered: a.discovered,
        },
        color: nodeColor(a.kind, a.country),
        size: nodeSize(degree.get(a.id) ?? 0),
        x: p.x,
        y: p.y,
      };
    }
  }
  function* edges(): Generator<GexfEdge> {
    for (const r of parts.relations) {
      yield {
        id: `${r.type}:${r.source}->${r.target}`,
        source: r.source,
        target: r.target,
        kind: r.type,
        label: r.type,
        weight: r.weight,
        color: EDGE_COLORS[r.type],
        spells: r.spells,
      };
    }
  }
  return {
    document: {
      creator: parts.creator,
      description: parts.description,
      nodeAttributes: NODE_ATTRIBUTES,
      edgeAttributes: parts.edgeAttributes,
      nodes: { [Symbol.iterator]: nodes },
      edges: { [Symbol.iterator]: edges },
    },
    layout,
  };
}
