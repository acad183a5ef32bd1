/**
 * Meetings on the sidelines: summits and forums by the level of those who attend, in both
 * languages, with the city of the ones that always meet in the same place.
 */
import type { Level } from "./actors.js";

export interface Summit {
  level: Level;
  zh: string;
  en: string;
  /** Where it always meets. */
  at?: { country: string; zh: string; en: string };
  /** Else the countries that take turns hosting it (in their capitals). */
  hosts?: string[];
}

const G20 = ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA"];
const APEC = ["AUS", "BRN", "CAN", "CHL", "CHN", "IDN", "JPN", "KOR", "MYS", "MEX", "NZL", "PNG", "PER", "PHL", "RUS", "SGP", "THA", "USA", "VNM"];
const ASEAN = ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"];

export const SUMMITS: Summit[] = [
  { level: "leader", zh: "二十国集团领导人峰会", en: "Group of 20 summit", hosts: G20 },
  { level: "leader", zh: "亚太经合组织领导人非正式会议", en: "APEC leaders' meeting", hosts: APEC },
  { level: "leader", zh: "联合国大会", en: "U.N. General Assembly", at: { country: "USA", zh: "纽约", en: "New York" } },
  { level: "leader", zh: "世界经济论坛年会", en: "World Economic Forum", at: { country: "CHE", zh: "达沃斯", en: "Davos" } },
  { level: "foreign", zh: "二十国集团外长会议", en: "G20 foreign ministers' meeting", hosts: G20 },
  { level: "foreign", zh: "东盟地区论坛外长会", en: "ASEAN Regional Forum", hosts: ASEAN },
  { level: "foreign", zh: "慕尼黑安全会议", en: "Munich Security Conference", at: { country: "DEU", zh: "慕尼黑", en: "Munich" } },
  { level: "defence", zh: "香格里拉对话会", en: "Shangri-La Dialogue", at: { country: "SGP", zh: "新加坡", en: "Singapore" } },
  { level: "defence", zh: "慕尼黑安全会议", en: "Munich Security Conference", at: { country: "DEU", zh: "慕尼黑", en: "Munich" } },
  { level: "defence", zh: "北京香山论坛", en: "Beijing Xiangshan Forum", at: { country: "CHN", zh: "北京", en: "Beijing" } },
];
