/**
 * One input file through the per-article stages: ingest → normalise → recognise → extract → resolve
 * dates → merge within the article. It reports what it found as plain data (structured-clone safe),
 * so the same code runs on the main thread and in a worker; the graph is built elsewhere, in file order.
 */
import { readFileSync } from "node:fs";
import { DiplographError } from "../errors.js";
import { extractArticle, type DiscoveredPerson } from "../extract/article.js";
import { ingest, ingestDecoded, ingestText } from "../ingest/article.js";
import type { ManifestEntry } from "../ingest/manifest.js";
import { readFileUpTo, wholeReadLimit, type FileRead } from "../ingest/read.js";
import { openLargeText } from "../ingest/stream.js";
import { mergeArticleEvents, type ArticleEdge } from "../merge/article.js";
import type { Article } from "../types.js";
import type { Engine } from "./engine.js";

/** What the graph keeps of an article (its text stays behind). */
export type ArticleMeta = Pick<Article, "id" | "file" | "url" | "title" | "published" | "encoding" | "format" | "sourceOffset">;

export type FileReport =
  | { kind: "skipped"; reason: string }
  | { kind: "cut" }
  | { kind: "warning"; message: string }
  | {
      kind: "article";
      article: ArticleMeta;
      /** The first article of the file (a large file's later chunks continue it). */
      first: boolean;
      notes: string[];
      /**
       * The body paragraphs' text, one after another, for near-duplicate detection (the merging
       * thread signs it: it has time to spare while a worker extracts); null for later chunks.
       */
      body: string | null;
      edges: ArticleEdge[];
      discovered: DiscoveredPerson[];
    };

/** What every file of a run is read with. */
export interface RunSettings {
  published?: string;
  maxBytes: number;
  timeLimitMs: number;
}

export interface FileSettings extends RunSettings {
  manifestEntry?: ManifestEntry;
}

export { LARGE_FILE_BYTES } from "../ingest/read.js";

const metaOf = (a: Article): ArticleMeta => ({
  id: a.id,
  file: a.file,
  url: a.url,
  title: a.title,
  published: a.published,
  encoding: a.encoding,
  format: a.format,
  sourceOffset: a.sourceOffset,
});

/** The text of the article's body paragraphs, one after another. */
function bodyOf(article: Article): string {
  let body = "";
  for (const p of article.paragraphs) if (p.role === "body") body += article.text.slice(p.start, p.end);
  return body;
}

/** Reads the file (unless `read` is what was already read of it, ahead of time) and reports on it. */
export function processFile(file: string, engine: Engine, settings: FileSettings, report: (r: FileReport) => void, read?: FileRead): void {
  const { context } = engine;
  const extract = (article: Article, first: boolean, notes: string[], deadline: number) => {
    const extraction = extractArticle(article, context, Math.max(0, deadline - Date.now()));
    const edges = mergeArticleEvents(article, extraction.events, context.index);
    for (const e of edges) if (!e.date) e.date = e.fallbackDate ?? (e.headlineOnly ? extraction.leadDate : undefined);
    const body = article.sourceOffset === 0 ? bodyOf(article) : null;
    report({ kind: "article", article: metaOf(article), first, notes, body, edges, discovered: extraction.discovered });
    if (extraction.cut) report({ kind: "cut" });
  };
  try {
    const small = read ?? readFileUpTo(file, wholeReadLimit(settings.maxBytes));
    // (text decoded ahead was read within the limits)
    const size = "size" in small ? small.size : "bytes" in small ? small.bytes.length : 0;
    if (size > settings.maxBytes) {
      report({ kind: "skipped", reason: `larger than the ${settings.maxBytes} byte limit (${size} bytes)` });
      return;
    }
    const deadline = Date.now() + settings.timeLimitMs;
    const ctx = { segmenter: engine.segmenter, manifestEntry: settings.manifestEntry, published: settings.published };
    const large = "size" in small ? openLargeText(file) : { kind: "whole" as const };
    if (large.kind === "unreadable") {
      report({ kind: "skipped", reason: large.reason });
      return;
    }
    if (large.kind === "stream") {
      // a large text file goes through in chunks that end at line breaks: memory for one chunk
      let first: Article | undefined;
      let cut = false;
      for (const chunk of large.chunks()) {
        if (Date.now() > deadline) {
          report({ kind: "cut" });
          cut = true;
          break;
        }
        const res = ingestText(file, chunk.text, large.encoding, { ...ctx, published: first?.published ?? ctx.published }, { sourceOffset: chunk.offset, first: !first });
        if (!res.ok) continue;
        extract(res.article, !first, first ? [] : res.notes, deadline);
        first ??= res.article;
      }
      // cut before its first chunk was read, a file is listed as cut, not as empty
      if (!first && !cut) report({ kind: "skipped", reason: "empty file (whitespace only)" });
      // damage in a large file is told as for a small one, not kept silent
      if (first) for (const message of large.damage()) report({ kind: "warning", message });
      return;
    }
    // (a large HTML page is read whole: its text is only known once parsed)
    const res = "decoded" in small ? ingestDecoded(file, small.decoded, ctx) : ingest(file, "bytes" in small ? small.bytes : readFileSync(file), ctx);
    if (!res.ok) {
      report({ kind: "skipped", reason: res.reason });
      return;
    }
    extract(res.article, true, res.notes, deadline);
  } catch (e) {
    if (e instanceof DiplographError) throw e;
    report({ kind: "skipped", reason: `failed: ${(e as Error).message}` });
  }
}
