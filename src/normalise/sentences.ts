/**
 * Sentence splitting. Chinese splits after 。！？； (with any closing quotes); English paragraphs go
 * to compromise's tokenizer, which knows abbreviations (Mr., U.S.) and gives offsets. Only the
 * tokenizer runs (nlp.tokenize): sentence ends are found there, and the part-of-speech tagging that
 * nlp() adds costs nine times as much and changes no boundary. A paragraph is English when Latin
 * letters outnumber Han characters.
 */
import nlp from "compromise";

export interface SentenceSpan {
  start: number;
  end: number;
  lang: "zh" | "en";
}

const HAN = /[\u3400-\u9fff]/g;
/** Longer English paragraphs (a page without paragraph breaks) are split by the punctuation rule. */
const COMPROMISE_LIMIT = 20_000;
const MAX_SENTENCE = 2_000;
const LATIN = /[A-Za-z]/g;

export function paragraphLanguage(text: string): "zh" | "en" {
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  return latin > han * 2 ? "en" : "zh";
}

/** Splits text[start, end) into sentences, with offsets into text. */
export function splitSentences(text: string, start: number, end: number): SentenceSpan[] {
  const para = text.slice(start, end);
  const lang = paragraphLanguage(para);
  const out: SentenceSpan[] = [];
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(para[s])) s++;
    while (e > s && /\s/.test(para[e - 1])) e--;
    // a "sentence" of thousands of characters is no sentence (a page without punctuation): cut it
    for (let a = s; a < e; a += MAX_SENTENCE) out.push({ start: start + a, end: start + Math.min(e, a + MAX_SENTENCE), lang });
  };
  if (lang === "en" && para.length <= COMPROMISE_LIMIT) {
    const json = (nlp.tokenize(para).json({ offset: true }) as unknown) as { offset: { start: number; length: number } }[];
    let covered = 0;
    for (const s of json) {
      // compromise can count a sentence past the text's end (on "%Marcos…" it adds one): clamp
      const e = Math.min(para.length, s.offset.start + s.offset.length);
      push(Math.min(s.offset.start, e), e);
      covered = e;
    }
    if (covered < para.length) push(covered, para.length);
    return out;
  }
  // (English paragraphs too long for compromise are cut at sentence ends by this rule as well)
  const re = /[。！？!?；;]+["”’」』）)]*|\.(?=\s|$)["”’]*/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(para))) {
    const e = m.index + m[0].length;
    push(last, e);
    last = e;
  }
  push(last, para.length);
  return out;
}
