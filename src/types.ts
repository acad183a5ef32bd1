/** Data passed between pipeline stages. */
import type { EventType } from "./lexicon/schema.js";

export type { EventType };
export type DatePrecision = "year" | "month" | "day";
export type EventStatus = "happened" | "planned";

/** A calendar date at a precision: "2024", "2024-07", "2024-07-18". */
export interface FuzzyDate {
  value: string;
  precision: DatePrecision;
}

export type ParagraphRole = "headline" | "body" | "meta" | "boilerplate";

export interface Paragraph {
  /** Range in Article.text. */
  start: number;
  end: number;
  role: ParagraphRole;
}

export interface Article {
  id: string;
  file: string;
  url?: string;
  title?: string;
  published?: string;
  publishedFrom: "manifest" | "page" | "option" | "none";
  encoding: string;
  format: "text" | "html";
  /** The decoded original: what evidence offsets index. */
  source: string;
  /** Where `source` starts in the whole file's decoded text (a chunk of a large file), else 0. */
  sourceOffset: number;
  /** Readable text (HTML stripped); equals source for plain text. */
  text: string;
  /** text index → source index; null when text is source. */
  textToSource: Int32Array | null;
  paragraphs: Paragraph[];
}

export interface Warning {
  file: string;
  message: string;
}
