/**
 * What every run does around extraction: find the inputs and their manifests (planRun), then take
 * each file's reports, in file order, into the graph, the candidates and the summary (RunCollector).
 */
import { statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { DictionaryIndex } from "../dictionary/index.js";
import type { Dictionary } from "../dictionary/load.js";
import { discoverFiles } from "../ingest/discover.js";
import { readManifest, type ManifestEntry } from "../ingest/manifest.js";
import { GraphBuilder } from "../merge/graph.js";
import type { Candidate, PipelineOptions, PipelineResult, Summary } from "../pipeline.js";
import type { FileReport, RunSettings } from "./file.js";
import type { FileJob } from "./workers.js";

export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;
export const DEFAULT_MAX_FILE_SECONDS = 60;

/** The inputs of a run and what each file is read with. */
export interface RunPlan {
  jobs: FileJob[];
  settings: RunSettings;
  summary: Summary;
}

export function planRun(opts: PipelineOptions, dictionary: Dictionary): RunPlan {
  const { files, folders, problems } = discoverFiles(opts.paths);
  const summary: Summary = {
    read: 0,
    skipped: [],
    cut: [],
    warnings: problems.map((p) => ({ file: p.file, message: p.message })),
    entities: 0,
    edgesByType: {},
    dictionaryVersion: dictionary.version,
  };
  const manifests = new Map<string, Map<string, ManifestEntry>>();
  let global: Map<string, ManifestEntry> | undefined;
  if (opts.manifest) {
    const m = readManifest(opts.manifest);
    global = m.entries;
    summary.warnings.push(...m.warnings.map((w) => ({ file: opts.manifest!, message: w })));
  }
  // a manifest entry for a file that is not there is worth a word: a typo leaves an article undated
  const fileNames = new Set(files.map((f) => basename(f)));
  const noteMissing = (path: string, entries: Map<string, ManifestEntry>) => {
    for (const name of entries.keys()) {
      if (!fileNames.has(name)) summary.warnings.push({ file: path, message: `lists ${name}, which is not among the inputs` });
    }
  };
  const manifestFor = (file: string): ManifestEntry | undefined => {
    if (global) return global.get(basename(file));
    const dir = dirname(file);
    if (!manifests.has(dir)) {
      const path = join(dir, "manifest.json");
      let entries = new Map<string, ManifestEntry>();
      try {
        statSync(path);
        try {
          const m = readManifest(path);
          entries = m.entries;
          if (folders.some((f) => resolve(f) === resolve(dir))) noteMissing(path, entries);
          summary.warnings.push(...m.warnings.map((w) => ({ file: path, message: w })));
        } catch (e) {
          const message = (e as Error).message.replace(/^diplograph: /, "");
          summary.warnings.push({ file: path, message: `${message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message}; dates are read from the pages instead` });
        }
      } catch {
        /* no manifest here */
      }
      manifests.set(dir, entries);
    }
    return manifests.get(dir)!.get(basename(file));
  };
  const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const timeLimitMs = (opts.maxFileSeconds ?? DEFAULT_MAX_FILE_SECONDS) * 1000;
  // one settings object for the run, not one per file (100k of them were 5 MB of the merging thread)
  const jobs = files.map((file) => ({ file, manifestEntry: manifestFor(file) }));
  return { jobs, settings: { published: opts.published, maxBytes, timeLimitMs }, summary };
}

/** Takes the files' reports in file order into the graph, the candidates and the summary. */
export class RunCollector {
  private graph: GraphBuilder;
  private candidates = new Map<string, Candidate>();

  constructor(
    private plan: RunPlan,
    private index: DictionaryIndex,
  ) {
    this.graph = new GraphBuilder(index);
  }

  apply(file: string, report: FileReport): void {
    const { summary } = this.plan;
    if (report.kind === "skipped") {
      summary.skipped.push({ file, reason: report.reason });
      return;
    }
    if (report.kind === "warning") {
      summary.warnings.push({ file, message: report.message });
      return;
    }
    if (report.kind === "cut") {
      const seconds = this.plan.settings.timeLimitMs / 1000;
      if (!summary.cut.some((c) => c.file === file)) summary.cut.push({ file, reason: `stopped after the ${seconds} s limit per file; the rest was not read` });
      return;
    }
    const { article } = report;
    if (report.first) {
      const first = this.graph.fileOf(article.id);
      if (first !== undefined) summary.warnings.push({ file, message: `same article id as ${first}; both are kept under one id` });
      for (const note of report.notes) summary.warnings.push({ file, message: note });
      summary.read++;
    }
    // the report's copy of the path gives way to the plan's, which the run holds anyway
    article.file = file;
    this.graph.addArticle(article, report.body, report.edges);
    for (const d of report.discovered) {
      for (const v of d.variants) this.graph.addAlias(d.name, v);
      const c = this.candidates.get(d.name) ?? {
        name: d.name,
        variants: [],
        country: d.countryId ?? null,
        title: d.title ?? null,
        role: d.role ?? null,
        count: 0,
        docs: [],
        examples: [],
      };
      for (const v of d.variants) if (v !== d.name && !c.variants.includes(v)) c.variants.push(v);
      c.count += d.count;
      if (!c.docs.includes(article.id)) c.docs.push(article.id);
      for (const ex of d.sentences) if (c.examples.length < 3) c.examples.push(ex.replace(/\s+/g, " ").trim());
      this.candidates.set(d.name, c);
    }
  }

  result(): PipelineResult {
    const { summary } = this.plan;
    const { edges, nodes, articles } = this.graph.result();
    summary.entities = nodes.length;
    for (const e of edges) summary.edgesByType[e.type] = (summary.edgesByType[e.type] ?? 0) + 1;
    return {
      edges,
      nodes,
      articles,
      candidates: [...this.candidates.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
      summary,
      index: this.index,
    };
  }
}

