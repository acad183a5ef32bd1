/**
 * Ingest stage: one file's bytes → an Article (decoded text, HTML stripped, paragraphs with roles,
 * title, url, publication date). Pure: the caller reads the bytes and the manifest.
 */
import { basename, extname } from "node:path";
import type { Article } from "../types.js";
import { decodeBytes, type Decoded } from "./decode.js";
import { htmlToText, looksLikeHtml } from "./html.js";
import type { ManifestEntry } from "./manifest.js";
import { publicationDateFromPage } from "./published.js";
import type { Segmenter } from "./segment.js";
import { joinWrappedLines } from "./wrap.js";
import { isInvisible } from "../normalise/text.js";
import { isSpace } from "../util/space.js";

/** Nothing but whitespace and invisible marks (usually settled by the first character). */
function blankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c) && !isInvisible(c)) return false;
  }
  return true;
}

export interface IngestContext {
  segmenter: Segmenter;
  manifestEntry?: ManifestEntry;
  /** --published for a single file. */
  published?: string;
}

export type Ingested = { ok: true; article: Article; notes: string[] } | { ok: false; reason: string };

export function articleId(file: string): string {
  return basename(file, extname(file));
}

/** A Markdown title line "[Title](https://…)" or "# Title" at the top of the text. */
function markdownTitle(text: string): { title?: string; url?: string } {
  const first = text.slice(0, 4000).split("\n").map((l) => l.trim()).find((l) => l && !/^<!--.*-->$/.test(l));
  if (!first) return {};
  const link = first.match(/^\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)$/);
  if (link) return { title: link[1].trim(), url: link[2] };
  const heading = first.match(/^#{1,3}\s+(.+)$/);
  if (heading) return { title: heading[1].trim() };
  return {};
}

export function ingest(file: string, bytes: Uint8Array, ctx: IngestContext): Ingested {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  return ingestDecoded(file, decodeBytes(bytes), ctx);
}

/** An Article from a whole file's decoded bytes (decoded elsewhere: a parallel run decodes ahead of its workers). */
export function ingestDecoded(file: string, decoded: Decoded, ctx: IngestContext): Ingested {
  if (!decoded.ok) return { ok: false, reason: decoded.reason };
  const res = ingestText(file, decoded.text, decoded.encoding, ctx);
  if (res.ok && decoded.note) res.notes.push(decoded.note);
  return res;
}

/**
 * An Article from decoded text. For a chunk of a large file, `sourceOffset` places the chunk in the
 * whole file's text and only the first chunk looks for a title and a publication date.
 */
export function ingestText(
  file: string,
  decodedText: string,
  encoding: string,
  ctx: IngestContext,
  chunk?: { sourceOffset: number; first: boolean },
): Ingested {
  const source = chunk && !chunk.first ? decodedText : decodedText.replace(/^\uFEFF/, "");
  if (blankText(source)) return { ok: false, reason: "empty file (whitespace only)" };
  const decoded = { encoding };

  const notes: string[] = [];
  let text = source;
  let textToSource: Int32Array | null = null;
  let format: Article["format"] = "text";
  let title: string | undefined;
  let url: string | undefined;
  const md = markdownTitle(source);
  if (looksLikeHtml(source)) {
    const html = htmlToText(source);
    text = html.text;
    textToSource = html.toSource;
    format = "html";
    title = html.title;
    url = html.url;
  }
  title = md.title ?? title;
  url = ctx.manifestEntry?.url ?? md.url ?? url;
  text = joinWrappedLines(text);

  let published: string | undefined;
  let publishedFrom: Article["publishedFrom"] = "none";
  if (ctx.manifestEntry) {
    published = ctx.manifestEntry.published;
    publishedFrom = "manifest";
  } else if (ctx.published) {
    published = ctx.published;
    publishedFrom = "option";
  } else if (!chunk || chunk.first) {
    published = publicationDateFromPage(source);
    if (published) publishedFrom = "page";
    else notes.push("no publication date (manifest, --published or page): only absolute dates are kept");
  } else {
    published = ctx.published;
    publishedFrom = published ? "page" : "none";
  }

  const paragraphs = ctx.segmenter.segment(text, chunk && !chunk.first ? undefined : title);
  if (chunk && !chunk.first) for (const p of paragraphs) if (p.role === "headline") p.role = "body";
  if (!title) {
    const h = paragraphs.find((p) => p.role === "headline");
    if (h) title = text.slice(h.start, h.end);
  }
  if (title) title = title.replace(/^\[|\]\(.*\)$/g, "").trim();
  return {
    ok: true,
    notes,
    article: {
      id: articleId(file),
      file,
      url,
      title: ctx.manifestEntry?.title ?? title,
      published,
      publishedFrom,
      encoding: decoded.encoding,
      format,
      source,
      sourceOffset: chunk?.sourceOffset ?? 0,
      text,
      textToSource,
      paragraphs,
    },
  };
}
