/**
 * Articles with no diplomatic event at all: economy, weather, sport and domestic politics, naming
 * countries, cities and leaders the way such stories do (a leader touring a factory at home, an
 * approval rating, a football friendly between two countries). Their gold event list is empty.
 */
import type { Cast, Official } from "./actors.js";
import { addDays } from "./calendar.js";
import { enRecentDay, zhRecentDay } from "./dates.js";
import { capitalise } from "./render-en.js";
import type { Body } from "./render-zh.js";
import type { ArticleWriter, Sentence } from "./writer.js";

const S = (text: string): Sentence => ({ text: capitalise(text), events: [] });

export function noiseBody(w: ArticleWriter, cast: Cast, published: string, usable: (o: Official) => boolean): Body {
  const r = w.r;
  const zh = w.script !== "en";
  const countries = [...cast.countries.values()].filter((c) => c.id !== "TWN" && c.cities.some((x) => (zh ? x.zh : x.en)));
  const c = r.pick(countries);
  const other = r.pick(countries.filter((x) => x.id !== c.id));
  const city = r.pick(c.cities.filter((x) => (zh ? x.zh : x.en)));
  const cityName = (zh ? city.zh : city.en)!;
  // each story its own day, up to five days back
  const day = () => addDays(published, -r.int(0, 5));
  const whenOf = () => (zh ? zhRecentDay(day(), published, r) : enRecentDay(day(), published, r));
  const leader = cast.officials(published, "leader").find((o) => o.country === c.id && usable(o));
  const C = w.countryText(c.id);
  const O = w.countryText(other.id);
  const n = r.int(10, 95);
  const pool: [number, () => Sentence[]][] = zh
    ? [
        [2, () => [S(`${C}中央银行${whenOf()}宣布，将基准利率下调${r.int(1, 5) * 25}个基点。`), S(`分析人士认为，此举旨在提振疲弱的国内需求。`)]],
        [2, () => [S(`${C}统计部门${whenOf()}公布的数据显示，今年前${r.int(2, 10)}个月该国出口同比增长${n / 10}%。`), S(`其中，对${O}出口增幅最大。`)]],
        [2, () => [S(`受强降雨影响，${cityName}${whenOf()}多条道路积水严重，部分航班延误或取消。`), S(`气象部门预计，降雨将持续到本周末。`)]],
        [1, () => [S(`${cityName}国际马拉松赛${whenOf()}鸣枪开跑，来自${r.int(20, 60)}个国家和地区的${r.int(5, 30)}000名选手参赛。`)]],
        [1, () => [S(`${C}队与${O}队的足球友谊赛${whenOf()}在${cityName}举行，双方最终${r.int(0, 3)}比${r.int(0, 3)}收场。`)]],
        ...(leader
          ? ([
              [2, () => [S(`${w.person(leader)}${whenOf()}视察了${cityName}的一家汽车工厂，并同工人们交谈。`)]],
              [2, () => [S(`最新民调显示，${w.person(leader)}的支持率升至${n % 60 + 20}%。`), S(`民调机构称，经济议题仍是选民最关心的问题。`)]],
              [1, () => [S(`${w.person(leader)}${whenOf()}在议会发表年度讲话，重点谈及就业和物价问题。`)]],
            ] as [number, () => Sentence[]][])
          : []),
      ]
    : [
        [2, () => [S(`${w.countryText(c.id, { possessive: true })} central bank cut its benchmark interest rate by ${r.int(1, 5) * 25} basis points ${whenOf()}.`), S(`Analysts said the move aimed to support weak domestic demand.`)]],
        [2, () => [S(`Exports from ${C} rose ${n / 10}% in the first ${r.int(2, 10)} months of the year, official data showed ${whenOf()}.`), S(`Shipments to ${O} grew the fastest.`)]],
        [2, () => [S(`Heavy rain flooded streets in ${cityName} ${whenOf()}, disrupting flights and road traffic.`), S(`Forecasters expect more rain through the weekend.`)]],
        [1, () => [S(`${C} and ${O} drew ${r.int(0, 3)}-${r.int(0, 3)} in a football friendly in ${cityName} ${whenOf()}.`)]],
        ...(leader
          ? ([
              [2, () => [S(`${w.person(leader)} toured a car factory in ${cityName} ${whenOf()}, talking with workers about wages.`)]],
              [2, () => [S(`${w.person(leader, { possessive: true })} approval rating rose to ${n % 60 + 20}% in the latest poll.`), S(`Pollsters said the economy remained voters' top concern.`)]],
              [1, () => [S(`${w.person(leader)} delivered an annual address to parliament ${whenOf()}, focusing on jobs and prices.`)]],
            ] as [number, () => Sentence[]][])
          : []),
      ];
  const paragraphs = r.sample(pool, r.int(2, 3)).map(([, make]) => make());
  const headline = zh
    ? r.pick([`${cityName}${r.pick(["暴雨致交通受阻", "马拉松赛开跑", "经济数据出炉"])}`, `${w.countryName(c.id)}${r.pick(["央行降息", "出口保持增长", "公布最新经济数据"])}`])
    : r.pick([`${cityName} ${r.pick(["hit by heavy rain", "hosts marathon", "braces for storms"])}`, `${w.country(c.id).name} ${r.pick(["cuts rates", "exports rise", "releases new data"])}`]);
  return { headline, paragraphs, place: c.id };
}
