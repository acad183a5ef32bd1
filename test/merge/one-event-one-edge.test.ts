import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import { sharedEngine, tempDir } from "../helpers.js";

/** Extracts a few articles written to a temporary folder with a manifest. */
function extract(articles: Record<string, { published: string; text: string }>) {
  const dir = tempDir();
  for (const [name, a] of Object.entries(articles)) writeFileSync(join(dir, name), a.text);
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(Object.entries(articles).map(([file, a]) => ({ file, published: a.published }))));
  const r = runPipeline({ paths: [dir] }, sharedEngine());
  return r.edges.map((e) => ({ type: e.type, s: e.source.id, t: e.target.id, date: e.date, status: e.status, docs: e.docs, sources: e.sources, cameo: e.cameo, agreement: e.agreement?.title }));
}

describe("one event, one edge", () => {
  it("keeps the person edge when the same event is told with persons and with their countries", () => {
    const edges = extract({
      "a.txt": { published: "2023-06-12", text: "（平壤12日讯）朝鲜领导人金正恩12日在给俄罗斯总统普京的贺电中表示，平壤全力支持莫斯科。\n金正恩说，朝鲜人民全力支持俄罗斯。" },
    });
    const support = edges.filter((e) => e.type === "EXPRESSED_SUPPORT");
    expect(support).toHaveLength(1);
    expect(support[0]).toMatchObject({ s: "kim-jong-un", date: "2023-06-12" });
  });

  it("merges a headline into the body's event, taking the body's date", () => {
    const edges = extract({
      "a.txt": { published: "2024-05-07", text: "马克龙会见习近平\n\n（巴黎6日讯）法国总统马克龙6日在爱丽舍宫会见到访的中国国家主席习近平。" },
    });
    expect(edges.filter((e) => e.type === "MET")).toEqual([expect.objectContaining({ s: "emmanuel-macron", t: "xi-jinping", date: "2024-05-06" })]);
  });

  it("merges a coarser date of the same relation into the finer one", () => {
    const edges = extract({
      "a.txt": { published: "2024-07-20", text: "（首尔20日讯）今年6月，金正恩与普京在平壤举行峰会。\n据报道，6月19日金正恩与普京举行了会谈。" },
    });
    expect(edges.filter((e) => e.type === "MET")).toEqual([expect.objectContaining({ date: "2024-06-19" })]);
  });

  it("makes one visit of its several days", () => {
    const edges = extract({
      "a.txt": { published: "2024-06-20", text: "（吉隆坡20日讯）中国国务院总理李强18日抵达吉隆坡，开始对马来西亚进行正式访问。\n李强19日在布城继续访问马来西亚。" },
    });
    expect(edges.filter((e) => e.type === "VISITED")).toEqual([expect.objectContaining({ s: "li-qiang", t: "MYS", date: "2024-06-18" })]);
  });

  it("counts a message sent to congratulate as a congratulation only", () => {
    const edges = extract({
      "a.txt": { published: "2024-11-07", text: "（北京7日讯）国家主席习近平7日致电特朗普，祝贺他当选美国总统。习近平在贺电中向特朗普致以问候。" },
    });
    expect(edges.map((e) => e.type)).toEqual(["CONGRATULATED"]);
  });

  it("gives no edge for negated events and marks planned ones", () => {
    const edges = extract({
      "a.txt": { published: "2024-05-10", text: "（北京10日讯）印度总理莫迪未会见中国国务院总理李强。俄罗斯总统普京将于下周访问中国。" },
    });
    expect(edges).toEqual([expect.objectContaining({ type: "VISITED", s: "vladimir-putin", t: "CHN", status: "planned" })]);
  });

  it("keeps one edge for a story republished elsewhere, with both articles and one independent source", () => {
    const story = "（北京9日讯）国家主席习近平9日在人民大会堂同来华进行国事访问的巴西总统卢拉举行会谈。两国元首签署了《联合声明》。双方同意深化合作。";
    const edges = extract({
      "a.txt": { published: "2023-04-09", text: story },
      "b.txt": { published: "2023-04-10", text: story.replace("双方同意深化合作。", "双方同意进一步深化各领域合作。") },
    });
    const met = edges.find((e) => e.type === "MET")!;
    expect(met.docs).toEqual(["a", "b"]);
    expect(met.sources).toBe(1);
  });

  it("counts independent stories among many documents: copies once, other stories each", () => {
    const met = "（北京9日讯）国家主席习近平9日在人民大会堂同来华进行国事访问的巴西总统卢拉举行会谈。";
    const filler = (i: number) => Array.from({ length: 60 }, (_, k) => String.fromCharCode(0x4e00 + ((i * 7919 + k * 104729) % 20000))).join("");
    const articles: Record<string, { published: string; text: string }> = {};
    // ten copies of one wire story, then ten stories of their own: twenty documents, eleven sources
    for (let i = 0; i < 10; i++) articles[`copy${i}.txt`] = { published: "2023-04-09", text: `${met}${filler(0)}。${i ? "（完）" : ""}` };
    for (let i = 1; i <= 10; i++) articles[`own${String(i).padStart(2, "0")}.txt`] = { published: "2023-04-09", text: `${met}${filler(i)}。` };
    const edge = extract(articles).find((e) => e.type === "MET")!;
    expect(edge.docs).toHaveLength(20);
    expect(edge.sources).toBe(11);
  });

  it("keeps two files with one article id under that id, with a warning naming the first file", () => {
    const [one, two] = [tempDir(), tempDir()];
    writeFileSync(join(one, "a.txt"), "（北京9日讯）国家主席习近平9日在人民大会堂会见巴西总统卢拉。");
    writeFileSync(join(two, "a.txt"), "（莫斯科10日讯）俄罗斯总统普京10日在克里姆林宫会见印度总理莫迪。");
    const r = runPipeline({ paths: [one, two], published: "2023-04-10" }, sharedEngine());
    expect(r.articles.map((a) => a.id)).toEqual(["a"]);
    expect(r.edges.map((e) => e.docs)).toEqual([["a"], ["a"]]);
    expect(r.summary.warnings).toEqual([{ file: join(two, "a.txt"), message: `same article id as ${join(one, "a.txt")}; both are kept under one id` }]);
  });

  it("codes a meeting at a third location as CAMEO 044", () => {
    const edges = extract({
      "a.txt": { published: "2025-02-19", text: "（利雅得18日讯）美国国务卿鲁比奥与俄罗斯外长拉夫罗夫18日在沙特首都利雅得举行会谈。" },
    });
    expect(edges).toEqual([expect.objectContaining({ type: "MET", cameo: "044", date: "2025-02-18" })]);
  });

  it("takes the agreement's title and kind", () => {
    const edges = extract({
      "a.txt": { published: "2024-06-20", text: "（平壤19日讯）金正恩与普京19日在平壤举行会谈，两国签署了《全面战略伙伴关系条约》。" },
    });
    expect(edges.find((e) => e.type === "SIGNED_AGREEMENT")).toMatchObject({ agreement: "全面战略伙伴关系条约", date: "2024-06-19" });
  });
});
