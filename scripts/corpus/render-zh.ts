/**
 * A story written in Chinese: headline and paragraphs of sentences, each sentence with the gold
 * events it states. Undated event sentences only follow the lead's date (in the lead paragraph, or
 * in a paragraph without any date), and sentences with other dates close their paragraph, so every
 * event's date is the one the annotation rules give it.
 */
import type { Official } from "./actors.js";
import { daysBetween } from "./calendar.js";
import { goldDate, zhFutureDate, zhMonthDay, zhPastDate, zhRecentDay } from "./dates.js";
import {
  CALL_TOPICS_ZH,
  DISASTERS_ZH,
  FIELDS_ZH,
  FILLERS_ZH,
  INITIATIVES_ZH,
  JOINT_STATEMENT_TOPICS_ZH,
  LETTER_TOPICS_ZH,
  PADDING_ZH,
  SUPPORT_ZH,
  VENUES_ZH,
} from "./phrases-zh.js";
import type { Agreement, Extra, Scene, Story, Support } from "./scenes.js";
import type { ArticleWriter, GoldEvent, Sentence } from "./writer.js";

export interface Body {
  headline: string;
  paragraphs: Sentence[][];
  /** The country whose capital datelines the report. */
  place: string;
}

const S = (text: string, ...events: GoldEvent[]): Sentence => ({ text, events });

export function event(type: GoldEvent["type"], source: string[], target: string[], date: string, more: Partial<GoldEvent> = {}): GoldEvent {
  return { type, source, target, date, ...more };
}

/** Endpoints of support: the speaker or their country; the target's country or the target person. */
export function supportEnds(speaker: Official | null, country: string, target: Official | null, targetCountry: string, toPerson: boolean) {
  return {
    source: speaker ? [speaker.id, country] : [country],
    target: toPerson && target ? [target.id, targetCountry] : target ? [targetCountry, target.id] : [targetCountry],
  };
}

export class ChineseRenderer {
  constructor(
    private w: ArticleWriter,
    private story: Story,
    /** Mainland outlets write 国家主席习近平 without 中国. */
    private mainland: boolean,
  ) {}

  private get r() {
    return this.w.r;
  }

  private day(d: string) {
    return zhRecentDay(d, this.story.published, this.r);
  }

  private person(o: Official) {
    return this.w.person(o, { omitChina: this.mainland && this.r.chance(0.6) });
  }

  /** Where a host receives: a city of the visit, else the capital or (for heads of state and Chinese leaders) a known venue. */
  private venue(host: Official, city?: { zh?: string }): string {
    const country = host.country;
    const special = host.role === "head_of_state" || (country === "CHN" && host.level === "leader") ? (VENUES_ZH[country] ?? []) : [];
    const options = [...special, this.w.country(country).capital.zh].filter((v): v is string => !!v);
    const v = city?.zh ?? (options.length ? this.r.pick(options) : undefined);
    return v ? `在${v}` : "";
  }

  private capital(country: string): string {
    return this.w.country(country).capital.zh ?? this.w.countryName(country);
  }

  private levelPair(a: Official, b: Official): string {
    if (a.level === "foreign") return "两国外长";
    if (a.level === "defence") return "两国防长";
    return a.role === "head_of_state" && b.role === "head_of_state" ? "两国元首" : "两国领导人";
  }

  private supportTarget(target: Official | null, targetCountry: string, s: Support): string {
    if (s.toPerson && target) return `${this.w.name(target)}提出的${this.r.pick(INITIATIVES_ZH)}`;
    return `${this.w.side(targetCountry)}${SUPPORT_ZH[s.topic]}`;
  }

  private supportSentence(speaker: Official, target: Official | null, targetCountry: string, s: Support, date: string): Sentence {
    const who = this.w.name(speaker);
    const side = this.w.side(speaker.country);
    const what = this.supportTarget(target, targetCountry, s);
    const verb = this.r.pick(["表示", "强调", "说", "重申", "指出"]);
    const how = this.r.pick(["坚定支持", "支持", "将继续支持", "一贯支持", "始终支持"]);
    const ends = supportEnds(speaker, speaker.country, target, targetCountry, s.toPerson);
    return S(`${who}${verb}，${side}${how}${what}。`, event("EXPRESSED_SUPPORT", ends.source, ends.target, date));
  }

  private agreementTitle(a: Agreement, ca: string, cb: string): string {
    const [x, y] = [this.w.country(ca).names.hans[0], this.w.country(cb).names.hans[0]];
    switch (a.kind) {
      case "joint statement":
        return `${x}和${y}关于${JOINT_STATEMENT_TOPICS_ZH[a.topic]}的联合声明`;
      case "memorandum":
        return `${x}政府和${y}政府关于${FIELDS_ZH[a.topic]}合作的谅解备忘录`;
      case "agreement":
        return `${x}政府和${y}政府${FIELDS_ZH[a.topic]}合作协定`;
      case "treaty":
        return this.r.chance(0.5) ? `${x}和${y}睦邻友好合作条约` : `${x}与${y}全面战略伙伴关系条约`;
    }
  }

  private usedFillers = new Set<string>();

  /** A line of talk without an event; never the same line twice in a story, and no 会谈 in a call. */
  private filler(x: Official, y: Official, call = false): Sentence {
    for (let tries = 0; ; tries++) {
      const s = this.fillerOnce(x, y);
      if (call && s.text.startsWith("会谈")) continue;
      if (this.usedFillers.has(s.text) && tries < 8) continue;
      this.usedFillers.add(s.text);
      return s;
    }
  }

  private fillerOnce(x: Official, y: Official): Sentence {
    const r = this.r;
    return r.weighted<() => Sentence>([
      [4, () => S(r.pick(FILLERS_ZH))],
      [2, () => S(`${this.w.name(x)}指出，${this.w.side(x.country)}愿同${this.w.side(y.country)}一道，推动两国关系不断向前发展。`)],
      [2, () => S(`${this.w.name(x)}表示，两国是好朋友、好伙伴，双方合作基础坚实、前景广阔。`)],
      [2, () => S(`${this.w.name(x)}说：“我们愿同${this.w.countryName(y.country)}加强在经贸、能源、人文等领域的交流合作。”`)],
      [1, () => S(`${this.w.name(x)}介绍了${this.w.countryName(x.country)}国内形势和发展规划。`)],
      [1, () => S("双方都支持通过对话协商和平解决分歧。")],
    ])();
  }

  /** Paragraphs of talk and background without events, as real reports carry. */
  private padding(paragraphs: Sentence[][], x: Official, y: Official) {
    const r = this.r;
    const made = r.sample(PADDING_ZH, r.int(3, 9)).map((make) => S(make(this.w.name(x), this.w.countryName(x.country), this.w.countryName(y.country))));
    while (made.length) paragraphs.push(made.splice(0, r.int(1, 2)));
  }

  /** A sentence with a date of its own that is not an event's: it goes last in its paragraph. */
  private datedFiller(): Sentence {
    const r = this.r;
    return r.pick([
      () => S(`两国贸易额去年达到${r.int(12, 2400)}亿美元，同比增长${r.int(2, 30)}.${r.int(0, 9)}%。`),
      () => S(`今年是两国建交${r.int(20, 75)}周年。`),
      () => S(`据统计，今年前${r.int(2, 9)}个月双边贸易额同比增长${r.int(2, 25)}%。`),
    ])();
  }

  render(): Body {
    const sc = this.story.scene;
    switch (sc.kind) {
      case "talks":
        return this.talks(sc);
      case "call":
        return this.call(sc);
      case "visit":
        return this.visit(sc);
      case "congrats":
        return this.congrats(sc);
      case "message":
        return this.message(sc);
      case "statement":
        return this.statement(sc);
      case "signing":
        return this.signing(sc);
      case "summit":
        return this.summit(sc);
      case "announcement":
        return this.announcement(sc);
    }
  }

  private talks(sc: Extract<Scene, { kind: "talks" }>): Body {
    const { host, guest, date } = sc;
    const r = this.r;
    const w = this.w;
    const D = this.day(date);
    const V = this.venue(host, sc.venueCity);
    const H = this.person(host);
    const hostCountry = w.countryName(host.country);
    const visitWord = host.country === "CHN" && r.chance(0.5) ? "来华" : `正在${hostCountry}`;
    const kind = guest.role === "head_of_state" ? "国事" : "正式";
    const G = this.person(guest);
    const guestPhrase = sc.visit === "stated" ? `${visitWord}进行${kind}访问的${G}` : sc.visit === "adjective" ? `${r.pick(["来访的", "到访的"])}${G}` : G;
    const met = event("MET", [host.id], [guest.id], date);
    const lead: Sentence[] = [];
    if (sc.symmetric) {
      lead.push(
        r.pick([
          () => S(`${D}，${H}${V}同${guestPhrase}举行会谈。`, met),
          () => S(`${H}${D}${V}与${guestPhrase}举行会谈。`, met),
          () => S(`${D}，${H}与${guestPhrase}${V}举行会晤。`, met),
          () => S(`${H}和${guestPhrase}${D}${V}进行了会谈。`, met),
        ])(),
      );
    } else {
      lead.push(
        r.pick([
          () => S(`${D}，${H}${V}会见了${guestPhrase}。`, met),
          () => S(`${H}${D}${V}会见${guestPhrase}。`, met),
          () => S(`${D}，${H}${V}接见了${guestPhrase}。`, met),
          ...(sc.visit === "none" || sc.visit === "arrival" ? [() => S(`${G}${D}${V}获${H}会见。`, met)] : []),
        ])(),
      );
    }
    if (sc.visit === "stated") lead[0].events.push(event("VISITED", [guest.id], [host.country], goldDate(date, "month")));
    if (sc.visit === "adjective") lead[0].events.push(event("VISITED", [guest.id], [host.country], goldDate(date, "month"), { optional: true, note: "来访/到访: a visit implied by the meeting" }));
    const paragraphs: Sentence[][] = [lead];
    if (sc.visit === "arrival" && sc.arrival) {
      const A = this.day(sc.arrival);
      const cap = this.capital(host.country);
      const visited = event("VISITED", [guest.id], [host.country], sc.arrival);
      const g = w.name(guest);
      lead.push(
        r.pick([
          () => S(`${g}于${A}抵达${cap}，开始对${w.countryName(host.country)}进行${kind}访问。`, visited),
          () => S(`此前，${g}已于${A}抵达${cap}，对${w.countryName(host.country)}进行为期${r.int(2, 4)}天的${kind}访问。`, visited),
          () => S(`${g}${A}乘专机抵达${cap}，开始对${w.countryName(host.country)}的${kind}访问。`, visited),
        ])(),
      );
    }
    const hostWords: Sentence[] = [];
    if (sc.greetings) {
      const s = sc.greetings.sender;
      hostWords.push(
        S(
          r.pick([
            `${w.name(guest)}首先转达了${this.person(s)}对${w.name(host)}的亲切问候和良好祝愿。`,
            `${w.name(guest)}转达了${this.person(s)}致${w.name(host)}的问候。`,
          ]),
          event("SENT_MESSAGE", [s.id], [host.id], date),
        ),
      );
      if (sc.greetings.reply) {
        hostWords.push(S(`${w.name(host)}请${w.name(guest)}转达对${w.name(s)}的诚挚问候。`, event("SENT_MESSAGE", [host.id], [s.id], date)));
      }
    }
    hostWords.push(this.filler(host, guest));
    if (sc.supportHost) hostWords.push(this.supportSentence(host, guest, guest.country, sc.supportHost, date));
    paragraphs.push(hostWords);
    const guestWords: Sentence[] = [this.filler(guest, host)];
    if (sc.supportGuest) guestWords.push(this.supportSentence(guest, host, host.country, sc.supportGuest, date));
    paragraphs.push(guestWords);
    if (sc.signing) {
      const title = this.agreementTitle(sc.signing, host.country, guest.country);
      const signed = event("SIGNED_AGREEMENT", [host.id, host.country], [guest.id, guest.country], date, { agreement: w.finish(title) });
      paragraphs.push([
        r.pick([
          () => S(`会谈后，${this.levelPair(host, guest)}共同签署了《${title}》。`, signed),
          () => S(`会谈结束后，${w.name(host)}和${w.name(guest)}签署了《${title}》。`, signed),
          () => S(`双方在会谈后签署了《${title}》。`, signed),
        ])(),
      ]);
    }
    this.padding(paragraphs, host, guest);
    if (sc.negatedMeeting) {
      const other = sc.negatedMeeting;
      paragraphs.push([S(r.pick([`${w.name(guest)}此行没有与${this.person(other)}会面。`, `据报道，${w.name(guest)}此访期间并未会见${this.person(other)}。`]))]);
    }
    this.extras(paragraphs);
    if (r.chance(0.5)) paragraphs.push([this.filler(host, guest), this.datedFiller()]);
    const headline = sc.symmetric
      ? r.pick([`${w.name(host)}同${w.name(guest)}举行会谈`, `${w.name(host)}与${w.name(guest)}会谈`])
      : r.pick([`${w.name(host)}会见${w.countryName(guest.country)}${guest.title.zh}${w.name(guest)}`, `${w.name(host)}会见${w.name(guest)}`]);
    return { headline, paragraphs, place: host.country };
  }

  private call(sc: Extract<Scene, { kind: "call" }>): Body {
    const { a, b, date } = sc;
    const r = this.r;
    const w = this.w;
    const D = this.day(date);
    const A = this.person(a);
    const B = this.person(b);
    const called = event("CALLED", [a.id], [b.id], date);
    const lead = sc.video
      ? r.pick([
          () => S(`${D}，${A}同${B}举行视频通话。`, called),
          () => S(`${A}${D}与${B}举行视频会晤。`, called, event("MET", [a.id], [b.id], date, { optional: true, note: "a video meeting: CALLED, MET tolerated" })),
          () => S(`${A}和${B}${D}以视频方式举行会谈。`, called, event("MET", [a.id], [b.id], date, { optional: true, note: "talks by video: CALLED, MET tolerated" })),
        ])()
      : r.pick([
          () => S(`${D}，${A}同${B}通电话。`, called),
          () => S(`${A}${D}应约与${B}通电话。`, called),
          () => S(`${A}${D}与${B}通了电话，双方就${r.pick(CALL_TOPICS_ZH)}等问题交换了看法。`, called),
        ])();
    const paragraphs: Sentence[][] = [[lead]];
    if (sc.congratulate) {
      paragraphs[0].push(S(`${w.name(a)}在通话中祝贺${w.name(b)}就任${w.countryName(b.country)}${b.title.zh}。`, event("CONGRATULATED", [a.id], [b.id], date)));
    }
    const words: Sentence[] = [this.filler(a, b, true)];
    if (sc.support) words.push(this.supportSentence(a, b, b.country, sc.support, date));
    paragraphs.push(words);
    paragraphs.push([this.filler(b, a, true)]);
    this.padding(paragraphs, a, b);
    this.extras(paragraphs);
    const headline = r.pick([`${w.name(a)}同${w.name(b)}通电话`, `${w.name(a)}与${w.name(b)}${sc.video ? "视频通话" : "通电话"}`]);
    return { headline, paragraphs, place: a.country };
  }

  private visit(sc: Extract<Scene, { kind: "visit" }>): Body {
    const { visitor, country, date } = sc;
    const r = this.r;
    const w = this.w;
    const D = this.day(date);
    const V = this.person(visitor);
    const where = sc.city?.zh ?? this.capital(country);
    const kind = visitor.role === "head_of_state" ? "国事" : r.pick(["正式", "工作"]);
    const C = w.countryName(country);
    const visited = event("VISITED", [visitor.id], [country], date);
    const lead = r.pick([
      () => S(`${V}${D}抵达${where}，开始对${C}进行${kind}访问。`, visited),
      () => S(`${D}，${V}乘专机抵达${where}，开始对${C}的${kind}访问。`, visited),
      () => S(`${V}${D}到访${C}，这是其就任以来首次访问${C}。`, visited),
      () => S(`${V}${D}抵达${where}，对${C}进行为期${r.int(2, 4)}天的${kind}访问。`, visited),
    ])();
    const paragraphs: Sentence[][] = [[lead]];
    if (sc.metHost) {
      paragraphs[0].push(S(`当天，${w.name(visitor)}与${this.person(sc.metHost)}举行了会谈。`, event("MET", [sc.metHost.id], [visitor.id], date)));
    } else if (sc.plannedHost) {
      paragraphs.push([
        S(
          `访问期间，${w.name(visitor)}将同${this.person(sc.plannedHost)}举行会谈，并出席双边合作论坛。`,
          event("MET", [sc.plannedHost.id], [visitor.id], goldDate(date, "month"), { status: "planned", optional: true }),
        ),
      ]);
    }
    paragraphs.push([S(`${w.name(visitor)}在机场发表书面讲话说，${w.countryName(visitor.country)}高度重视同${C}的传统友谊。`)]);
    if (sc.metHost ?? sc.plannedHost) this.padding(paragraphs, visitor, (sc.metHost ?? sc.plannedHost)!);
    this.extras(paragraphs);
    const headline = r.pick([`${w.name(visitor)}抵达${where} 开始访问${w.countryName(country)}`, `${w.name(visitor)}开始对${w.countryName(country)}进行${kind}访问`]);
    return { headline, paragraphs, place: country };
  }

  private congrats(sc: Extract<Scene, { kind: "congrats" }>): Body {
    const { target, senders, date } = sc;
    const r = this.r;
    const w = this.w;
    const D = this.day(date);
    const elected = sc.occasion === "elected" && target.title.zh === "总统";
    const occasion = () => `${elected ? "当选" : "就任"}${w.countryName(target.country)}${target.title.zh}`;
    const paragraphs: Sentence[][] = [];
    const [first, ...rest] = senders;
    const T = this.person(target);
    const congrats = (s: Official) => event("CONGRATULATED", [s.id], [target.id], date);
    if (rest.length && r.chance(0.5)) {
      const names = senders.map((s) => this.person(s));
      paragraphs.push([S(`${D}，${names.slice(0, -1).join("、")}和${names[names.length - 1]}纷纷致电${T}，祝贺其${occasion()}。`, ...senders.map(congrats))]);
    } else {
      const F = this.person(first);
      paragraphs.push([
        r.pick([
          () => S(`${D}，${F}致电${T}，祝贺其${occasion()}。`, congrats(first)),
          () => S(`${F}${D}向${T}致贺电，祝贺${w.name(target)}${occasion()}。`, congrats(first)),
          () => S(`${F}${D}致信${T}，对其${occasion()}表示热烈祝贺。`, congrats(first)),
          () => S(`${D}，${F}向${T}发去贺电，祝贺其${occasion()}。`, congrats(first)),
        ])(),
      ]);
      paragraphs.push([S(`${w.name(first)}在贺电中表示，愿同${w.name(target)}一道，推动两国关系迈上新台阶。`)]);
      for (const s of rest) paragraphs.push([S(`${this.person(s)}也向${w.name(target)}致贺电。`, congrats(s))]);
    }
    const headline = rest.length ? `多国领导人祝贺${w.name(target)}${elected ? "当选" : "就任"}` : `${w.name(first)}致电祝贺${w.name(target)}${occasion()}`;
    return { headline, paragraphs, place: first.country };
  }

  private message(sc: Extract<Scene, { kind: "message" }>): Body {
    const { from, to, date } = sc;
    const r = this.r;
    const w = this.w;
    const D = this.day(date);
    const F = this.person(from);
    const T = this.person(to);
    const sent = event("SENT_MESSAGE", [from.id], [to.id], date);
    let lead: Sentence;
    let headline: string;
    if (sc.message === "condolence") {
      const what = `${w.countryName(to.country)}${DISASTERS_ZH[sc.topic]}`;
      lead = r.pick([
        () => S(`${D}，${F}就${what}造成重大人员伤亡向${T}致慰问电。`, sent),
        () => S(`${F}${D}致信${T}，就${what}向遇难者表示沉痛哀悼。`, sent),
        () => S(`${D}，${F}向${T}致唁电，对${what}中的遇难者表示哀悼。`, sent),
      ])();
      headline = `${w.name(from)}就${what}向${w.name(to)}致慰问电`;
    } else {
      const topic = LETTER_TOPICS_ZH[sc.topic];
      lead = r.pick([
        () => S(`${F}${D}致信${T}，${topic}。`, sent),
        () => S(`${D}，${F}复信${T}，${topic}。`, sent),
        () => S(`${F}${D}向${T}致函，${topic}。`, sent),
      ])();
      headline = `${w.name(from)}致信${w.name(to)}`;
    }
    const paragraphs: Sentence[][] = [[lead], [S(`${w.name(from)}表示，${w.countryName(from.country)}人民同${w.countryName(to.country)}人民始终站在一起。`)]];
    if (sc.message === "letter") this.padding(paragraphs, from, to);
    return { headline, paragraphs, place: from.country };
  }

  private statement(sc: Extract<Scene, { kind: "statement" }>): Body {
    const r = this.r;
    const w = this.w;
    const D = this.day(sc.date);
    const ends = supportEnds(sc.speaker, sc.country, sc.target, sc.targetCountry, sc.support.toPerson);
    const supported = event("EXPRESSED_SUPPORT", ends.source, ends.target, sc.date);
    const what = this.supportTarget(sc.target, sc.targetCountry, sc.support);
    const lead = sc.speaker
      ? r.pick([
          () => S(`${this.person(sc.speaker!)}${D}在接受媒体采访时表示，${w.side(sc.country)}支持${what}。`, supported),
          () => S(`${this.person(sc.speaker!)}${D}发表讲话说，${w.countryName(sc.country)}坚定支持${what}。`, supported),
        ])()
      : r.pick([
          () => S(`${w.countryName(sc.country)}外交部发言人${D}在例行记者会上表示，${w.side(sc.country)}坚定支持${what}。`, supported),
          () => S(`${D}，${w.countryName(sc.country)}外交部发言人在回答记者提问时说，${w.side(sc.country)}一贯支持${what}。`, supported),
        ])();
    const paragraphs: Sentence[][] = [[lead], [S(sc.speaker ? `${w.name(sc.speaker)}还表示，希望有关各方保持冷静克制。` : `发言人还表示，希望有关各方保持冷静克制。`)]];
    if (sc.target && !sc.support.toPerson) paragraphs.push([S(`${this.person(sc.target)}近日多次就此发表讲话。`)]);
    const headline = `${w.countryName(sc.country)}重申支持${w.countryName(sc.targetCountry)}`;
    return { headline, paragraphs, place: sc.country };
  }

  private signing(sc: Extract<Scene, { kind: "signing" }>): Body {
    const { a, b, date } = sc;
    const r = this.r;
    const w = this.w;
    const D = this.day(date);
    const title = this.agreementTitle(sc.agreement, a.country, b.country);
    const signed = event("SIGNED_AGREEMENT", [a.id, a.country], [b.id, b.country], date, { agreement: w.finish(title) });
    const cap = this.capital(a.country);
    const A = this.person(a);
    const B = this.person(b);
    const lead = r.pick([
      () => S(`${A}${D}在${cap}与${B}签署了《${title}》。`, signed),
      () => S(`${D}，${A}和${B}在${cap}签署《${title}》。`, signed),
      () => S(`${A}与${B}${D}共同签署了《${title}》。`, signed),
    ])();
    const paragraphs: Sentence[][] = [[lead], [S(`根据文件，双方将在${FIELDS_ZH[(sc.agreement.topic + 1) % FIELDS_ZH.length]}等领域开展合作。`)]];
    this.padding(paragraphs, a, b);
    this.extras(paragraphs);
    return { headline: `${w.countryName(a.country)}与${w.countryName(b.country)}签署合作文件`, paragraphs, place: a.country };
  }

  private summit(sc: Extract<Scene, { kind: "summit" }>): Body {
    const { a, others, date } = sc;
    const w = this.w;
    const D = this.day(date);
    const place = sc.city.zh;
    const summit = sc.summit.zh;
    const A = this.person(a);
    const met = others.map((o) => event("MET", [a.id], [o.id], date));
    const visits = [a, ...others].map((o) => event("VISITED", [o.id], [sc.place], goldDate(date, "month"), { optional: true, note: "attending a summit abroad" }));
    const lead =
      others.length === 1
        ? S(`${A}${D}在${place}出席${summit}期间会见了${this.person(others[0])}。`, ...met, ...visits)
        : S(`${A}${D}在${place}出席${summit}期间，分别会见了${this.person(others[0])}和${this.person(others[1])}。`, ...met, ...visits);
    const paragraphs: Sentence[][] = [[lead], [this.filler(a, others[0])]];
    this.padding(paragraphs, a, others[0]);
    this.extras(paragraphs);
    return { headline: `${w.name(a)}在${place}会见${w.name(others[0])}`, paragraphs, place: sc.place };
  }

  private announcement(sc: Extract<Scene, { kind: "announcement" }>): Body {
    const { visitor, host } = sc;
    const r = this.r;
    const w = this.w;
    const D = this.day(sc.announced);
    const span = daysBetween(this.story.published, sc.from) <= 6 && r.chance(0.3) ? `${zhMonthDay(sc.from)}至${Number(sc.to.slice(8))}日` : `${zhMonthDay(sc.from)}至${zhMonthDay(sc.to)}`;
    const planned = event("VISITED", [visitor.id], [host.country], sc.from, { status: "planned", optional: true });
    const lead = S(`${w.countryName(host.country)}外交部发言人${D}宣布：应${this.person(host)}邀请，${this.person(visitor)}将于${span}对${w.countryName(host.country)}进行国事访问。`, planned);
    const talks = S(`访问期间，两国元首将举行会谈。`, event("MET", [host.id], [visitor.id], goldDate(sc.from, "month"), { status: "planned", optional: true }));
    return { headline: `${w.name(visitor)}将访问${w.countryName(host.country)}`, paragraphs: [[lead], [talks]], place: host.country };
  }

  /** Earlier, planned and negated events: each closes its own paragraph (their dates are not the lead's). */
  private extras(paragraphs: Sentence[][]) {
    const r = this.r;
    const w = this.w;
    const P = this.story.published;
    for (const x of this.story.extras as Extra[]) {
      if (x.kind === "past") {
        const d = zhPastDate(x.date, P, r);
        const gd = goldDate(x.date, d.precision);
        if (x.type === "VISITED") {
          const e = event("VISITED", [x.a.id], [x.country], gd);
          paragraphs.push([r.pick([S(`${w.name(x.a)}${d.text}曾对${w.countryName(x.country)}进行访问。`, e), S(`${d.text}，${w.name(x.a)}曾到访${w.countryName(x.country)}。`, e)])]);
        } else if (x.type === "MET") {
          const e = event("MET", [x.a.id], [x.b.id], gd);
          paragraphs.push([r.pick([S(`${w.name(x.a)}和${this.person(x.b)}${d.text}曾举行会晤。`, e), S(`${d.text}，${w.name(x.a)}曾同${this.person(x.b)}举行会谈。`, e)])]);
        } else {
          const e = event("CALLED", [x.a.id], [x.b.id], gd);
          paragraphs.push([r.pick([S(`${w.name(x.a)}和${this.person(x.b)}${d.text}曾通电话。`, e), S(`${d.text}，${w.name(x.a)}曾与${this.person(x.b)}通电话。`, e)])]);
        }
      } else if (x.kind === "planned") {
        const d = zhFutureDate(x.date, P, r);
        const e = event("VISITED", [x.a.id], [x.country], goldDate(x.date, d.precision), { status: "planned", optional: true });
        const C = w.countryName(x.country);
        paragraphs.push([r.pick([S(`${w.name(x.a)}将于${d.text}访问${C}。`, e), S(`据悉，${w.name(x.a)}计划${d.text}前往${C}进行正式访问。`, e)])]);
      } else if (x.type === "SIGNED_AGREEMENT") {
        paragraphs.push([S(r.pick([`${w.name(x.a)}和${w.name(x.b)}此次并未签署任何协议。`, `双方此次会谈没有签署联合声明。`]))]);
      } else {
        paragraphs.push([S(`${w.name(x.a)}今年尚未访问过${w.countryName(x.country)}。`)]);
      }
    }
  }
}
