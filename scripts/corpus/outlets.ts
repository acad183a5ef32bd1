/**
 * The outlets articles appear in: their script, datelines and page habits. Datelines are written as
 * each outlet writes them (新华社北京6月4日电, （吉隆坡4日讯）, （中央社記者…台北4日專電）,
 * "MOSCOW, June 4 (Reuters) -"); they date the report, never the event.
 */
import type { Script } from "./actors.js";
import { day, month } from "./calendar.js";
import { enMonthDay } from "./dates.js";
import type { Random } from "./random.js";

export interface DatelineContext {
  city: string;
  reported: string;
  reporter: string;
  r: Random;
}

export interface Outlet {
  slug: string;
  name: string;
  site: string;
  script: Script;
  /** Mainland outlets write 国家主席习近平 without 中国. */
  mainland: boolean;
  /** Dateline before the lead ("" for none); Chinese ones are written Simplified and converted. */
  dateline(ctx: DatelineContext): string;
  /** English date style in the text. */
  style: "full" | "ap" | "reuters";
  /** Paragraphs indented with two ideographic spaces. */
  indent: number;
  weight: number;
}

const zh = (o: Omit<Outlet, "style">): Outlet => ({ ...o, style: "full" });

export const OUTLETS: Outlet[] = [
  zh({ slug: "xinhua", name: "新华社", site: "新华网", script: "hans", mainland: true, indent: 0.3, weight: 5, dateline: ({ city, reported, reporter, r }) => `新华社${city}${month(reported)}月${day(reported)}日电${r.chance(0.4) ? `（记者${reporter}）` : ""} ` }),
  zh({ slug: "chinanews", name: "中国新闻网", site: "中国新闻网", script: "hans", mainland: true, indent: 0.5, weight: 3, dateline: ({ city, reported, r }) => `中新网${r.chance(0.5) ? city : ""}${month(reported)}月${day(reported)}日电 ` }),
  zh({ slug: "peoplesdaily", name: "人民日报", site: "人民网", script: "hans", mainland: true, indent: 0.6, weight: 2, dateline: ({ city, reported, reporter }) => `本报${city}${month(reported)}月${day(reported)}日电（记者${reporter}）` }),
  zh({ slug: "sinchew", name: "星洲日报", site: "星洲网", script: "hans", mainland: false, indent: 0, weight: 3, dateline: ({ city, reported }) => `（${city}${day(reported)}日讯）` }),
  zh({ slug: "zaobao", name: "联合早报", site: "联合早报网", script: "hans", mainland: false, indent: 0, weight: 2, dateline: ({ city }) => `（${city}综合讯）` }),
  zh({ slug: "globaltimes", name: "环球时报", site: "环球网", script: "hans", mainland: true, indent: 0.3, weight: 1, dateline: () => "" }),
  zh({ slug: "cna", name: "中央社", site: "中央通讯社", script: "hant", mainland: false, indent: 0, weight: 4, dateline: ({ city, reported, reporter, r }) => (r.chance(0.5) ? `（中央社记者${reporter}${city}${day(reported)}日专电）` : `（中央社${city}${day(reported)}日综合外电报导）`) }),
  zh({ slug: "mingpao", name: "明报", site: "明报新闻网", script: "hant", mainland: false, indent: 0, weight: 2, dateline: () => "【明报专讯】" }),
  zh({ slug: "singtao", name: "星岛日报", site: "星岛网", script: "hant", mainland: false, indent: 0, weight: 2, dateline: () => "（星岛日报报道）" }),
  zh({ slug: "xinhuatw", name: "新华社", site: "新华网", script: "hant", mainland: true, indent: 0.3, weight: 1, dateline: ({ city, reported }) => `新华社${city}${month(reported)}月${day(reported)}日电 ` }),
  zh({ slug: "ltn", name: "自由时报", site: "自由时报电子报", script: "hant", mainland: false, indent: 0, weight: 1, dateline: ({ reporter }) => `〔记者${reporter}／综合报导〕` }),
  {
    slug: "reuters",
    name: "Reuters",
    site: "Reuters",
    script: "en",
    mainland: false,
    indent: 0,
    weight: 4,
    style: "reuters",
    dateline: ({ city, reported }) => `${city.toUpperCase()}, ${enMonthDay(reported, "reuters")} (Reuters) - `,
  },
  { slug: "ap", name: "Associated Press", site: "AP News", script: "en", mainland: false, indent: 0, weight: 3, style: "ap", dateline: ({ city }) => `${city.toUpperCase()} (AP) — ` },
  {
    slug: "xinhuaen",
    name: "Xinhua",
    site: "Xinhua English",
    script: "en",
    mainland: false,
    indent: 0,
    weight: 2,
    style: "full",
    dateline: ({ city, reported }) => `${city.toUpperCase()}, ${enMonthDay(reported)} (Xinhua) -- `,
  },
  { slug: "afp", name: "AFP", site: "France 24", script: "en", mainland: false, indent: 0, weight: 1, style: "full", dateline: ({ city }) => `${city} (AFP) - ` },
  { slug: "straitstimes", name: "The Straits Times", site: "The Straits Times", script: "en", mainland: false, indent: 0, weight: 2, style: "full", dateline: () => "" },
];

export function pickOutlet(r: Random, script: Script, not?: string): Outlet {
  const list = OUTLETS.filter((o) => o.script === script && o.slug !== not);
  return r.weighted(list.map((o) => [o.weight, o] as const));
}
