/**
 * Recognise stage: gazetteer hits in one sentence → actor mentions. Titles join the names they
 * stand before (俄罗斯总统普京 is one mention of Putin, 俄副防长 阿列克谢·克里沃鲁齐科 one of
 * Krivoruchko); a title before an unknown name proposes a discovered person (金日成军事综合大学校长
 * 金琴铁(音)); a title with no name stays a title mention, resolved later by article context or by
 * who held the office at the event's date. Pair abbreviations (中俄) count only where they read as
 * one (中俄关系, 朝俄峰会).
 */
import type { OfficeRole } from "../dictionary/schema.js";
import type { Lexicon } from "../lexicon/schema.js";
import { foldPattern, type Gazetteer, type Hit, type Pronoun } from "./gazetteer.js";

export interface Mention {
  /** Range in the sentence's match view. */
  start: number;
  end: number;
  /** place: a city or region where things happen (Istanbul, 天津); never an actor. */
  kind: "person" | "country" | "org" | "title" | "pronoun" | "place";
  /** Person, country or organisation id; for a discovered person, "discovered:<name>". */
  id?: string;
  /** How a country was named: by name, side form (中方), seat (克里姆林宫), demonym, pair (中俄). */
  form?: "name" | "side" | "seat" | "demonym" | "pair";
  /** For persons and titles: the country their title named. */
  countryId?: string;
  role?: OfficeRole;
  title?: string;
  /** For discovered persons: the name as written. */
  name?: string;
  pronoun?: Pronoun;
  /** Countries a shared form (巴方) may stand for; the article decides. */
  alternatives?: string[];
}

const HAN = /[\u3400-\u9fff]/;
/** Characters that end an unknown Chinese name: verbs and particles that follow names in news. */
const NAME_STOPS = [
  "率领", "率团", "率", "带领", "表示", "说", "指出", "强调", "会见", "会晤", "会谈", "接见", "在", "与", "和", "同", "跟", "对", "的", "于",
  "将", "已", "也", "是", "一行", "等", "及", "称", "访问", "出席", "举行", "通电话", "向", "为", "今天", "日前", "近日", "当天", "随后",
  "曾", "则", "就", "并", "又", "还", "都", "均", "以", "从", "到", "赴", "抵达", "前往", "致", "发表", "宣布", "签署", "认为", "介绍",
  "告诉", "透露", "回应", "同志", "阁下", "先生", "女士", "夫妇", "主持", "参加", "出访", "应邀", "应", "被", "把", "给", "让", "所", "之",
  "祝贺", "致电", "致信", "通话", "视频", "年", "月", "日", "周", "星期",
  "分别", "共同", "一同", "再次", "首次", "亲切", "热情", "同日", "昨天", "今天", "又", "还", "也", "时隔",
  "进行", "握手", "合影", "一起",
  // 会见中国驻马大使白天时表示: the 时 of "when" after a name
  "时表示", "时说", "时称", "时指出", "时强调", "时介绍", "时提出", "时重申",
  // words that follow a plural title (一些国家领导人陆续致电, 纷纷发来贺电): 陆续 is no name of a 陆
  "陆续", "纷纷", "相继", "先后", "亲自", "专程", "联名", "集体", "热烈", "衷心", "致函", "发来",
];
/** First characters that show the text after a title is not a name (大使馆, 部长级, 总统府). */
const NOT_NAME_START = /^[馆级们府团会部处室长人员职位候选身份任期令官夫选辞就当卸兼上下前后一二三四五六七八九十、第本该此这那其各多两首新前现原时]/;
const SURNAME_LIKE = /^[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤朴文安权柳洪全玄南宫吉卞]/;

/** Two-character surnames (欧阳玉靖, 司马南): their names run to four characters. */
const COMPOUND_SURNAME = /^(欧阳|司马|诸葛|上官|东方|夏侯|皇甫|尉迟|公孙|慕容|令狐|长孙|宇文|司徒|轩辕|端木|独孤|南宫|西门|百里|呼延|澹台|申屠|太史|万俟|钟离)/;

/** Characters after which a short form may start a word (与俄方, 、朝, 称美). */
const SHORT_FORM_MAY_FOLLOW = "与同和跟对向给在由及、的是为了说称将已也都均并而但或从自赴访抵来往离被让请致";

const SHORT_FORMS_THAT_ARE_WORDS = new Set(["以", "加", "新", "古", "比", "土", "老", "西", "南", "智", "哥", "吉", "塔", "波", "希", "哈"]);

const INSTITUTION_AFTER_NAME = /^(军事|综合|国际|纪念|国立)*(大学|学院|广场|纪念馆|纪念堂|机场|体育场|基金会|奖|号|路|大街|街|中学|小学|博物馆|图书馆|研究所|主义|思想|时代)/;

export interface MentionContext {
  gazetteer: Gazetteer;
  lexicon: Lexicon;
  /** The sentence as written (for English name capitals); view index → text index via toText. */
  original: string;
  toOriginal: (viewIndex: number) => number;
}

/**
 * What ends an unknown Chinese name: the stop words above and the lexicon's Chinese event words
 * (萨科齐会谈, 某某访问), made once per lexicon.
 */
const nameStops = new WeakMap<Lexicon, Map<string, string[]>>();
/** Whether a stop word begins at `pos` (the words by their first character: this runs for every character of every unknown name). */
function stopsAt(lexicon: Lexicon, view: string, pos: number): boolean {
  let byFirst = nameStops.get(lexicon);
  if (!byFirst) {
    byFirst = new Map();
    const events = lexicon.triggers.triggers.filter((t) => t.lang === "zh").flatMap((t) => t.terms);
    for (const w of new Set([...NAME_STOPS, ...events])) byFirst.set(w[0], [...(byFirst.get(w[0]) ?? []), w]);
    nameStops.set(lexicon, byFirst);
  }
  const candidates = byFirst.get(view[pos]);
  return !!candidates && candidates.some((w) => view.startsWith(w, pos));
}

/** The lexicon's transliteration markers (（音）) as the view writes them, made once per lexicon, not per sentence. */
const viewMarkers = new WeakMap<Lexicon, string[]>();
function markersOf(lexicon: Lexicon): string[] {
  let markers = viewMarkers.get(lexicon);
  if (!markers) {
    markers = lexicon.titles.designators.transliterationMarkers.map((m) => m.replace(/[（]/g, "(").replace(/[）]/g, ")"));
    viewMarkers.set(lexicon, markers);
  }
  return markers;
}

export function recogniseMentions(view: string, ctx: MentionContext): Mention[] {
  const hits = ctx.gazetteer
    .scan(view, (a, b) => {
      const written = ctx.original.slice(ctx.toOriginal(a), ctx.toOriginal(b - 1) + 1);
      return written === written.toUpperCase();
    })
    // 金日成军事综合大学, 卡扎菲体育场: a name inside an institution's name names no one
    .filter((h) => !(h.entry.kind === "person" && INSTITUTION_AFTER_NAME.test(view.slice(h.end, h.end + 6))));
  const designators = ctx.lexicon.titles.designators.zh;
  const continuations = ctx.lexicon.references.pairContinuations;
  const markers = markersOf(ctx.lexicon);
  const out: Mention[] = [];

  /** Skips designators (同志, 先生) right after a name. */
  const skipDesignators = (pos: number) => {
    for (const d of designators) if (view.startsWith(d, pos)) return pos + d.length;
    return pos;
  };
  const gapText = (a: number, b: number) => view.slice(a, b);

  let i = 0;
  while (i < hits.length) {
    const h = hits[i];
    const e = h.entry;
    // a run of modifiers: [country|short|demonym]? [anything short]? [title]+ then maybe a person
    if (e.kind === "country" || e.kind === "short" || e.kind === "title" || (e.kind === "org" && hits[i + 1]?.entry.kind === "title" && hits[i + 1].start - h.end <= 4)) {
      let j = i;
      let countryId: string | undefined;
      let countryHit: Hit | undefined;
      let countryAlternatives: string[] | undefined;
      if (e.kind === "country" || e.kind === "short" || e.kind === "org") {
        countryId = e.id;
        countryAlternatives = "alt" in e ? e.alt : undefined;
        countryHit = h;
        j = i + 1;
      }
      // titles after the country, within a short stretch without punctuation; a short form (俄)
      // joins only a title right after it (俄防长), and short forms inside the stretch are skipped
      // (朝鲜 金日成军事综合大学校长: the 日 of 金日成 is not Japan)
      let titleHit: Hit | undefined;
      let k = j;
      let last = countryHit ? countryHit.end : h.start;
      if (countryHit && e.kind === "country") {
        while (k < hits.length && hits[k].entry.kind === "short" && hits[k].start - countryHit.end <= 10) k++;
        if (k >= hits.length || hits[k].entry.kind !== "title") k = j;
      }
      // 穆罕默德王储: a short form ending another word (the 德 of 穆罕默德) is no country
      if (e.kind === "short" && h.start > 0 && HAN.test(view[h.start - 1]) && !SHORT_FORM_MAY_FOLLOW.includes(view[h.start - 1])) {
        i++;
        continue;
      }
      // each country of the chain with its titles: 朝鲜劳动党总书记、朝鲜民主主义人民共和国国务委员长 金正恩
      // is one person; 尼日利亚总统、肯尼亚总统、埃塞俄比亚总理 with no name after are three offices
      const groups: { start: number; countryId?: string; alternatives?: string[]; titleHit?: Hit }[] = [
        { start: countryHit?.start ?? h.start, countryId, alternatives: countryAlternatives },
      ];
      while (k < hits.length && hits[k].entry.kind === "title") {
        const gap = gapText(last, hits[k].start);
        // 首相兼财政部长, 国务委员兼外长: an office held at once joins the chain; the person is named by the
        // office that says more (a head of government or a minister of state over a generic 部长)
        if (titleHit && /^兼[\u4e00-\u9fff]{0,6}$/.test(gap)) {
          if ((titleHit.entry as { role: OfficeRole }).role === "other") titleHit = groups[groups.length - 1].titleHit = hits[k];
          last = hits[k].end;
          k++;
          continue;
        }
        // a seat (东京, 克里姆林宫) names an office right after it, never across words (东京会见了外交部长王毅)
        const seat = e.kind === "country" && (e as { form?: string }).form === "seat";
        const maxGap = titleHit || !countryHit ? 2 : e.kind === "short" ? 0 : seat ? 0 : 10;
        // 正在乌克兰进行正式访问的外交部长王毅: a clause ending in 的 stands between, the country is not his
        if (/[，,。；;：:！？!?“”"（）()\d]/.test(gap) || gap.length > maxGap || (gap.length > 1 && gap.includes("的")) || /会见|会晤|接见|会谈|举行|出席|表示/.test(gap) || (/[a-z]/i.test(gap) && !/^\s*((vice|deputy|first|acting|former|then|outgoing|incoming|new|senior|interim|caretaker|chief)\s+)?$/i.test(gap))) break;
        titleHit = hits[k];
        groups[groups.length - 1].titleHit = titleHit;
        last = hits[k].end;
        k++;
        if (k < hits.length && (hits[k].entry.kind === "country") && /^[、]?$/.test(gapText(last, hits[k].start)) && k + 1 < hits.length && hits[k + 1].entry.kind === "title") {
          countryId = (hits[k].entry as { id: string }).id;
          groups.push({ start: hits[k].start, countryId });
          last = hits[k].end;
          k++;
        }
      }
      if (titleHit) {
        const role = (titleHit.entry as { role: OfficeRole }).role;
        const title = (titleHit.entry as { title: string }).title;
        // (the chain ends at its last office: 首相兼财政部长 ends at 部长)
        let after = last;
        // "阿列克谢 · 克里沃鲁奇科": a given name and a dot before the known surname
        const next = hits[k];
        const gapToNext = next ? gapText(after, next.start) : "";
        const honorific = ctx.lexicon.titles.designators.honorifics.some((h) => gapToNext.trim() === h || gapToNext.trim() === h.replace(/ /g, ""));
        // (given names are written with a capital, "President telephones Erdogan" has none; after a
        // country the person never served, they must be the person's own: "North Macedonian
        // counterpart Bujar Osmani" is not Kosovo's Vjosa Osmani, while "Philippine President Bongbong
        // Marcos" is Ferdinand Marcos Jr.)
        const capitalised = () => {
          const written = ctx.original.slice(ctx.toOriginal(after), ctx.toOriginal(next!.start));
          const person = next!.entry.kind === "person" ? next!.entry.id : undefined;
          const own = person && countryId && !ctx.gazetteer.personCountries.get(person)?.has(countryId) ? ctx.gazetteer.personNameWords.get(person) : undefined;
          // (an initial is anyone's: Joseph R. Biden)
          return written.trim().split(/\s+/).every((w) => w === "" || (/^[A-Z]/.test(w) && (!own || /^[A-Z]\.?$/.test(w) || own.has(foldPattern(w.replace(/\.$/, ""))))));
        };
        const givenNames = honorific || /^[\u4e00-\u9fff]{1,6}·$/.test(gapToNext) || (/^ ?([a-z.'’-]+ ){0,2}$/.test(gapToNext) && (!/[a-z]/.test(gapToNext) || capitalised()));
        if (next && next.entry.kind === "person" && (gapToNext === "" || givenNames)) {
          const end = skipDesignators(next.end);
          out.push({ start: countryHit?.start ?? titleHit.start, end, kind: "person", id: next.entry.id, countryId, role, title, ...(countryAlternatives ? { alternatives: countryAlternatives } : {}) });
          i = k + 1;
          continue;
        }
        // short forms and pairs inside an unknown name (韩 in 韩一二, 英 in 金英福) do not end it
        const bound = hits.slice(k).find((x) => x.entry.kind !== "short" && x.entry.kind !== "pair");
        const discovered = discoverName(view, after, bound?.start ?? view.length, ctx, markers);
        if (discovered) {
          out.push({
            start: countryHit?.start ?? h.start,
            end: discovered.end,
            kind: "person",
            id: `discovered:${discovered.name}`,
            name: discovered.name,
            countryId,
            role,
            title,
          });
          i = k;
          while (i < hits.length && hits[i].start < discovered.end) i++;
          continue;
        }
        // 以总理身份: a short form that is also a common word (以, 加, 新) names a country's office
        // holder only when the name follows
        if (e.kind === "short" && SHORT_FORMS_THAT_ARE_WORDS.has(view.slice(h.start, h.end))) {
          i = k;
          continue;
        }
        if (e.kind === "org") {
          out.push({ start: h.start, end: h.end, kind: "org", id: e.id });
          out.push({ start: titleHit.start, end: titleHit.end, kind: "title", role, title });
          i = k;
          continue;
        }
        for (const g of groups.filter((x) => x.titleHit)) {
          const tEntry = g.titleHit!.entry as { role: OfficeRole; title: string };
          out.push({
            start: g.countryId ? g.start : g.titleHit!.start,
            end: g.titleHit!.end,
            kind: "title",
            countryId: g.countryId,
            role: tEntry.role,
            title: tEntry.title,
            ...(g.alternatives ? { alternatives: g.alternatives } : {}),
          });
        }
        // 总理阿比: a short name the gazetteer reads as a pair of short forms is a name, not two countries
        i = k;
        while (i < hits.length && (hits[i].entry.kind === "pair" || hits[i].entry.kind === "short") && hits[i].start === titleHit.end) i++;
        continue;
      }
      if (e.kind === "country") out.push({ start: h.start, end: h.end, kind: "country", id: e.id, form: e.form, ...(e.alt ? { alternatives: e.alt } : {}) });
      // a short form alone (俄, 朝) names nothing
      i++;
      continue;
    }
    if (e.kind === "person") {
      // a title right after the name (习近平主席, 安瓦尔总理) belongs to it
      const next = hits[i + 1];
      const end = skipDesignators(h.end);
      if (next && next.entry.kind === "title" && next.start === end) {
        out.push({ start: h.start, end: skipDesignators(next.end), kind: "person", id: e.id, role: next.entry.role, title: next.entry.title });
        i += 2;
        continue;
      }
      out.push({ start: h.start, end, kind: "person", id: e.id });
    } else if (e.kind === "pair") {
      const rest = view.slice(h.end, h.end + 4);
      if (!rest || !HAN.test(rest[0]) || continuations.some((c) => rest.startsWith(c))) {
        const [alt0, alt1] = e.alt ?? [];
        out.push({ start: h.start, end: h.end, kind: "country", id: e.ids[0], form: "pair", ...(alt0 ? { alternatives: alt0 } : {}) });
        out.push({ start: h.start, end: h.end, kind: "country", id: e.ids[1], form: "pair", ...(alt1 ? { alternatives: alt1 } : {}) });
      }
    } else if (e.kind === "org") {
      out.push({ start: h.start, end: h.end, kind: "org", id: e.id });
    } else if (e.kind === "place") {
      out.push({ start: h.start, end: h.end, kind: "place", id: e.id, countryId: e.country });
    } else if (e.kind === "pronoun") {
      out.push({ start: h.start, end: h.end, kind: "pronoun", pronoun: e.which });
    }
    i++;
  }
  // "the two Japanese ministers", "both African leaders": the two of the context
  if (/[a-z]/.test(view)) {
    for (const m of view.matchAll(/\b(?:the two|both)\s+(?:[a-z]+\s+){0,2}(?:leaders|ministers|presidents|prime ministers|heads of state|men|women|sides|countries|nations|delegations)\b/g)) {
      const start = m.index!;
      const end = start + m[0].length;
      // the phrase swallows the demonym inside it (the two *Japanese* ministers), not a person
      if (out.some((o) => o.start < end && o.end > start && !(o.kind === "country" && o.form === "demonym"))) continue;
      for (let k = out.length - 1; k >= 0; k--) if (out[k].start < end && out[k].end > start) out.splice(k, 1);
      out.push({ start, end, kind: "pronoun", pronoun: "both" });
    }
    out.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  return out;
}

/** An unknown name right after a title: Chinese up to a stop word, English as capitalised words. */
function discoverName(
  view: string,
  from: number,
  limit: number,
  ctx: MentionContext,
  markers: string[],
): { name: string; end: number } | undefined {
  if (HAN.test(view[from] ?? "")) {
    let pos = from;
    let end = from;
    while (pos < limit && pos - from < 12) {
      const ch = view[pos];
      if (ch === "·") {
        pos++;
        continue;
      }
      if (!HAN.test(ch)) break;
      if (stopsAt(ctx.lexicon, view, pos)) break;
      pos++;
      end = pos;
    }
    let name = view.slice(from, end).replace(/^·|·$/g, "");
    if (name.length < 2 || NOT_NAME_START.test(name)) return undefined;
    const tail = view.slice(end);
    let stop = end;
    const marker = markers.find((m) => tail.startsWith(m));
    if (marker) stop = end + marker.length;
    // the name must end at a clear boundary: a stop word, punctuation, a marker or the end
    const boundary = stop >= view.length || marker || !HAN.test(view[end]) || stopsAt(ctx.lexicon, view, end);
    if (!boundary) return undefined;
    // 会见联大主席布罗克曼时: the 时 of "when" ends the name, whatever follows it
    if (end - from >= 3 && view[end - 1] === "时") {
      end--;
      stop = end;
      name = name.slice(0, -1);
    }
    const foreignChars = [...name].filter((ch) => ch === "·" || ctx.gazetteer.transliterationChars.has(ch)).length;
    // (two characters are a name too: 沙龙, 卢拉, 莫迪, 佐科; both must be characters of transliterated names)
    const looksForeign = (name.length >= 3 ? foreignChars >= name.length - 1 : foreignChars === 2) && !SURNAME_LIKE.test(name);
    const chinese = (name.length <= 3 && SURNAME_LIKE.test(name)) || (name.length <= 4 && COMPOUND_SURNAME.test(name));
    if (!(looksForeign || chinese || marker)) return undefined;
    if (name.length > 10 || /[次届年月日号]$/.test(name)) return undefined;
    // the original text, not the folded view (opencc may change rare name characters)
    name = ctx.original.slice(ctx.toOriginal(from), ctx.toOriginal(end - 1) + 1).replace(/\s+/g, "");
    return { name, end: stop };
  }
  // English: Capitalised words as written in the original
  const start = from + (view[from] === " " ? 1 : 0);
  const origStart = ctx.toOriginal(start);
  // O'Hara, Al-Burhan, Jean-Luc, J. (a possessive 's is no part of the name: Chavez's visit)
  // (initials run together: A.K. Abdul Momen)
  // (letters with accents and hooks are letters: Braže, Piñera)
  const WORD = "(?:\\p{Lu}\\p{Ll}*(?:(?:['’](?!s\\b)|-)\\p{Lu}?\\p{Ll}+)+|\\p{Lu}\\p{Ll}+|(?:\\p{Lu}\\.)+)";
  const rest = ctx.original.slice(origStart, ctx.toOriginal(view.length));
  // an honorific before the name is no part of it (Foreign Minister Dr A.K. Abdul Momen)
  const honorific = /^(?:Dr|Mr|Mrs|Ms|Prof|Sir|H\.E\.)\.?[^\S\n]+(?=[A-Z])/.exec(rest)?.[0].length ?? 0;
  // (within the sentence, and never across a line break: a headline's last word is no first name of the next line's)
  const m = rest.slice(honorific).match(new RegExp(`^(${WORD}(?:[^\\S\\n]+(?:${WORD}|al-|bin|de|da|van|von))*)`, "u"));
  if (!m) return undefined;
  const name = m[1].replace(/\s+(of|the)$/i, "");
  if (name.split(/\s+/).length < 2 && name.length < 4) return undefined;
  if (/^(The|This|That|He|She|It|They|On|In|At|And|But|Who|Which|Said|Says|Has|Had|Was|Is|Will|Would)\b/.test(name)) return undefined;
  // "the Russian president Tuesday": a day or a month after a title is when, not who (May stays: Theresa May)
  if (/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)\b/.test(name)) return undefined;
  // map back: count view characters covering the name
  let end = start;
  while (end < view.length && ctx.toOriginal(end) < origStart + honorific + name.length) end++;
  return { name, end };
}
