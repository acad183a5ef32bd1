/**
 * Chinese phrasings, written from how Xinhua, People's Daily, Zaobao, Sin Chew, CNA and Ming Pao
 * report diplomacy, independently of the extractor's trigger lexicon (the test is not circular).
 * Text is Simplified; Traditional articles are converted from it, names aside.
 */

/** Support: what one side backs (the country's name or side form goes in front). */
export const SUPPORT_ZH = [
  "维护国家主权、安全和发展利益",
  "走符合本国国情的发展道路",
  "为维护国家稳定所作的努力",
  "在涉及自身核心利益问题上的正当立场",
  "竞选联合国安理会非常任理事国",
  "举办下届峰会的申请",
];
export const INITIATIVES_ZH = ["和平倡议", "区域合作倡议", "发展倡议"];

export const JOINT_STATEMENT_TOPICS_ZH = [
  "深化全面战略伙伴关系",
  "建立全面战略伙伴关系",
  "加强新时代全方位合作",
  "共同推进高质量发展合作",
  "进一步加强战略协作",
  "深化互利合作",
  "加强经贸投资合作",
  "推进共建“一带一路”合作",
];
export const FIELDS_ZH = ["数字经济", "绿色发展", "农业", "卫生", "教育", "人文交流", "基础设施建设", "科技创新"];

export const DISASTERS_ZH = ["发生强烈地震", "遭受严重洪涝灾害", "发生严重森林火灾", "发生恐怖袭击事件"];
export const LETTER_TOPICS_ZH = ["就深化两国合作提出建议", "感谢对方对发展两国关系的重视", "就地区局势交换看法", "表示愿继续加强双方沟通"];

export const CALL_TOPICS_ZH = ["双边关系", "乌克兰局势", "中东局势", "朝鲜半岛形势", "经贸合作", "气候变化"];

/** Venues in a few capitals, as the Chinese press names them. */
export const VENUES_ZH: Record<string, string[]> = {
  CHN: ["人民大会堂", "钓鱼台国宾馆"],
  RUS: ["克里姆林宫"],
  USA: ["白宫"],
  PRK: ["锦绣山迎宾馆"],
};

export const REPORTERS_ZH = ["王晓明", "李婧", "张宇轩", "陈嘉伦", "刘思远", "赵文静", "黄建华", "周一鸣", "吴佳怡", "郑浩然", "孙悦", "冯立新"];
export const EDITORS_ZH = ["王震、岳弘彬", "刘洁", "陈羽", "杨光", "许晴", "高雅"];

export const SIDEBAR_HEADINGS_ZH = ["热门新闻", "相关新闻", "推荐阅读", "延伸阅读", "大家都在看", "精彩推荐"];
export const MORE_ZH = ["阅读全文", "阅读全文", "查看全文", "点击阅读"];

/** Headlines of other stories, for teasers and related lists (no event of the article). */
export const NEWS_TEASERS_ZH = [
  "多地迎来降温降雨天气",
  "国际油价连续三日上涨",
  "新能源汽车出口持续增长",
  "暑期旅游市场持续升温",
  "全球芯片供应链面临新挑战",
  "多国央行宣布维持利率不变",
  "马拉松赛事报名人数创新高",
  "专家解读最新经济数据",
];

export const FILLERS_ZH = [
  "双方就双边关系以及共同关心的国际和地区问题深入交换了意见。",
  "双方同意加强在联合国等多边机制中的沟通与协调。",
  "会谈在友好、坦诚的气氛中进行。",
  "双方还就推进务实合作达成多项共识。",
];

/** Paragraphs of talk and background with no event in them (x: a speaker, xc and yc: countries). */
export const PADDING_ZH: ((x: string, xc: string, yc: string) => string)[] = [
  (x, xc) => `${x}指出，当前国际形势复杂多变，${xc}愿同各方加强沟通协调，共同维护地区和平稳定。`,
  (x) => `${x}表示，双方应继续深化经贸、投资、能源、农业等领域务实合作，推动两国关系取得更多成果。`,
  (x, xc, yc) => `${x}说，${xc}政府高度重视发展同${yc}的关系，愿同对方携手应对各种风险挑战。`,
  () => `双方一致认为，两国关系发展势头良好，各领域合作成果丰硕，人文交流日益密切。`,
  () => `分析人士指出，两国近年来在能源和基础设施领域的合作不断扩大，双边贸易结构持续优化。`,
  (_, xc, yc) => `${xc}是${yc}重要的贸易伙伴之一，两国在农产品、机电产品等领域互补性强。`,
  () => `据了解，双方还讨论了加强人文交流、扩大留学生规模、便利人员往来等议题。`,
  (x, xc) => `${x}强调，${xc}愿与国际社会一道，共同应对气候变化、粮食安全、公共卫生等全球性挑战。`,
  () => `双方同意保持各层级交往，加强治国理政经验交流，深化执法安全合作。`,
  (x) => `${x}还介绍了本国在数字经济和绿色转型方面的最新举措，希望双方在相关领域开展更多合作。`,
  (x, xc, yc) => `${x}表示，${xc}和${yc}都是发展中国家，在许多国际和地区问题上立场相近，双方应加强在多边场合的协调配合，共同维护发展中国家的正当权益。`,
  () => `双方认为，应充分发挥政府间合作委员会的统筹协调作用，用好现有合作机制，推动重点项目早日落地见效。`,
  (x) => `${x}指出，青年是两国友好的未来，双方应鼓励更多年轻人互访交流，增进相互了解，夯实两国关系的民意基础。`,
  () => `有评论认为，在全球经济复苏乏力、地缘政治风险上升的背景下，两国加强合作具有重要的现实意义。`,
  (_, xc, yc) => `据${xc}官方统计，目前在${yc}经营的${xc}企业已超过数百家，涉及能源、矿产、制造、物流等多个行业。`,
  () => `双方还就共同关心的国际和地区热点问题交换了看法，认为应坚持通过政治途径解决争端，反对动辄使用单边制裁。`,
  (x) => `${x}说：“我们之间的合作不针对任何第三方，也不受任何第三方干扰。”`,
  () => `观察人士注意到，近年来双方高层交往频繁，政治互信不断增强，为各领域合作提供了有力保障。`,
];
