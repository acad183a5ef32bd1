/**
 * Runs tools/gephi/GephiHarness.java: fetches the Gephi Toolkit with Maven into .tooling/gephi/lib
 * (once; Maven's own cache keeps it after that), compiles the harness into .tooling/gephi/classes
 * (again when its source changes) and starts one JVM per call, headless.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..");
const TOOL = join(ROOT, "tools", "gephi");
const SOURCE = join(TOOL, "GephiHarness.java");
const TOOLING = join(ROOT, ".tooling", "gephi");
const LIB = join(TOOLING, "lib");
const CLASSES = join(TOOLING, "classes");

const run = (cmd: string, args: string[], timeout = 600_000) => spawnSync(cmd, args, { encoding: "utf8", timeout, maxBuffer: 512 * 1024 * 1024 });

/** Why the harness cannot run here (no Java, javac or Maven), or undefined when it can. */
export function missingTools(): string | undefined {
  for (const [tool, args] of [["java", ["-version"]], ["javac", ["-version"]], ["mvn", ["-v"]]] as const) {
    const r = run(tool, [...args], 60_000);
    if (r.error || r.status !== 0) return `${tool} is not available (${r.error?.message ?? r.stderr.trim().split("\n")[0]})`;
  }
  return undefined;
}

const jars = () => (existsSync(LIB) ? readdirSync(LIB).filter((f) => f.endsWith(".jar")) : []);

/** Fetches the toolkit and compiles the harness where needed; returns the class path. */
export function prepareHarness(): string {
  if (!jars().some((j) => j.startsWith("gephi-toolkit-"))) {
    mkdirSync(LIB, { recursive: true });
    const r = run("mvn", ["-q", "-B", "-f", join(TOOL, "pom.xml"), "dependency:copy-dependencies", `-DoutputDirectory=${LIB}`]);
    if (r.status !== 0) throw new Error(`diplograph: fetching the Gephi Toolkit failed:\n${r.stdout}\n${r.stderr}`);
  }
  const classpath = [...jars().map((j) => join(LIB, j)), CLASSES].join(":");
  const hash = createHash("sha256").update(readFileSync(SOURCE)).digest("hex");
  const stamp = join(CLASSES, "source.sha256");
  if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== hash) {
    rmSync(CLASSES, { recursive: true, force: true });
    mkdirSync(CLASSES, { recursive: true });
    const r = run("javac", ["-d", CLASSES, "-cp", classpath, SOURCE]);
    if (r.status !== 0) throw new Error(`diplograph: compiling the Gephi harness failed:\n${r.stderr}`);
    writeFileSync(stamp, hash);
  }
  return classpath;
}

/** One JVM: `check FILE...` or `render IN OUT W H...`; returns the JSON it prints. */
export function runHarness(args: string[]): unknown {
  const classpath = prepareHarness();
  const r = run("java", ["-Djava.awt.headless=true", "-Xmx3g", "-cp", classpath, "GephiHarness", ...args]);
  if (r.status !== 0) throw new Error(`diplograph: the Gephi harness failed (${r.status ?? r.signal}):\n${r.stderr.slice(-4000)}`);
  return JSON.parse(r.stdout);
}

/** What the harness reports for one imported file. */
export interface GephiReport {
  file: string;
  error?: string;
  importMillis: number;
  issues: { level: "INFO" | "WARNING" | "SEVERE" | "CRITICAL"; message: string }[];
  nodes: number;
  edges: number;
  directed: boolean;
  multiGraph: boolean;
  dynamic: boolean;
  timeFormat: string;
  timeBounds: { start: string; end: string };
  edgeKinds: string[];
  parallelPairs: number;
  spells: number;
  edgeDetails?: Record<
    string,
    { source: string; target: string; kind: string; label: string; weight: number; spells: string[]; values: Record<string, Record<string, string | number>> }
  >;
  nodeDetails?: Record<string, { label: string; spells: string[]; x: number; y: number; size: number; color: string }>;
  nodeColumns: { id: string; title: string; type: string; dynamic: boolean; property: boolean }[];
  edgeColumns: { id: string; title: string; type: string; dynamic: boolean; property: boolean }[];
}
