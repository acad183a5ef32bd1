/**
 * Neo4j Browser style sink: graph-exports/diplomacy.grass. Actors are captioned by name and coloured
 * by label, articles by title; event relationships show their type and date. Load it in Browser by
 * dragging the file onto the window, or with `:style` followed by the file's text.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { EventType } from "../types.js";
import { writeAtomically } from "./atomic.js";
import { RELATIONSHIP_TYPE } from "./neo4j-plan.js";
import type { Sink } from "./types.js";

const NODE_STYLES: [label: string, color: string, border: string, caption: string, diameter: number][] = [
  ["Actor", "#A5ABB6", "#9AA1AC", "{name}", 50],
  ["Person", "#4C8EDA", "#2870C2", "{name}", 50],
  ["Country", "#F79767", "#F36924", "{name}", 55],
  ["Organization", "#8DCC93", "#5DB665", "{name}", 55],
  ["Article", "#D9C8AE", "#C0A378", "{id}", 35],
];

const EVENT_COLORS: Record<EventType, string> = {
  VISITED: "#F16667",
  MET: "#4C8EDA",
  CALLED: "#57C7E3",
  CONGRATULATED: "#FFC454",
  SENT_MESSAGE: "#C990C0",
  SIGNED_AGREEMENT: "#569480",
  EXPRESSED_SUPPORT: "#D9A53F",
};

export function grassStyle(): string {
  const rules = [
    `node {\n  diameter: 50px;\n  color: #A5ABB6;\n  border-color: #9AA1AC;\n  border-width: 2px;\n  text-color-internal: #FFFFFF;\n  font-size: 10px;\n}`,
    // Browser cuts a caption to its relationship's length: small type lets type and date fit
    `relationship {\n  color: #A5ABB6;\n  shaft-width: 1px;\n  font-size: 6px;\n  padding: 3px;\n  text-color-external: #000000;\n  text-color-internal: #FFFFFF;\n  caption: "<type>";\n}`,
    ...NODE_STYLES.map(
      ([label, color, border, caption, diameter]) =>
        `node.${label} {\n  color: ${color};\n  border-color: ${border};\n  text-color-internal: #FFFFFF;\n  diameter: ${diameter}px;\n  caption: "${caption}";\n}`,
    ),
    `relationship.MENTIONED_IN {\n  color: #D9C8AE;\n  shaft-width: 1px;\n  caption: "<type>";\n}`,
    `relationship.HOLDS_OFFICE {\n  color: #A5ABB6;\n  shaft-width: 1px;\n  caption: "{title}";\n}`,
    ...(Object.entries(EVENT_COLORS) as [EventType, string][]).map(
      // Browser expands <type> only when it is the whole caption, so the rule of each type spells it
      ([type, color]) => `relationship.${RELATIONSHIP_TYPE[type]} {\n  color: ${color};\n  shaft-width: 2px;\n  caption: "${RELATIONSHIP_TYPE[type]} {dateText}";\n}`,
    ),
  ];
  return rules.join("\n\n") + "\n";
}

export const grassSink: Sink = {
  name: "grass",
  async write(_result, { outDir }) {
    mkdirSync(outDir, { recursive: true });
    await writeAtomically(join(outDir, "diplomacy.grass"), [grassStyle()]);
    return ["diplomacy.grass"];
  },
};
