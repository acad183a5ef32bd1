/**
 * A synthetic diplomacy graph of a given size for the streaming and Gephi import tests: actors with
 * awkward names, distinct (source, target, type) relations, each with one to three events on
 * distinct days. Seeded, so every run builds the same graph.
 */
import { eventTypes } from "../../src/lexicon/schema.js";
import type { Actor } from "../../src/graph/document.js";
import type { Relation } from "../../src/graph/relations.js";

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AWKWARD = ["&", "<", ">", '"', "'", "]]>", "\u0001", "\ud800", "\t"];

export function syntheticGraph(actorCount: number, relationCount: number, seed = 7): { actors: Actor[]; relations: Relation[]; events: number } {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const countries = Math.max(1, Math.floor(actorCount / 100));
  const actors: Actor[] = [];
  for (let i = 0; i < actorCount; i++) {
    const kind = i < countries ? "country" : i % 50 === 0 ? "organization" : "person";
    const country = `K${i % countries}`;
    actors.push({
      id: `a${i}`,
      label: `Actor ${i} ${pick(AWKWARD)}`,
      kind,
      zh: [`人物${i}`],
      country: kind === "organization" ? undefined : country,
    });
  }
  const relations: Relation[] = [];
  const seen = new Set<string>();
  let events = 0;
  while (relations.length < relationCount) {
    // a skewed choice of endpoints, as in the news: a few actors take part in most events
    const s = Math.floor(actorCount * random() ** 2);
    const t = Math.floor(actorCount * random());
    const type = pick(eventTypes);
    const key = `${s}|${t}|${type}`;
    if (s === t || seen.has(key)) continue;
    seen.add(key);
    const days = new Set<number>();
    const n = 1 + Math.floor(random() * 3);
    while (days.size < n) days.add(Math.floor(random() * 3650));
    const spells = [...days]
      .sort((a, b) => a - b)
      .map((d) => {
        const date = new Date(Date.UTC(2015, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
        return {
          start: date,
          end: date,
          values: {
            date,
            precision: "day",
            status: "happened",
            cameo: "040",
            sources: 1 + (d % 3),
            docs: `doc-${d}`,
            evidence: `Evidence ${d} ${pick(AWKWARD)} with <markup> & "quotes"`,
            confidence: 0.5 + (d % 50) / 100,
          },
        };
      });
    events += spells.length;
    relations.push({ source: `a${s}`, target: `a${t}`, type, weight: spells.length, spells });
  }
  return { actors, relations, events };
}
