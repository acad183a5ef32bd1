/** Who speaks in a sentence: a quotation's speaker, or the X of "X说/表示，…" and "X said". */
import type { ExtractContext } from "./article.js";
import { personRef } from "./article-context.js";
import { slotsOf, type Slot } from "./roles.js";
import type { ActorRef, SentenceUnit } from "./types.js";

/** The speaker of a quotation: the last person named before the opening quote in the paragraph. */
export function speakerOf(u: SentenceUnit, sl: Slot, units: SentenceUnit[], ctx: ExtractContext): ActorRef | undefined {
  const q = u.quotes.find(([a, b]) => sl.mention.start >= a && sl.mention.end <= b);
  const limit = q ? q[0] : sl.mention.start;
  const inSentence = u.mentions.filter((m) => m.kind === "person" && m.end <= limit);
  if (inSentence.length) return personRef(inSentence[inSentence.length - 1], ctx);
  for (let i = u.index - 1; i >= 0 && units[i].paragraph === u.paragraph; i--) {
    const ps = units[i].mentions.filter((m) => m.kind === "person");
    if (ps.length) return personRef(ps[ps.length - 1], ctx);
  }
  return undefined;
}

const SPEECH_VERBS = /^(.{0,12}?)(表示|说|指出|强调|称|宣布|写道|认为|重申|回应|介绍|发言)/;

/** The person whose words a sentence reports at this mention: a quote's speaker, or "X说/表示，…". */
export function reportedSpeaker(
  u: SentenceUnit,
  sl: Slot,
  units: SentenceUnit[],
  ctx: ExtractContext,
  resolveSlot: (sl: Slot, date: string | undefined) => ActorRef[],
  at: string | undefined,
): ActorRef | undefined {
  if (u.quotes.some(([a, b]) => sl.mention.start >= a && sl.mention.end <= b)) {
    const s = speakerOf(u, sl, units, ctx);
    if (s) return s;
  }
  const v = u.view.text;
  const slots = slotsOf(u).filter((o) => o.mention.end <= sl.mention.start && (o.mention.kind === "person" || o.mention.pronoun === "he"));
  for (let i = slots.length - 1; i >= 0; i--) {
    const m = v.slice(slots[i].mention.end, sl.mention.start).match(SPEECH_VERBS);
    if (m && !/[。]/.test(m[1])) {
      const r = resolveSlot(slots[i], at)[0];
      if (r?.kind === "person") return r;
    }
  }
  if (u.lang === "en") {
    const said = slots.find((o) => /^\s*(said|says|told|stated|added|wrote)\b/.test(v.slice(o.mention.end)));
    if (said) return resolveSlot(said, at)[0];
  }
  return undefined;
}

