#!/usr/bin/env node
/**
 * docs/neo4j-browser.png (npm run docs:neo4j): the seeds' graph in Neo4j Browser.
 *
 * Starts a throwaway Neo4j (with Browser) in a temporary home on free ports, builds the seeds into it
 * with `diplograph build --neo4j`, empties it, then, in headless Chromium (Debian's chromium through
 * playwright-core), connects Browser, runs graph-exports/diplomacy.cypher in Browser's editor (the
 * script must give the same counts as the driver load), applies diplomacy.grass with :style, runs
 * one analyst query in graph view and saves the screenshot. Needs `npm run build` first (the CLI
 * runs from dist/) and /usr/bin/chromium (apt-get install chromium).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";
import { chromium } from "playwright-core";
import { DEFAULT_PASSWORD, startServer, stopServer } from "./neo4j.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const QUERY = readFileSync(join(ROOT, "docs", "queries", "10-network-of-a-leader.cypher"), "utf8");
const OUTPUT = join(ROOT, "docs", "neo4j-browser.png");
const log = (m) => process.stderr.write(`docs:neo4j: ${m}\n`);

const freePort = () =>
  new Promise((res, rej) => {
    const s = createServer();
    s.once("error", rej);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });

async function counts(driver) {
  const { records } = await driver.executeQuery(
    "CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships",
  );
  return { nodes: records[0].get("nodes").toNumber(), relationships: records[0].get("relationships").toNumber() };
}

/** Types text into Browser's editor and runs it. */
async function run(page, text) {
  const editor = page.locator('[data-testid="activeEditor"]');
  await editor.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
  await page.locator('[data-testid="editor-Run"]').click();
}

const home = mkdtempSync(join(tmpdir(), "diplograph-browser-"));
const password = process.env.NEO4J_PASSWORD || DEFAULT_PASSWORD;
let browser;
try {
  const [boltPort, httpPort] = [await freePort(), await freePort()];
  log(`starting Neo4j with Browser (Bolt ${boltPort}, HTTP ${httpPort}) ...`);
  const server = await startServer({ home, boltPort, httpPort, password, log });
  const driver = neo4j.driver(server.boltUri, neo4j.auth.basic("neo4j", password));

  const out = join(home, "exports");
  const build = spawnSync(process.execPath, [join(ROOT, "bin", "diplograph.js"), "build", join(ROOT, "seeds"), "--out", out, "--neo4j", server.boltUri, "-q"], {
    encoding: "utf8",
    env: { ...process.env, NEO4J_PASSWORD: password },
  });
  if (build.status !== 0) throw new Error(`diplograph build failed:\n${build.stderr}`);
  const loaded = await counts(driver);
  log(`driver load: ${loaded.nodes} nodes, ${loaded.relationships} relationships`);
  await driver.executeQuery("MATCH (n) DETACH DELETE n");

  // a fresh profile in the temporary home: no state from earlier runs
  browser = await chromium.launchPersistentContext(join(home, "chromium"), {
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1600, height: 1000 },
    deviceScaleFactor: 1,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(`${server.httpUrl}/browser/`);
  await page.locator('[data-testid="boltaddress"]').waitFor();
  await page.locator('[data-testid="bolt-scheme-select"]').selectOption("bolt://");
  await page.locator('[data-testid="boltaddress"]').fill(`127.0.0.1:${boltPort}`);
  await page.locator('[data-testid="username"]').fill("neo4j");
  await page.locator('[data-testid="password"]').fill(password);
  await page.locator('[data-testid="connect"]').click();
  await page.locator('[data-testid="disconnectedBanner"]').waitFor({ state: "detached", timeout: 30_000 });
  log("Browser connected");

  // the Cypher script, run by Browser's multi-statement editor
  await run(page, readFileSync(join(out, "diplomacy.cypher"), "utf8"));
  const deadline = Date.now() + 120_000;
  let fromScript = await counts(driver);
  while (fromScript.nodes !== loaded.nodes || fromScript.relationships !== loaded.relationships) {
    if (Date.now() > deadline) throw new Error(`Browser's run of diplomacy.cypher gave ${JSON.stringify(fromScript)}, the driver load ${JSON.stringify(loaded)}`);
    await page.waitForTimeout(500);
    fromScript = await counts(driver);
  }
  log(`Browser ran diplomacy.cypher: ${fromScript.nodes} nodes, ${fromScript.relationships} relationships, as the driver load`);

  await run(page, ":clear");
  // on one line: typed over several lines, the style broke Browser's graph view (a TypeError)
  await run(page, `:style ${readFileSync(join(out, "diplomacy.grass"), "utf8").replace(/\s*\n\s*/g, " ")}`);
  // show the query's relationships only, not every relationship between the nodes it returns
  await run(page, ":config autoComplete: false");
  await run(page, ":clear");
  await run(page, QUERY);
  const frame = page.locator('[data-testid="frame"]').first();
  await frame.locator("svg .node").first().waitFor({ timeout: 30_000 });
  // the whole window for the graph: longer relationships, room for their captions
  await frame.getByTitle("Fullscreen", { exact: true }).click();
  await page.waitForTimeout(5000); // let the force layout settle
  await frame.screenshot({ path: OUTPUT });
  log(`wrote ${OUTPUT}`);
  await driver.close();
} finally {
  await browser?.close();
  await stopServer({ home }).catch(() => undefined);
  rmSync(home, { recursive: true, force: true });
}
