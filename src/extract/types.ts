import type { Mention } from "../recognise/mentions.js";
import type { DateMention } from "../dates/chinese.js";
import type { EventStatus, EventType, FuzzyDate } from "../types.js";
import type { MatchView } from "../normalise/text.js";
import type { TriggerHit } from "./triggers.js";

/** A sentence with everything the recognise stage found in it. */
export interface SentenceUnit {
  index: number;
  paragraph: number;
  headline: boolean;
  lang: "zh" | "en";
  /** Range in the article text. */
  start: number;
  end: number;
  view: MatchView;
  mentions: Mention[];
  triggers: TriggerHit[];
  dates: DateMention[];
  /** Clause ranges in the view (split at commas, semicolons and colons). */
  clauses: [number, number][];
  report: number;
  /** View ranges inside quotation marks. */
  quotes: [number, number][];
  /** Dates resolved in reading order, each against its report and the day told before it. */
  resolved: { d: DateMention; f: FuzzyDate }[];
  /** The last day-precision date told before this sentence in its report (当天 refers to it). */
  contextIn?: FuzzyDate;
}

/** An actor as an event endpoint. */
export interface ActorRef {
  kind: "person" | "country" | "org";
  id: string;
  /** For discovered persons: the name as written. */
  name?: string;
  /** The country a discovered person's title named. */
  countryId?: string;
  /** How the actor was found (name, title, pronoun…), for confidence. */
  via: "name" | "title" | "pronoun" | "side" | "seat" | "pair" | "demonym";
}

export interface RawEvent {
  type: EventType;
  source: ActorRef;
  target: ActorRef;
  status: EventStatus;
  sentence: SentenceUnit;
  trigger: TriggerHit;
  date?: FuzzyDate;
  /** Where the date came from: the event's own clause or sentence, context, or nowhere. */
  dateFrom: "clause" | "sentence" | "paragraph" | "report" | "none";
  /** The report's filing date, used only when no other telling of the event gives a date. */
  fallbackDate?: FuzzyDate;
  /** A background reference (签署条约后, since the signing): it takes no date from context. */
  background: boolean;
  agreement?: { title: string; kind: string };
  /** Where a meeting took place, when a country is named as the place. */
  placeId?: string;
  confidence: number;
}
