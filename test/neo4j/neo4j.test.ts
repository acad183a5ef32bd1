/**
 * The Neo4j sink and the Cypher script against a real Neo4j 5.26 server (scripts/neo4j.mjs): the
 * schema, the model, idempotent and incremental loads, re-extraction of a changed article, the
 * analyst queries of the README, the script loaded with cypher-shell, and (last, since it kills
 * the server) a load interrupted by kill -9. One server for all: starting one takes 10-20 s.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PipelineResult } from "../../src/pipeline.js";
import { cypherLiteral } from "../../src/sinks/cypher-literal.js";
import { cypherSink } from "../../src/sinks/cypher.js";
import { neo4jSink } from "../../src/sinks/neo4j.js";
import { SEEDS, tempDir } from "../helpers.js";
import { counts, load, rows, snapshot } from "./graph.js";
import { faultSuite } from "./fault.js";
import { hostileResult, hostileString, stored } from "./hostile.js";
import { useNeo4jServer, type TestServer } from "./server.js";

const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "bin", "diplograph.js");
const QUERIES = join(ROOT, "docs", "queries");
const VERSION = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;

const server = useNeo4jServer();

function writeCorpus(files: Record<string, string>, published = "2024-03-07"): string {
  const dir = tempDir("diplograph-corpus-");
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(Object.keys(files).map((file) => ({ file, published }))));
  return dir;
}

async function loadResult(s: TestServer, result: PipelineResult) {
  await neo4jSink.write(result, { outDir: "unused", neo4j: { uri: s.uri, user: s.user, password: s.password } });
}

const event = async (s: TestServer, type: string, from: string, to: string) =>
  rows(s.driver, `MATCH (a:Actor {id: $from})-[r]->(b:Actor {id: $to}) WHERE type(r) = $type RETURN properties(r) AS r`, { type, from, to }).then(
    (xs) => xs.map((x) => x.r as Record<string, unknown>),
  );

describe("loading into Neo4j", () => {
  it("creates the schema and the model: actors, articles, mentions, offices and typed, dated events", async (ctx) => {
    const s = server(ctx);
    await s.clear();
    const result = await load(s, [SEEDS]);

    const constraints = await rows(s.driver, "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN *");
    expect(constraints).toEqual(
      expect.arrayContaining([
        { name: "actor_id", type: "UNIQUENESS", labelsOrTypes: ["Actor"], properties: ["id"] },
        { name: "article_id", type: "UNIQUENESS", labelsOrTypes: ["Article"], properties: ["id"] },
        ...["VISITED", "MET", "CALLED", "CONGRATULATED", "SENT_MESSAGE", "SIGNED_AGREEMENT", "EXPRESSED_SUPPORT"].map((t) => ({
          name: `${t.toLowerCase()}_key`,
          type: "RELATIONSHIP_UNIQUENESS",
          labelsOrTypes: [t],
          properties: ["key"],
        })),
      ]),
    );
    const indexes = await rows(s.driver, "SHOW INDEXES YIELD name, state, labelsOrTypes, properties RETURN *");
    for (const name of ["actor_name", "person_name", "country_name", "article_published", "visited_date", "met_date", "met_date_text"]) {
      expect(indexes.find((i) => i.name === name), name).toMatchObject({ state: "ONLINE" });
    }

    // every event is one relationship of its type; Belarus comes in through Lukashenko's office
    const c = await counts(s.driver);
    for (const [type, n] of Object.entries(result.summary.edgesByType)) expect(c[`[:${type}]`], type).toBe(n);
    expect(c[":Article"]).toBe(5);
    expect(c[":Person"]).toBe(result.nodes.filter((n) => n.kind === "person").length);
    expect(c[":Country"]).toBe(result.nodes.filter((n) => n.kind === "country").length + 1);
    expect(c[":Actor"]).toBe(c[":Person"] + c[":Country"] + (c[":Organization"] ?? 0));

    const [met] = await event(s, "MET", "xi-jinping", "alexander-lukashenko");
    const edge = result.edges.find((e) => e.type === "MET" && e.source.id === "xi-jinping" && e.target.id === "alexander-lukashenko")!;
    expect(met).toMatchObject({
      date: "Date(2025-06-04)",
      dateText: "2025-06-04",
      datePrecision: "day",
      status: "happened",
      cameo: "040",
      plover: "CONSULT",
      confidence: edge.confidence,
      sources: ["003_b8f6d30423d2579c"],
      evidence: edge.evidence.map((e) => e.text),
      extractorVersion: `diplograph ${VERSION}, dictionary ${result.summary.dictionaryVersion}`,
    });
    const [month] = await event(s, "MET", "vladimir-putin", "xi-jinping");
    expect(month).toMatchObject({ dateText: "2022-09", datePrecision: "month" });
    expect(month.date).toBeUndefined();
    const [treaty] = await event(s, "SIGNED_AGREEMENT", "PRK", "RUS");
    expect(treaty).toMatchObject({ agreement: "全面战略伙伴关系条约", agreementKind: "treaty", cameo: "057" });

    expect(
      await rows(s.driver, "MATCH (p:Person {name: 'Alexander Lukashenko'})-[h:HOLDS_OFFICE]->(c:Country) RETURN labels(p) AS labels, c.name AS country, properties(h) AS office"),
    ).toEqual([{ labels: ["Actor", "Person"], country: "Belarus", office: { role: "head_of_state", title: "President", since: "1994-07-20" } }]);
    expect(await rows(s.driver, "MATCH (p:Person {id: 'xi-jinping'}) RETURN p.chineseNames AS zh, p.aliases AS aliases, p.country AS country")).toEqual([
      { zh: ["习近平", "習近平"], aliases: ["习近平", "習近平", "Xi"], country: "CHN" },
    ]);
    expect(await rows(s.driver, "MATCH (a:Article {id: '004_4a8c0d302e9363d3'}) RETURN a.published AS published, a.url STARTS WITH 'https://www.rfi.fr/' AS rfi, a.format AS format")).toEqual([
      { published: "Date(2023-06-12)", rfi: true, format: "html" },
    ]);
    expect(
      await rows(s.driver, "MATCH (a:Actor)-[:MENTIONED_IN]->(:Article {id: '003_b8f6d30423d2579c'}) RETURN a.id AS id ORDER BY id"),
    ).toEqual([{ id: "CHN" }, { id: "alexander-lukashenko" }, { id: "xi-jinping" }]);
  });

  it("leaves the database unchanged when the CLI builds the same corpus twice (--neo4j bolt://, then NEO4J_URI neo4j://)", async (ctx) => {
    const s = server(ctx);
    await s.clear();
    const out = tempDir();
    const first = spawnSync(process.execPath, [BIN, "build", SEEDS, "--out", out, "--neo4j", s.uri], { encoding: "utf8", env: s.env });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toContain(`loaded into Neo4j at ${s.uri}: 5 article(s)`);
    const before = await snapshot(s.driver);
    // a routing URI works unchanged (a single server answers the routing table itself)
    const routing = s.uri.replace(/^bolt:/, "neo4j:");
    const second = spawnSync(process.execPath, [BIN, "build", SEEDS, "--out", out], { encoding: "utf8", env: { ...s.env, NEO4J_URI: routing } });
    expect(second.status, second.stderr).toBe(0);
    expect(second.stderr).toContain(`loaded into Neo4j at ${routing}`);
    expect(second.stderr).not.toContain(s.password);
    expect(await snapshot(s.driver)).toEqual(before);
  });

  it("merges a later corpus: sources and evidence appended, no duplicate edges", async (ctx) => {
    const s = server(ctx);
    await s.clear();
    const seeds = await load(s, [SEEDS]);
    const before = await counts(s.driver);
    // the Xinhua article again, republished under another name a day later
    const later = tempDir("diplograph-later-");
    copyFileSync(join(SEEDS, "003_b8f6d30423d2579c.txt"), join(later, "005_republished.txt"));
    writeFileSync(join(later, "manifest.json"), JSON.stringify([{ file: "005_republished.txt", published: "2025-06-05" }]));
    await load(s, [later]);
    await load(s, [later]);

    const after = await counts(s.driver);
    expect(after).toEqual({ ...before, ":Article": before[":Article"] + 1, "[:MENTIONED_IN]": before["[:MENTIONED_IN]"] + 3 });
    const [met] = await event(s, "MET", "xi-jinping", "alexander-lukashenko");
    const seedEvidence = seeds.edges.find((e) => e.type === "MET" && e.target.id === "alexander-lukashenko")!.evidence.map((e) => e.text);
    expect(met.sources).toEqual(["003_b8f6d30423d2579c", "005_republished"]);
    expect(met.evidence).toEqual([...seedEvidence, ...seedEvidence]);
    expect(met.evidenceDocs).toEqual([...seedEvidence.map(() => "003_b8f6d30423d2579c"), ...seedEvidence.map(() => "005_republished")]);
    expect(await rows(s.driver, "MATCH ()-[r]->() WHERE r.key IS NOT NULL WITH r.key AS key, count(*) AS n WHERE n > 1 RETURN key")).toEqual([]);
  });

  it("replaces a re-extracted article's contribution", async (ctx) => {
    const s = server(ctx);
    const meeting = "3月5日，国家主席习近平在北京会见白俄罗斯总统卢卡申科。";
    const a = `习近平会见卢卡申科\n\n${meeting}\n\n习近平祝贺卢卡申科当选连任总统。\n`;
    const bBefore = `普京与金正恩通电话\n\n${meeting}\n\n3月6日，俄罗斯总统普京与朝鲜最高领导人金正恩通电话。金正恩表示全力支持普京。\n`;
    // after a fix, article b no longer tells the meeting or the call, and tells a visit instead
    const bAfter = "金正恩表示支持普京\n\n3月6日，朝鲜最高领导人金正恩表示全力支持俄罗斯总统普京。\n\n3月6日，白俄罗斯总统卢卡申科访问朝鲜。\n";

    const aFile = join(writeCorpus({ "a.txt": a }), "a.txt");
    const bFileBefore = join(writeCorpus({ "b.txt": bBefore }), "b.txt");
    const bFileAfter = join(writeCorpus({ "b.txt": bAfter }), "b.txt");
    await s.clear();
    await load(s, [aFile, bFileBefore]);
    expect((await event(s, "MET", "xi-jinping", "alexander-lukashenko"))[0].sources).toEqual(["a", "b"]);
    await s.driver.executeQuery("MATCH ()-[r]->() WHERE r.extractorVersion IS NOT NULL SET r.extractorVersion = 'an older extractor'");

    await load(s, [bFileAfter]);
    const [met] = await event(s, "MET", "xi-jinping", "alexander-lukashenko");
    expect(met.sources).toEqual(["a"]);
    expect(met.evidence).toContain(meeting);
    expect(met.evidenceDocs).toEqual((met.evidence as string[]).map(() => "a"));
    expect(met.extractorVersion).toBe("an older extractor");
    expect(await event(s, "CALLED", "vladimir-putin", "kim-jong-un")).toEqual([]);
    const [support] = await event(s, "EXPRESSED_SUPPORT", "kim-jong-un", "vladimir-putin");
    expect(support).toMatchObject({ sources: ["b"], evidence: expect.arrayContaining(["3月6日，朝鲜最高领导人金正恩表示全力支持俄罗斯总统普京。"]) });
    expect(support.evidenceDocs).toEqual((support.evidence as string[]).map(() => "b"));
    expect(support.extractorVersion).toMatch(/^diplograph /);
    expect(await event(s, "VISITED", "alexander-lukashenko", "PRK")).toHaveLength(1);

    // the same graph as a clean load of the articles as they are now; confidence aside (it keeps the
    // highest value any load gave, and the first load saw the meeting told twice), and the version
    // stamp this test overwrote
    const ignore = ["confidence", "sourceConfidence", "extractorVersion"];
    const incremental = await snapshot(s.driver, ignore);
    await s.clear();
    await load(s, [aFile, bFileAfter]);
    expect(incremental).toEqual(await snapshot(s.driver, ignore));
  });
});

describe("the analyst queries of the README", () => {
  const files = readdirSync(QUERIES).filter((f) => f.endsWith(".cypher")).sort();
  const expected: Record<string, unknown[]> = {
    "01-congratulated-xi-2022.cypher": [
      { who: "Kim Jong Un", date: "2022-10-23", articles: ["000_cb4b9fd4524df28c"] },
      { who: "Vladimir Putin", date: "2022-10-23", articles: ["000_cb4b9fd4524df28c"] },
    ],
    "02-china-russia-meetings.cypher": [
      { date: "2022-09", how: "MET", chinese: "Xi Jinping", russian: "Vladimir Putin", evidence: expect.stringContaining("普京与习近平面对面会谈") },
      { date: "2024-01-31", how: "CALLED", chinese: "Dong Jun", russian: "Sergei Shoigu", evidence: expect.stringContaining("绍伊古视频") },
    ],
    "03-visits-to-north-korea.cypher": [
      { visitor: "Alexey Krivoruchko", date: "2024-06", article: "001_1c881e771c4f9be6", title: "朝俄军事结盟 双方军事代表团互访", evidence: [expect.stringContaining("赴平壤访问")] },
      { visitor: "Alexey Krivoruchko", date: "2024-07-18", article: "001_1c881e771c4f9be6", title: "朝俄军事结盟 双方军事代表团互访", evidence: [expect.stringContaining("会见到访的")] },
    ],
    "04-most-visited-countries.cypher": [
      { country: "North Korea", visits: 2, visitors: ["Alexey Krivoruchko"] },
      { country: "China", visits: 1, visitors: ["Alexander Lukashenko"] },
      { country: "Russia", visits: 1, visitors: ["Li Shangfu"] },
    ],
    "05-shortest-path.cypher": [{ chain: ["Alexander Lukashenko", "Xi Jinping", "Vladimir Putin"], hops: 2 }],
    "06-agreements-by-country.cypher": [
      { country: "China", agreement: "伙伴关系声明", kind: "joint statement", date: "2022-02", signedBy: "Xi Jinping", with: "Vladimir Putin" },
      { country: "North Korea", agreement: "全面战略伙伴关系条约", kind: "treaty", date: "2024-06-19", signedBy: "North Korea", with: "Russia" },
      { country: "Russia", agreement: "伙伴关系声明", kind: "joint statement", date: "2022-02", signedBy: "Vladimir Putin", with: "Xi Jinping" },
      { country: "Russia", agreement: "全面战略伙伴关系条约", kind: "treaty", date: "2024-06-19", signedBy: "Russia", with: "North Korea" },
    ],
    "07-edges-from-article.cypher": [
      { event: "CONGRATULATED", source: "Xi Jinping", target: "Alexander Lukashenko", date: "2025-06-04", confidence: expect.any(Number) },
      { event: "MET", source: "Xi Jinping", target: "Alexander Lukashenko", date: "2025-06-04", confidence: expect.any(Number) },
      { event: "VISITED", source: "Alexander Lukashenko", target: "China", date: "2025-06-04", confidence: expect.any(Number) },
    ],
    "08-office-holder-on-date.cypher": [{ minister: "Li Shangfu", title: "Minister of National Defense", since: "2023-03-12", until: "2023-10-24" }],
    "09-most-active-actors.cypher": [
      { actor: "Kim Jong Un", events: 8, types: expect.arrayContaining(["CONGRATULATED", "EXPRESSED_SUPPORT", "MET", "SENT_MESSAGE"]) },
      { actor: "Vladimir Putin", events: 8, types: expect.arrayContaining(["SIGNED_AGREEMENT", "MET"]) },
      { actor: "Xi Jinping", events: 6, types: expect.arrayContaining(["SIGNED_AGREEMENT", "CONGRATULATED", "MET"]) },
      { actor: "Russia", events: 4, types: expect.arrayContaining(["VISITED", "SIGNED_AGREEMENT", "EXPRESSED_SUPPORT"]) },
      { actor: "Alexander Lukashenko", events: 3, types: expect.arrayContaining(["VISITED", "MET", "CONGRATULATED"]) },
    ],
  };

  it("has at least eight queries, each in the README exactly as in docs/queries", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const f of files) expect(readme, f).toContain("```cypher\n" + readFileSync(join(QUERIES, f), "utf8") + "```");
  });

  it("answers each query on the seeds with the expected rows", async (ctx) => {
    const s = server(ctx);
    await s.clear();
    await load(s, [SEEDS]);
    for (const f of files) {
      const result = await rows(s.driver, readFileSync(join(QUERIES, f), "utf8"));
      if (f === "10-network-of-a-leader.cypher") {
        // paths for the graph view: Kim Jong Un's events with the people and countries around him
        const seen = result.map((r) => {
          type Node = { elementId: string; properties: { name: string } };
          const seg = (r.path as { segments: { relationship: { type: string; startNodeElementId: string }; start: Node; end: Node }[] }).segments[0];
          const [from, to] = seg.relationship.startNodeElementId === seg.start.elementId ? [seg.start, seg.end] : [seg.end, seg.start];
          return `${from.properties.name} -${seg.relationship.type}-> ${to.properties.name}`;
        });
        expect(seen.sort()).toEqual([
          "Kim Jong Un -CONGRATULATED-> Vladimir Putin",
          "Kim Jong Un -CONGRATULATED-> Xi Jinping",
          "Kim Jong Un -EXPRESSED_SUPPORT-> Russia",
          "Kim Jong Un -EXPRESSED_SUPPORT-> Vladimir Putin",
          "Kim Jong Un -MET-> Alexey Krivoruchko",
          "Kim Jong Un -MET-> Vladimir Putin",
          "Kim Jong Un -SENT_MESSAGE-> Vladimir Putin",
          "Vladimir Putin -SENT_MESSAGE-> Kim Jong Un",
        ]);
        continue;
      }
      expect(result, f).toEqual(expected[f]);
    }
  });
});

describe("graph-exports/diplomacy.cypher", () => {
  it("builds, with cypher-shell -f in an empty database, exactly the graph the driver loads; running it again changes nothing", async (ctx) => {
    const s = server(ctx);
    await s.clear();
    const result = await load(s, [SEEDS]);
    const loaded = await snapshot(s.driver);

    const out = tempDir();
    await cypherSink.write(result, { outDir: out });
    await s.clear();
    const run = await s.cypherShell(join(out, "diplomacy.cypher"));
    expect(run.code, run.output).toBe(0);
    expect(await snapshot(s.driver)).toEqual(loaded);
    const again = await s.cypherShell(join(out, "diplomacy.cypher"));
    expect(again.code, again.output).toBe(0);
    expect(await snapshot(s.driver)).toEqual(loaded);
  });

  it("writes any string as a literal Cypher reads back exactly (property test against the server)", async (ctx) => {
    const s = server(ctx);
    await fc.assert(
      fc.asyncProperty(fc.array(hostileString, { minLength: 1, maxLength: 8 }), async (strings) => {
        const [back] = await rows(s.driver, `RETURN ${cypherLiteral(strings)} AS v`);
        expect(back.v).toEqual(strings.map(stored));
      }),
      { numRuns: 150 },
    );
  });

  it("loads hostile article text with cypher-shell and holds the exact strings", async (ctx) => {
    const s = server(ctx);
    const strings = fc.sample(hostileString, { numRuns: 60, seed: 20240718 });
    const result = hostileResult(strings);
    await s.clear();
    await loadResult(s, result);
    const loaded = await snapshot(s.driver);

    const out = tempDir();
    await cypherSink.write(result, { outDir: out });
    const script = readFileSync(join(out, "diplomacy.cypher"), "utf8");
    // each statement ends a line with ";" and no string literal spans lines
    for (const line of script.split("\n")) expect(line.includes("\r") || line.includes("\u2028")).toBe(false);
    await s.clear();
    const run = await s.cypherShell(join(out, "diplomacy.cypher"));
    expect(run.code, run.output).toBe(0);
    expect(await snapshot(s.driver)).toEqual(loaded);

    const [visit] = await rows(s.driver, "MATCH ()-[r:VISITED]->() RETURN r.evidence AS evidence, r.sources AS sources");
    expect(visit.evidence).toEqual(strings.map(stored));
    expect(visit.sources).toEqual(result.articles.map((a) => stored(a.id)));
    const titles = await rows(s.driver, "MATCH (a:Article) RETURN a.title AS title, a.url AS url, a.file AS file ORDER BY a.id");
    expect(titles.map((t) => [t.title, t.url, t.file]).sort()).toEqual(result.articles.map((a) => [a.title, a.url, a.file].map((x) => stored(x!))).sort());
    const names = await rows(s.driver, "MATCH (a:Actor) RETURN a.name AS name, a.aliases AS aliases");
    expect(names.map((n) => JSON.stringify([n.name, n.aliases])).sort()).toEqual(
      result.nodes.map((n) => JSON.stringify([stored(n.name), n.aliases.map(stored)])).sort(),
    );
    const [treaty] = await rows(s.driver, "MATCH ()-[r:SIGNED_AGREEMENT]->() RETURN r.agreement AS title");
    expect(treaty.title).toBe(stored(result.edges[1].agreement!.title));
  });
});

describe("errors", () => {
  it("names the server when the password is wrong, and exits 1", async (ctx) => {
    const s = server(ctx);
    const r = spawnSync(process.execPath, [BIN, "build", SEEDS, "--out", tempDir(), "--neo4j", s.uri], {
      encoding: "utf8",
      env: { ...s.env, NEO4J_PASSWORD: "not-the-password" },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`diplograph: Neo4j at ${s.uri} rejected user "neo4j": check NEO4J_USER and NEO4J_PASSWORD`);
    expect(r.stderr).not.toContain("not-the-password");
  });

  it("names the server when nothing answers", async () => {
    const r = spawnSync(process.execPath, [BIN, "build", SEEDS, "--out", tempDir(), "--neo4j", "bolt://127.0.0.1:1"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^diplograph: cannot connect to Neo4j at bolt:\/\/127\.0\.0\.1:1: /m);
  });
});

faultSuite(server);
