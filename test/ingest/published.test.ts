import { describe, expect, it } from "vitest";
import { publicationDateFromPage } from "../../src/ingest/published.js";

describe("publication date from the page", () => {
  it.each([
    ["<!--1686563102000-->\n[标题](https://x)", "2023-06-12"],
    ["首頁 > 頭條\n習近平會見\n發佈時間：2025-06-05 09:19:14 | 來源：新華網", "2025-06-05"],
    ["标题\n发布时间：2024年5月6日 10:00\n正文", "2024-05-06"],
    ["<div>12/06/2023 - 11:28</div><p>正文</p>", "2023-06-12"],
    ["新闻关注 328 人阅读 | 0 人回复 | 2024-07-20\n正文", "2024-07-20"],
    ["Duda and Tusk in Washington\nPublished: 12 March 2024\nWASHINGTON —", "2024-03-12"],
    ["Headline\nUpdated June 4, 2025 10:00 GMT\nText", "2025-06-04"],
  ])("%#: %s", (page, expected) => {
    expect(publicationDateFromPage(page)).toBe(expected);
  });

  it("reads no date from a sidebar far below the top", () => {
    const page = "标题\n" + "正文段落。\n".repeat(40) + "热门新闻\n【东方头条】2024-11-22\n";
    expect(publicationDateFromPage(page)).toBeUndefined();
  });
});
