import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest, ingestText } from "../../src/ingest/article.js";
import { SEEDS, sharedEngine } from "../helpers.js";

const roles = (file: string) => {
  const r = ingest(file, readFileSync(join(SEEDS, file)), { segmenter: sharedEngine().segmenter });
  if (!r.ok) throw new Error(r.reason);
  const a = r.article;
  return a.paragraphs.map((p) => ({ role: p.role, text: a.text.slice(p.start, p.end) }));
};

describe("segmenting pages into body and chrome", () => {
  it("reads a photo caption under the title as text, not as a second headline line", () => {
    const text = "胡锦涛致电祝贺奥巴马当选连任\n资料图片：2011年1月19日，胡锦涛在华盛顿同奥巴马举行会谈。新华社记者某某摄\n新华社北京11月7日电 国家主席胡锦涛7日致电奥巴马。\n";
    const r = ingestText("caption.txt", text, "UTF-8", { segmenter: sharedEngine().segmenter });
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.paragraphs.map((p) => p.role)).toEqual(["headline", "body", "body"]);
  });

  it("drops the related-news sidebar of a Malaysian daily, with its datelines", () => {
    const ps = roles("000_cb4b9fd4524df28c.txt");
    const body = ps.filter((p) => p.role === "body").map((p) => p.text).join("\n");
    expect(body).toContain("金正恩在给习近平的贺函中说");
    expect(body).not.toContain("热门新闻");
    expect(body).not.toContain("纽约23日讯");
    expect(body).not.toContain("阅读全文");
    expect(ps[0].role).toBe("headline");
  });

  it("drops a sidebar that carries a later date", () => {
    const body = roles("002_19d25fd4236bf97b.txt").filter((p) => p.role === "body").map((p) => p.text).join("\n");
    expect(body).not.toContain("2024-11-22");
    expect(body).not.toContain("韩国瑜");
    expect(body).toContain("李尚福上任后2023年4月首度外访选择俄罗斯");
  });

  it("drops forum login prompts and counters", () => {
    const ps = roles("001_1c881e771c4f9be6.txt");
    const body = ps.filter((p) => p.role === "body").map((p) => p.text);
    expect(body.some((t) => t.includes("马上注册"))).toBe(false);
    expect(body.some((t) => t.includes("立即注册"))).toBe(false);
    expect(body.some((t) => t.includes("人阅读"))).toBe(false);
    expect(body.some((t) => t.includes("克里沃鲁奇科"))).toBe(true);
  });

  it("finds the headline after a breadcrumb", () => {
    const ps = roles("003_b8f6d30423d2579c.txt");
    expect(ps.find((p) => p.role === "headline")?.text).toBe("習近平會見白俄羅斯總統盧卡申科");
  });
});
