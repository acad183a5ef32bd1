/**
 * Every GEXF export read by Gephi's own importer (Gephi Toolkit 0.10, headless, one JVM for all
 * files): the seeds' diplomacy graph and country rollup, and a synthetic 100k-edge graph written by
 * the streaming writer. Needs Java 17, javac and Maven: with CI=true their absence fails the test,
 * elsewhere the tests are skipped with a message.
 */
import { rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDocument } from "../../src/graph/document.js";
import { CHUNK_CHARS, gexfChunks, type GexfSpell } from "../../src/graph/gexf-writer.js";
import { diplomacyRelations, EVENT_ATTRIBUTES, type Relation } from "../../src/graph/relations.js";
import { countryRollup } from "../../src/graph/rollup.js";
import { runPipeline, type PipelineResult } from "../../src/pipeline.js";
import { writeAtomically } from "../../src/sinks/atomic.js";
import { gexfSink } from "../../src/sinks/gexf.js";
import { missingTools, runHarness, type GephiReport } from "../../scripts/gephi-harness.js";
import { SEEDS, sharedEngine, tempDir } from "../helpers.js";
import { syntheticGraph } from "./synthetic.js";

const missing = missingTools();
if (missing && process.env.CI !== "true") console.warn(`skipping the Gephi import tests: ${missing}`);

/** What Gephi should find in a file, from our own model of it (nodes: those of the relations, unless given). */
function expected(relations: Relation[], nodes?: number) {
  const spells = relations.flatMap((r) => r.spells);
  const pairs = new Map<string, Set<string>>();
  for (const r of relations) pairs.set(`${r.source}|${r.target}`, (pairs.get(`${r.source}|${r.target}`) ?? new Set()).add(r.type));
  return {
    nodes: nodes ?? new Set(relations.flatMap((r) => [r.source, r.target])).size,
    edges: relations.length,
    spells: spells.length,
    parallelPairs: [...pairs.values()].filter((s) => s.size > 1).length,
    kinds: [...new Set(relations.map((r) => r.type))].sort(),
    start: spells.map((s) => s.start).sort()[0],
    end: spells.map((s) => s.end).sort().at(-1),
  };
}

const spellText = (s: GexfSpell) => `${s.start}/${s.end}`;
const columnTypes = (columns: GephiReport["nodeColumns"]) => Object.fromEntries(columns.filter((c) => !c.property).map((c) => [c.id, c.type]));

describe.skipIf(missing && process.env.CI !== "true")("Gephi's importer", () => {
  let result: PipelineResult;
  let diplomacy: GephiReport;
  let countries: GephiReport;
  let synthetic: GephiReport;
  let big: ReturnType<typeof syntheticGraph>;
  const dir = tempDir("diplograph-gephi-");
  // the synthetic file is 190 MB
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    if (missing) throw new Error(`diplograph: the Gephi import test needs Java 17, javac and Maven: ${missing}`);
    result = runPipeline({ paths: [SEEDS] }, sharedEngine());
    await gexfSink.write(result, { outDir: dir });

    // the synthetic graph: 100k edges, streamed chunk by chunk
    big = syntheticGraph(20_000, 100_000);
    const started = performance.now();
    const { document, layout } = buildDocument({
      creator: "diplograph test",
      description: "synthetic graph",
      actors: big.actors,
      relations: big.relations,
      edgeAttributes: EVENT_ATTRIBUTES,
      layout: { targetMs: 3000 },
    });
    const laidOut = performance.now();
    let chunks = 0;
    let largest = 0;
    const counted = function* () {
      for (const chunk of gexfChunks(document)) {
        chunks++;
        largest = Math.max(largest, chunk.length);
        yield chunk;
      }
    };
    await writeAtomically(join(dir, "synthetic.gexf"), counted());
    const written = performance.now();
    const bytes = statSync(join(dir, "synthetic.gexf")).size;
    console.log(
      `synthetic GEXF: ${big.relations.length} edges, ${big.events} events; layout ${layout.iterations} iterations ` +
        `(Barnes–Hut ${layout.barnesHut}) in ${Math.round(laidOut - started)} ms; written in ${Math.round(written - laidOut)} ms: ` +
        `${(bytes / 1e6).toFixed(1)} MB in ${chunks} chunks of at most ${largest} characters; ` +
        `peak RSS of the test process ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
    );
    // streamed: no chunk comes near the size of the document
    expect(largest).toBeLessThan(CHUNK_CHARS + 16 * 1024);
    expect(chunks).toBeGreaterThan(1000);

    const t = performance.now();
    [diplomacy, countries, synthetic] = runHarness(["check", ...["diplomacy.gexf", "countries.gexf", "synthetic.gexf"].map((f) => join(dir, f))]) as GephiReport[];
    console.log(`Gephi imported the three files in one JVM in ${Math.round(performance.now() - t)} ms (synthetic: ${synthetic.importMillis} ms)`);
  }, 900_000);

  const cases = () => [
    { name: "diplomacy.gexf", report: diplomacy, relations: diplomacyRelations(result.edges) },
    { name: "countries.gexf", report: countries, relations: countryRollup(result.edges, result.index).relations },
    // the synthetic graph keeps its few actors without relations as nodes
    { name: "synthetic.gexf", report: synthetic, relations: big.relations, nodes: big.actors.length },
  ];

  it("imports every file without a SEVERE issue or a warning", () => {
    for (const { name, report } of cases()) {
      expect(report.error, name).toBeUndefined();
      expect(report.issues.filter((i) => i.level !== "INFO"), name).toEqual([]);
    }
  });

  it("finds our nodes, our edges (one per source, target and type) and our spells", () => {
    for (const { name, report, relations, nodes } of cases()) {
      const want = expected(relations, nodes);
      expect(report.nodes, name).toBe(want.nodes);
      expect(report.edges, name).toBe(want.edges);
      expect(report.spells, name).toBe(want.spells);
      expect([...report.edgeKinds].sort(), name).toEqual(want.kinds);
    }
  });

  it("keeps parallel edges of different types", () => {
    for (const { name, report, relations } of cases()) {
      expect(report.multiGraph, name).toBe(true);
      expect(report.parallelPairs, name).toBe(expected(relations).parallelPairs);
      expect(report.parallelPairs, name).toBeGreaterThan(0);
    }
  });

  it("reads a timeline of dates bounded by our earliest and latest events", () => {
    for (const { name, report, relations } of cases()) {
      const want = expected(relations);
      expect(report.dynamic, name).toBe(true);
      expect(report.timeFormat, name).toBe("DATE");
      expect(report.timeBounds, name).toEqual({ start: want.start, end: want.end });
    }
    const dated = result.edges.filter((e) => e.date).map((e) => e.date!.padEnd(10, "-01").slice(0, 10));
    expect(diplomacy.timeBounds).toEqual({ start: dated.sort()[0], end: dated.sort().at(-1) });
  });

  it("gives each event of the seeds its own spell, with its details on that spell", () => {
    // no two events of one relation share a date in the seeds: spells are the events one to one
    expect(diplomacy.spells).toBe(result.edges.filter((e) => e.date).length);
    for (const r of diplomacyRelations(result.edges)) {
      const edge = diplomacy.edgeDetails![`${r.type}:${r.source}->${r.target}`];
      expect(edge, `${r.type} ${r.source} ${r.target}`).toMatchObject({ source: r.source, target: r.target, kind: r.type, label: r.type, weight: r.weight });
      expect(edge.spells).toEqual(r.spells.map(spellText));
      expect(edge.values.date).toEqual(Object.fromEntries(r.spells.map((s) => [spellText(s), s.values.date])));
      expect(edge.values.sources).toEqual(Object.fromEntries(r.spells.map((s) => [spellText(s), s.values.sources])));
    }
    for (const e of result.edges) {
      const edge = diplomacy.edgeDetails![`${e.type}:${e.source.id}->${e.target.id}`];
      expect(Object.values(edge.values.evidence)).toContain(e.evidence[0].text.replace(/\s+/g, " ").trim());
    }
  });

  it("starts each node at its first event and places it off the origin", () => {
    const first = new Map<string, string>();
    for (const r of diplomacyRelations(result.edges)) {
      for (const id of [r.source, r.target]) if (!first.has(id) || r.spells[0].start < first.get(id)!) first.set(id, r.spells[0].start);
    }
    const nodes = diplomacy.nodeDetails!;
    for (const [id, start] of first) expect(nodes[id].spells, id).toEqual([`${start}/+inf`]);
    const places = new Set(Object.values(nodes).map((n) => `${Math.round(n.x)},${Math.round(n.y)}`));
    expect(places.size).toBe(Object.keys(nodes).length);
  });

  it("declares the attributes with their types", () => {
    const nodeTypes = { type: "String", zh: "String", country: "String", offices: "String", discovered: "Boolean" };
    for (const report of [diplomacy, countries, synthetic]) expect(columnTypes(report.nodeColumns)).toEqual(nodeTypes);
    expect(columnTypes(diplomacy.edgeColumns)).toEqual({
      date: "IntervalStringMap",
      precision: "IntervalStringMap",
      status: "IntervalStringMap",
      cameo: "IntervalStringMap",
      plover: "IntervalStringMap",
      sources: "IntervalIntegerMap",
      docs: "IntervalStringMap",
      evidence: "IntervalStringMap",
      confidence: "IntervalDoubleMap",
      agreement: "IntervalStringMap",
    });
    expect(columnTypes(countries.edgeColumns)).toEqual({ events: "IntervalIntegerMap", dates: "IntervalStringMap" });
  });
});
