/**
 * Colours of the GEXF exports, as data. A node takes its country's hue — a country in full, its
 * persons in a lighter tint — so a leader sits in the colour of the country they serve;
 * organisations are slate grey. Edges take the colour of their event type.
 */
import type { EventType } from "../types.js";

export type Rgb = readonly [number, number, number];

/** One colour per event type, told apart on white (Okabe–Ito based, colour-blind safe). */
export const EDGE_COLORS: Record<EventType, Rgb> = {
  VISITED: [0, 114, 178],
  MET: [213, 94, 0],
  CALLED: [0, 158, 115],
  CONGRATULATED: [204, 121, 167],
  SENT_MESSAGE: [86, 180, 233],
  SIGNED_AGREEMENT: [230, 159, 0],
  EXPRESSED_SUPPORT: [120, 94, 240],
};

/** Countries frequent in the news keep the same, mutually distinct colour in every export. */
export const COUNTRY_COLORS: Record<string, Rgb> = {
  CHN: [200, 16, 46],
  RUS: [0, 82, 180],
  PRK: [120, 40, 140],
  BLR: [0, 128, 60],
  USA: [0, 128, 128],
  KOR: [180, 90, 0],
  UKR: [220, 160, 0],
  JPN: [200, 0, 120],
  IND: [255, 103, 31],
  GBR: [20, 40, 110],
  FRA: [60, 140, 220],
  DEU: [110, 70, 40],
  IRN: [110, 140, 20],
  TWN: [230, 80, 100],
};

/** Every other country: a colour from this palette, chosen by its ISO code. */
export const COUNTRY_PALETTE: readonly Rgb[] = [
  [31, 119, 180],
  [255, 127, 14],
  [44, 160, 44],
  [214, 39, 40],
  [148, 103, 189],
  [140, 86, 75],
  [227, 119, 194],
  [188, 189, 34],
  [23, 190, 207],
  [102, 102, 0],
  [0, 102, 102],
  [153, 0, 76],
];

export const ORGANIZATION_COLOR: Rgb = [96, 112, 128];
/** A person whose country is unknown. */
export const UNKNOWN_COUNTRY_COLOR: Rgb = [150, 150, 150];
/** How far a person's colour moves from their country's towards white. */
export const PERSON_TINT = 0.45;

export function countryColor(iso: string): Rgb {
  const fixed = COUNTRY_COLORS[iso];
  if (fixed) return fixed;
  let h = 0;
  for (const ch of iso) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  return COUNTRY_PALETTE[h % COUNTRY_PALETTE.length];
}

const tint = ([r, g, b]: Rgb, t: number): Rgb => [r, g, b].map((c) => Math.round(c + (255 - c) * t)) as unknown as Rgb;

export function nodeColor(kind: "person" | "country" | "organization", country: string | undefined): Rgb {
  if (kind === "organization") return ORGANIZATION_COLOR;
  if (!country) return UNKNOWN_COUNTRY_COLOR;
  return kind === "country" ? countryColor(country) : tint(countryColor(country), PERSON_TINT);
}
