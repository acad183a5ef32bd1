/**
 * One article of the corpus, from the corpus seed and its number alone: what kind of article it is
 * (script, event story or noise, reprint of the previous story), its story, its page, its bytes in
 * their encoding, and its gold entry.
 */
import iconv from "iconv-lite";
import type { Cast, Script } from "./actors.js";
import { addDays, daysBetween } from "./calendar.js";
import { renderPage } from "./chrome.js";
import { noiseBody } from "./noise.js";
import { pickOutlet } from "./outlets.js";
import { hashSeed, Random } from "./random.js";
import { EnglishRenderer } from "./render-en.js";
import { ChineseRenderer } from "./render-zh.js";
import { FIRST_DAY, LAST_DAY, planStory, usableIn, type Story } from "./scenes.js";
import { ArticleWriter, type EntityRegistry, type GoldEvent } from "./writer.js";

export type Encoding = "utf-8" | "utf-8-bom" | "utf-16le" | "gbk" | "big5";

export interface BuiltArticle {
  id: string;
  file: string;
  bytes: Uint8Array;
  encoding: Encoding;
  format: "txt" | "html";
  script: Script;
  outlet: string;
  published: string;
  /** false: the page carries its date and the manifest leaves it out. */
  inManifest: boolean;
  noise: boolean;
  reprint: boolean;
  events: GoldEvent[];
}

interface Kind {
  script: Script;
  noise: boolean;
}

function kindOf(seed: number, i: number): Kind {
  const r = new Random(hashSeed(seed, i, "kind"));
  return { script: r.weighted<Script>([[45, "hans"], [20, "hant"], [35, "en"]]), noise: r.chance(0.15) };
}

/** The story article i tells (drawn again until the month has a cast for it). */
function storyOf(seed: number, i: number, script: Script, cast: Cast): Story {
  const r = new Random(hashSeed(seed, i, "story"));
  for (let tries = 0; tries < 200; tries++) {
    const story = planStory(r, cast, script);
    if (story) return story;
  }
  throw new Error(`diplograph: corpus: no story could be cast for article ${i}`);
}

/** Legacy encodings only where the text survives the round trip (Big5 lacks some characters). */
function encode(text: string, wanted: Encoding): { bytes: Uint8Array; encoding: Encoding } {
  if (wanted === "gbk" || wanted === "big5") {
    const bytes = iconv.encode(text, wanted);
    if (iconv.decode(bytes, wanted) === text) return { bytes, encoding: wanted };
    return { bytes: Buffer.from(text, "utf8"), encoding: "utf-8" };
  }
  if (wanted === "utf-8-bom") return { bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]), encoding: wanted };
  if (wanted === "utf-16le") return { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]), encoding: wanted };
  return { bytes: Buffer.from(text, "utf8"), encoding: "utf-8" };
}

export function buildArticle(seed: number, i: number, width: number, cast: Cast, registry: EntityRegistry): BuiltArticle {
  const kind = kindOf(seed, i);
  const r = new Random(hashSeed(seed, i, "render"));
  const previous = i > 0 ? kindOf(seed, i - 1) : undefined;
  // a wire story republished by another outlet of the same script, the same day
  const reprint = !kind.noise && previous !== undefined && !previous.noise && r.chance(0.03);
  const script = reprint ? previous!.script : kind.script;
  const usable = usableIn(script);
  const story = kind.noise ? undefined : storyOf(seed, reprint ? i - 1 : i, script, cast);
  const copied = reprint ? pickOutlet(new Random(hashSeed(seed, i - 1, "render")), script).slug : undefined;
  const outlet = pickOutlet(r, script, copied);
  const w = new ArticleWriter(script, r, registry, cast.countries);
  let published: string;
  let reported: string;
  let body;
  if (story) {
    published = story.published;
    reported = story.reported;
    body = script === "en" ? new EnglishRenderer(w, story, outlet.style).render() : new ChineseRenderer(w, story, outlet.mainland).render();
  } else {
    published = addDays(FIRST_DAY, r.int(0, daysBetween(FIRST_DAY, LAST_DAY)));
    reported = published;
    body = noiseBody(w, cast, published, usable);
  }
  const format = r.chance(0.25) ? "html" : "txt";
  const inManifest = !r.chance(0.03);
  const wanted: Encoding =
    script === "hans" && r.chance(format === "txt" ? 0.14 : 0.06)
      ? "gbk"
      : script === "hant" && r.chance(format === "txt" ? 0.18 : 0.06)
        ? "big5"
        : format === "txt" && r.chance(0.03)
          ? "utf-8-bom"
          : format === "txt" && r.chance(0.01)
            ? "utf-16le"
            : "utf-8";
  const charset = wanted === "gbk" ? "gbk" : wanted === "big5" ? "big5" : "utf-8";
  const page = renderPage(body, w, cast, usable, { outlet, published, reported, format, pageDate: !inManifest || r.chance(0.2), sidebar: r.chance(0.45), charset });
  // an endpoint the article names only through a demonym or side form still needs its entity entry
  for (const e of page.events) for (const key of [...e.source, ...e.target]) registry.use(key);
  let { bytes, encoding } = encode(page.text, wanted);
  if (encoding !== wanted && format === "html") ({ bytes, encoding } = encode(page.text.replace(`<meta charset="${charset}">`, '<meta charset="utf-8">'), "utf-8"));
  const id = `${String(i).padStart(width, "0")}-${outlet.slug}`;
  return {
    id,
    file: `${id}.${format}`,
    bytes,
    encoding,
    format,
    script,
    outlet: outlet.name,
    published,
    inManifest,
    noise: !story,
    reprint,
    events: page.events,
  };
}
