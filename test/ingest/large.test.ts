import { spawnSync } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import { join } from "node:path";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers.js";

const BIN = join(import.meta.dirname, "..", "..", "bin", "diplograph.js");

describe("a 50 MB file", () => {
  it("is processed in chunks within a 192 MB heap, with evidence offsets into the whole file", async () => {
    const file = join(tempDir(), "dump.txt");
    const out = createWriteStream(file);
    const filler = "（北京23日讯）本报讯，各地天气晴好，市场平稳运行，交通秩序良好。\n".repeat(40);
    let size = 0;
    let n = 0;
    while (size < 50 * 1024 * 1024) {
      const day = (n % 28) + 1;
      const block = `${filler}国家主席习近平${day}日在北京会见法国总统马克龙。\n`;
      if (!out.write(block)) await once(out, "drain");
      size += Buffer.byteLength(block);
      n++;
    }
    out.end("国家主席习近平29日在北京会见德国总理朔尔茨。\n");
    await once(out, "finish");

    const r = spawnSync(process.execPath, ["--max-old-space-size=192", BIN, "extract", file, "--published", "2024-05-28", "-q"], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.status, r.stderr).toBe(0);
    const edges = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    const macron = edges.filter((e) => e.target.name === "Emmanuel Macron");
    expect(macron.length).toBe(28);
    expect(macron.every((e) => e.type === "MET" && e.source.name === "Xi Jinping")).toBe(true);
    const scholz = edges.find((e) => e.target.name === "Olaf Scholz");
    expect(scholz).toMatchObject({ type: "MET", date: "2024-04-29" }); // 29日 after the 28th: last month's
    const text = readFileSync(file, "utf8");
    const last = scholz.evidence[0];
    expect(last.start).toBeGreaterThan(15_000_000); // offsets count UTF-16 units of the decoded text
    expect(text.slice(last.start, last.end)).toBe(last.text);
  }, 180_000);
});
