/**
 * One real Neo4j server per test file (scripts/neo4j.mjs), in a temporary home on free ports, so
 * that test files can run in parallel and a test may kill its own server. With CI=true a server
 * that cannot start fails the suite; elsewhere the tests skip, saying why (no Java, no Maven...).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, type TestContext } from "vitest";
import { checkJava, cypherShellCommand, fetchArtifacts, freePort, runningPid, startServer, stopServer } from "../../scripts/neo4j.mjs";

export interface TestServer {
  home: string;
  uri: string;
  httpUrl: string;
  user: string;
  password: string;
  driver: Driver;
  /** Environment for a child `diplograph build --neo4j` run against this server. */
  env: NodeJS.ProcessEnv;
  /** kill -9 the server process. */
  kill(): void;
  /** Starts it again on the same home and ports (after kill() or stop). */
  restart(): Promise<void>;
  /** Removes every node and relationship (Community has one user database). */
  clear(): Promise<void>;
  /** Runs a Cypher file with cypher-shell -f; resolves with its exit code and output. */
  cypherShell(file: string): Promise<{ code: number | null; output: string }>;
}

const PASSWORD = "diplograph-test";


/** Registers beforeAll/afterAll for the file's server; `server(ctx)` returns it or skips the test. */
export function useNeo4jServer(): (ctx: TestContext) => TestServer {
  const state: { server?: TestServer; skip?: string } = {};
  const unavailable = (why: string, e: unknown) => {
    if (process.env.CI === "true") throw e;
    state.skip = `Neo4j tests skipped: ${why}`;
    console.warn(state.skip);
  };

  beforeAll(async () => {
    try {
      checkJava();
      await fetchArtifacts("server");
      await fetchArtifacts("cypher-shell");
    } catch (e) {
      return unavailable((e as Error).message, e);
    }
    const home = mkdtempSync(join(tmpdir(), "diplograph-neo4j-"));
    const boltPort = await freePort();
    const httpPort = await freePort();
    const start = () => startServer({ home, boltPort, httpPort, password: PASSWORD, heap: "768m", pageCache: "64m" });
    let started;
    try {
      started = await start();
    } catch (e) {
      await stopServer({ home }).catch(() => undefined);
      return unavailable(`the server did not start: ${(e as Error).message}`, e);
    }
    const driver = neo4j.driver(started.boltUri, neo4j.auth.basic("neo4j", PASSWORD));
    state.server = {
      home,
      uri: started.boltUri,
      httpUrl: started.httpUrl,
      user: "neo4j",
      password: PASSWORD,
      driver,
      env: { ...process.env, NEO4J_URI: undefined, NEO4J_USER: "neo4j", NEO4J_PASSWORD: PASSWORD, NEO4J_DATABASE: undefined },
      kill() {
        const pid = runningPid(home);
        if (pid) process.kill(pid, "SIGKILL");
      },
      async restart() {
        await start();
      },
      async clear() {
        await driver.executeQuery("MATCH (n) DETACH DELETE n");
      },
      async cypherShell(file) {
        const [cmd, ...args] = await cypherShellCommand();
        return new Promise((resolve, reject) => {
          // the password travels in the environment (cypher-shell reads NEO4J_PASSWORD), not in argv
          const child = spawn(cmd, [...args, "-a", started.boltUri, "-u", "neo4j", "--format", "plain", "-f", file], {
            env: { ...process.env, NEO4J_PASSWORD: PASSWORD },
          });
          let output = "";
          child.stdout.on("data", (d) => (output += d));
          child.stderr.on("data", (d) => (output += d));
          child.on("error", reject);
          child.on("close", (code) => resolve({ code, output }));
        });
      },
    };
  }, 300_000);

  afterAll(async () => {
    const s = state.server;
    if (!s) return;
    await s.driver.close();
    await stopServer({ home: s.home });
    rmSync(s.home, { recursive: true, force: true });
  }, 120_000);

  return (ctx) => {
    if (!state.server) ctx.skip(state.skip ?? "Neo4j server not started");
    return state.server!;
  };
}
