/**
 * Dictionary file schemas. Dictionaries are data (PETRARCH2 style: actors with date-bounded
 * offices); these zod schemas validate them at load and the TypeScript types derive from them.
 */
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");
const nonEmpty = z.string().trim().min(1);
const names = z.array(nonEmpty).default([]);

export const countrySchema = z
  .object({
    /** ISO 3166-1 alpha-3 code, or a stable user-assigned code such as XKX for Kosovo. */
    id: z.string().regex(/^[A-Z]{3}$/, "expected an ISO 3166 alpha-3 code"),
    name: nonEmpty,
    /** Other English names: official name, common variants. */
    en: names,
    /** English adjectives ("Russian") used in titles such as "Russian President". */
    demonyms: names,
    zhHans: z.array(nonEmpty).min(1),
    zhHant: z.array(nonEmpty).min(1),
    /** One-character (or short) forms used in pairs and before titles: 俄, 朝, 中, 白俄. */
    short: names,
    /** Side forms standing for the government: 俄方, 中方, 白方. */
    side: names,
    /** Capitals and seats used for the government: 北京, 莫斯科, 克里姆林宫, White House. */
    seats: names,
    /** An observer state or a state with limited recognition. */
    status: z.enum(["member", "observer", "other"]).default("member"),
  })
  .strict();

export const organizationSchema = z
  .object({
    id: z.string().regex(/^[A-Z][A-Z0-9-]*$/, "expected an upper-case id such as SCO"),
    name: nonEmpty,
    en: names,
    zhHans: z.array(nonEmpty).min(1),
    zhHant: z.array(nonEmpty).min(1),
  })
  .strict();

/** A place that is not a seat of government: where visits and meetings happen (Istanbul, 天津). */
export const placeSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a lower-case slug such as new-york"),
    country: z.string().regex(/^[A-Z]{3}$/, "expected an ISO 3166 alpha-3 code"),
    en: names,
    zhHans: names,
    zhHant: names,
  })
  .strict();

export const officeRoles = [
  "head_of_state",
  "head_of_government",
  "party_leader",
  "foreign_minister",
  "defence_minister",
  "deputy_foreign_minister",
  "deputy_defence_minister",
  "org_head",
  "other",
] as const;

export const officeSchema = z
  .object({
    role: z.enum(officeRoles),
    /** Country id (ISO alpha-3) or organisation id for org_head. */
    of: z.string().regex(/^[A-Z][A-Z0-9-]*$/),
    title: nonEmpty,
    start: isoDate,
    /** null while in office. */
    end: isoDate.nullable().default(null),
  })
  .strict();

export const personSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a lower-case slug such as xi-jinping"),
    name: nonEmpty,
    en: names,
    zhHans: names,
    zhHant: names,
    /** false when the Chinese spellings could not be checked against real usage. */
    verified: z.boolean().default(true),
    offices: z.array(officeSchema).default([]),
  })
  .strict();

export const countriesFileSchema = z
  .object({ version: nonEmpty, countries: z.array(countrySchema) })
  .strict();
export const organizationsFileSchema = z
  .object({ version: nonEmpty, organizations: z.array(organizationSchema) })
  .strict();
export const placesFileSchema = z
  .object({ version: nonEmpty, places: z.array(placeSchema) })
  .strict();
export const personsFileSchema = z
  .object({ version: nonEmpty, persons: z.array(personSchema) })
  .strict();

export type Country = z.infer<typeof countrySchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Person = z.infer<typeof personSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Office = z.infer<typeof officeSchema>;
export type OfficeRole = (typeof officeRoles)[number];
