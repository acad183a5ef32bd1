/**
 * A streaming GEXF 1.3 writer: the document comes out as a sequence of chunks of bounded size, read
 * from iterables of nodes and edges, so the whole XML is never held in memory. Written by hand
 * because graphology-gexf writes no dynamics (no spells, no dynamic attribute values:
 * graphology#496) and builds the whole document as one string.
 *
 * The output is deterministic: no dates of writing, attributes in a fixed order, numbers printed
 * the same way every time.
 */
import { escapeAttribute, escapeText } from "./xml.js";
import type { Rgb } from "./colors.js";

export type GexfAttributeType = "string" | "integer" | "long" | "double" | "boolean";
export type GexfValue = string | number | boolean;

export interface GexfAttribute {
  id: string;
  title: string;
  type: GexfAttributeType;
}

/** A time span of an edge, with the dynamic attribute values that hold during it. */
export interface GexfSpell {
  /** YYYY-MM-DD */
  start: string;
  /** YYYY-MM-DD, inclusive; equal to start for a single day. */
  end: string;
  values: Record<string, GexfValue | undefined>;
}

export interface GexfNode {
  id: string;
  label: string;
  /** The node exists from this date (YYYY-MM-DD) on; none: always. */
  start?: string;
  attributes: Record<string, GexfValue | undefined>;
  color: Rgb;
  size: number;
  x: number;
  y: number;
}

export interface GexfEdge {
  id: string;
  source: string;
  target: string;
  /** Gephi's edge type: edges of different kinds between the same nodes stay parallel. */
  kind: string;
  label: string;
  weight: number;
  color: Rgb;
  /** Non-overlapping spells (Gephi rejects overlapping intervals of one element). */
  spells: GexfSpell[];
}

export interface GexfDocument {
  creator: string;
  description: string;
  /** Static node attributes. */
  nodeAttributes: GexfAttribute[];
  /** Dynamic edge attributes, valued per spell. */
  edgeAttributes: GexfAttribute[];
  nodes: Iterable<GexfNode>;
  edges: Iterable<GexfEdge>;
}

/** Chunks are flushed once they reach this many UTF-16 units. */
export const CHUNK_CHARS = 64 * 1024;

/** Numbers as GEXF reads them: integers plain, others with at most 4 decimals, never exponents. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`diplograph: GEXF cannot hold the number ${n}`);
  if (Number.isInteger(n)) return String(n);
  const fixed = n.toFixed(4).replace(/0+$/, "").replace(/\.$/, "");
  return fixed === "-0" ? "0" : fixed;
}

const formatValue = (v: GexfValue) => (typeof v === "number" ? formatNumber(v) : String(v));

function attr(name: string, value: string): string {
  return ` ${name}="${escapeAttribute(value)}"`;
}

function color([r, g, b]: Rgb): string {
  return `<viz:color r="${r}" g="${g}" b="${b}"/>`;
}

function* declarations(cls: "node" | "edge", mode: "static" | "dynamic", attributes: GexfAttribute[]): Generator<string> {
  if (!attributes.length) return;
  yield `    <attributes class="${cls}" mode="${mode}">\n`;
  for (const a of attributes) yield `      <attribute${attr("id", a.id)}${attr("title", a.title)}${attr("type", a.type)}/>\n`;
  yield `    </attributes>\n`;
}

// one string per element: a generator step per attribute value costs more than the writing itself
function nodeXml(n: GexfNode, declared: GexfAttribute[]): string {
  let xml = `      <node${attr("id", n.id)}${attr("label", n.label)}${n.start ? attr("start", n.start) : ""}>\n`;
  const values = declared.filter((a) => n.attributes[a.id] !== undefined);
  if (values.length) {
    xml += "        <attvalues>\n";
    for (const a of values) xml += `          <attvalue${attr("for", a.id)}${attr("value", formatValue(n.attributes[a.id]!))}/>\n`;
    xml += "        </attvalues>\n";
  }
  xml += `        ${color(n.color)}\n`;
  xml += `        <viz:size value="${formatNumber(n.size)}"/>\n`;
  xml += `        <viz:position x="${formatNumber(n.x)}" y="${formatNumber(n.y)}" z="0"/>\n`;
  return xml + "      </node>\n";
}

function edgeXml(e: GexfEdge, declared: GexfAttribute[]): string {
  let xml = `      <edge${attr("id", e.id)}${attr("source", e.source)}${attr("target", e.target)}${attr("kind", e.kind)}${attr("label", e.label)} weight="${formatNumber(e.weight)}">\n`;
  if (e.spells.length) {
    xml += "        <attvalues>\n";
    for (const s of e.spells) {
      const span = `${attr("start", s.start)}${attr("end", s.end)}`;
      for (const a of declared) {
        const v = s.values[a.id];
        if (v !== undefined) xml += `          <attvalue${attr("for", a.id)}${attr("value", formatValue(v))}${span}/>\n`;
      }
    }
    xml += "        </attvalues>\n";
    xml += "        <spells>\n";
    for (const s of e.spells) xml += `          <spell${attr("start", s.start)}${attr("end", s.end)}/>\n`;
    xml += "        </spells>\n";
  }
  xml += `        ${color(e.color)}\n`;
  return xml + "      </edge>\n";
}

function* pieces(doc: GexfDocument): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n';
  yield "  <meta>\n";
  yield `    <creator>${escapeText(doc.creator)}</creator>\n`;
  yield `    <description>${escapeText(doc.description)}</description>\n`;
  yield "  </meta>\n";
  yield '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date" timerepresentation="interval">\n';
  yield* declarations("node", "static", doc.nodeAttributes);
  yield* declarations("edge", "dynamic", doc.edgeAttributes);
  yield "    <nodes>\n";
  for (const n of doc.nodes) yield nodeXml(n, doc.nodeAttributes);
  yield "    </nodes>\n";
  yield "    <edges>\n";
  for (const e of doc.edges) yield edgeXml(e, doc.edgeAttributes);
  yield "    </edges>\n";
  yield "  </graph>\n";
  yield "</gexf>\n";
}

/** The document as chunks of about `chunkChars` UTF-16 units each (one element may overshoot). */
export function* gexfChunks(doc: GexfDocument, chunkChars = CHUNK_CHARS): Generator<string> {
  let buffer: string[] = [];
  let size = 0;
  for (const piece of pieces(doc)) {
    buffer.push(piece);
    size += piece.length;
    if (size >= chunkChars) {
      yield buffer.join("");
      buffer = [];
      size = 0;
    }
  }
  if (buffer.length) yield buffer.join("");
}
