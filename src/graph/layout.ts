/**
 * Node positions for the GEXF exports: ForceAtlas2 (graphology-layout-forceatlas2) with settings
 * inferred from the graph and Barnes–Hut above a node count. The same input gives the same
 * positions: nodes and links are taken in a canonical order, start positions come from a PRNG
 * seeded by each node's id (so a node starts in the same place whatever else the graph holds) and
 * the number of iterations follows from the graph's size, not from the clock. The clock only stops a layout that overruns its time budget, which the
 * iteration count is chosen to avoid; the result then says so.
 */
import { UndirectedGraph } from "graphology";
import fa2 from "graphology-layout-forceatlas2";

// a CommonJS module whose typings declare an ES default export: at run time the default import is
// the layout function itself
const forceAtlas2 = fa2 as unknown as typeof fa2.default;

type Position = { x: number; y: number };

export interface LayoutLink {
  source: string;
  target: string;
  weight: number;
}

export interface LayoutOptions {
  /** Iterations for small graphs. */
  iterations?: number;
  /** Node count above which Barnes–Hut approximates repulsion. */
  barnesHutAbove?: number;
  /** Estimated run time the iteration count is sized to (from the graph's size, not the clock). */
  targetMs?: number;
  /** Wall-clock limit; the layout stops after the batch that crosses it. */
  budgetMs?: number;
  seed?: number;
}

export interface LayoutResult {
  positions: Map<string, { x: number; y: number }>;
  iterations: number;
  barnesHut: boolean;
  /** True when the time budget cut the iterations short (the positions then depend on the machine). */
  stoppedByClock: boolean;
  millis: number;
}

const DEFAULTS = {
  iterations: 800,
  barnesHutAbove: 2000,
  targetMs: 8_000,
  budgetMs: 30_000,
  seed: 0x9e3779b9,
};
const GRAVITY = 1;
/** Iterations per call of the library (each call rebuilds its arrays from the graph). */
const BATCH = 10;
/** Positions span about this many units per √node, whatever the layout's own scale. */
const SPREAD = 120;

/** mulberry32: a small, well-mixed 32-bit PRNG. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * Cost of one iteration in nanoseconds, measured on graphology-layout-forceatlas2 0.10 (Node 20,
 * one core): exact repulsion ~5 ns per node pair, Barnes–Hut ~400 ns per n·log₂n, attraction per edge.
 */
const NS_PER_PAIR = 5;
const NS_PER_BARNES_HUT_UNIT = 400;
const NS_PER_EDGE = 50;

/** Iterations for a graph: the full count for small graphs, fewer as one iteration costs more. */
export function iterationsFor(order: number, size: number, barnesHut: boolean, o: Required<LayoutOptions>): number {
  const repulsion = barnesHut ? NS_PER_BARNES_HUT_UNIT * order * Math.log2(Math.max(2, order)) : NS_PER_PAIR * order * order;
  const perIterationNs = repulsion + NS_PER_EDGE * size;
  return Math.max(BATCH, Math.min(o.iterations, Math.floor((o.targetMs * 1e6) / perIterationNs / BATCH) * BATCH));
}

export function forceLayout(nodes: Iterable<string>, links: Iterable<LayoutLink>, options: LayoutOptions = {}): LayoutResult {
  const o = { ...DEFAULTS, ...options };
  const started = performance.now();
  const graph = new UndirectedGraph<Position, { weight: number }>();
  // a canonical order: the layout's floating-point sums then run the same way whatever order came in
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  for (const id of [...nodes].sort(byId)) {
    const random = mulberry32(hash(id, o.seed));
    graph.addNode(id, { x: (random() - 0.5) * 1000, y: (random() - 0.5) * 1000 });
  }
  // one link per pair, as strong as all the relations between the two
  const ends = (l: LayoutLink) => (l.source < l.target ? [l.source, l.target] : [l.target, l.source]);
  const sorted = [...links].map((l) => ({ ...l, ends: ends(l) })).sort((a, b) => byId(a.ends[0], b.ends[0]) || byId(a.ends[1], b.ends[1]) || a.weight - b.weight);
  for (const l of sorted) {
    if (l.source === l.target) continue;
    graph.updateEdge(l.ends[0], l.ends[1], (attr) => ({ weight: (attr.weight ?? 0) + l.weight }));
  }
  const positions = new Map<string, { x: number; y: number }>();
  if (graph.order === 0) return { positions, iterations: 0, barnesHut: false, stoppedByClock: false, millis: 0 };

  const barnesHut = graph.order > o.barnesHutAbove;
  // inferSettings' gravity (0.05) lets components drift far apart: the seeds' two components ended
  // up in opposite corners of the picture, with the main one drawn out into a line
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: barnesHut, gravity: GRAVITY };
  const planned = iterationsFor(graph.order, graph.size, barnesHut, o);
  let iterations = 0;
  let stoppedByClock = false;
  while (iterations < planned) {
    forceAtlas2.assign(graph, { iterations: BATCH, settings, getEdgeWeight: "weight" });
    iterations += BATCH;
    if (iterations < planned && performance.now() - started > o.budgetMs) {
      stoppedByClock = true;
      break;
    }
  }

  // centre on the origin and scale to a spread that suits Gephi's default node sizes
  let cx = 0;
  let cy = 0;
  graph.forEachNode((_, a) => {
    cx += a.x;
    cy += a.y;
  });
  cx /= graph.order;
  cy /= graph.order;
  let radius = 0;
  graph.forEachNode((_, a) => {
    radius = Math.max(radius, Math.hypot(a.x - cx, a.y - cy));
  });
  const scale = radius > 0 ? (SPREAD * Math.sqrt(graph.order)) / radius : 1;
  graph.forEachNode((id, a) => {
    positions.set(id, { x: (a.x - cx) * scale, y: (a.y - cy) * scale });
  });
  return { positions, iterations, barnesHut, stoppedByClock, millis: Math.round(performance.now() - started) };
}
