/** Reading a Neo4j database back for comparisons: whole-graph snapshots and counts. */
import neo4j, { type Driver } from "neo4j-driver";
import { runPipeline, type PipelineResult } from "../../src/pipeline.js";
import { neo4jSink } from "../../src/sinks/neo4j.js";
import { sharedEngine } from "../helpers.js";
import type { TestServer } from "./server.js";

/** Driver values as plain JSON: integers as numbers, temporal values as their ISO text. */
export function plain(v: unknown): unknown {
  if (neo4j.isInt(v)) return v.toNumber();
  if (neo4j.isDate(v) || neo4j.isDateTime(v) || neo4j.isLocalDateTime(v)) return `${v.constructor.name}(${v.toString()})`;
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === "object") {
    return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, plain(x)]));
  }
  return v;
}

export async function rows(driver: Driver, query: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const r = await driver.executeQuery(query, params);
  return r.records.map((rec) => plain(rec.toObject()) as Record<string, unknown>);
}

/**
 * Every node (labels, properties) and relationship (type, ends by id, properties) as sorted JSON
 * lines: two databases hold the same graph exactly when their snapshots are equal. `ignore` leaves
 * out properties a comparison is not about.
 */
export async function snapshot(driver: Driver, ignore: string[] = []): Promise<{ nodes: string[]; relationships: string[] }> {
  const nodes = await rows(driver, "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props");
  const rels = await rows(driver, "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props");
  const kept = (props: unknown) => Object.fromEntries(Object.entries(props as object).filter(([k]) => !ignore.includes(k)));
  const lines = (xs: Record<string, unknown>[]) =>
    xs.map((x) => JSON.stringify({ ...x, props: kept(x.props), labels: Array.isArray(x.labels) ? [...x.labels].sort() : undefined })).sort();
  return { nodes: lines(nodes), relationships: lines(rels) };
}

export async function counts(driver: Driver): Promise<Record<string, number>> {
  const byLabel = await rows(driver, "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n");
  const byType = await rows(driver, "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n");
  return Object.fromEntries([
    ...byLabel.map((r) => [`:${r.label}`, r.n as number]),
    ...byType.map((r) => [`[:${r.type}]`, r.n as number]),
  ].sort(([a], [b]) => String(a).localeCompare(String(b))));
}

/** Extracts the paths in-process and loads them with the neo4j sink. */
export async function load(server: TestServer, paths: string[]): Promise<PipelineResult> {
  const result = runPipeline({ paths }, sharedEngine());
  await neo4jSink.write(result, { outDir: "unused", neo4j: { uri: server.uri, user: server.user, password: server.password } });
  return result;
}
