/**
 * Neo4j sink: loads the graph through the official driver, step by step (neo4j-plan.ts), each batch
 * of rows one managed write transaction (`UNWIND $rows`, every value a parameter). bolt:// and
 * neo4j:// (routing: a cluster or Aura) URIs both work. A failure names the server and how far the
 * load got; since loads are idempotent, running the same command again completes it.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { DiplographError } from "../errors.js";
import type { PipelineResult } from "../pipeline.js";
import { extractorVersion } from "./extractor-version.js";
import { neo4jLoadPlan, type LoadStep } from "./neo4j-plan.js";
import type { Neo4jTarget, Sink } from "./types.js";

/** The URI as messages show it: without any user:password@ part. */
export function displayUri(uri: string): string {
  return uri.replace(/^([a-z0-9+]+:\/\/)[^@/]*@/i, "$1");
}

function* batches<T>(rows: T[], size: number): Iterable<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

export interface LoadReport {
  rows: number;
  steps: number;
}

/** Runs the plan against the server; throws a DiplographError saying where and how far it failed. */
export async function runLoadPlan(plan: LoadStep[], target: Neo4jTarget): Promise<LoadReport> {
  const where = `${displayUri(target.uri)}${target.database ? ` (database ${target.database})` : ""}`;
  const total = plan.reduce((n, s) => n + (s.rows?.length ?? 0), 0);
  let rowsDone = 0;
  let stepsDone = 0;
  let driver: Driver;
  try {
    // a transaction cut off by a lost connection is retried while less than 10 s have passed (the
    // driver's default is 30): with its back-off that gives a cluster time to elect a new leader and
    // gives up on a dead server after about 15 s
    driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), { userAgent: "diplograph", maxTransactionRetryTime: 10_000 });
  } catch (e) {
    throw new DiplographError("NEO4J_FAILED", `cannot use Neo4j URI ${where}: ${(e as Error).message}`);
  }
  try {
    try {
      await driver.getServerInfo({ database: target.database });
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === "Neo.ClientError.Security.Unauthorized") {
        throw new DiplographError("NEO4J_FAILED", `Neo4j at ${where} rejected user "${target.user}": check NEO4J_USER and NEO4J_PASSWORD`);
      }
      throw new DiplographError("NEO4J_FAILED", `cannot connect to Neo4j at ${where}: ${(e as Error).message}`);
    }
    const session = driver.session({ database: target.database, defaultAccessMode: neo4j.session.WRITE });
    let current = plan[0];
    try {
      for (const step of plan) {
        current = step;
        if (step.rows === null) {
          for (const statement of step.statements) await session.executeWrite((tx) => tx.run(statement));
        } else {
          for (const batch of batches(step.rows, step.batchSize)) {
            await session.executeWrite(async (tx) => {
              for (const statement of step.statements) await tx.run(statement, { rows: batch });
            });
            rowsDone += batch.length;
          }
        }
        stepsDone++;
      }
    } catch (e) {
      const code = (e as { code?: string }).code;
      throw new DiplographError(
        "NEO4J_FAILED",
        `loading into Neo4j at ${where} failed at "${current.name}" after ${rowsDone} of ${total} rows ` +
          `(${stepsDone} of ${plan.length} steps done): ${(e as Error).message}${code ? ` [${code}]` : ""}. ` +
          `Loading is idempotent: run the same command again once the server is back.`,
      );
    } finally {
      await session.close().catch(() => undefined);
    }
    return { rows: rowsDone, steps: stepsDone };
  } finally {
    await driver.close().catch(() => undefined);
  }
}

export const neo4jSink: Sink = {
  name: "neo4j",
  async write(result: PipelineResult, ctx) {
    if (!ctx.neo4j) throw new DiplographError("USAGE", "no Neo4j server given (build --neo4j URI, or NEO4J_URI)");
    const plan = neo4jLoadPlan(result, extractorVersion(result.summary.dictionaryVersion));
    const started = Date.now();
    const report = await runLoadPlan(plan, ctx.neo4j);
    ctx.log?.(
      `diplograph: loaded into Neo4j at ${displayUri(ctx.neo4j.uri)}: ${result.articles.length} article(s), ${result.edges.length} event relationship(s) ` +
        `(${report.rows} rows in ${((Date.now() - started) / 1000).toFixed(1)}s)`,
    );
    return [];
  },
};
