/** CAMEO codes and PLOVER categories of the event types (defaults as data). */
import type { EventType } from "../types.js";

export const CAMEO: Record<EventType, string | null> = {
  MET: "040",
  CALLED: "041",
  VISITED: "042",
  CONGRATULATED: "051",
  SENT_MESSAGE: null,
  SIGNED_AGREEMENT: "057",
  EXPRESSED_SUPPORT: "050",
};
/** CAMEO 044: a meeting at a third location, neither side's country. */
export const CAMEO_MEET_THIRD_LOCATION = "044";

export const PLOVER: Record<EventType, string | null> = {
  MET: "CONSULT",
  CALLED: "CONSULT",
  VISITED: "CONSULT",
  CONGRATULATED: "SUPPORT",
  SENT_MESSAGE: null,
  SIGNED_AGREEMENT: "AGREE",
  EXPRESSED_SUPPORT: "SUPPORT",
};

/** Types whose two endpoints play the same part: A met B is B met A for merging. */
export const SYMMETRIC = new Set<EventType>(["MET", "CALLED", "SIGNED_AGREEMENT"]);
