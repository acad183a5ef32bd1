/**
 * The pipeline: ingest → normalise → recognise → extract → resolve dates → merge. Stages are pure
 * functions in their own modules; this file does the file I/O and threads the stages together,
 * one article at a time (articles are streamed, never all held).
 */
import { readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { DictionaryIndex } from "./dictionary/index.js";
import { BUILTIN_DICTIONARY_DIR, loadDictionary, type Dictionary } from "./dictionary/load.js";
import { DiplographError } from "./errors.js";
import { extractArticle, type ExtractContext } from "./extract/article.js";
import { TriggerMatcher } from "./extract/triggers.js";
import { ingest, ingestText } from "./ingest/article.js";
import { openLargeText } from "./ingest/stream.js";
import { discoverFiles } from "./ingest/discover.js";
import { readManifest, type ManifestEntry } from "./ingest/manifest.js";
import { Segmenter } from "./ingest/segment.js";
import { loadLexicon } from "./lexicon/load.js";
import type { Lexicon } from "./lexicon/schema.js";
import { mergeArticleEvents } from "./merge/article.js";
import { GraphBuilder, type ActorNode, type ArticleRecord, type GraphEdge } from "./merge/graph.js";
import { Gazetteer } from "./recognise/gazetteer.js";
import type { Article } from "./types.js";

export interface PipelineOptions {
  paths: string[];
  /** A manifest file for all inputs (else manifest.json beside each file). */
  manifest?: string;
  /** Publication date for articles with no manifest entry. */
  published?: string;
  /** User dictionary folders, merged over the built-in ones. */
  dictDirs?: string[];
  /** Files larger than this are skipped with a warning. */
  maxFileBytes?: number;
  /** Reading one file stops after this many seconds; the summary lists what was cut. */
  maxFileSeconds?: number;
  /** Called after each article, for progress display. */
  onArticle?: (done: number, total: number) => void;
}

export interface Candidate {
  name: string;
  variants: string[];
  country: string | null;
  title: string | null;
  role: string | null;
  count: number;
  docs: string[];
  examples: string[];
}

export interface Summary {
  read: number;
  skipped: { file: string; reason: string }[];
  /** Files whose reading the time limit stopped before their end. */
  cut: { file: string; reason: string }[];
  warnings: { file: string; message: string }[];
  entities: number;
  edgesByType: Record<string, number>;
  dictionaryVersion: string;
}

export interface PipelineResult {
  edges: GraphEdge[];
  nodes: ActorNode[];
  articles: ArticleRecord[];
  candidates: Candidate[];
  summary: Summary;
  /** The dictionary the graph was resolved with (the country rollup folds persons with it). */
  index: DictionaryIndex;
}

export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;
export const DEFAULT_MAX_FILE_SECONDS = 60;
/** Text files above this size are read in chunks. */
export const LARGE_FILE_BYTES = 4 * 1024 * 1024;

export interface Engine {
  dictionary: Dictionary;
  lexicon: Lexicon;
  context: ExtractContext;
  segmenter: Segmenter;
}

/** Loads and indexes dictionaries and lexicons once; reusable across runs. */
export function createEngine(dictDirs: string[] = []): Engine {
  const dictionary = loadDictionary([BUILTIN_DICTIONARY_DIR, ...dictDirs]);
  const lexicon = loadLexicon();
  const index = new DictionaryIndex(dictionary);
  return {
    dictionary,
    lexicon,
    segmenter: new Segmenter(lexicon.boilerplate),
    context: {
      gazetteer: new Gazetteer(dictionary, lexicon),
      triggers: new TriggerMatcher(dictionary, lexicon),
      lexicon,
      index,
    },
  };
}

export function runPipeline(opts: PipelineOptions, engine = createEngine(opts.dictDirs)): PipelineResult {
  const { files, folders, problems } = discoverFiles(opts.paths);
  const summary: Summary = {
    read: 0,
    skipped: [],
    cut: [],
    warnings: problems.map((p) => ({ file: p.file, message: p.message })),
    entities: 0,
    edgesByType: {},
    dictionaryVersion: engine.dictionary.version,
  };
  const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;

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
          summary.warnings.push({ file: path, message: `${(e as Error).message.replace(/^diplograph: /, "")}; dates are read from the pages instead` });
        }
      } catch {
        /* no manifest here */
      }
      manifests.set(dir, entries);
    }
    return manifests.get(dir)!.get(basename(file));
  };

  const graph = new GraphBuilder(engine.context.index);
  const candidates = new Map<string, Candidate>();
  const seenIds = new Map<string, string>();
  /** Extract, merge within the article, add to the graph, collect discovered persons. */
  const timeLimitMs = (opts.maxFileSeconds ?? DEFAULT_MAX_FILE_SECONDS) * 1000;
  const noteCut = (file: string) => {
    if (!summary.cut.some((c) => c.file === file)) {
      summary.cut.push({ file, reason: `stopped after the ${timeLimitMs / 1000} s limit per file; the rest was not read` });
    }
  };
  const processArticle = (article: Article, deadline: number) => {
    const extraction = extractArticle(article, engine.context, Math.max(0, deadline - Date.now()));
    if (extraction.cut) noteCut(article.file);
    const edges = mergeArticleEvents(article, extraction.events, engine.context.index);
    for (const e of edges) if (!e.date) e.date = e.fallbackDate ?? (e.headlineOnly ? extraction.leadDate : undefined);
    const body = article.paragraphs
      .filter((p) => p.role === "body")
      .map((p) => article.text.slice(p.start, p.end))
      .join("\n");
    graph.addArticle(article, article.sourceOffset === 0 ? body : "", edges);
    for (const d of extraction.discovered) {
      for (const v of d.variants) graph.addAlias(d.name, v);
      const c = candidates.get(d.name) ?? {
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
      candidates.set(d.name, c);
    }
  };

  const noteArticle = (file: string, article: Article, notes: string[]) => {
    if (seenIds.has(article.id)) {
      summary.warnings.push({ file, message: `same article id as ${seenIds.get(article.id)}; both are kept under one id` });
    }
    seenIds.set(article.id, file);
    for (const note of notes) summary.warnings.push({ file, message: note });
    summary.read++;
  };

  files.forEach((file, n) => {
    try {
      const size = statSync(file).size;
      if (size > maxBytes) {
        summary.skipped.push({ file, reason: `larger than the ${maxBytes} byte limit (${size} bytes)` });
        return;
      }
      const deadline = Date.now() + timeLimitMs;
      const ctx = { segmenter: engine.segmenter, manifestEntry: manifestFor(file), published: opts.published };
      const large = size > LARGE_FILE_BYTES ? openLargeText(file) : { kind: "whole" as const };
      if (large.kind === "unreadable") {
        summary.skipped.push({ file, reason: large.reason });
        return;
      }
      if (large.kind === "stream") {
        // a large text file goes through in chunks that end at line breaks: memory for one chunk
        let first: Article | undefined;
        for (const chunk of large.chunks()) {
          if (Date.now() > deadline) {
            noteCut(file);
            break;
          }
          const res = ingestText(file, chunk.text, large.encoding, { ...ctx, published: first?.published ?? ctx.published }, { sourceOffset: chunk.offset, first: !first });
          if (!res.ok) continue;
          if (!first) {
            first = res.article;
            noteArticle(file, res.article, res.notes);
          }
          processArticle(res.article, deadline);
        }
        if (!first) summary.skipped.push({ file, reason: "empty file (whitespace only)" });
        return;
      }
      const res = ingest(file, readFileSync(file), ctx);
      if (!res.ok) {
        summary.skipped.push({ file, reason: res.reason });
        return;
      }
      noteArticle(file, res.article, res.notes);
      processArticle(res.article, deadline);
    } catch (e) {
      if (e instanceof DiplographError) throw e;
      summary.skipped.push({ file, reason: `failed: ${(e as Error).message}` });
    } finally {
      opts.onArticle?.(n + 1, files.length);
    }
  });
  const { edges, nodes, articles } = graph.result();
  summary.entities = nodes.length;
  for (const e of edges) summary.edgesByType[e.type] = (summary.edgesByType[e.type] ?? 0) + 1;
  return {
    edges,
    nodes,
    articles,
    candidates: [...candidates.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    summary,
    index: engine.context.index,
  };
}
