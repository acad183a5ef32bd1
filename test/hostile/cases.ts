/**
 * The hostile corpus: each case makes its file(s) in a folder and says what must happen. Binary and
 * huge inputs are generated rather than committed; the article texts are small and written here.
 */
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";

export type Expectation =
  | { kind: "skipped"; reason: RegExp }
  | { kind: "edge"; type: string; source: string; target: string; date?: string }
  | { kind: "no-edge" }
  | { kind: "warning"; message: RegExp };

export interface HostileCase {
  name: string;
  /** Writes the case's files into dir. */
  make: (dir: string) => void;
  expect: Expectation[];
}

const CLEAN = "（北京23日讯）国家主席习近平23日在北京会见俄罗斯总统普京。";
const metXiPutin: Expectation = { kind: "edge", type: "MET", source: "Xi Jinping", target: "Vladimir Putin", date: "2024-05-23" };
const text = (name: string, body: string | Buffer) => (dir: string) => writeFileSync(join(dir, name), body);

export const FILE_CASES: HostileCase[] = [
  { name: "a PDF", make: text("report.txt", Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(200, 7)])), expect: [{ kind: "skipped", reason: /report\.txt: binary file \(PDF\)/ }] },
  { name: "a PNG named .txt", make: text("photo.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82])), expect: [{ kind: "skipped", reason: /photo\.txt: binary file \(PNG\)/ }] },
  { name: "a gzip named .html", make: text("page.html", Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3])), expect: [{ kind: "skipped", reason: /page\.html: binary file \(gzip\)/ }] },
  { name: "an empty file", make: text("empty.txt", ""), expect: [{ kind: "skipped", reason: /empty\.txt: empty file/ }] },
  { name: "a whitespace-only file", make: text("blank.txt", " \n\t\r\n　\n"), expect: [{ kind: "skipped", reason: /blank\.txt: empty file \(whitespace only\)/ }] },
  {
    name: "a 200 MB file",
    make: (dir) => {
      writeFileSync(join(dir, "dump.txt"), "");
      truncateSync(join(dir, "dump.txt"), 200 * 1024 * 1024);
    },
    expect: [{ kind: "skipped", reason: /dump\.txt: larger than the 67108864 byte limit/ }],
  },
  {
    name: "one 10 MB line",
    make: text("oneline.txt", "各地天气晴好，市场平稳运行，".repeat(250_000) + "（北京23日讯）国家主席习近平23日在北京会见俄罗斯总统普京。"),
    expect: [metXiPutin],
  },
  {
    name: "invalid UTF-8 bytes in UTF-8 text",
    make: text("broken.txt", Buffer.concat([Buffer.from(CLEAN.slice(0, 10)), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(CLEAN.slice(10))])),
    expect: [{ kind: "warning", message: /broken\.txt: \d+ invalid UTF-8 byte sequence\(s\) replaced/ }],
  },
  {
    name: "GBK and UTF-8 mixed in one file",
    make: text("mixed.txt", Buffer.concat([iconv.encode("（北京23日讯）国家主席习近平23日在北京会见俄罗斯总统普京。\n", "gbk"), Buffer.from("以下是UTF-8写的第二段，内容无关。\n")])),
    expect: [metXiPutin],
  },
  { name: "UTF-16 without BOM", make: text("utf16.txt", iconv.encode(CLEAN, "utf-16le")), expect: [metXiPutin] },
  {
    name: "HTML nested 10,000 levels deep",
    make: text("deep.html", "<html><body>" + "<div>".repeat(10_000) + `<p>${CLEAN}</p>` + "</div>".repeat(10_000) + "</body></html>"),
    expect: [metXiPutin],
  },
  {
    name: "a script that reads like an article",
    make: text("script.html", `<html><body><script>var story = "国家主席习近平23日在北京会见美国总统拜登。";</script><p>（北京23日讯）今天天气晴朗。</p><p>市场平稳。</p></body></html>`),
    expect: [{ kind: "no-edge" }],
  },
  { name: "a zero-width space inside 习近平", make: text("zwsp.txt", CLEAN.replace("习近平", "习\u200b近平")), expect: [metXiPutin] },
  { name: "bidi controls around names", make: text("bidi.txt", CLEAN.replace("习近平", "\u202e习近平\u202c").replace("普京", "\u2066普京\u2069")), expect: [metXiPutin] },
  { name: "Cyrillic look-alike letters in a Latin name", make: text("homoglyph.txt", "BEIJING, May 23 (Xinhua) -- Chinese President Xi Jinping met Russian President Vladimir Рutin in Beijing on Thursday."), expect: [{ kind: "edge", type: "MET", source: "Xi Jinping", target: "Vladimir Putin", date: "2024-05-23" }] },
  { name: "full-width forms", make: text("fullwidth.txt", "（北京２３日讯）国家主席习近平２３日在北京会见俄罗斯总统普京。"), expect: [metXiPutin] },
  { name: "stray spaces between characters", make: text("spaced.txt", "（北京 23 日讯） 国家 主席 习 近 平 23 日 在 北京 会见 俄罗斯 总统 普 京 。"), expect: [metXiPutin] },
  { name: "Kangxi radicals for ordinary characters", make: text("radicals.txt", "（平壤23日讯）朝鲜领导人⾦正恩23日会见俄罗斯总统普京。"), expect: [{ kind: "edge", type: "MET", source: "Kim Jong Un", target: "Vladimir Putin", date: "2024-05-23" }] },
  {
    name: "names and evidence with quotes, backslashes, */, a Cypher injection, ]]> and &#0;",
    make: text("inject.txt", "LONDON, May 23 (Reuters) - Foreign Minister Amir O'Hara met Chinese President Xi Jinping on Thursday, saying \"'})-[:X]->() DETACH DELETE n //\" and ]]> &#0; */ \\\\ were only words."),
    expect: [{ kind: "edge", type: "MET", source: "Amir O'Hara", target: "Xi Jinping", date: "2024-05-23" }],
  },
  { name: "impossible dates", make: text("baddates.txt", "（北京23日讯）国家主席习近平2月30日在北京会见俄罗斯总统普京。13月5日双方通电话。"), expect: [{ kind: "edge", type: "MET", source: "Xi Jinping", target: "Vladimir Putin" }] },
  { name: "NUL bytes", make: text("nul.txt", Buffer.alloc(4000, 0)), expect: [{ kind: "skipped", reason: /nul\.txt: .*(binary|UTF-16)/ }] },
  { name: "malformed HTML", make: text("malformed.html", `<html><body><p>${CLEAN}<div><span><p><b>未闭合<i>标签</b></span><table><tr><td>x</body></html>`), expect: [metXiPutin] },
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
    expect: [{ kind: "warning", message: /badmanifest\/manifest\.json: manifest is not valid JSON/ }, metXiPutin],
  },
  {
    name: "a manifest naming missing files and a path out of the folder",
    make: (dir) => {
      mkdirSync(join(dir, "traversal"));
      writeFileSync(join(dir, "traversal", "manifest.json"), JSON.stringify([{ file: "../../etc/passwd", published: "2024-01-01" }, { file: "ghost.txt", published: "2024-01-01" }, { file: "b.txt", published: "2024-05-23" }]));
      writeFileSync(join(dir, "traversal", "b.txt"), CLEAN);
    },
    expect: [
      { kind: "warning", message: /"\.\.\/\.\.\/etc\/passwd" is not a file name inside the folder; ignored/ },
      { kind: "warning", message: /lists ghost\.txt, which is not among the inputs/ },
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
];

/** Dictionary files that must be refused, naming the file and the entry (exit code 1). */
export const DICTIONARY_CASES: { name: string; file: unknown; message: RegExp }[] = [
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
