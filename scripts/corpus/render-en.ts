/**
 * A story written in English, wire style: one or two sentences a paragraph, the lead after the
 * dateline. The same dating discipline as the Chinese renderer: undated event sentences take the
 * lead's date, sentences with other dates stand in their own paragraphs.
 */
import type { Official } from "./actors.js";
import { enFutureDate, enMonthDay, enPastDate, enRecentDay, goldDate } from "./dates.js";
import { CALL_TOPICS_EN, DISASTERS_EN, FIELDS_EN, FILLERS_EN, INITIATIVES_EN, JOINT_STATEMENT_TOPICS_EN, LETTER_TOPICS_EN, PADDING_EN, SUPPORT_EN } from "./phrases-en.js";
import { event, supportEnds, type Body } from "./render-zh.js";
import type { Agreement, Extra, Scene, Story, Support } from "./scenes.js";
import type { ArticleWriter, Sentence } from "./writer.js";

const S = (text: string, ...events: Sentence["events"]): Sentence => ({ text: capitalise(text), events });

/** A sentence may open with "the United States": its first letter goes up. */
export const capitalise = (s: string) => s.replace(/^([^\p{L}\u0001]*)(\p{Ll})/u, (_, pre: string, c: string) => pre + c.toUpperCase());


export class EnglishRenderer {
  constructor(
    private w: ArticleWriter,
    private story: Story,
    private style: "full" | "ap" | "reuters",
  ) {}

  private get r() {
    return this.w.r;
  }

  private day(d: string) {
    return enRecentDay(d, this.story.published, this.r, this.style);
  }

  /** A country in running text: "the United States", "Russia". */
  private c(id: string): string {
    return this.w.countryText(id);
  }

  private cPoss(id: string): string {
    return this.w.countryText(id, { possessive: true });
  }

  /** "A Russian foreign ministry spokesperson", "An Austrian …", "A U.S. State Department spokesperson". */
  private spokesperson(id: string): string {
    if (id === "USA") return "A U.S. State Department spokesperson";
    const demonym = this.w.country(id).demonym;
    if (!demonym) return `A spokesperson for ${this.cPoss(id)} foreign ministry`;
    return `${/^([AEIO]|Uz)/.test(demonym) ? "An" : "A"} ${demonym} foreign ministry spokesperson`;
  }

  private p(o: Official): string {
    return this.w.person(o);
  }

  private n(o: Official): string {
    return this.w.name(o);
  }

  private nPoss(o: Official): string {
    return this.w.name(o, { possessive: true });
  }

  private capital(country: string): string {
    return this.w.country(country).capital.en ?? this.c(country);
  }

  private supportTarget(target: Official | null, targetCountry: string, s: Support): string {
    if (s.toPerson && target) return `${this.nPoss(target)} ${this.r.pick(INITIATIVES_EN)}`;
    return `${this.cPoss(targetCountry)} ${SUPPORT_EN[s.topic]}`;
  }

  private supportSentence(speaker: Official, target: Official | null, targetCountry: string, s: Support, date: string): Sentence {
    const ends = supportEnds(speaker, speaker.country, target, targetCountry, s.toPerson);
    const e = event("EXPRESSED_SUPPORT", ends.source, ends.target, date);
    const what = this.supportTarget(target, targetCountry, s);
    return this.r.pick([
      () => S(`${this.n(speaker)} said ${this.c(speaker.country)} firmly supports ${what}.`, e),
      () => S(`${this.n(speaker)} reiterated ${this.cPoss(speaker.country)} support for ${what}.`, e),
      () => S(`${this.c(speaker.country)} will continue to back ${what}, ${this.n(speaker)} said.`, e),
      () => S(`${this.n(speaker)} voiced support for ${what}.`, e),
    ])();
  }

  private agreementTitle(a: Agreement): string {
    switch (a.kind) {
      case "joint statement":
        return `joint statement on ${JOINT_STATEMENT_TOPICS_EN[a.topic]}`;
      case "memorandum":
        return `memorandum of understanding on cooperation in ${FIELDS_EN[a.topic]}`;
      case "agreement":
        return `agreement on cooperation in ${FIELDS_EN[a.topic]}`;
      case "treaty":
        return this.r.chance(0.5) ? "Treaty of Good-Neighbourliness and Friendly Cooperation" : "Treaty on Comprehensive Strategic Partnership";
    }
  }

  private article(title: string): string {
    return /^Treaty/.test(title) ? "the" : /^agreement/.test(title) ? "an" : "a";
  }

  private filler(x: Official, y: Official): Sentence {
    const r = this.r;
    return r.weighted<() => Sentence>([
      [4, () => S(r.pick(FILLERS_EN))],
      [2, () => S(`${this.n(x)} said ${this.c(x.country)} was ready to work with ${this.c(y.country)} to expand trade and investment.`)],
      [2, () => S(`"We had a very good and substantive discussion," ${this.n(x)} told reporters afterwards.`)],
      [1, () => S("Both sides said they supported a peaceful settlement of disputes through dialogue.")],
    ])();
  }

  /** Paragraphs of talk and background without events. */
  private padding(paragraphs: Sentence[][], x: Official, y: Official) {
    const made = this.r.sample(PADDING_EN, this.r.int(3, 9)).map((make) => S(make(this.n(x), this.c(x.country), this.c(y.country))));
    while (made.length) paragraphs.push(made.splice(0, this.r.int(1, 2)));
  }

  private datedFiller(): Sentence {
    const r = this.r;
    return r.pick([
      () => S(`Trade between the two countries reached $${r.int(2, 600)} billion last year, according to official figures.`),
      () => S(`The two countries established diplomatic relations in ${r.int(1949, 1999)}.`),
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
    const D = this.day(date);
    const where = sc.venueCity?.en ?? this.w.country(host.country).capital.en;
    const V = where ? ` in ${where}` : "";
    const H = this.p(host);
    const kind = guest.role === "head_of_state" ? "a state" : "an official";
    const G = this.p(guest);
    const met = event("MET", [host.id], [guest.id], date);
    let guestPhrase = G;
    if (sc.visit === "adjective") guestPhrase = `visiting ${G}`;
    const stated = sc.visit === "stated" ? `, who is on ${kind} visit to ${this.c(host.country)},` : "";
    const lead = sc.symmetric
      ? r.pick([
          () => S(`${H} held talks with ${guestPhrase}${stated}${V} ${D}.`, met),
          () => S(`${H} and ${guestPhrase}${stated} held talks${V} ${D}.`, met),
        ])()
      : r.pick([
          () => S(`${H} hosted ${guestPhrase}${stated} for talks${V} ${D}.`, met),
          () => S(`${H} received ${guestPhrase}${stated}${V} ${D}.`, met),
          () => S(`${H} met ${guestPhrase}${stated}${V} ${D}.`, met),
          ...(sc.visit === "none" || sc.visit === "arrival" ? [() => S(`${G} was received by ${H}${V} ${D}.`, met)] : []),
        ])();
    if (sc.visit === "stated") lead.events.push(event("VISITED", [guest.id], [host.country], goldDate(date, "month")));
    if (sc.visit === "adjective") lead.events.push(event("VISITED", [guest.id], [host.country], goldDate(date, "month"), { optional: true, note: "'visiting': a visit implied by the meeting" }));
    const paragraphs: Sentence[][] = [[lead]];
    if (sc.visit === "arrival" && sc.arrival) {
      const A = this.day(sc.arrival);
      const visited = event("VISITED", [guest.id], [host.country], sc.arrival);
      paragraphs.push([
        r.pick([
          () => S(`${this.n(guest)} arrived in ${this.capital(host.country)} ${A} for a ${r.pick(["two", "three", "four"])}-day ${kind.replace(/^an? /, "")} visit to ${this.c(host.country)}.`, visited),
          () => S(`${this.n(guest)} began ${kind} visit to ${this.c(host.country)} ${A}.`, visited),
        ])(),
      ]);
    }
    if (sc.greetings) {
      const s = sc.greetings.sender;
      paragraphs.push([
        r.pick([
          () => S(`${this.n(guest)} conveyed greetings from ${this.p(s)} to ${this.n(host)}.`, event("SENT_MESSAGE", [s.id], [host.id], date)),
          () => S(`${this.n(guest)} passed on ${this.w.person(s, { possessive: true })} greetings to ${this.n(host)}.`, event("SENT_MESSAGE", [s.id], [host.id], date)),
        ])(),
      ]);
      if (sc.greetings.reply) paragraphs.push([S(`${this.n(host)} asked ${this.n(guest)} to pass on best wishes to ${this.n(s)}.`, event("SENT_MESSAGE", [host.id], [s.id], date))]);
    }
    paragraphs.push([this.filler(host, guest)]);
    if (sc.supportHost) paragraphs.push([this.supportSentence(host, guest, guest.country, sc.supportHost, date)]);
    if (sc.supportGuest) paragraphs.push([this.supportSentence(guest, host, host.country, sc.supportGuest, date)]);
    if (sc.signing) {
      const title = this.agreementTitle(sc.signing);
      const signed = event("SIGNED_AGREEMENT", [host.id, host.country], [guest.id, guest.country], date, { agreement: title });
      const a = this.article(title);
      paragraphs.push([
        r.pick([
          () => S(`The two ${host.level === "leader" ? "leaders" : "ministers"} signed ${a} ${title} after the talks.`, signed),
          () => S(`${this.n(host)} and ${this.n(guest)} signed ${a} ${title}.`, signed),
          () => S(`After the meeting, ${this.n(host)} and ${this.n(guest)} signed ${a} ${title}.`, signed),
        ])(),
      ]);
    }
    this.padding(paragraphs, host, guest);
    if (sc.negatedMeeting) paragraphs.push([S(`${this.n(guest)} did not meet ${this.p(sc.negatedMeeting)} during the trip.`)]);
    this.extras(paragraphs);
    if (r.chance(0.5)) paragraphs.push([this.datedFiller()]);
    const headline = sc.symmetric
      ? r.pick([`${this.n(host)}, ${this.n(guest)} hold talks`, `${this.n(host)} and ${this.n(guest)} hold talks${V}`])
      : r.pick([`${this.n(host)} meets ${this.n(guest)}${V}`, `${this.n(host)} hosts ${this.n(guest)} for talks`]);
    return { headline, paragraphs, place: host.country };
  }

  private call(sc: Extract<Scene, { kind: "call" }>): Body {
    const { a, b, date } = sc;
    const r = this.r;
    const D = this.day(date);
    const A = this.p(a);
    const B = this.p(b);
    const called = event("CALLED", [a.id], [b.id], date);
    const lead = sc.video
      ? r.pick([
          () => S(`${A} held a video call with ${B} ${D}.`, called),
          () => S(`${A} and ${B} held talks by video link ${D}.`, called, event("MET", [a.id], [b.id], date, { optional: true, note: "talks by video: CALLED, MET tolerated" })),
        ])()
      : r.pick([
          () => S(`${A} spoke by phone with ${B} ${D}.`, called),
          () => S(`${A} held a phone call with ${B} ${D}.`, called),
          () => S(`${A} and ${B} spoke by telephone ${D}, discussing ${r.pick(CALL_TOPICS_EN)}.`, called),
        ])();
    const paragraphs: Sentence[][] = [[lead]];
    if (sc.congratulate) paragraphs.push([S(`${this.n(a)} used the call to congratulate ${this.n(b)} on taking office.`, event("CONGRATULATED", [a.id], [b.id], date))]);
    paragraphs.push([this.filler(a, b)]);
    if (sc.support) paragraphs.push([this.supportSentence(a, b, b.country, sc.support, date)]);
    this.padding(paragraphs, a, b);
    this.extras(paragraphs);
    return { headline: r.pick([`${this.n(a)}, ${this.n(b)} discuss ties in ${sc.video ? "video" : "phone"} call`, `${this.n(a)} speaks with ${this.n(b)}`]), paragraphs, place: a.country };
  }

  private visit(sc: Extract<Scene, { kind: "visit" }>): Body {
    const { visitor, country, date } = sc;
    const r = this.r;
    const D = this.day(date);
    const V = this.p(visitor);
    const kind = visitor.role === "head_of_state" ? "state" : "official";
    const aKind = kind === "state" ? "a state" : "an official";
    const where = sc.city?.en ?? this.capital(country);
    const visited = event("VISITED", [visitor.id], [country], date);
    const lead = r.pick([
      () => S(`${V} arrived in ${where} ${D} for a ${r.pick(["two", "three", "four"])}-day ${kind} visit to ${this.c(country)}.`, visited),
      () => S(`${V} began ${aKind} visit to ${this.c(country)} ${D}.`, visited),
      () => S(`${V} travelled to ${this.c(country)} ${D} on the first visit there since taking office.`, visited),
    ])();
    const paragraphs: Sentence[][] = [[lead]];
    if (sc.metHost) paragraphs.push([S(`${this.n(visitor)} held talks with ${this.p(sc.metHost)} later that day.`, event("MET", [sc.metHost.id], [visitor.id], date))]);
    else if (sc.plannedHost) {
      paragraphs.push([S(`${this.n(visitor)} is expected to meet ${this.p(sc.plannedHost)} during the visit.`, event("MET", [sc.plannedHost.id], [visitor.id], goldDate(date, "month"), { status: "planned", optional: true }))]);
    }
    paragraphs.push([S(`Officials said the trip would focus on trade and energy.`)]);
    if (sc.metHost ?? sc.plannedHost) this.padding(paragraphs, visitor, (sc.metHost ?? sc.plannedHost)!);
    this.extras(paragraphs);
    return { headline: `${this.n(visitor)} arrives in ${this.c(country)} for ${kind} visit`, paragraphs, place: country };
  }

  private congrats(sc: Extract<Scene, { kind: "congrats" }>): Body {
    const { target, senders, date } = sc;
    const r = this.r;
    const D = this.day(date);
    const elected = sc.occasion === "elected" && target.title.en === "President";
    const occasion = elected ? "winning the presidential election" : "taking office";
    const T = this.p(target);
    const congrats = (s: Official) => event("CONGRATULATED", [s.id], [target.id], date);
    const [first, ...rest] = senders;
    const paragraphs: Sentence[][] = [];
    if (rest.length && r.chance(0.5)) {
      const names = senders.map((s) => this.p(s));
      paragraphs.push([S(`${names.slice(0, -1).join(", ")} and ${names[names.length - 1]} were among the leaders who congratulated ${T} ${D} on ${occasion}.`, ...senders.map(congrats))]);
    } else {
      const F = this.p(first);
      paragraphs.push([
        r.pick([
          () => S(`${F} congratulated ${T} ${D} on ${occasion}.`, congrats(first)),
          () => S(`${F} sent a congratulatory message to ${T} ${D} on ${occasion}.`, congrats(first)),
          () => S(`In a message ${D}, ${F} congratulated ${T} on ${occasion}.`, congrats(first)),
        ])(),
      ]);
      paragraphs.push([S(`${this.n(first)} said ${this.c(first.country)} looked forward to working with the new government.`)]);
      for (const s of rest) paragraphs.push([S(`${this.p(s)} also sent congratulations to ${this.n(target)}.`, congrats(s))]);
    }
    return { headline: rest.length ? `World leaders congratulate ${this.n(target)}` : `${this.n(first)} congratulates ${this.n(target)}`, paragraphs, place: first.country };
  }

  private message(sc: Extract<Scene, { kind: "message" }>): Body {
    const { from, to, date } = sc;
    const r = this.r;
    const D = this.day(date);
    const F = this.p(from);
    const T = this.p(to);
    const sent = event("SENT_MESSAGE", [from.id], [to.id], date);
    let lead: Sentence;
    let headline: string;
    if (sc.message === "condolence") {
      const what = `${DISASTERS_EN[sc.topic]} in ${this.c(to.country)}`;
      lead = r.pick([
        () => S(`${F} sent a message of condolence to ${T} ${D} after ${what}.`, sent),
        () => S(`${F} expressed condolences to ${T} in a message ${D} over ${what}.`, sent),
      ])();
      headline = `${this.n(from)} sends condolences to ${this.n(to)}`;
    } else {
      lead = r.pick([
        () => S(`${F} sent a letter to ${T} ${D}, ${LETTER_TOPICS_EN[sc.topic]}.`, sent),
        () => S(`${F} wrote to ${T} ${D}, ${LETTER_TOPICS_EN[sc.topic]}.`, sent),
      ])();
      headline = `${this.n(from)} writes to ${this.n(to)}`;
    }
    return { headline, paragraphs: [[lead], [S(`The message was published by the state news agency.`)]], place: from.country };
  }

  private statement(sc: Extract<Scene, { kind: "statement" }>): Body {
    const r = this.r;
    const D = this.day(sc.date);
    const ends = supportEnds(sc.speaker, sc.country, sc.target, sc.targetCountry, sc.support.toPerson);
    const supported = event("EXPRESSED_SUPPORT", ends.source, ends.target, sc.date);
    const what = this.supportTarget(sc.target, sc.targetCountry, sc.support);
    const lead = sc.speaker
      ? r.pick([
          () => S(`${this.p(sc.speaker!)} said ${D} that ${this.c(sc.country)} supports ${what}.`, supported),
          () => S(`${this.p(sc.speaker!)} ${D} voiced firm support for ${what}.`, supported),
        ])()
      : r.pick([
          () => S(`${this.cPoss(sc.country)} foreign ministry said ${D} that the country firmly supports ${what}.`, supported),
          () => S(`${this.spokesperson(sc.country)} said ${D} that ${this.c(sc.country)} backs ${what}.`, supported),
        ])();
    const paragraphs: Sentence[][] = [[lead], [S(`The statement also called on all parties to exercise restraint.`)]];
    return { headline: `${this.c(sc.country)} backs ${this.c(sc.targetCountry)}`, paragraphs, place: sc.country };
  }

  private signing(sc: Extract<Scene, { kind: "signing" }>): Body {
    const { a, b, date } = sc;
    const r = this.r;
    const D = this.day(date);
    const title = this.agreementTitle(sc.agreement);
    const signed = event("SIGNED_AGREEMENT", [a.id, a.country], [b.id, b.country], date, { agreement: title });
    const art = this.article(title);
    const lead = r.pick([
      () => S(`${this.p(a)} and ${this.p(b)} signed ${art} ${title} in ${this.capital(a.country)} ${D}.`, signed),
      () => S(`${this.p(a)} signed ${art} ${title} with ${this.p(b)} ${D}.`, signed),
    ])();
    return { headline: `${this.c(a.country)}, ${this.c(b.country)} sign ${sc.agreement.kind === "memorandum" ? "cooperation pact" : sc.agreement.kind}`, paragraphs: [[lead], [S(`Officials said the document would open the way for joint projects.`)]], place: a.country };
  }

  private summit(sc: Extract<Scene, { kind: "summit" }>): Body {
    const { a, others, date } = sc;
    const D = this.day(date);
    const summit = sc.summit.en;
    const place = sc.city.en;
    const met = others.map((o) => event("MET", [a.id], [o.id], date));
    const visits = [a, ...others].map((o) => event("VISITED", [o.id], [sc.place], goldDate(date, "month"), { optional: true, note: "attending a summit abroad" }));
    const A = this.p(a);
    const lead =
      others.length === 1
        ? S(`${A} met ${this.p(others[0])} on the sidelines of the ${summit} in ${place} ${D}.`, ...met, ...visits)
        : S(`On the sidelines of the ${summit} in ${place} ${D}, ${A} held separate meetings with ${this.p(others[0])} and ${this.p(others[1])}.`, ...met, ...visits);
    const paragraphs: Sentence[][] = [[lead], [this.filler(a, others[0])]];
    this.padding(paragraphs, a, others[0]);
    this.extras(paragraphs);
    return { headline: `${this.n(a)} meets ${this.n(others[0])} at ${summit}`, paragraphs, place: sc.place };
  }

  private announcement(sc: Extract<Scene, { kind: "announcement" }>): Body {
    const { visitor, host } = sc;
    const D = this.day(sc.announced);
    const planned = event("VISITED", [visitor.id], [host.country], sc.from, { status: "planned", optional: true });
    const lead = S(`${this.cPoss(host.country)} foreign ministry said ${D} that ${this.p(visitor)} will pay a state visit to ${this.c(host.country)} from ${enMonthDay(sc.from)} to ${enMonthDay(sc.to)} at the invitation of ${this.p(host)}.`, planned);
    const talks = S(`${this.n(visitor)} will hold talks with ${this.n(host)} during the visit.`, event("MET", [host.id], [visitor.id], goldDate(sc.from, "month"), { status: "planned", optional: true }));
    return { headline: `${this.n(visitor)} to visit ${this.c(host.country)}`, paragraphs: [[lead], [talks]], place: host.country };
  }

  private extras(paragraphs: Sentence[][]) {
    const r = this.r;
    const P = this.story.published;
    for (const x of this.story.extras as Extra[]) {
      if (x.kind === "past") {
        const d = enPastDate(x.date, P, r);
        const gd = goldDate(x.date, d.precision);
        if (x.type === "VISITED") {
          const e = event("VISITED", [x.a.id], [x.country], gd);
          paragraphs.push([r.pick([S(`${this.n(x.a)} last visited ${this.c(x.country)} ${d.text}.`, e), S(`${this.n(x.a)} visited ${this.c(x.country)} ${d.text}.`, e)])]);
        } else if (x.type === "MET") {
          const e = event("MET", [x.a.id], [x.b.id], gd);
          paragraphs.push([r.pick([S(`${this.n(x.a)} and ${this.p(x.b)} last met ${d.text}.`, e), S(`${this.n(x.a)} held talks with ${this.p(x.b)} ${d.text}.`, e)])]);
        } else {
          const e = event("CALLED", [x.a.id], [x.b.id], gd);
          paragraphs.push([r.pick([S(`${this.n(x.a)} and ${this.p(x.b)} last spoke by phone ${d.text}.`, e), S(`${this.n(x.a)} spoke with ${this.p(x.b)} by phone ${d.text}.`, e)])]);
        }
      } else if (x.kind === "planned") {
        const d = enFutureDate(x.date, P, r);
        const e = event("VISITED", [x.a.id], [x.country], goldDate(x.date, d.precision), { status: "planned", optional: true });
        paragraphs.push([r.pick([S(`${this.n(x.a)} is expected to visit ${this.c(x.country)} ${d.text}.`, e), S(`${this.n(x.a)} will travel to ${this.c(x.country)} ${d.text}.`, e)])]);
      } else if (x.type === "SIGNED_AGREEMENT") {
        paragraphs.push([S(r.pick([`${this.n(x.a)} and ${this.n(x.b)} did not sign any agreements.`, "No agreements were signed."]))]);
      } else {
        paragraphs.push([S(`${this.n(x.a)} has not visited ${this.c(x.country)} this year.`)]);
      }
    }
  }
}
