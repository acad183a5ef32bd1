/**
 * A large synthetic corpus for load tests: articles made of seed-style sentences (visits, meetings,
 * calls, congratulations, support) between leaders the dictionary knows, each article dated a day
 * apart. Pairs of neighbouring articles report the same meeting, so some events have two sources.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const LEADERS = [
  { zh: "俄罗斯总统普京", short: "普京", country: "俄罗斯" },
  { zh: "朝鲜最高领导人金正恩", short: "金正恩", country: "朝鲜" },
  { zh: "白俄罗斯总统卢卡申科", short: "卢卡申科", country: "白俄罗斯" },
  { zh: "印度总理莫迪", short: "莫迪", country: "印度" },
  { zh: "土耳其总统埃尔多安", short: "埃尔多安", country: "土耳其" },
  { zh: "巴西总统卢拉", short: "卢拉", country: "巴西" },
  { zh: "南非总统拉马福萨", short: "拉马福萨", country: "南非" },
  { zh: "哈萨克斯坦总统托卡耶夫", short: "托卡耶夫", country: "哈萨克斯坦" },
];

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const md = (t: number) => `${new Date(t).getUTCMonth() + 1}月${new Date(t).getUTCDate()}日`;

/** Writes `count` articles and their manifest into `dir`; returns the folder. */
export function writeLargeCorpus(dir: string, count: number): string {
  mkdirSync(dir, { recursive: true });
  const start = Date.UTC(2023, 0, 2);
  const manifest: { file: string; published: string }[] = [];
  for (let i = 0; i < count; i++) {
    const published = start + i * DAY;
    // neighbours (2k, 2k+1) tell the same meeting, dated the day before the first of them
    const shared = start + (i - (i % 2)) * DAY - DAY;
    const guest = LEADERS[Math.floor(i / 2) % LEADERS.length];
    const a = LEADERS[(i + 1) % LEADERS.length];
    const b = LEADERS[(i + 3) % LEADERS.length];
    const c = LEADERS[(i + 5) % LEADERS.length];
    const text = [
      `习近平会见${guest.short}(第${i}号简报)`,
      "",
      `${md(shared)},国家主席习近平在北京会见${guest.zh}。`,
      "",
      `${md(published)},${a.zh}与${b.zh}通电话。${b.short}表示全力支持${a.short}。`,
      "",
      `${md(published)},${c.zh}访问${a.country}。`,
      "",
      `${a.short}祝贺${c.short}当选连任总统。`,
      "",
    ].join("\n");
    const file = `article-${String(i).padStart(5, "0")}.txt`;
    writeFileSync(join(dir, file), text);
    manifest.push({ file, published: iso(published) });
  }
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest, null, 1));
  return dir;
}
