/**
 * The hostile corpus: each case makes its file(s) in a folder and says what must happen. Binary and
 * huge inputs are generated rather than committed; the article texts are small and written here.
 */
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";

export type Expectation =
  | { kind: "skipped"; reason: RegExp }
  /** date: the day it must carry; null: it must be undated */
  | { kind: "edge"; type: string; source: string; target: string; date?: string | null }
  | { kind: "no-edge" }
  | { kind: "warning"; message: RegExp };

export interface HostileCase {
  name: string;
  /** Writes the case's files into dir. */
  make: (dir: string) => void;
  expect: Expectation[];
  /** Decodable text: the file must give exactly the edges of this clean text (written as plain UTF-8). */
  clean?: string;
}

export const CLEAN = "（北京23日讯）国家主席习近平23日在北京会见俄罗斯总统普京。";
const CLEAN_EN = "BEIJING, May 23 (Xinhua) -- Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Thursday.";
const MACRON = "国家主席习近平22日在北京会见法国总统马克龙。";
const metXiPutin: Expectation = { kind: "edge", type: "MET", source: "Xi Jinping", target: "Vladimir Putin", date: "2024-05-23" };
const text = (name: string, body: string | Buffer) => (dir: string) => writeFileSync(join(dir, name), body);

const metXiMacron: Expectation = { kind: "edge", type: "MET", source: "Xi Jinping", target: "Emmanuel Macron", date: "2024-05-22" };
/** A second paragraph, so that a case is as long as a short news item. */
const MORE = "\n双方就双边关系和共同关心的国际和地区问题深入交换了意见，一致同意继续深化各领域务实合作，推动两国关系持续健康稳定发展。";

export const FILE_CASES: HostileCase[] = [
  { name: "a PDF", make: text("report.txt", Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(200, 7)])), expect: [{ kind: "skipped", reason: /report\.txt: binary file \(PDF\)/ }] },
  { name: "a PNG named .txt", make: text("photo.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82])), expect: [{ kind: "skipped", reason: /photo\.txt: binary file \(PNG\)/ }] },
  { name: "a gzip named .html", make: text("page.html", Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3])), expect: [{ kind: "skipped", reason: /page\.html: binary file \(gzip\)/ }] },
  { name: "an empty file", make: text("empty.txt", ""), expect: [{ kind: "skipped", reason: /empty\.txt: empty file/ }] },
  { name: "a whitespace-only file", make: text("blank.txt", " \n\t\r\n　\n"), expect: [{ kind: "skipped", reason: /blank\.txt: empty file \(whitespace only\)/ }] },
  { name: "a file of nothing but invisible marks", make: text("invisible.txt", "\ufeff\u200b\u200d\u2060\u3000\n\u202e\u2069\u00ad"), expect: [{ kind: "skipped", reason: /invisible\.txt: empty file \(whitespace only\)/ }] },
  {
    name: "a 200 MB file",
    make: (dir) => {
      writeFileSync(join(dir, "dump.txt"), "");
      truncateSync(join(dir, "dump.txt"), 200 * 1024 * 1024);
    },
    expect: [{ kind: "skipped", reason: /dump\.txt: larger than the 67108864 byte limit \(209715200 bytes\)/ }],
  },
  {
    name: "one 10 MB line",
    make: text("oneline.txt", "各地天气晴好，市场平稳运行，".repeat(250_000) + CLEAN),
    expect: [metXiPutin],
    clean: CLEAN,
  },
  {
    name: "invalid UTF-8 bytes in UTF-8 text",
    make: text("broken.txt", Buffer.concat([Buffer.from(CLEAN.slice(0, 10)), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(CLEAN.slice(10))])),
    expect: [{ kind: "warning", message: /broken\.txt: 3 invalid UTF-8 byte sequence\(s\) replaced by U\+FFFD/ }, metXiPutin],
    clean: CLEAN,
  },
  {
    name: "GBK and UTF-8 lines mixed in one file",
    make: text("mixed.txt", Buffer.concat([iconv.encode(CLEAN + "\n", "gbk"), Buffer.from(MACRON + "\n")])),
    expect: [{ kind: "warning", message: /mixed\.txt: mixed encodings: 1 line\(s\) read as GB18030, the other 1 as UTF-8/ }, metXiPutin, metXiMacron],
    clean: CLEAN + "\n" + MACRON + "\n",
  },
  { name: "UTF-16LE without BOM", make: text("utf16.txt", iconv.encode(CLEAN, "utf-16le")), expect: [metXiPutin], clean: CLEAN },
  { name: "UTF-16BE without BOM", make: text("utf16be.txt", iconv.encode(CLEAN, "utf-16be")), expect: [metXiPutin], clean: CLEAN },
  { name: "English UTF-16LE without BOM", make: text("utf16en.txt", iconv.encode(CLEAN_EN, "utf-16le")), expect: [metXiPutin], clean: CLEAN_EN },
  {
    name: "HTML nested 10,000 levels deep",
    make: text("deep.html", "<html><body>" + "<div>".repeat(10_000) + `<p>${CLEAN}</p>` + "</div>".repeat(10_000) + "</body></html>"),
    expect: [metXiPutin],
    clean: CLEAN,
  },
  {
    name: "malformed HTML",
    make: text("malformed.html", `<html><body><p>${CLEAN}<div><span><p><b>未闭合<i>标签</b></span><table><tr><td>x</body></html>`),
    expect: [metXiPutin],
    clean: CLEAN,
  },
  {
    name: "a script (and a comment, a template, a noscript) that reads like an article",
    make: text(
      "script.html",
      `<html><body><script>var story = "国家主席习近平23日在北京会见美国总统拜登。";</script><!-- 国家主席习近平23日在北京会见美国总统拜登。 --><template><p>国家主席习近平23日在北京会见美国总统拜登。</p></template><noscript>国家主席习近平23日在北京会见美国总统拜登。</noscript><p>（北京23日讯）今天天气晴朗。</p><p>市场平稳。</p></body></html>`,
    ),
    expect: [{ kind: "no-edge" }],
  },
  { name: "a zero-width space inside 习近平", make: text("zwsp.txt", CLEAN.replace("习近平", "习\u200b近平")), expect: [metXiPutin], clean: CLEAN },
  {
    name: "joiners, a word joiner, a soft hyphen and a BOM inside names",
    make: text("joiners.txt", CLEAN.replace("习近平", "习\u200d近\u200c平").replace("普京", "普\u2060\u00ad京\ufeff")),
    expect: [metXiPutin],
    clean: CLEAN,
  },
  {
    name: "bidi controls around and inside names",
    make: text("bidi.txt", CLEAN.replace("习近平", "\u202e习\u200f近\u061c平\u202c").replace("普京", "\u2066普\u200e京\u2069")),
    expect: [metXiPutin],
    clean: CLEAN,
  },
  { name: "a NUL and an escape character inside names", make: text("controls.txt", CLEAN.replace("习近平", "习\u0000近平").replace("普京", "普\u001b京") + MORE), expect: [metXiPutin], clean: CLEAN + MORE },
  { name: "Cyrillic look-alike letters in a Latin name", make: text("homoglyph.txt", CLEAN_EN.replace("Putin", "Рutin").replace("Xi Jinping", "Хi Jinping")), expect: [metXiPutin], clean: CLEAN_EN },
  { name: "Greek look-alike letters in a Latin name", make: text("greek.txt", CLEAN_EN.replace("Putin", "Ρutin").replace("Xi Jinping", "Χi Jinping")), expect: [metXiPutin], clean: CLEAN_EN },
  {
    name: "a CJK compatibility ideograph for 金 in 金正恩",
    make: text("compat.txt", "（平壤23日讯）朝鲜领导人\uf90a正恩23日会见俄罗斯总统普京。"),
    expect: [{ kind: "edge", type: "MET", source: "Kim Jong Un", target: "Vladimir Putin", date: "2024-05-23" }],
    clean: "（平壤23日讯）朝鲜领导人金正恩23日会见俄罗斯总统普京。",
  },
  { name: "full-width forms", make: text("fullwidth.txt", "（北京２３日讯）国家主席习近平２３日在北京会见俄罗斯总统普京。"), expect: [metXiPutin], clean: CLEAN },
  { name: "full-width Latin letters in an English name", make: text("fullwidth-en.txt", CLEAN_EN.replace("Xi Jinping", "Ｘｉ　Ｊｉｎｐｉｎｇ")), expect: [metXiPutin], clean: CLEAN_EN },
  { name: "stray spaces between characters", make: text("spaced.txt", "（北京 23 日讯） 国家 主席 习 近 平 23 日 在 北京 会见 俄罗斯 总统 普 京 。"), expect: [metXiPutin], clean: CLEAN },
  { name: "Kangxi radicals for ordinary characters", make: text("radicals.txt", "（平壤23日讯）朝鲜领导人⾦正恩23日会见俄罗斯总统普京。"), expect: [{ kind: "edge", type: "MET", source: "Kim Jong Un", target: "Vladimir Putin", date: "2024-05-23" }], clean: "（平壤23日讯）朝鲜领导人金正恩23日会见俄罗斯总统普京。" },
  {
    name: "names and evidence with quotes, backslashes, */, a Cypher injection, ]]> and &#0;",
    make: text("inject.txt", "LONDON, May 23 (Reuters) - Foreign Minister Amir O'Hara met Chinese President Xi Jinping on Thursday, saying \"'})-[:X]->() DETACH DELETE n //\" and ]]> &#0; */ \\\\ were only words."),
    expect: [{ kind: "edge", type: "MET", source: "Amir O'Hara", target: "Xi Jinping", date: "2024-05-23" }],
    clean: "LONDON, May 23 (Reuters) - Foreign Minister Amir O'Hara met Chinese President Xi Jinping on Thursday, saying that these were only words.",
  },
  {
    name: "impossible dates (2月30日, 13月5日, 2023年2月29日)",
    make: text("baddates.txt", "（北京23日讯）国家主席习近平2月30日在北京会见俄罗斯总统普京。13月5日双方通电话。2023年2月29日，习近平会见法国总统马克龙。"),
    expect: [
      { kind: "edge", type: "MET", source: "Xi Jinping", target: "Vladimir Putin", date: null },
      { kind: "edge", type: "CALLED", source: "Xi Jinping", target: "Vladimir Putin", date: null },
      { kind: "edge", type: "MET", source: "Xi Jinping", target: "Emmanuel Macron", date: null },
    ],
  },
  { name: "NUL bytes", make: text("nul.txt", Buffer.alloc(4000, 0)), expect: [{ kind: "skipped", reason: /nul\.txt: binary content \(decoded as UTF-8, too many control characters\)/ }] },
];

/** Cases about the folder around the files: manifests and links. */
export const FOLDER_CASES: HostileCase[] = [
  {
    name: "a manifest that is not JSON",
    make: (dir) => {
      mkdirSync(join(dir, "badmanifest"));
      writeFileSync(join(dir, "badmanifest", "manifest.json"), "[{ not json");
      writeFileSync(join(dir, "badmanifest", "a.txt"), "发布时间：2024-05-23 10:00\n" + CLEAN);
    },
    expect: [{ kind: "warning", message: /warning \S*badmanifest\/manifest\.json: manifest is not valid JSON \(.*\); dates are read from the pages instead/ }, metXiPutin],
  },
  {
    name: "a manifest entry with a date that is no date",
    make: (dir) => {
      mkdirSync(join(dir, "baddate"));
      writeFileSync(join(dir, "baddate", "manifest.json"), JSON.stringify([{ file: "d.txt", published: "yesterday" }]));
      writeFileSync(join(dir, "baddate", "d.txt"), "发布时间：2024-05-23 10:00\n" + CLEAN);
    },
    expect: [{ kind: "warning", message: /warning \S*baddate\/manifest\.json: entry 0\.published: expected YYYY-MM-DD; dates are read from the pages instead/ }, metXiPutin],
  },
  {
    name: "a manifest naming missing files and paths out of the folder (../, absolute, ..\\)",
    make: (dir) => {
      mkdirSync(join(dir, "traversal"));
      writeFileSync(
        join(dir, "traversal", "manifest.json"),
        JSON.stringify([
          { file: "../../etc/passwd", published: "2024-01-01" },
          { file: "/etc/passwd", published: "2024-01-01" },
          { file: "..\\..\\windows\\win.ini", published: "2024-01-01" },
          { file: "ghost.txt", published: "2024-01-01" },
          { file: "b.txt", published: "2024-05-23" },
        ]),
      );
      writeFileSync(join(dir, "traversal", "b.txt"), CLEAN);
    },
    expect: [
      { kind: "warning", message: /warning \S*traversal\/manifest\.json: entry "\.\.\/\.\.\/etc\/passwd" is not a file name inside the folder; ignored/ },
      { kind: "warning", message: /warning \S*traversal\/manifest\.json: entry "\/etc\/passwd" is not a file name inside the folder; ignored/ },
      { kind: "warning", message: /warning \S*traversal\/manifest\.json: entry "\.\.\\\.\.\\windows\\win\.ini" is not a file name inside the folder; ignored/ },
      { kind: "warning", message: /warning \S*traversal\/manifest\.json: lists ghost\.txt, which is not among the inputs/ },
      metXiPutin,
    ],
  },
  {
    name: "a symlink loop in the input folder",
    make: (dir) => {
      mkdirSync(join(dir, "loop"));
      writeFileSync(join(dir, "loop", "c.txt"), CLEAN);
      symlinkSync(join(dir, "loop"), join(dir, "loop", "again"));
    },
    expect: [{ kind: "warning", message: /loop\/again: symlink loop or repeated folder; skipped/ }, metXiPutin],
  },
  {
    name: "a link to a file that is not there",
    make: (dir) => {
      mkdirSync(join(dir, "dangling"));
      writeFileSync(join(dir, "dangling", "e.txt"), CLEAN);
      symlinkSync(join(dir, "dangling", "gone.txt"), join(dir, "dangling", "link.txt"));
    },
    expect: [{ kind: "warning", message: /dangling\/link\.txt: cannot read \(ENOENT\)/ }, metXiPutin],
  },
];

/** Dictionary files that must be refused, naming the file and the entry (exit code 1). */
export const DICTIONARY_CASES: { name: string; file: unknown; message: RegExp }[] = [
  { name: "a file that is not JSON", file: "{ persons: [", message: /bad\.json: not valid JSON/ },
  {
    name: "a duplicate alias",
    file: { version: "1", persons: [{ id: "dup-person", name: "Dup Person", zhHans: ["习近平"], zhHant: [], offices: [] }] },
    message: /bad\.json: entry dup-person: alias "习近平" is already used by xi-jinping/,
  },
  {
    name: "an unknown field",
    file: { version: "1", persons: [{ id: "odd-person", name: "Odd", zhHans: ["某某某"], zhHant: [], offices: [], nickname: "x" }] },
    message: /bad\.json: entry persons\[0\] \(odd-person\).*nickname/s,
  },
  {
    name: "an office that ends before it starts",
    file: { version: "1", persons: [{ id: "late-person", name: "Late", zhHans: ["某某乙"], zhHant: [], offices: [{ role: "other", of: "FRA", title: "Envoy", start: "2020-01-01", end: "2019-01-01" }] }] },
    message: /bad\.json: entry late-person: office "Envoy" ends \(2019-01-01\) before it starts \(2020-01-01\)/,
  },
];
