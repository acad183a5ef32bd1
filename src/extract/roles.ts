/**
 * Extract stage, per trigger: who did it to whom. Chinese and English mark roles with words before
 * the name (与/同/with: partner; 向/给/对/to: recipient; 在/于/in: place; 由/by: leader of a delegation);
 * the subject is the nearest unmarked actor before the trigger. Frames (directed, joint, visit) say
 * which roles an event type needs.
 */
import { phrasesPattern } from "../util/regex.js";
import type { Lexicon } from "../lexicon/schema.js";
import type { Mention } from "../recognise/mentions.js";
import type { SentenceUnit } from "./types.js";
import type { TriggerHit } from "./triggers.js";

/** via: the messenger asked to pass something on (请李强转达, asked Lavrov to convey); origin: from X. */
/** pred: what someone is elected or named as (当选美国总统, as president): no participant. */
/**
 * passive: the doer of a passive (获莫迪接见, was received by X); coord: joined by English "and" (a
 * second subject), where "with" marks a partner (com).
 */
export type Case = "nom" | "com" | "dat" | "loc" | "agent" | "via" | "origin" | "obj" | "pred" | "passive" | "coord";

export interface Slot {
  mention: Mention;
  case: Case;
  /** Followed by 的 / 's: a modifier of the next noun, not a participant itself. */
  genitive: boolean;
  /** Inside quotation marks. */
  quoted: boolean;
  /** Part of an English appositive describing the person before it. */
  appositive: boolean;
}

const ZH_CASES: [string, Case][] = [
  ["抵达", "loc"], ["前往", "loc"], ["离开", "loc"], ["来自", "loc"],
  ["当选", "pred"], ["就任", "pred"], ["出任", "pred"], ["担任", "pred"], ["连任", "pred"], ["任命为", "pred"], ["成为", "pred"], ["作为", "pred"], ["身为", "pred"],
  ["致电", "dat"], ["致函", "dat"], ["致信", "dat"], ["致贺电", "dat"], ["致唁电", "dat"], ["致慰问电", "dat"],
  ["与", "com"], ["同", "com"], ["和", "com"], ["跟", "com"], ["及", "com"], ["以及", "com"],
  ["向", "dat"], ["给", "dat"], ["对", "dat"], ["致", "dat"], ["为", "dat"],
  ["在", "loc"], ["于", "loc"], ["赴", "loc"], ["到", "loc"], ["从", "loc"], ["自", "loc"], ["抵", "loc"],
  ["由", "agent"],
  ["就", "loc"], ["关于", "loc"], ["针对", "loc"],
  ["获", "passive"], ["被", "passive"], ["受到", "passive"], ["得到", "passive"], ["获得", "passive"],
  ["请", "via"], ["托", "via"], ["委托", "via"], ["嘱托", "via"], ["让", "via"],
  ["来自", "origin"],
];
/** Each word's first entry in ZH_CASES: the list is read in order, and the first word the gap ends with wins. */
const ZH_CASE_INDEX = new Map<string, number>();
ZH_CASES.forEach(([w], i) => {
  if (!ZH_CASE_INDEX.has(w)) ZH_CASE_INDEX.set(w, i);
});
const LONGEST_ZH_CASE = Math.max(...ZH_CASES.map(([w]) => w.length));

/** The case of the first ZH_CASES word the text ends with, by looking up its endings (every mention asks). */
function zhCaseAfter(text: string): Case | undefined {
  let first = Infinity;
  for (let n = 1; n <= Math.min(LONGEST_ZH_CASE, text.length); n++) {
    const i = ZH_CASE_INDEX.get(text.slice(-n));
    if (i !== undefined && i < first) first = i;
  }
  return first === Infinity ? undefined : ZH_CASES[first][1];
}

const EN_CASES: [RegExp, Case][] = [
  [/\b(asked|urged|told|requested)\s*$/, "via"],
  [/\b(elected|named|appointed|elected as|named as)\s*$/, "pred"],
  [/\bfrom\s*$/, "origin"],
  [/\b(with|alongside)\s*$/, "com"],
  [/\band\s*$/, "coord"],
  [/\b(to|toward|towards|for)\s*$/, "dat"],
  [/\b(in|at|from|into|near|outside|inside|across)\s*$/, "loc"],
  [/\b(by|led by|headed by)\s*$/, "agent"],
];

/** The outermost 与/同/向/对… whose relative clause (…的) ends right before a name. */
function relativePreposition(v: string, nameStart: number): string | undefined {
  const from = Math.max(0, nameStart - 60);
  const window = v.slice(from, nameStart);
  for (let i = 0; i < window.length; i++) {
    const ch = window[i];
    if (!"与同和跟向对给为".includes(ch)) continue;
    // (身为, 作为, 成为, 认为, 因为: 为 inside a word is no preposition)
    if (ch === "为" && i > 0 && "身作成认以因称".includes(window[i - 1])) continue;
    const rest = window.slice(i + 1);
    if (rest.length >= 2 && rest.endsWith("的") && !/[，,。；;：:]/.test(rest)) return ch;
  }
  return undefined;
}

/**
 * The part of a phrase that begins at `at` in a Chinese sentence, from what stands before it: the
 * object of an event word right before (会见了[正在]…), else what the words before give.
 */
function caseBefore(s: SentenceUnit, at: number): Case | undefined {
  const v = s.view.text;
  const before = v.slice(Math.max(0, at - 3), at);
  if (s.triggers.some((t) => t.end <= at && at - t.end <= 2 && !/[，,。；;：:]/.test(v.slice(t.end, at)))) return "obj";
  return zhCaseAfter(before.replace(/正在$/, "")) ?? (at === 0 || /[，,。；;：:]\s*(正在)?$/.test(before) ? "nom" : undefined);
}

/** What follows a possessive "her" that names a person: her (Indian) counterpart, her guest, her host… */
const POSSESSED_PERSON = /^\s+([a-z]+\s+){0,2}(counterpart|colleague|guest|host|friend|ally|predecessor|successor|opposite number)s?\b/;

/** Words after an office that name a thing of it (总统专机, 总统府), not its holder. */
const OFFICE_THING = /^(专机|座机|府|官邸|办公室|车队|大选|选举|选战|任期|宝座|候选人|就职典礼|就职仪式)/;

/** The mention stands right after the event word, or after a demonstrative (会见该国总统马塔雷拉). */
function objectRightAfter(s: SentenceUnit, t: TriggerHit, m: Mention): boolean {
  return t.end <= m.start && (m.start - t.end <= 1 || (s.lang === "zh" && /^(该国|该|这位|那位|其|本国)$/.test(s.view.text.slice(t.end, m.start))));
}

/** Marks every actor mention of a sentence with its case. */
export function slotsOf(s: SentenceUnit): Slot[] {
  const v = s.view.text;
  const slots: Slot[] = [];
  // the places of a dateline (韩联社首尔7月9日电, (北京、莫斯科23日讯)) are where the report was filed
  const dateline = s.dates.find((d) => d.dateline && d.start <= (s.lang === "en" ? 40 : 16));
  let prevEnd = dateline ? dateline.end : 0;
  // 【环球时报驻俄罗斯特约记者…】: a bracketed byline names no actor
  const bracket = v.match(/^\s*[【\[][^】\]]{0,60}[】\]]/);
  if (bracket) prevEnd = Math.max(prevEnd, bracket[0].length);
  let prev: Slot | undefined;
  let prevPerson: Slot | undefined;
  const books = v.includes("《") || v.includes("〈") ? [...v.matchAll(/[《〈][^》〉]*[》〉]/g)].map((b) => [b.index!, b.index! + b[0].length]) : [];
  for (const [n, m] of s.mentions.entries()) {
    if (m.end <= prevEnd && !prev) continue;
    // 日本天皇德仁: a country right before a person's name (whose name holds the title) says whose he is
    const next = s.mentions[n + 1];
    if (s.lang === "zh" && m.kind === "country" && m.form !== "pair" && next?.kind === "person" && next.start === m.end) continue;
    // "met her Indian counterpart Narendra Modi": her is a determiner there, the person after it the object
    if (s.lang === "en" && m.kind === "pronoun" && v.slice(m.start, m.end) === "her" && POSSESSED_PERSON.test(v.slice(m.end, m.end + 48))) continue;
    // "called Singh's successor, opposition leader Narendra Modi": the person named after is the one meant
    if (s.lang === "en" && m.kind === "person" && /^['’]s\b/.test(v.slice(m.end, m.end + 2)) && POSSESSED_PERSON.test(v.slice(m.end + 2, m.end + 50))) continue;
    // 总统专机, 总理府, 首相官邸: an office naming a thing of the office is no one
    if (s.lang === "zh" && m.kind === "title" && OFFICE_THING.test(v.slice(m.end, m.end + 3))) continue;
    // names inside a title (《中华民国(台湾)与马绍尔群岛共和国联合公报》) take no part
    if (books.some(([a, b]) => m.start >= a && m.end <= b)) continue;
    // 拉玛佛沙(Cyril Ramaphosa): a name glossed in brackets is the same actor again
    if (prev && prev.mention.id === m.id && /^\s*[(（]\s*$/.test(v.slice(prevEnd, m.start))) continue;
    if (m.start < prevEnd && prev) continue; // pair mentions share a range: handled below
    const gap = v.slice(prevEnd, m.start);
    let c: Case = "nom";
    if (s.lang === "zh") {
      const gapTrim = gap;
      // 访问马来西亚的黄循财: the object of a verb closing a relative clause; its head takes the part
      // the clause stands in (the sentence's subject here), not the object's
      const object = prev && prev.genitive && /^的.{0,4}$/.test(gapTrim) && !/[，,。；：]/.test(gapTrim) && prev.case === "obj" ? prev.mention : undefined;
      const clauseVerb = object && s.triggers.find((t) => t.end <= object.start && object.start - t.end <= 1);
      // 当时身为新加坡副总理的李显龙, 新当选总统的阿巴斯: a title after 身为 / 作为 / 当选 closes a relative clause too
      const serving = prev && prev.case === "pred" && gapTrim === "的" ? /(当时|时任)?(身为|作为|担任|出任|当选|就任|连任)$/.exec(v.slice(Math.max(0, prev.mention.start - 6), prev.mention.start)) : null;
      if (clauseVerb) {
        c = caseBefore(s, clauseVerb.start) ?? c;
      } else if (serving && prev) {
        c = caseBefore(s, prev.mention.start - serving[0].length) ?? c;
      } else if (prev && prev.genitive && /^的.{0,4}$/.test(gapTrim) && !/[，,。；：]/.test(gapTrim)) {
        c = prev.case; // 向他的同僚普京: the whole phrase is the recipient
      } else if (prev && gapTrim === "" ) {
        c = prev.case; // 在北京中南海
      } else if (prev && prev.case === "loc" && (m.kind === "place" || m.form === "seat") && /^[\u4e00-\u9fff]{1,4}$/.test(gapTrim) && !s.triggers.some((t) => t.start >= prevEnd && t.end <= m.start)) {
        c = "loc"; // 在阿根廷总统府玫瑰宫: the seat of a place named by where it is
      } else {
        // the preposition may stand before a relative clause, even one naming others:
        // 同[来华进行国事访问并出席中阿合作论坛…的]埃及总统塞西
        const relative = gapTrim.endsWith("的") ? relativePreposition(v, m.start) : undefined;
        // (和时任韩国总统金大中: a word of time before the office leaves the conjunction to decide)
        const tail = relative ?? gapTrim.replace(/(时任|当时|前任|现任|新任|候任|代理)$/, "").slice(-3);
        c = zhCaseAfter(tail) ?? c;
      }
    } else {
      const tail = gap.slice(-24).replace(/\b(the|a|an|his|her|its|their)\s*$/, "");
      for (const [re, cs] of EN_CASES) {
        if (re.test(tail)) {
          c = cs;
          break;
        }
      }
      if (prev && /^\s*'s\s*$/.test(gap)) c = prev.case;
    }
    // "Prime Minister Roosevelt Skerrit of Dominica": the country after "of" says whose minister he is
    let ofCountry = false;
    if (s.lang === "en" && prev && prev.mention.kind === "person" && m.kind === "country" && /^\s+of\s+(the\s+)?$/i.test(gap)) {
      c = "loc";
      ofCountry = true;
    }
    // "with Danish King Frederik X", "from British King Charles III": a demonym right before a
    // person describes that person, who takes its part
    if (s.lang === "en" && prev && prev.mention.kind === "country" && prev.mention.form === "demonym" && m.kind === "person" && /^\s+$/.test(gap)) {
      c = prev.case;
      prev.genitive = true;
    }
    // 提努布、肯尼亚总统鲁托、埃塞俄比亚总理阿比: an enumeration shares its first member's part
    if (prev && gap.trim() === "、") c = prev.case;
    // 向艾尔段和叙利亚总统阿塞德: the second of two joined names shares the first one's part
    // ("with President Savarin of Dominica and President Kiir": past the "of" country to the person)
    const joinedTo = prev?.appositive && prevPerson && /^\s+of\s/i.test(v.slice(prevPerson.mention.end, prev.mention.start)) ? prevPerson : prev;
    if (joinedTo && (c === "com" || c === "coord") && joinedTo.case !== "nom" && joinedTo.case !== "loc" && /^(和|与|及|以及|、|and|, and|or)$/.test(gap.trim())) c = joinedTo.case;
    // 沙特首都利雅得: the capital takes the country's part
    if (prev && /^(的)?(首都|首府|城市|港口城市|capital|city of)$/.test(gap.trim())) c = prev.case;
    // 北约盟友土耳其: the first name only describes the second
    if (prev && /^(的)?(盟友|盟国|成员国|伙伴|邻国|友邦|ally|member)$/.test(gap.trim())) {
      prev.genitive = true;
      c = prev.case;
    }
    // 李强同志率领的中国党政代表团: the leader of a delegation stands for it
    if (/^(同志)?(率领|带领|率)/.test(v.slice(m.end, m.end + 4)) && m.kind === "person" && (c === "nom" || c === "obj")) c = "agent";
    // a name right after an event word is its object (致电川普，祝贺他: 川普 is no subject)
    // (访问的黄循财 is the one who visits: 的 makes the name the head of a relative clause)
    // (出访中国: a visit word that ends inside the name, 出访中 + 中国, takes it as its object too)
    if (c === "nom" && s.triggers.some((t) => (objectRightAfter(s, t, m) || (t.start < m.start && t.end > m.start && t.sense.embeds)) && t.end > prevEnd - 1 && !/[，,。；;：:的]/.test(v.slice(t.end, m.start)))) c = "obj";
    if (s.lang === "en" && c === "nom" && m.kind === "title" && /\bas\s*$/.test(gap)) c = "pred"; // as president
    const after = v.slice(m.end, m.end + 3);
    const genitive = s.lang === "zh" ? after.startsWith("的") : /^'s\b|^’s\b/.test(after);
    const quoted = s.quotes.some(([a, b]) => m.start >= a && m.end <= b);
    let appositive = ofCountry;
    // an English appositive after a person ("Choe Son Hui, minister of Foreign Affairs of the DPRK,")
    // describes that person and takes no part itself
    if (s.lang === "en" && prev && (prev.mention.kind === "person" || prev.appositive) && c === "nom") {
      const between = v.slice(prev.mention.end, m.start);
      // (an enumeration "A, Tunisian President B and C were among…" is no appositive: another person
      // stands before the closing comma)
      const close = v.indexOf(",", m.end);
      const personBeforeClose = close >= 0 && s.mentions.some((o) => o.kind === "person" && o.start >= m.end && o.start < close);
      if ((/^,[^,]*$/.test(between) || (prev.appositive && !/[,.;]/.test(between))) && /^[^,.;]*,/.test(v.slice(m.end)) && !/\b(and|said|says|met|told)\b/.test(between) && !personBeforeClose) {
        c = "loc";
        appositive = true;
      }
    }
    const slot: Slot = { mention: m, case: c, genitive, quoted, appositive };
    slots.push(slot);
    // the second country of a pair shares the first one's slot position
    const twin = s.mentions.find((o) => o !== m && o.start === m.start && o.end === m.end);
    if (twin) slots.push({ ...slot, mention: twin });
    prevEnd = m.end;
    if (prev && prev.mention.kind === "person") prevPerson = prev;
    prev = slot;
  }
  return slots;
}

export interface Roles {
  sources: Slot[];
  targets: Slot[];
  /** For visits fused with a country (访俄). */
  embeddedTarget?: string;
  /** A visitor named after 到访的 / 来访的: visited the subject's country. */
  visitorOf?: Slot;
}

/** The clause of a sentence that holds a position, as [start, end) in its view. */
export const clauseOf = (s: SentenceUnit, pos: number): [number, number] => s.clauses.find(([a, b]) => pos >= a && pos < b) ?? [0, s.view.text.length];

const isActor = (sl: Slot) => sl.mention.kind !== "place";
/** 七国集团峰会, the G20 summit: the organisation names the meeting, it does not take part. */
const namesMeeting = (v: string, sl: Slot) =>
  sl.mention.kind === "org" &&
  (/^\s*(领导人|外长|系列|成员国|leaders'?)?\s*(第[一二三四五六七八九十\d]+次|\d+届)?(峰会|会议|会晤|外长会|大会|年会|论坛|期间|summit|meeting|general assembly)/.test(v.slice(sl.mention.end, sl.mention.end + 20)) ||
    /(出席|参加|attend|attending)\s*$/.test(v.slice(Math.max(0, sl.mention.start - 10), sl.mention.start))) ||
  // 在北京出席北京香山论坛: a city naming a forum is no actor
  ((sl.mention.kind === "country" || sl.mention.kind === "place") && /^[\u4e00-\u9fff]{1,3}(论坛|峰会|对话会)/.test(v.slice(sl.mention.end, sl.mention.end + 6)) && !/^(出席|参加|举行|召开|主持|主办|在|将|也|还|和|与|同)/.test(v.slice(sl.mention.end, sl.mention.end + 2))) ||
  // 二十国集团外长会议, the G20 foreign ministers' meeting: a title naming a meeting is no one
  (sl.mention.kind === "title" && /^['’]?s?['’]?\s*(会议|会晤|会$|会[，,。期上]|峰会|论坛|meeting|conference|summit)/.test(v.slice(sl.mention.end, sl.mention.end + 12)));
const DEMONYM_AS_ACTOR = /^\s*(government|leadership|authorities|side|officials|people|delegation|military|forces|army|state|administration|foreign ministry|defen[cs]e ministry|embassy|president|prime minister|leader|support|backing|solidarity|aid)\b/;

/** "said the president", "said on Tuesday that the prime minister": a report whose doer is an office holder it names, per lexicon. */
const reportedOfficeExpressions = new WeakMap<Lexicon, RegExp>();
function reportedOfficeHolder(before: string, lex: Lexicon): number | undefined {
  let re = reportedOfficeExpressions.get(lex);
  if (!re) {
    const titles = phrasesPattern([...new Set(lex.titles.titles.flatMap((t) => t.en).map((t) => t.toLowerCase()))]);
    re = new RegExp(`\\b(?:said|says|told reporters|announced|stated|confirmed)(?:\\s+(?:that|on\\s+\\w+))*\\s+the\\s+(?:${titles})(?:-elect)?\\b[^,.;]*$`);
    reportedOfficeExpressions.set(lex, re);
  }
  const m = re.exec(before);
  return m ? m.index : undefined;
}

/** Assigns roles for one trigger in one sentence. */
export function assignRoles(s: SentenceUnit, slots: Slot[], t: TriggerHit, lex: Lexicon): Roles | undefined {
  const v = s.view.text;
  const [cs, ce] = clauseOf(s, t.start);
  const before = slots.filter((sl) => sl.mention.end <= t.start && isActor(sl) && !namesMeeting(v, sl));
  const after = slots.filter((sl) => sl.mention.start >= t.end && sl.mention.start < ce && isActor(sl) && !namesMeeting(v, sl));
  const placesAfter = slots.filter((sl) => sl.mention.start >= t.end && sl.mention.start < ce && (isActor(sl) || t.sense.frame === "visit"));
  const inClauseBefore = before.filter((sl) => sl.mention.start >= cs);
  // the subject: nearest unmarked, non-modifier actor before the trigger; in this clause first,
  // then in earlier clauses of the sentence (金正恩…，并嘱托…向普京转达问候)
  // the subject: the nearest unmarked, non-modifier actor before the trigger (a delegation's leader
  // counts: 梅德韦杰夫率领的俄罗斯代表团…抵达平壤), in this clause first, then in earlier clauses of the
  // sentence (金正恩…，并嘱托…向普京转达问候)
  const nominative = (list: Slot[]) =>
    [...list]
      .reverse()
      .find(
        (sl) =>
          (sl.case === "nom" || sl.case === "agent") &&
          // a title with no country stands for someone only when it names an office ("the president")
          !(sl.mention.kind === "title" && !sl.mention.countryId && !["head_of_state", "head_of_government", "foreign_minister", "defence_minister"].includes(sl.mention.role ?? "")) &&
          // "the Polish capital" describes a place; "the Russian leadership" is an actor
          !(sl.mention.form === "demonym" && !DEMONYM_AS_ACTOR.test(v.slice(sl.mention.end, sl.mention.end + 16))) &&
          // "Russia's invasion" modifies a noun; it does nothing itself — but "Milei's second visit" is his
          !(s.lang === "en" && sl.genitive && !(sl.mention.end <= t.start && /^['’]s\s+([\w-]+\s+){0,2}$/.test(v.slice(sl.mention.end, t.start)))) &&
          !(sl.genitive && s.lang === "zh" && hasHeadAfter(sl, list)) &&
          !(sl.mention.kind === "country" && /^(的)?(党政|军事|政府|议会|高级)?代表团/.test(v.slice(sl.mention.end, sl.mention.end + 6))),
      );
  // "Spokeswoman Cutter said the president-elect spoke to Rudd": who says it is not who does it
  // when the report names an office holder as the doer ("said the country supports" is the speaker's)
  const reported = s.lang === "en" ? reportedOfficeHolder(v.slice(0, t.start), lex) : undefined;
  const doers = (list: Slot[]) => (reported !== undefined ? list.filter((sl) => sl.mention.start >= reported) : list);
  let subject = nominative(doers(inClauseBefore)) ?? nominative(doers(before));
  // 在会见美国国务卿赖斯时，李肇星表示…: the subject of a 在…时 clause is the one named after it
  if (!subject && s.lang === "zh" && /^在[^，,。；;]*(时|期间|之际)[，,]?$/.test(v.slice(cs, ce).trim())) {
    subject = slots.find((sl) => sl.mention.start >= ce && sl.case === "nom" && sl.mention.kind === "person");
    const partner = inClauseBefore.find((sl) => sl.case === "com");
    if (subject && partner && t.sense.frame === "joint") return { sources: [subject], targets: [partner] };
  }
  if (!subject && s.lang === "en" && t.sense.frame === "joint") {
    subject = slots.find((sl) => sl.mention.start >= t.end && sl.case === "nom" && (sl.mention.kind === "person" || sl.mention.kind === "pronoun"));
  }
  // "Lavrov, minister of …, who is on an official visit to the DPRK": the subject of a who-clause
  // is the person it follows
  if (s.lang === "en") {
    const who = v.slice(0, t.start).lastIndexOf(", who ");
    // the who-clause ends at its comma: "A and B, who is on a state visit to C, held talks" is A's
    const closed = who >= 0 && /,\s*$/.test(v.slice(who + 6, t.start).replace(/^[^,]*,[\s\S]*$/, ","));
    if (who >= 0 && !closed && (!subject || subject.mention.start < who || subject.mention.kind !== "person")) {
      const antecedent = [...before].reverse().find((sl) => sl.mention.end <= who && sl.mention.kind === "person");
      if (antecedent) subject = antecedent;
    }
  }
  if (subject && subject.mention.kind === "pronoun" && subject.mention.pronoun === "both" && t.sense.frame !== "joint") {
    // 双方…支持 has no single subject
  }
  // "A and B, who is on a state visit to C, held talks": an English joint subject may stand in an
  // earlier clause with its partner; so may joined subjects that act each (A和B纷纷致电C，祝贺…)
  const subjectClause = subject && subject.mention.start < cs ? clauseOf(s, subject.mention.start) : undefined;
  const coFrom =
    subjectClause && ((s.lang === "en" && t.sense.frame === "joint") || hasCoordination(v, subject!.mention.end, subjectClause[1], lex, s.lang)) ? subjectClause[0] : cs;
  const coSubjects = subject
    ? before.filter((sl) => (sl.case === "com" || sl.case === "coord") && sl.mention.start > subject!.mention.end && sl.mention.start >= coFrom && !(sl.genitive && hasHeadAfter(sl, before)))
    : [];
  // "Kamikawa and Kihara signed … with Teodoro": the joined names are subjects, the "with" one the partner
  const coordinated = coSubjects.filter((sl) => sl.case === "coord");
  // 法国总统马克宏、德国总理萧兹等…声援: an enumeration before the subject shares its part
  const enumerated: Slot[] = [];
  if (subject) {
    let i = before.indexOf(subject);
    while (i > 0 && /^(、|,|，|和|与|及|以及|and|, and)$/.test(v.slice(before[i - 1].mention.end, before[i].mention.start).trim()) && before[i - 1].case === "nom") {
      enumerated.unshift(before[i - 1]);
      i--;
    }
  }

  if (t.sense.frame === "visit") {
    // [到访的 / 来华进行国事访问的] X: a relative clause names the visitor X
    // (造访皇居会见即位不久的德仁: after a verb that takes an object, the 的 is that verb clause's)
    const relativeEnd = v.slice(t.end, t.end + 42).match(/^[^，,。；;]{0,40}?的/);
    const ownClause = relativeEnd && !s.triggers.some((o) => o.sense.frame === "directed" && o.start >= t.end && o.end <= t.end + relativeEnd[0].length);
    const visitor = relativeEnd && ownClause && after.find((sl) => sl.mention.start <= t.end + relativeEnd[0].length + 12 && sl.mention.kind !== "country");
    if (relativeEnd && visitor) {
      return { sources: [], targets: [], visitorOf: visitor, embeddedTarget: t.sense.embeds };
    }
    // "held talks with visiting Russian Prime Minister Medvedev": the participle names the visitor,
    // who visits the host's country
    if (s.lang === "en" && t.text === "visiting") {
      const next = after[0];
      if (next && /^\s*$/.test(v.slice(t.end, next.mention.start)) && (next.mention.kind === "person" || next.mention.kind === "title" || (next.mention.kind === "country" && next.mention.form === "demonym"))) {
        const named = next.mention.kind === "person" ? next : after.find((sl) => sl.mention.kind === "person" && sl.mention.start - next.mention.end <= 2);
        return named ? { sources: [], targets: [], visitorOf: named } : undefined;
      }
    }
    if (t.sense.embeds) return subject ? { sources: [subject, ...coSubjects.filter((c) => c.mention.kind === "person")], targets: [], embeddedTarget: t.sense.embeds } : undefined;
    const dativeTarget = inClauseBefore.find((sl) => sl.case === "dat" && subject && sl.mention.start > subject.mention.end);
    // a bare "trip" or "visit" names its place with "to": "a joint trip by two rivals … on Russia" names none
    const nominal = s.lang === "en" && /^(trip|visit|tour|foreign trip|first trip|trip abroad|visit abroad)$/.test(t.text);
    const place =
      dativeTarget ??
      placesAfter.find(
        (sl) =>
          (sl.mention.kind === "country" || sl.mention.kind === "place" || sl.mention.kind === "person" || sl.mention.kind === "title") &&
          (!nominal || sl.case === "dat" || sl.case === "loc" || /\b(to|in)\b[^,.;]*$/.test(v.slice(t.end, sl.mention.start))),
      );
    // "during a visit to the UK by Indian Prime Minister Narendra Modi", "the visit by Modi to Moscow"
    const by = placesAfter.find((sl) => sl.case === "agent" && sl.mention.kind === "person" && sl !== place);
    if (by && place) return { sources: [by], targets: [place] };
    if (!subject || !place) return undefined;
    const visitors = [subject, ...coSubjects.filter((c) => c.mention.kind === "person")];
    // 访问新西兰和澳大利亚, took him to Bulgaria, the Czech Republic and Slovakia
    const places = [place];
    // the list may run past a comma: "to Bulgaria, the Czech Republic and Slovakia"
    for (const sl of slots) {
      const last = places[places.length - 1];
      if (sl.mention.start <= last.mention.start) continue;
      if ((sl.mention.kind !== "country" && sl.mention.kind !== "place") || !/^(和|与|及|以及|、|,|，|, and|and|,and|及其)?\s*(the)?$/.test(v.slice(last.mention.end, sl.mention.start).trim())) break;
      places.push(sl);
    }
    return { sources: visitors, targets: places };
  }

  if (t.sense.frame === "joint") {
    const pair = [...inClauseBefore, ...after].filter((sl) => sl.mention.form === "pair");
    // 李显龙与佐科举行新印领导人峰会: a pair naming the meeting (新印领导人) stands for the two persons
    // the clause names before it, one meeting the other
    if (subject?.mention.form === "pair") {
      const person = nominative(inClauseBefore.filter((sl) => sl.mention.kind === "person" && sl.mention.end <= subject!.mention.start));
      const partner = person && inClauseBefore.find((sl) => sl.case === "com" && sl.mention.kind === "person" && sl.mention.start > person.mention.end && sl.mention.end <= subject!.mention.start);
      if (person && partner) return { sources: [person], targets: [partner] };
    }
    // was signed by A and B
    const agents = after.filter((sl) => sl.case === "agent" || ((sl.case === "com" || sl.case === "coord") && after.some((a) => a.case === "agent" && a.mention.end <= sl.mention.start)));
    if (agents.length >= 2 && agents[0].case === "agent") return { sources: [agents[0]], targets: [agents[1]] };
    const partnerAfter = after.find((sl) => sl.case === "com");
    if (subject && coordinated.length && partnerAfter) return { sources: [...enumerated, subject, ...coordinated], targets: [partnerAfter] };
    if (subject && coSubjects.length) {
      // 他已分别同洪玛奈和普坦通电话: each partner joined by 和 / 、; 上川阳子、木原稔与…签署: each subject
      const partners = [coSubjects[0]];
      for (const c of coSubjects.slice(1)) {
        if (/^(和|与|及|以及|、|and|, and)$/.test(v.slice(partners[partners.length - 1].mention.end, c.mention.start).trim())) partners.push(c);
      }
      return { sources: [...enumerated, subject], targets: partners };
    }
    if (subject && subject.mention.kind === "pronoun" && subject.mention.pronoun === "both") return { sources: [subject], targets: [subject] };
    // "Xi, Putin hold talks": an English headline joins the two with a comma
    if (s.lang === "en" && s.headline && subject && enumerated.length === 1 && !after.some((sl) => sl.case === "com")) return { sources: [enumerated[0]], targets: [subject] };
    const withAfter = after.find((sl) => sl.case === "com" || (sl.case === "nom" && s.lang === "en"));
    if (subject && withAfter && subject.mention.form !== "pair") return { sources: [...enumerated, subject], targets: [withAfter] };
    if (pair.length >= 2 && (!subject || subject.mention.form === "pair")) return { sources: [pair[0]], targets: [pair[1]] };
    // A 的视频电话 after another subject (董军…第一个接通的就是绍伊古的视频电话)
    const other = inClauseBefore.filter((sl) => sl !== subject && sl.mention.kind === "person");
    if (subject && other.length && other[other.length - 1].mention.start > subject.mention.start) {
      return { sources: [subject], targets: [other[other.length - 1]] };
    }
    const earlierCom = before.find((sl) => sl.case === "com" && subject && sl.mention.start > subject.mention.end);
    if (subject && earlierCom) return { sources: [subject], targets: [earlierCom] };
    return undefined;
  }

  if (subject?.mention.pronoun === "both" && (t.sense.type === "MET" || t.sense.type === "CALLED")) return { sources: [subject], targets: [subject] };
  // 并获莫迪接见 / was received by X: the doer hosts the subject
  const passive =
    inClauseBefore.find((sl) => sl.case === "passive") ??
    (s.lang === "en" && /\b(was|were|been|being)\s+$/.test(v.slice(Math.max(0, t.start - 8), t.start)) ? after.find((sl) => sl.case === "agent") : undefined);
  if (passive && subject && subject !== passive && (t.sense.type === "MET" || t.sense.type === "CONGRATULATED" || t.sense.type === "EXPRESSED_SUPPORT")) {
    return { sources: [passive], targets: [subject] };
  }
  // directed: source(s) → target; "greetings from X" names the sender after the trigger
  const origin = after.find((sl) => (sl.case === "origin" || (/ from$/.test(t.text) && sl.mention.start - t.end <= 2)) && !(sl.genitive && hasHeadAfter(sl, after)));
  if (origin && (t.sense.type === "SENT_MESSAGE" || t.sense.type === "CONGRATULATED")) {
    // "greetings from Putin, president of the Russian Federation, to Kim": the recipient may be clauses away
    const to = slots.find((sl) => sl.case === "dat" && sl.mention.start > origin.mention.end);
    if (to) return { sources: [origin], targets: [to] };
    // "Kim Jong Un received a message of greeting from Bashar al-Assad": the one who received it
    if (subject && subject !== origin && origin.mention.kind === "person" && /\b(received|receives|receiving|got|gets)\b/.test(v.slice(subject.mention.end, t.start))) {
      return { sources: [origin], targets: [subject] };
    }
  }
  if (!subject) return undefined;
  // "Marcos and Kishida met Biden": joined subjects each meet the object named after the verb
  const objectAfter = after.some((sl) => sl.case !== "loc" && sl.case !== "pred" && sl.mention.kind === "person");
  const sources = [
    ...(t.sense.type !== "MET" || objectAfter || hasCoordination(v, subject.mention.end, t.start, lex, s.lang) ? enumerated : []),
    subject,
    ...coSubjects.filter((c) => hasCoordination(v, c.mention.end, t.start, lex, s.lang) || t.sense.type !== "MET" || objectAfter),
  ];
  // 分别致电拉赫蒙和扎帕罗夫，祝贺两国…: the addressees of a message stand in an earlier clause
  const addressees = t.sense.type === "CONGRATULATED" || t.sense.type === "SENT_MESSAGE" ? before.filter((sl) => sl.case === "dat" && sl.mention.kind === "person") : [];
  const recipient =
    inClauseBefore.find((sl) => sl.case === "dat" && sl !== subject && !(sl.genitive && hasHeadAfter(sl, inClauseBefore))) ??
    (addressees.length && !after.some((sl) => sl.mention.kind === "person" && sl.case !== "loc" && sl.case !== "pred") ? addressees[0] : undefined) ??
    (s.lang === "zh" ? after.find((sl) => sl.case === "agent") : undefined) ??
    after.find((sl) => sl.case !== "loc" && sl.case !== "pred" && !(sl.genitive && hasHeadAfter(sl, after)) && (sl.mention.kind !== "pronoun" || sl.mention.start - t.end <= 1)) ??
    after.find((sl) => sl.case !== "loc" && sl.case !== "pred" && sl.mention.kind === "pronoun");
  if (!recipient && (t.sense.type === "MET" || t.sense.type === "CALLED") && coSubjects.length) {
    return { sources: [subject], targets: [coSubjects[0]] }; // Duda and Biden last met in Warsaw
  }
  if (recipient) {
    // 分别向艾尔段和阿塞德致慰问电: joined recipients each get the message
    const targets = [recipient];
    for (const sl of slots) {
      const last = targets[targets.length - 1];
      if (sl.mention.start <= last.mention.start || sl.case !== recipient.case || sl.mention.kind !== recipient.mention.kind) continue;
      // (an "of Dominica" after the last one is part of its name)
      // (nor is a demonym right before the next one: "and Norwegian King Harald V")
      const modifier = slots.find((o) => o.genitive && o.mention.kind === "country" && o.mention.start >= last.mention.end && o.mention.end <= sl.mention.start && /^\s*$/.test(v.slice(o.mention.end, sl.mention.start)));
      const between = v.slice(last.mention.end, modifier ? modifier.mention.start : sl.mention.start).trim().replace(/^of\s+(the\s+)?[\p{L} .'’-]+?\s+(?=and$|, and$)/u, "");
      if (!/^(和|与|及|以及|、|,|and|, and)$/.test(between)) break;
      targets.push(sl);
    }
    return { sources, targets };
  }
  if (t.sense.type === "CONGRATULATED") {
    // 习近平…连任，普京与金正恩都迅速祝贺: the honoree stands before the senders (and is no speaker)
    const first = sources[0].mention.start;
    const honoree = [...before]
      .reverse()
      // (欣悉您当选…，我谨表示衷心祝贺: 您 told before is the honoree too)
      .find((sl) => sl.mention.end <= first && (sl.mention.kind === "person" || sl.mention.pronoun === "you") && sl.case !== "loc" && !/^(表示|说|指出|称|宣布)/.test(v.slice(sl.mention.end, sl.mention.end + 2)));
    if (honoree) return { sources, targets: [honoree] };
  }
  return undefined;
}

/** A genitive modifier followed by its head actor within a few characters (他的同僚普京). */
function hasHeadAfter(sl: Slot, list: Slot[]): boolean {
  return list.some((o) => o.mention.start > sl.mention.end && o.mention.start - sl.mention.end <= 6);
}

function hasCoordination(v: string, from: number, to: number, lex: Lexicon, lang: "zh" | "en"): boolean {
  const between = v.slice(from, to);
  return lex.triggers.markers.coordination[lang].some((w) => between.includes(w));
}
