/**
 * What a signing signs: the agreement's title as written (《全面战略伙伴关系条约》, "the Treaty on
 * Comprehensive Strategic Partnership, which he signed") and its kind (treaty, joint statement,
 * agreement, memorandum), from the lexicon's agreement words.
 */
import type { Lexicon } from "../lexicon/schema.js";
import type { Article } from "../types.js";
import { clauseOf } from "./roles.js";
import type { TriggerHit } from "./triggers.js";
import type { RawEvent, SentenceUnit } from "./types.js";

/** The agreement a signing trigger signs, or undefined when it signs none (发表声明 is one side's). */
export function signedAgreement(t: TriggerHit, u: SentenceUnit, article: Article, lex: Lexicon): Partial<RawEvent> | undefined {
  const found = agreementOf(t, u, article, lex);
  if (!found.agreement) return undefined;
  const issued = lex.triggers.issuedOnly;
  const v = u.view.text;
  if (issued.terms.includes(t.text) && !issued.titleMarks.some((m) => found.agreement!.title.includes(m) || v.slice(t.end, t.end + 2).includes(m))) return undefined;
  return found;
}

export function agreementOf(t: TriggerHit, u: SentenceUnit, article: Article, lex: Lexicon): Partial<RawEvent> {
  const v = u.view.text;
  const [, ce] = clauseOf(u, t.start);
  const tail = v.slice(t.end, Math.max(ce, Math.min(v.length, t.end + 40)));
  const original = (a: number, b: number) => article.text.slice(u.view.toText[t.end + a], u.view.toText[t.end + b - 1] + 1).replace(/\s+/g, " ").trim();
  const kinds = Object.entries(lex.triggers.agreementKinds).flatMap(([kind, words]) => words.map((w) => ({ kind, w: w.toLowerCase() })));
  kinds.sort((a, b) => b.w.length - a.w.length);
  const kindOf = (title: string) => kinds.find((k) => title.toLowerCase().includes(k.w))?.kind ?? "agreement";
  const book = tail.match(/[《〈]\s*([^》〉]{1,60}?)\s*[》〉]/);
  if (book && book.index! <= 20) {
    const title = original(book.index! + book[0].indexOf(book[1]), book.index! + book[0].indexOf(book[1]) + book[1].length);
    return { agreement: { title, kind: kindOf(book[1]) } };
  }
  const quoted = tail.match(/["“]([^"”]{3,80})["”]/);
  if (quoted && quoted.index! <= 20 && kinds.some((k) => quoted[1].toLowerCase().includes(k.w))) {
    return { agreement: { title: original(quoted.index! + 1, quoted.index! + 1 + quoted[1].length), kind: kindOf(quoted[1]) } };
  }
  if (u.lang === "en") {
    // "the Treaty on Comprehensive Strategic Partnership, which he signed": the title comes first
    const head = article.text.slice(u.start, u.start + (u.view.toText[t.start] - u.start));
    const m = head.match(/((?:the\s+)?(?:[A-Z][\w'’-]*\s+)*(?:Treaty|Declaration|Agreement|Accord|Accords|Statement|Communiqu[eé]|Memorandum|Pact|Convention|Protocol)(?:\s+(?:on|of|for|between)\s+(?:[A-Z][\w'’-]*\s*)+)?),?\s+(?:(?:which|that)\b[^.]*|(?:was|were|had been|has been|is|are)\s+)$/);
    if (m) {
      const title = m[1].replace(/^the\s+/, "").trim();
      return { agreement: { title, kind: kindOf(title) } };
    }
  }
  // a noun phrase ending with an agreement word: 签署伙伴关系声明, signed a trade agreement
  for (const k of kinds) {
    const i = tail.indexOf(k.w);
    if (i >= 0 && i <= 24 && !/[，,。；;]/.test(tail.slice(0, i))) {
      let start = 0;
      const lead = tail.slice(0, i).match(/^(了|了一份|一份|一项|了一项|the |an? |a new |new )/);
      if (lead) start = lead[0].length;
      const title = original(start, i + k.w.length);
      if (title) return { agreement: { title, kind: k.kind } };
    }
  }
  return {};
}

