/** What goes into the GEXF: relations and spells, the country rollup, the layout, colours, sizes. */
import { describe, expect, it } from "vitest";
import { nodeColor, ORGANIZATION_COLOR, COUNTRY_COLORS, UNKNOWN_COUNTRY_COLOR } from "../../src/graph/colors.js";
import { buildDocument, nodeSize } from "../../src/graph/document.js";
import { forceLayout } from "../../src/graph/layout.js";
import { diplomacyRelations, EVENT_ATTRIBUTES, periodStart } from "../../src/graph/relations.js";
import { countryRollup, foldActor } from "../../src/graph/rollup.js";
import type { ActorNode, GraphEdge } from "../../src/merge/graph.js";
import type { EventType } from "../../src/types.js";
import { sharedEngine } from "../helpers.js";

const index = () => sharedEngine().context.index;

const person = (id: string, country?: string): ActorNode => ({ id, kind: "person", name: id, aliases: [], country });
const country = (id: string): ActorNode => ({ id, kind: "country", name: id, aliases: [], iso: id });

function edge(type: EventType, source: ActorNode, target: ActorNode, date: string | null, extra: Partial<GraphEdge> = {}): GraphEdge {
  return {
    type,
    source,
    target,
    date,
    datePrecision: date === null ? null : date.length === 4 ? "year" : date.length === 7 ? "month" : "day",
    status: "happened",
    docs: ["doc1"],
    evidence: [{ doc: "doc1", text: `  ${source.id} ${type}\n${target.id}  `, start: 0, end: 1 }],
    confidence: 0.9,
    cameo: "040",
    plover: "CONSULT",
    sources: 1,
    ...extra,
  };
}

describe("relations", () => {
  const xi = person("xi-jinping");
  const putin = person("vladimir-putin");

  it("are one per source, target and type, with one spell per event date", () => {
    const relations = diplomacyRelations([
      edge("MET", xi, putin, "2024-05-16"),
      edge("MET", xi, putin, "2023-03"),
      edge("CALLED", xi, putin, "2022"),
      edge("MET", putin, xi, "2024-05-16"),
      edge("MET", xi, putin, null),
    ]);
    expect(relations.map((r) => [r.source, r.target, r.type, r.weight, r.spells.map((s) => s.start)])).toEqual([
      ["vladimir-putin", "xi-jinping", "MET", 1, ["2024-05-16"]],
      ["xi-jinping", "vladimir-putin", "CALLED", 1, ["2022-01-01"]],
      ["xi-jinping", "vladimir-putin", "MET", 3, ["2023-03-01", "2024-05-16"]],
    ]);
    const met = relations[2].spells[0];
    expect(met).toEqual({
      start: "2023-03-01",
      end: "2023-03-01",
      values: { date: "2023-03", precision: "month", status: "happened", cameo: "040", plover: "CONSULT", sources: 1, docs: "doc1", evidence: "xi-jinping MET vladimir-putin", confidence: 0.9, agreement: undefined },
    });
  });

  it("share one spell when two events of a relation fall on one day (Gephi keeps one interval per span)", () => {
    const [r] = diplomacyRelations([
      edge("MET", xi, putin, "2024-05"),
      edge("MET", xi, putin, "2024-05-01", { status: "planned", sources: 2, confidence: 0.7, docs: ["doc2"] }),
    ]);
    expect(r.weight).toBe(2);
    expect(r.spells).toHaveLength(1);
    expect(r.spells[0].values).toMatchObject({ date: "2024-05 | 2024-05-01", precision: "month | day", status: "happened | planned", sources: 3, confidence: 0.9, docs: "doc1 | doc2" });
  });

  it("start a period on its first day", () => {
    expect([periodStart("2024"), periodStart("2024-02"), periodStart("2024-02-09")]).toEqual(["2024-01-01", "2024-02-01", "2024-02-09"]);
  });
});

describe("the country rollup", () => {
  it("folds a person into the country or organisation they served on the event's date", () => {
    const ban = person("ban-ki-moon");
    expect(foldActor(ban, "2005-06", index())).toBe("KOR");
    expect(foldActor(ban, "2010-05-01", index())).toBe("UN");
    expect(foldActor(ban, "2020", index())).toBe("KOR");
    expect(foldActor(person("jean-ping"), "2020", index())).toBe("AU");
    expect(foldActor(person("vladimir-putin"), "2010", index())).toBe("RUS");
    expect(foldActor(person("discovered:克里沃鲁奇科", "RUS"), "2024", index())).toBe("RUS");
    expect(foldActor(person("discovered:某某"), "2024", index())).toBeUndefined();
    expect(foldActor(country("PRK"), "2024", index())).toBe("PRK");
  });

  it("counts events between countries per type and year, leaving out domestic and unplaced ones", () => {
    const xi = person("xi-jinping");
    const putin = person("vladimir-putin");
    const rollup = countryRollup(
      [
        edge("MET", xi, putin, "2024-05-16"),
        edge("MET", xi, putin, "2024-07"),
        edge("MET", xi, country("RUS"), "2023-03-21"),
        edge("CALLED", xi, putin, "2024-02-08"),
        edge("MET", xi, person("li-qiang"), "2024-03-05"),
        edge("MET", xi, person("discovered:某某"), "2024-03-05"),
        edge("VISITED", person("ban-ki-moon"), country("CHN"), "2010-05-01"),
        edge("MET", xi, putin, null),
      ],
      index(),
    );
    expect(rollup.domestic).toBe(1);
    expect(rollup.unplaced).toBe(1);
    expect(rollup.relations.map((r) => [r.source, r.target, r.type, r.weight, r.spells.map((s) => [s.start, s.end, s.values.events, s.values.dates])])).toEqual([
      ["CHN", "RUS", "CALLED", 1, [["2024-01-01", "2024-12-31", 1, "2024-02-08"]]],
      [
        "CHN",
        "RUS",
        "MET",
        4,
        [
          ["2023-01-01", "2023-12-31", 1, "2023-03-21"],
          ["2024-01-01", "2024-12-31", 2, "2024-05-16 | 2024-07"],
        ],
      ],
      ["UN", "CHN", "VISITED", 1, [["2010-01-01", "2010-12-31", 1, "2010-05-01"]]],
    ]);
  });
});

describe("the layout", () => {
  const ring = (n: number) => Array.from({ length: n }, (_, i) => ({ source: `n${i}`, target: `n${(i + 1) % n}`, weight: 1 }));
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `n${i}`);

  it("gives the same positions for the same graph", () => {
    const a = forceLayout(ids(30), ring(30));
    const b = forceLayout([...ids(30)].reverse(), ring(30).reverse());
    expect(a.stoppedByClock).toBe(false);
    expect([...a.positions.entries()].sort()).toEqual([...b.positions.entries()].sort());
  });

  it("spreads the nodes instead of piling them at the origin", () => {
    const { positions } = forceLayout(ids(30), ring(30));
    const points = [...positions.values()];
    let nearest = Infinity;
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++) nearest = Math.min(nearest, Math.hypot(points[i].x - points[j].x, points[i].y - points[j].y));
    expect(nearest).toBeGreaterThan(10);
    expect(Math.max(...points.map((p) => Math.hypot(p.x, p.y)))).toBeGreaterThan(100);
  });

  it("sizes its iterations to the graph and uses Barnes–Hut for large ones", () => {
    const small = forceLayout(ids(30), ring(30));
    expect(small).toMatchObject({ iterations: 800, barnesHut: false });
    const large = forceLayout(ids(3000), ring(3000), { targetMs: 200 });
    expect(large.barnesHut).toBe(true);
    expect(large.iterations).toBeLessThan(100);
    expect(large.iterations).toBeGreaterThan(0);
  });
});

describe("colours and sizes", () => {
  it("colour nodes by country, persons in a lighter tint, organisations grey", () => {
    expect(nodeColor("country", "CHN")).toEqual(COUNTRY_COLORS.CHN);
    const [r, g, b] = nodeColor("person", "CHN");
    expect(r).toBeGreaterThan(COUNTRY_COLORS.CHN[0]);
    expect(g).toBeGreaterThan(COUNTRY_COLORS.CHN[1]);
    expect(b).toBeGreaterThan(COUNTRY_COLORS.CHN[2]);
    expect(nodeColor("organization", undefined)).toEqual(ORGANIZATION_COLOR);
    expect(nodeColor("person", undefined)).toEqual(UNKNOWN_COUNTRY_COLOR);
    expect(nodeColor("country", "NOR")).toEqual(nodeColor("country", "NOR"));
  });

  it("start each node at its first event and size it by its events", () => {
    const { document } = buildDocument({
      creator: "t",
      description: "t",
      actors: [
        { id: "a", label: "A", kind: "country", zh: [], country: "CHN" },
        { id: "b", label: "B", kind: "country", zh: [], country: "RUS" },
        { id: "c", label: "C", kind: "organization", zh: [] },
      ],
      relations: [
        { source: "a", target: "b", type: "MET", weight: 2, spells: [{ start: "2020-01-01", end: "2020-01-01", values: {} }, { start: "2021-01-01", end: "2021-01-01", values: {} }] },
        { source: "c", target: "a", type: "CALLED", weight: 1, spells: [{ start: "2019-05-05", end: "2019-05-05", values: {} }] },
      ],
      edgeAttributes: EVENT_ATTRIBUTES,
    });
    const nodes = Object.fromEntries([...document.nodes].map((n) => [n.id, n]));
    expect([nodes.a.start, nodes.b.start, nodes.c.start]).toEqual(["2019-05-05", "2020-01-01", "2019-05-05"]);
    expect([nodes.a.size, nodes.b.size, nodes.c.size]).toEqual([nodeSize(3), nodeSize(2), nodeSize(1)]);
    expect([...document.edges].map((e) => [e.id, e.kind, e.label])).toEqual([
      ["MET:a->b", "MET", "MET"],
      ["CALLED:c->a", "CALLED", "CALLED"],
    ]);
  });
});
