/** Schemas of the lexicons under dictionaries/lexicon/ (compromise style: lexicons are data). */
import { z } from "zod";
import { officeRoles } from "../dictionary/schema.js";

export const eventTypes = [
  "VISITED",
  "MET",
  "CALLED",
  "CONGRATULATED",
  "SENT_MESSAGE",
  "SIGNED_AGREEMENT",
  "EXPRESSED_SUPPORT",
] as const;
export type EventType = (typeof eventTypes)[number];

const terms = z.array(z.string().min(1));
const byLang = z.object({ zh: terms, en: terms }).strict();

export const triggersFileSchema = z
  .object({
    version: z.string(),
    about: z.string().optional(),
    triggers: z.array(
      z
        .object({
          type: z.enum(eventTypes),
          frame: z.enum(["directed", "joint", "visit"]),
          lang: z.enum(["zh", "en"]),
          terms,
        })
        .strict(),
    ),
    agreementKinds: z.record(z.string(), terms),
    markers: z
      .object({
        negation: byLang,
        planned: byLang,
        reference: byLang,
        backgroundClause: byLang,
        coordination: byLang,
      })
      .strict(),
    notNegation: byLang,
    blockers: byLang,
    phoneWords: z.object({ about: z.string().optional(), en: terms }).strict(),
    reversed: z.object({ about: z.string().optional(), terms }).strict(),
    issuedOnly: z.object({ about: z.string().optional(), terms, titleMarks: terms }).strict(),
    visitEmbeds: z
      .object({ about: z.string().optional(), prefixes: terms, special: z.record(z.string(), z.string().regex(/^[A-Z]{3}$/)), specialPrefixes: terms })
      .strict(),
    modifiedPhrases: z.array(
      z
        .object({
          about: z.string().optional(),
          type: z.enum(eventTypes),
          lang: z.literal("en"),
          verbs: terms,
          articles: terms,
          /** One to three of them stand between the verb (and its article) and the noun. */
          modifiers: terms,
          nouns: terms,
          /** A word right after the noun that makes the frame directed (held talks with X); else it is joint. */
          directedBy: terms,
        })
        .strict(),
    ),
  })
  .strict();

export const titlesFileSchema = z
  .object({
    version: z.string(),
    about: z.string().optional(),
    titles: z.array(z.object({ role: z.enum(officeRoles), zh: terms, en: terms }).strict()),
    designators: z
      .object({ about: z.string().optional(), zh: terms, honorifics: terms, transliterationMarkers: terms })
      .strict(),
  })
  .strict();

export const boilerplateFileSchema = z
  .object({
    version: z.string(),
    about: z.string().optional(),
    sectionStarts: terms,
    teaserMarkers: terms,
    lineDrops: terms,
    captionMarkers: terms,
  })
  .strict();

export const referencesFileSchema = z
  .object({
    version: z.string(),
    about: z.string().optional(),
    pronouns: z.object({ he: terms, we: terms, you: terms, both: terms, self: terms }).strict(),
    blockers: terms,
    pairContinuations: terms,
    sharedForms: z.record(z.string(), z.array(z.string().regex(/^[A-Z]{3}$/)).min(1)),
    contextOnly: terms,
  })
  .strict();

export type TriggersLexicon = z.infer<typeof triggersFileSchema>;
export type TitlesLexicon = z.infer<typeof titlesFileSchema>;
export type BoilerplateLexicon = z.infer<typeof boilerplateFileSchema>;

export interface Lexicon {
  triggers: TriggersLexicon;
  titles: TitlesLexicon;
  boilerplate: BoilerplateLexicon;
  references: z.infer<typeof referencesFileSchema>;
}
