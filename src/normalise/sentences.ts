/**
 * Sentence splitting. Chinese splits after 。！？； (with any closing quotes); English paragraphs go
 * to compromise, which knows abbreviations (Mr., U.S.) and gives offsets. A paragraph is English
 * when Latin letters outnumber Han characters.
 */
import nlp from "compromise";

export interface SentenceSpan {
  start: number;
  end: number;
  lang: "zh" | "en";
}

const HAN = /[\u3400-\u9fff]/g;
/** compromise reads about 0.1 MB/s: longer English paragraphs are split by the punctuation rule. */
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
    const json = (nlp(para).json({ offset: true }) as unknown) as { offset: { start: number; length: number } }[];
    let covered = 0;
    for (const s of json) {
      // compromise can count a sentence past the text's end (on "%Marcos…" it adds one): clamp
      const e = Math.min(para.length, s.offset.start + s.offset.length);
      push(Math.min(s.offset.start, e), e);
      covered = e;
    }
    if (covered < para.length) push(covered, para.length);
    // a name's initial ("Guðni Th. Jóhannesson", "Dr. Tedros") ends no sentence
    for (let i = out.length - 1; i > 0; i--) {
      const prev = text.slice(out[i - 1].start, out[i - 1].end);
      if (/(^|\s)[A-Z][a-z]?\.$/.test(prev) && /^\p{Lu}/u.test(text.slice(out[i].start, out[i].start + 1))) {
        out[i - 1] = { ...out[i - 1], end: out[i].end };
        out.splice(i, 1);
      }
    }
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
