/**
 * Whether a trigger tells an event, and in which mood: a reference back to an event told before
 * (在会谈中, 本次会晤), a negated one (未会见, did not sign), a question, a name for a visit (访华筹备工作)
 * tell none; a plan (将于…访问, will visit) is planned; a background clause (签署条约后, since) tells an
 * event of the past whose date comes from elsewhere.
 */
import { escapeRegExp } from "../util/regex.js";
import type { Lexicon } from "../lexicon/schema.js";
import type { EventStatus } from "../types.js";
import { clauseOf, type Roles, type Slot } from "./roles.js";
import type { TriggerHit } from "./triggers.js";
import type { SentenceUnit } from "./types.js";

/** The marker word in the stretch before (or after) a position, within the clause. */
export function near(v: string, pos: number, words: string[], window: number, lang: "zh" | "en", side: "before" | "after"): string | undefined {
  const stretch = side === "before" ? v.slice(Math.max(0, pos - window), pos) : v.slice(pos, pos + window);
  const cut = side === "before" ? stretch.split(/[，,。；;：:]/).pop()! : stretch.split(/[，,。；;：:]/)[0];
  if (lang === "en") {
    const padded = ` ${cut} `;
    const patterns = wordPatterns(words);
    const i = patterns.findIndex((re) => re.test(padded));
    return i < 0 ? undefined : words[i];
  }
  return words.find((w) => cut.includes(w));
}

/** Each marker word as a whole-word regex, built once per word list (every trigger of every article asks). */
const patternsOf = new WeakMap<string[], RegExp[]>();
function wordPatterns(words: string[]): RegExp[] {
  let patterns = patternsOf.get(words);
  if (!patterns) patternsOf.set(words, (patterns = words.map((w) => new RegExp(`[^a-z']${escapeRegExp(w)}[^a-z']`))));
  return patterns;
}

/**
 * False when the trigger only refers to, negates, questions or names an event. `phoneStory` is the
 * article's English text: in a story about calls, "spoke with" is one more call.
 */
export function tellsEvent(u: SentenceUnit, t: TriggerHit, lex: Lexicon, phoneStory: string): boolean {
  const lang = t.sense.lang;
  const v = u.view.text;
  const markers = lex.triggers.markers;
  if (lang !== u.lang && !(lang === "zh" && u.lang === "en")) return false;
  // a reference back to an event already told (在会谈中说, 本次会晤, during the talks)
  const refWords = markers.reference[lang];
  // (正在访问中国 is a visit going on: 正在 is no 在, and 中 opens a name there)
  if (lang === "zh" && /(?<!正)在$/.test(v.slice(Math.max(0, t.start - 2), t.start)) && /^[中上时]/.test(v.slice(t.end, t.end + 1)) && !u.mentions.some((m) => m.start === t.end)) return false;
  // (congratulations offered in the call it refers to are told here: 在通话中祝贺…就任)
  if (near(v, t.start, refWords, 4, lang, "before") && t.sense.type !== "CONGRATULATED") return false;
  const negWindow = lang === "zh" ? 5 : 24;
  let neg = near(v, t.start, markers.negation[lang], negWindow, lang, "before");
  if (!neg && lang === "zh") {
    // 也未安排与中国国务院总理李强会面: the negation stands before the partner, not the verb
    const [cs0] = clauseOf(u, t.start);
    const m = v.slice(cs0, t.start).match(/(未|没有|并未|从未|不会|拒绝|并无|尚未|无意)[^，,。；]{0,2}(安排|计划|打算|同|与|和|跟|向|对)/);
    if (m) neg = m[1];
  }
  // "Defence Minister No Kwang-chol met", 不丹始终支持: a negation word inside a name negates nothing
  if (neg) {
    const at = v.slice(0, t.start).lastIndexOf(neg);
    const len = neg.length;
    if (at >= 0 && u.mentions.some((m) => m.kind !== "pronoun" && m.kind !== "title" && m.start <= at && m.end >= at + len)) neg = undefined;
  }
  const negWord = neg;
  if (negWord && !lex.triggers.notNegation[lang].some((w) => v.slice(Math.max(0, t.start - negWindow - 2), t.start + 2).includes(w) && w.includes(negWord))) return false;
  if (lang === "en" && /\b(no|not)\b[^,.;]{0,40}$/.test(v.slice(Math.max(0, t.start - 40), t.start)) && /will|would|be/.test(v.slice(Math.max(0, t.start - 40), t.start + 10))) return false;
  // "spoke with", "talked to" are calls only when a phone or video is named
  if (t.sense.type === "CALLED" && lang === "en" && /^(spoke|spoken|talked)/.test(t.text) && !lex.triggers.phoneWords.en.some((w) => t.text.includes(w))) {
    // in a story about calls, "spoke with" is one more call
    if (!lex.triggers.phoneWords.en.some((w) => phoneStory.includes(w))) return false;
  }
  // "called on both sides to…": urging, not calling on someone
  if (/^(called on|call on)$/.test(t.text) && /^\s*[\w .'’-]{1,60}?\s+to\s+\w/.test(v.slice(t.end, t.end + 70))) return false;
  // "called Lula a corrupt communist": naming, not phoning
  if (t.sense.type === "CALLED" && lang === "en" && /^(called|calls|phoned)$/.test(t.text) && /^\s*[\w .'’-]{1,40}?\s+(a|an|the)\s|^\s*[\w .'’-]{1,40}?\s*["“]/.test(v.slice(t.end, t.end + 60)) && !/phone|call/.test(v.slice(t.end, t.end + 60))) return false;
  // a question reports a claim, not an event (两国元首近期还通了电话，中方能否证实？)
  if (lang === "zh" && /[？?]\s*[”"」]?$/.test(v) && /(能否|是否|吗|么|有没有|是不是)/.test(v)) return false;
  // 访华筹备工作, 访问期间: the visit is named, not told
  if (t.sense.type === "VISITED" && /^(的)?(筹备|准备|事宜|计划|安排|行程|邀请|成果|期间)/.test(v.slice(t.end, t.end + 4))) return false;
  return true;
}

/** planned when a plan marker governs the trigger; support said to come is support expressed now. */
export function statusOf(u: SentenceUnit, t: TriggerHit, roles: Roles, slots: Slot[], lex: Lexicon): EventStatus {
  const lang = t.sense.lang;
  const v = u.view.text;
  const markers = lex.triggers.markers;
  // plans are read from the subject on (鲁托将于4月22日至26日对中国进行国事访问)
  const subjectEnd = roles.sources[0] && roles.sources[0].mention.end <= t.start ? roles.sources[0].mention.end : undefined;
  const plannedWindow = lang === "zh" ? Math.min(30, subjectEnd !== undefined ? t.start - subjectEnd : 8) : 30;
  // support said to come ("will support", 将全力支持) is support expressed now
  let plannedWord = t.sense.type === "EXPRESSED_SUPPORT" ? undefined : near(v, t.start, markers.planned[lang], Math.max(8, plannedWindow), lang, "before");
  const [clauseStart] = clauseOf(u, t.start);
  if (!plannedWord && lang === "zh" && t.sense.type !== "EXPRESSED_SUPPORT" && subjectEnd !== undefined && subjectEnd < clauseStart) {
    // 赖清德预计12月2日抵达马久罗，与海妮举行会谈: one subject, one plan across its clauses
    const stretch = v.slice(subjectEnd, t.start);
    if (!slots.some((o) => o.case === "nom" && o.mention.start >= subjectEnd && o.mention.end <= t.start)) {
      plannedWord = markers.planned.zh.find((w) => stretch.includes(w));
    }
  }
  if (!plannedWord && lang === "zh" && t.sense.type !== "EXPRESSED_SUPPORT") {
    // 将于周日前往华盛顿，并于周一…举行峰会: a plan runs on through clauses joined by 并
    const ci = u.clauses.findIndex(([a, b]) => t.start >= a && t.start < b);
    for (let k = ci; k > 0 && /^(并|并将|随后|然后|再|还将|之后将)/.test(v.slice(u.clauses[k][0], u.clauses[k][0] + 3)); k--) {
      const prevClause = v.slice(u.clauses[k - 1][0], u.clauses[k - 1][1]);
      plannedWord = markers.planned.zh.find((w) => prevClause.includes(w));
      if (plannedWord) break;
    }
  }
  if (!plannedWord && lang === "zh" && t.sense.type !== "EXPRESSED_SUPPORT") {
    const clauseEnd = clauseOf(u, t.start)[1];
    // 卢拉与特朗普的会谈预计于11月举行: the event named as the subject of a planned 举行
    plannedWord = /^.{0,4}?(将|预计|定于|拟|计划|预定|有望)将?[于在].{0,20}举行/.exec(v.slice(t.end, clauseEnd))?.[1];
    // 双方确认将安排卢拉与特朗普举行会晤: what is arranged lies ahead
    plannedWord ??= /(将|拟|计划|准备|同意|决定|确认)安排/.exec(v.slice(clauseStart, subjectEnd ?? t.start))?.[1];
  }
  // "the first Arab leader to visit the White House" tells a visit that happened
  const firstTo = lang === "en" && /\b(first|second|third|last|only|latest)\b[^,.;]{0,40}$/.test(v.slice(Math.max(0, t.start - 45), t.start));
  return !firstTo && (plannedWord || (/^(will|to) /.test(t.text) && t.sense.type !== "EXPRESSED_SUPPORT")) ? "planned" : "happened";
}

/** A background clause (签署条约后, since the signing) tells an earlier event in passing. */
export function isBackground(u: SentenceUnit, t: TriggerHit, lex: Lexicon): boolean {
  const lang = t.sense.lang;
  const v = u.view.text;
  const markers = lex.triggers.markers;
  const afterTrigger = v.slice(t.end, clauseOf(u, t.start)[1]);
  const backgroundZh = lang === "zh" && markers.backgroundClause.zh.some((w) => afterTrigger.includes(w));
  const backgroundEn = lang === "en" && near(v, t.start, markers.backgroundClause.en, 30, "en", "before") !== undefined;
  return backgroundZh || backgroundEn;
}
