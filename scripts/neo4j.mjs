#!/usr/bin/env node
/**
 * A local Neo4j 5.26 Community server (with Neo4j Browser) for development and the test suite.
 *
 *   node scripts/neo4j.mjs fetch     copy the server and cypher-shell jars from Maven Central into .tooling/neo4j
 *   node scripts/neo4j.mjs start     start the server and wait until Bolt answers (npm run neo4j:start)
 *   node scripts/neo4j.mjs stop      stop it cleanly (npm run neo4j:stop)
 *   node scripts/neo4j.mjs status    say whether it runs
 *
 * No Neo4j installation is needed: Java 17+ and Maven fetch everything (tools/neo4j/*). The server
 * runs straight from the jars (org.neo4j.server.CommunityEntryPoint) with a generated neo4j.conf
 * under its home folder; its data, logs and pid file live there too (.tooling/neo4j/home, ignored by
 * git). Bolt listens on 127.0.0.1:7687 and HTTP (Browser) on 127.0.0.1:7474 unless NEO4J_BOLT_PORT /
 * NEO4J_HTTP_PORT say otherwise. The password comes from NEO4J_PASSWORD (default below, for local
 * development only) and is never passed on a command line: the first start sets it through Bolt.
 *
 * The functions are exported for the test suite, which runs its own servers in temporary homes.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const TOOLING = join(ROOT, ".tooling", "neo4j");
export const DEFAULT_HOME = join(TOOLING, "home");
export const DEFAULT_PASSWORD = "diplograph-local";
/** Neo4j ships with user neo4j / password neo4j, which must be changed before any query runs. */
const INITIAL_PASSWORD = "neo4j";

/** Artifact sets: each a pom under tools/neo4j and a lib folder of jars under .tooling/neo4j. */
const ARTIFACTS = {
  server: { pom: join(ROOT, "tools", "neo4j", "server", "pom.xml"), lib: join(TOOLING, "server-lib") },
  "cypher-shell": { pom: join(ROOT, "tools", "neo4j", "cypher-shell", "pom.xml"), lib: join(TOOLING, "cypher-shell-lib") },
};

export class Neo4jToolError extends Error {}

function which(cmd) {
  const r = spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** Java 17 or later is required; returns its major version or throws saying what is missing. */
export function checkJava() {
  if (!which("java")) throw new Neo4jToolError("Java 17 or later is required to run Neo4j (no `java` on PATH)");
  const r = spawnSync("java", ["-version"], { encoding: "utf8" });
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.stderr ?? "");
  const major = m ? (m[1] === "1" ? Number(m[2]) : Number(m[1])) : 0;
  if (major < 17) throw new Neo4jToolError(`Java 17 or later is required to run Neo4j (found ${m ? m[0] : "an unknown version"})`);
  return major;
}

/**
 * Copies an artifact set's jars with Maven, once: a marker holding the pom's hash says the folder is
 * complete, so a second run (or CI with the folder cached) does not fetch again. A lock directory
 * keeps concurrent callers (parallel test files) from fetching into the same folder at once.
 */
export async function fetchArtifacts(set = "server", log = () => {}) {
  const { pom, lib } = ARTIFACTS[set];
  const hash = createHash("sha256").update(readFileSync(pom)).digest("hex");
  const marker = join(lib, ".fetched");
  const done = () => existsSync(marker) && readFileSync(marker, "utf8") === hash;
  if (done()) return lib;
  mkdirSync(TOOLING, { recursive: true });
  const lock = join(TOOLING, `.${set}.lock`);
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // a lock older than the deadline was left by a killed fetch
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs > 10 * 60_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Neo4jToolError(`timed out waiting for another fetch of ${set} (${lock})`);
      await sleep(500);
    }
  }
  try {
    if (done()) return lib;
    if (!which("mvn")) throw new Neo4jToolError("Maven (mvn) is required to fetch Neo4j from Maven Central");
    log(`fetching ${set} jars from Maven Central into ${lib} ...`);
    rmSync(lib, { recursive: true, force: true });
    const r = spawnSync("mvn", ["-q", "-B", "-f", pom, "dependency:copy-dependencies", `-DoutputDirectory=${lib}`], { encoding: "utf8" });
    if (r.status !== 0) throw new Neo4jToolError(`mvn could not fetch ${set}:\n${(r.stdout + r.stderr).trim().split("\n").slice(-20).join("\n")}`);
    writeFileSync(marker, hash);
    return lib;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const pidFile = (home) => join(home, "run", "neo4j.pid");

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A TCP port free on 127.0.0.1 right now (for a server's Bolt and HTTP ports). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** The pid of the server running from this home, or null. */
export function runningPid(home = DEFAULT_HOME) {
  if (!existsSync(pidFile(home))) return null;
  const pid = Number(readFileSync(pidFile(home), "utf8"));
  return Number.isInteger(pid) && alive(pid) ? pid : null;
}

function writeConfig(home, { boltPort, httpPort, pageCache }) {
  mkdirSync(join(home, "conf"), { recursive: true });
  const conf = [
    "# written by scripts/neo4j.mjs on every start; edit the script, not this file",
    `server.directories.data=${join(home, "data")}`,
    `server.directories.logs=${join(home, "logs")}`,
    `server.directories.run=${join(home, "run")}`,
    `server.directories.import=${join(home, "import")}`,
    `server.default_listen_address=127.0.0.1`,
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${boltPort}`,
    `server.http.listen_address=127.0.0.1:${httpPort}`,
    `server.http.advertised_address=127.0.0.1:${httpPort}`,
    "server.https.enabled=false",
    "dbms.security.auth_enabled=true",
    `server.memory.pagecache.size=${pageCache}`,
    // a development server: keep one transaction log file, not a week of them
    "db.tx_log.rotation.retention_policy=2 files",
    "dbms.usage_report.enabled=false",
    // transaction logs are preallocated at 256 MB each by default: too much for throwaway test servers
    "db.tx_log.preallocate=false",
    "",
  ].join("\n");
  writeFileSync(join(home, "conf", "neo4j.conf"), conf);
}

/** The last lines of the server's logs (neo4j.log, then the JVM's own output), for error messages. */
export function logTail(home = DEFAULT_HOME, lines = 25) {
  return ["neo4j.log", "console.log"]
    .map((name) => join(home, "logs", name))
    .filter((path) => existsSync(path) && statSync(path).size > 2)
    .map((path) => `${path}:\n${readFileSync(path, "utf8").trimEnd().split("\n").slice(-lines).join("\n")}`)
    .join("\n") || "(no log yet)";
}

async function tryAuth(uri, user, password) {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 5_000, maxConnectionPoolSize: 1 });
  try {
    // a query, not verifyAuthentication(): that one answers false instead of telling why
    await driver.executeQuery("RETURN 1");
    return "ok";
  } catch (e) {
    if (e.code === "Neo.ClientError.Security.Unauthorized") return "unauthorized";
    if (e.code === "Neo.ClientError.Security.CredentialsExpired") return "expired";
    return `unavailable: ${e.message}`;
  } finally {
    await driver.close();
  }
}

/** Replaces the initial password (neo4j) by ours, through Bolt so it never appears in a process list. */
async function setInitialPassword(uri, password) {
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", INITIAL_PASSWORD), { maxConnectionPoolSize: 1 });
  try {
    await driver.executeQuery("ALTER CURRENT USER SET PASSWORD FROM $old TO $new", { old: INITIAL_PASSWORD, new: password }, { database: "system" });
  } finally {
    await driver.close();
  }
}

/**
 * Starts a server from `home` (created if needed) and resolves once Bolt accepts our password.
 * Returns { pid, boltUri, httpUrl }. Starting an already running server just waits for it.
 */
export async function startServer({
  home = DEFAULT_HOME,
  boltPort = Number(process.env.NEO4J_BOLT_PORT ?? 7687),
  httpPort = Number(process.env.NEO4J_HTTP_PORT ?? 7474),
  password = process.env.NEO4J_PASSWORD || DEFAULT_PASSWORD,
  heap = "512m",
  pageCache = "128m",
  timeoutMs = 180_000,
  log = () => {},
} = {}) {
  const boltUri = `bolt://127.0.0.1:${boltPort}`;
  const httpUrl = `http://127.0.0.1:${httpPort}`;
  let pid = runningPid(home);
  if (!pid) {
    checkJava();
    const lib = await fetchArtifacts("server", log);
    for (const d of ["data", "logs", "run", "import"]) mkdirSync(join(home, d), { recursive: true });
    writeConfig(home, { boltPort, httpPort, pageCache });
    const out = openSync(join(home, "logs", "console.log"), "a");
    const child = spawn(
      "java",
      [
        `-Xms${heap}`,
        `-Xmx${heap}`,
        "-XX:+UseG1GC",
        "-XX:-OmitStackTraceInFastThrow",
        "-XX:+UnlockExperimentalVMOptions",
        "-XX:+TrustFinalNonStaticFields",
        "-XX:+DisableExplicitGC",
        "-Djdk.nio.maxCachedBufferSize=1024",
        "-Dio.netty.tryReflectionSetAccessible=true",
        "-Dlog4j2.disable.jmx=true",
        "-Dfile.encoding=UTF-8",
        "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--add-opens=java.base/java.io=ALL-UNNAMED",
        "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        "--add-opens=java.base/java.lang=ALL-UNNAMED",
        "-cp",
        `${lib}/*`,
        "org.neo4j.server.CommunityEntryPoint",
        `--home-dir=${home}`,
        `--config-dir=${join(home, "conf")}`,
      ],
      { cwd: home, detached: true, stdio: ["ignore", out, out] },
    );
    closeSync(out);
    child.unref();
    pid = child.pid;
    writeFileSync(pidFile(home), String(pid));
    log(`started Neo4j (pid ${pid}), waiting for Bolt on ${boltUri} ...`);
  }
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!alive(pid)) throw new Neo4jToolError(`Neo4j (pid ${pid}) exited during startup:\n${logTail(home)}`);
    const state = await tryAuth(boltUri, "neo4j", password);
    if (state === "ok") break;
    if (state === "unauthorized" || state === "expired") {
      // a fresh database still has the initial password; anything else is a password mismatch
      const initial = await tryAuth(boltUri, "neo4j", INITIAL_PASSWORD);
      if (initial !== "expired") {
        throw new Neo4jToolError(
          `Neo4j at ${boltUri} rejects the password from NEO4J_PASSWORD; the database in ${join(home, "data")} was created with another one (delete that folder to start afresh)`,
        );
      }
      await setInitialPassword(boltUri, password);
      continue;
    }
    if (Date.now() > deadline) throw new Neo4jToolError(`Neo4j did not answer on ${boltUri} within ${timeoutMs / 1000}s (${state}):\n${logTail(home)}`);
    await sleep(500);
  }
  return { pid, boltUri, httpUrl };
}

/** Stops the server cleanly (SIGTERM runs Neo4j's shutdown: checkpoint, close stores) and waits. */
export async function stopServer({ home = DEFAULT_HOME, timeoutMs = 120_000, log = () => {} } = {}) {
  const pid = runningPid(home);
  if (!pid) {
    rmSync(pidFile(home), { force: true });
    return false;
  }
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (alive(pid)) {
    if (Date.now() > deadline) throw new Neo4jToolError(`Neo4j (pid ${pid}) did not stop within ${timeoutMs / 1000}s; see ${join(home, "logs")}`);
    await sleep(200);
  }
  rmSync(pidFile(home), { force: true });
  log(`stopped Neo4j (pid ${pid})`);
  return true;
}

/** The command that runs cypher-shell (fetched on first use): [java, ...args]. */
export async function cypherShellCommand(log = () => {}) {
  checkJava();
  const lib = await fetchArtifacts("cypher-shell", log);
  return ["java", "-cp", `${lib}/*`, "org.neo4j.shell.Main"];
}

/** Disk use of a home, for the status line. */
function sizeOf(dir) {
  let total = 0;
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    const p = join(dir, name);
    const s = statSync(p);
    total += s.isDirectory() ? sizeOf(p) : s.size;
  }
  return total;
}

async function cli(command) {
  const log = (m) => process.stderr.write(`neo4j: ${m}\n`);
  switch (command) {
    case "fetch":
      await fetchArtifacts("server", log);
      await fetchArtifacts("cypher-shell", log);
      log(`jars are in ${TOOLING}`);
      return;
    case "start": {
      const { pid, boltUri, httpUrl } = await startServer({ log });
      log(`running (pid ${pid}): Bolt ${boltUri}, Browser ${httpUrl}/browser/, user neo4j, password from NEO4J_PASSWORD`);
      return;
    }
    case "stop":
      if (!(await stopServer({ log }))) log("not running");
      return;
    case "status": {
      const pid = runningPid();
      log(pid ? `running (pid ${pid}), data ${(sizeOf(join(DEFAULT_HOME, "data")) / 1e6).toFixed(1)} MB` : "not running");
      return;
    }
    default:
      throw new Neo4jToolError("usage: node scripts/neo4j.mjs fetch|start|stop|status");
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  cli(process.argv[2]).catch((e) => {
    process.stderr.write(`neo4j: ${e instanceof Neo4jToolError ? e.message : e.stack}\n`);
    process.exitCode = 1;
  });
}
