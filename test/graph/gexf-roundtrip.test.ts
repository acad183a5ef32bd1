/**
 * Round trip: graphology-gexf parses our GEXF back into the same nodes, edges and attributes. It
 * reads no dynamics (no spells; of a dynamic attribute it keeps one value), so the comparison
 * covers what it reads: ids, labels, static node attributes, viz colour, size and position, edge
 * ends, kinds, labels, weights and colours, and the meta data.
 */
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { beforeAll, describe, expect, it } from "vitest";
import { countriesDocument, diplomacyDocument } from "../../src/graph/exports.js";
import { formatNumber, gexfChunks, type GexfDocument } from "../../src/graph/gexf-writer.js";
import { runPipeline, type PipelineResult } from "../../src/pipeline.js";
import { SEEDS, sharedEngine } from "../helpers.js";

const rgb = ([r, g, b]: readonly number[]) => `rgb(${r},${g},${b})`;
const asRead = (n: number) => Number(formatNumber(n));

function roundTrip(document: GexfDocument) {
  const graph = parse(MultiDirectedGraph, [...gexfChunks(document)].join(""));
  const nodes = [...document.nodes];
  const edges = [...document.edges];
  expect(graph.getAttributes()).toMatchObject({ creator: document.creator, description: document.description });
  expect(graph.nodes()).toEqual(nodes.map((n) => n.id));
  for (const n of nodes) {
    const wanted: Record<string, unknown> = { label: n.label, color: rgb(n.color), size: asRead(n.size), x: asRead(n.x), y: asRead(n.y), z: 0 };
    // graphology-gexf keys attributes by id (titles only for numeric ids)
    for (const a of document.nodeAttributes) if (n.attributes[a.id] !== undefined) wanted[a.id] = n.attributes[a.id];
    expect(graph.getNodeAttributes(n.id), n.id).toEqual(wanted);
  }
  expect(graph.edges()).toEqual(edges.map((e) => e.id));
  for (const e of edges) {
    expect(graph.source(e.id)).toBe(e.source);
    expect(graph.target(e.id)).toBe(e.target);
    expect(graph.getEdgeAttributes(e.id), e.id).toMatchObject({ kind: e.kind, label: e.label, weight: e.weight, color: rgb(e.color) });
  }
  return graph;
}

describe("graphology-gexf reads our GEXF back", () => {
  let result: PipelineResult;
  beforeAll(() => {
    result = runPipeline({ paths: [SEEDS] }, sharedEngine());
  });

  it("the diplomacy graph", () => {
    const graph = roundTrip(diplomacyDocument(result).document);
    expect(graph.order).toBe(result.nodes.length);
    expect(graph.getNodeAttributes("xi-jinping")).toMatchObject({ label: "Xi Jinping", type: "person", zh: "习近平 / 習近平", country: "CHN" });
    expect(graph.getNodeAttributes("RUS")).toMatchObject({ label: "Russia", type: "country", country: "RUS" });
  });

  it("the country rollup", () => {
    const graph = roundTrip(countriesDocument(result, result.index).document);
    expect(graph.nodes().sort()).toEqual(["BLR", "CHN", "PRK", "RUS"]);
  });
});
