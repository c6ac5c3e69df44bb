// OECD DAC sector codes → WSIS action lines, for the IATI importer. The codes and their names are the
// OECD DAC's CRS purpose codes as IATI replicates them: the 3-digit categories (IATI SectorCategory,
// vocabulary "2") and the 5-digit codes (IATI Sector, vocabulary "1"), read in the IATI code lists
// (https://iatistandard.org/en/iati-standard/203/codelists/sector/ ; …/sectorcategory/ ;
// http://www.oecd.org/dac/stats/dacandcrscodelists.htm); the names were checked against IATI's Sector and
// SectorCategory lists (IATI/IATI-Codelists-NonEmbedded, xml/Sector.xml and xml/SectorCategory.xml, commit
// 7aeece7 of June 2026). They are not in reference/domain-facts.md.
//
// Which action line each sector falls under is this project's reading, not an official concordance: the
// action lines are those of the Geneva Plan of Action (reference/domain-facts.md §1), and each sector is
// put under the line whose subject it names (education → C7 e-learning, health → C7 e-health, agriculture
// → C7 e-agriculture, government → C7 e-government, communications → C2 infrastructure, media → C9, …).
// Each row gives its reason. Sectors with no WSIS counterpart (water, energy, transport, …) map to nothing,
// and their activities are imported `unmapped`, still compared on wording, dates, places and partners.
// docs/activities-csv.md prints this table.

/**
 * One row of the sector table: a DAC code, its name in the IATI list, the action lines its activities fall
 * under (none: the sector has no WSIS counterpart, and its activities are imported `unmapped`), and why.
 */
export interface SectorMapping {
  readonly code: string;
  readonly name: string;
  readonly actionLines: readonly string[];
  readonly reason: string;
}

/** DAC 3-digit sector categories (IATI SectorVocabulary "2", and the fallback for 5-digit codes). */
export const DAC_CATEGORIES: readonly SectorMapping[] = [
  { code: "111", name: "Education, level unspecified", actionLines: ["C7.e-learning"], reason: "education" },
  { code: "112", name: "Basic education", actionLines: ["C7.e-learning"], reason: "education" },
  { code: "113", name: "Secondary education", actionLines: ["C7.e-learning"], reason: "education" },
  { code: "114", name: "Post-secondary education", actionLines: ["C7.e-learning"], reason: "education" },
  { code: "121", name: "Health, general", actionLines: ["C7.e-health"], reason: "health" },
  { code: "122", name: "Basic health", actionLines: ["C7.e-health"], reason: "health" },
  { code: "123", name: "Non-communicable diseases (NCDs)", actionLines: ["C7.e-health"], reason: "health" },
  {
    code: "151",
    name: "Government and civil society, general",
    actionLines: ["C7.e-government"],
    reason: "public administration: e-government is its ICT application",
  },
  {
    code: "220",
    name: "Communications",
    actionLines: ["C2"],
    reason: "communication networks: infrastructure",
  },
  {
    code: "250",
    name: "Business and other services",
    actionLines: ["C7.e-business"],
    reason: "business services",
  },
  { code: "311", name: "Agriculture", actionLines: ["C7.e-agriculture"], reason: "agriculture" },
  {
    code: "312",
    name: "Forestry",
    actionLines: ["C7.e-agriculture"],
    reason: "the Plan of Action's e-agriculture covers forestry",
  },
  {
    code: "313",
    name: "Fishing",
    actionLines: ["C7.e-agriculture"],
    reason: "the Plan of Action's e-agriculture covers fisheries",
  },
  {
    code: "331",
    name: "Trade policies and regulations",
    actionLines: ["C7.e-business"],
    reason: "trade: e-business covers e-commerce and trade",
  },
  {
    code: "410",
    name: "General environment protection",
    actionLines: ["C7.e-environment"],
    reason: "environment",
  },
];

/**
 * DAC 5-digit purpose codes with a row of their own (IATI SectorVocabulary "1"): those that fall under
 * another line than their category, and the codes agencies use for ICT-related work whose category maps to
 * nothing (multisector, industry, other social services). A code with no row takes its category's row.
 */
export const DAC_PURPOSES: readonly SectorMapping[] = [
  {
    code: "11330",
    name: "Vocational training",
    actionLines: ["C4"],
    reason: "skills training is capacity building (C4), not schooling",
  },
  {
    code: "11430",
    name: "Advanced technical and managerial training",
    actionLines: ["C4"],
    reason: "professional training is capacity building (C4)",
  },
  {
    code: "15143",
    name: "Meteorological services",
    actionLines: ["C7.e-environment"],
    reason: "weather and climate monitoring is e-environment's subject (early warning, monitoring)",
  },
  {
    code: "15150",
    name: "Democratic participation and civil society",
    actionLines: ["C1"],
    reason:
      "C1 is the role of governments and all stakeholders, civil society among them; agencies file multistakeholder ICT governance work here",
  },
  { code: "15153", name: "Media and free flow of information", actionLines: ["C9"], reason: "media" },
  {
    code: "15163",
    name: "Free flow of information",
    actionLines: ["C9"],
    reason: "media and the free flow of information (C9)",
  },
  {
    code: "16020",
    name: "Employment creation",
    actionLines: ["C7.e-employment"],
    reason: "employment",
  },
  {
    code: "16061",
    name: "Culture and recreation",
    actionLines: ["C8"],
    reason: "cultural diversity and identity, local content (C8)",
  },
  {
    code: "16062",
    name: "Statistical capacity building",
    actionLines: ["C4"],
    reason:
      "building national statistical capacity, ICT statistics and measurement among it, is capacity building (C4)",
  },
  {
    code: "16066",
    name: "Culture",
    actionLines: ["C8"],
    reason: "cultural diversity and identity, local content (C8)",
  },
  {
    code: "22010",
    name: "Communications policy and administrative management",
    actionLines: ["C6"],
    reason: "communications policy and regulation is the enabling environment (C6)",
  },
  {
    code: "22011",
    name: "Communications policy, planning and administration",
    actionLines: ["C6"],
    reason: "communications policy and regulation is the enabling environment (C6)",
  },
  {
    code: "22013",
    name: "Information services",
    actionLines: ["C3"],
    reason: "information services are access to information and knowledge (C3)",
  },
  { code: "22020", name: "Telecommunications", actionLines: ["C2"], reason: "networks: infrastructure (C2)" },
  { code: "22030", name: "Radio/television/print media", actionLines: ["C9"], reason: "media (C9)" },
  {
    code: "22040",
    name: "Information and communication technology (ICT)",
    actionLines: ["C2"],
    reason: "the DAC's ICT code is mostly networks and equipment: infrastructure (C2)",
  },
  {
    code: "32172",
    name: "Transport equipment industry",
    actionLines: [],
    reason:
      "no WSIS counterpart: the IATI list names 32172 the transport equipment industry, not ICT (technological research is 32182)",
  },
  {
    code: "32182",
    name: "Technological research and development",
    actionLines: ["C7.e-science"],
    reason: "research and development: e-science covers research networks and scientific infrastructure",
  },
  {
    code: "43060",
    name: "Disaster Risk Reduction",
    actionLines: ["C7.e-environment"],
    reason: "the Plan of Action's e-environment includes monitoring and early warning of disasters",
  },
  {
    code: "43081",
    name: "Multisector education/training",
    actionLines: ["C4"],
    reason: "training across sectors is capacity building (C4), not one sector's e-learning",
  },
  {
    code: "43082",
    name: "Research/scientific institutions",
    actionLines: ["C7.e-science"],
    reason: "research and scientific institutions are e-science's subject",
  },
];

const CATEGORIES = new Map(DAC_CATEGORIES.map((row) => [row.code, row]));
const PURPOSES = new Map(DAC_PURPOSES.map((row) => [row.code, row]));

/**
 * The table row a DAC code resolves to: a 5-digit code's own row, else its 3-digit category's;
 * `undefined` when the sector has no WSIS counterpart.
 */
export function sectorMappingOf(vocabulary: string, code: string): SectorMapping | undefined {
  if (vocabulary === "1" && /^\d{5}$/u.test(code)) {
    const own = PURPOSES.get(code) ?? CATEGORIES.get(code.slice(0, 3));
    return own === undefined || own.actionLines.length === 0 ? undefined : own;
  }
  if (vocabulary === "2" && /^\d{3}$/u.test(code)) return CATEGORIES.get(code);
  return undefined;
}
