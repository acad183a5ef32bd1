/**
 * English phrasings, written from how Reuters, AP, AFP, Xinhua's English service and The Straits
 * Times report diplomacy, independently of the extractor's trigger lexicon.
 */

/** What a country's support is for, after "<country>'s". */
export const SUPPORT_EN = [
  "efforts to safeguard its sovereignty, security and development interests",
  "right to choose a development path suited to its national conditions",
  "efforts to maintain national stability",
  "legitimate position on issues concerning its core interests",
  "bid for a non-permanent seat on the U.N. Security Council",
  "bid to host the next summit",
];
export const INITIATIVES_EN = ["peace initiative", "regional cooperation initiative", "development initiative"];

export const JOINT_STATEMENT_TOPICS_EN = [
  "deepening their comprehensive strategic partnership",
  "establishing a comprehensive strategic partnership",
  "strengthening all-round cooperation in the new era",
  "high-quality development cooperation",
  "further strengthening strategic coordination",
  "deepening mutually beneficial cooperation",
  "trade and investment cooperation",
  "cooperation under the Belt and Road Initiative",
];
export const FIELDS_EN = ["the digital economy", "green development", "agriculture", "health", "education", "cultural exchanges", "infrastructure", "science and innovation"];

export const DISASTERS_EN = ["a powerful earthquake", "deadly floods", "devastating wildfires", "a deadly attack"];
export const LETTER_TOPICS_EN = [
  "setting out proposals to deepen cooperation between the two countries",
  "thanking the recipient for the attention given to bilateral ties",
  "sharing views on the regional situation",
  "pledging to keep up close communication",
];

export const CALL_TOPICS_EN = ["bilateral ties", "the war in Ukraine", "the Middle East", "the Korean peninsula", "trade", "climate change"];

export const BYLINES_EN = ["Maria Kovacs", "James Whitfield", "Anna Petrova", "David Okafor", "Laura Chen", "Tom Ashworth", "Priya Raman", "Lucas Moreau"];

export const SIDEBAR_HEADINGS_EN = ["Related", "Related stories", "Read more", "Most read", "More from this section", "Editors' picks"];

export const NEWS_TEASERS_EN = [
  "Oil prices climb for third day on supply worries",
  "Heatwave grips southern Europe",
  "Chipmakers brace for new export rules",
  "Central banks hold rates steady",
  "Record entries for city marathon",
  "What the latest jobs data tells us",
  "Airlines add routes as travel demand recovers",
  "Scientists track rare comet",
];

export const FILLERS_EN = [
  "The two sides exchanged views on bilateral relations and international issues of common concern.",
  "Officials from both countries described the atmosphere as constructive.",
  "The talks covered trade, energy and security, according to a readout.",
  "Both sides agreed to step up coordination at the United Nations.",
];

/** Paragraphs of talk and background with no event in them (x: a speaker, xc and yc: countries). */
export const PADDING_EN: ((x: string, xc: string, yc: string) => string)[] = [
  (x, xc) => `${x} said the international situation was complex and ${xc} was ready to strengthen communication with all parties to keep the region stable.`,
  () => "Officials said the two sides discussed energy, infrastructure and agriculture projects, as well as ways to ease visa procedures for business travellers.",
  () => "Analysts say cooperation between the two countries has expanded in recent years, particularly in energy and infrastructure.",
  () => "The two sides also discussed student exchanges, tourism and direct flights, according to a statement released after the meeting.",
  (x, xc) => `${x} said ${xc} would work with the international community to address climate change, food security and public health.`,
  (x) => `"Our relations are on a good track and there is a lot of potential in trade," ${x} told reporters.`,
  () => "Diplomats said the discussions were frank and covered areas where the two sides still disagree.",
  (x) => `${x} also outlined plans to expand the digital economy and speed up the energy transition, officials said.`,
  (x, xc, yc) => `${x} said ${xc} and ${yc} shared similar positions on many international issues and should coordinate more closely in multilateral forums.`,
  () => "Both governments have set up a joint commission to oversee investment projects, though several of them have been delayed by financing problems.",
  () => "Critics at home have questioned the cost of some of the projects, arguing that the benefits for local businesses remain unclear.",
  (_, xc, yc) => `Hundreds of companies from ${xc} now operate in ${yc}, in sectors ranging from mining and energy to logistics, according to government figures.`,
  (x) => `"Our cooperation is not directed against any third party," ${x} said at a news conference.`,
  () => "Observers noted that contacts between the two governments have become more frequent, though disagreements over market access persist.",
  () => "The meeting came amid wider diplomatic activity in the region, with several governments seeking to expand trade ties.",
  () => "Business groups welcomed the discussions but said more needed to be done to reduce tariffs and simplify customs procedures.",
];
