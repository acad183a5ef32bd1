/**
 * Sentence splitting. Chinese splits after 。！？； (with any closing quotes); English paragraphs go
 * to compromise's sentence splitter, which knows abbreviations (Mr., U.S.). Only the splitter runs
 * (world.methods.one.tokenize.splitSentences): nlp() would also tokenize and tag every word, at
 * thirty times the cost, for the same sentence ends. Its pieces concatenate to the input, so offsets
 * are running sums; like compromise's own sentence offsets, a sentence starts at its first word or
 * number, after opening quotes and dashes. A paragraph is English when Latin letters outnumber Han
 * characters.
 */
// compromise/one: the tokenizer alone, with the same splitter and abbreviations as the full build,
// at a third of its memory in every worker
import nlp from "compromise/one";

interface SentenceSplitterWorld {
  methods: { one: { tokenize: { splitSentences: (text: string, world: SentenceSplitterWorld) => string[] } } };
}
const world = nlp.world() as SentenceSplitterWorld;
const splitEnglish = (text: string): string[] => world.methods.one.tokenize.splitSentences(text, world);
/** What compromise leaves out at a sentence's start: quotes, dashes, brackets (not $5, #tag, @user). */
const SENTENCE_LEAD = /[^\p{L}\p{N}$#@]/u;

export interface SentenceSpan {
  start: number;
  end: number;
  lang: "zh" | "en";
}

/** Longer English paragraphs (a page without paragraph breaks) are split by the punctuation rule. */
const COMPROMISE_LIMIT = 20_000;
const MAX_SENTENCE = 2_000;

export function paragraphLanguage(text: string): "zh" | "en" {
  // counted by char code: matching /[\u3400-\u9fff]/g and /[A-Za-z]/g built an array of every letter
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) han++;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
  }
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
    let at = 0;
    for (const piece of splitEnglish(para)) {
      let s = at;
      const e = at + piece.length;
      while (s < e && SENTENCE_LEAD.test(para[s])) s++;
      push(s, e);
      at = e;
    }
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
