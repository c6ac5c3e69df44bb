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

// One row a line: code|name|action lines (space-separated; none: no WSIS counterpart)|reason. A table reads
// as the code list does, and ships smaller than the same rows as object literals.
const rowsOf = (table: string): readonly SectorMapping[] =>
  table
    .trim()
    .split("\n")
    .map((line) => {
      const [code = "", name = "", lines = "", reason = ""] = line.split("|");
      return { code, name, actionLines: lines === "" ? [] : lines.split(" "), reason };
    });

/** DAC 3-digit sector categories (IATI SectorVocabulary "2", and the fallback for 5-digit codes). */
export const DAC_CATEGORIES: readonly SectorMapping[] = rowsOf(`
111|Education, level unspecified|C7.e-learning|education
112|Basic education|C7.e-learning|education
113|Secondary education|C7.e-learning|education
114|Post-secondary education|C7.e-learning|education
121|Health, general|C7.e-health|health
122|Basic health|C7.e-health|health
123|Non-communicable diseases (NCDs)|C7.e-health|health
151|Government and civil society, general|C7.e-government|public administration: e-government is its ICT application
220|Communications|C2|communication networks: infrastructure
250|Business and other services|C7.e-business|business services
311|Agriculture|C7.e-agriculture|agriculture
312|Forestry|C7.e-agriculture|the Plan of Action's e-agriculture covers forestry
313|Fishing|C7.e-agriculture|the Plan of Action's e-agriculture covers fisheries
331|Trade policies and regulations|C7.e-business|trade: e-business covers e-commerce and trade
410|General environment protection|C7.e-environment|environment
`);

/**
 * DAC 5-digit purpose codes with a row of their own (IATI SectorVocabulary "1"): those that fall under
 * another line than their category, and the codes agencies use for ICT-related work whose category maps to
 * nothing (multisector, industry, other social services). A code with no row takes its category's row.
 */
export const DAC_PURPOSES: readonly SectorMapping[] = rowsOf(`
11330|Vocational training|C4|skills training is capacity building (C4), not schooling
11430|Advanced technical and managerial training|C4|professional training is capacity building (C4)
15143|Meteorological services|C7.e-environment|weather and climate monitoring is e-environment's subject (early warning, monitoring)
15150|Democratic participation and civil society|C1|C1 is the role of governments and all stakeholders, civil society among them; agencies file multistakeholder ICT governance work here
15153|Media and free flow of information|C9|media
15163|Free flow of information|C9|media and the free flow of information (C9)
16020|Employment creation|C7.e-employment|employment
16061|Culture and recreation|C8|cultural diversity and identity, local content (C8)
16062|Statistical capacity building|C4|building national statistical capacity, ICT statistics and measurement among it, is capacity building (C4)
16066|Culture|C8|cultural diversity and identity, local content (C8)
22010|Communications policy and administrative management|C6|communications policy and regulation is the enabling environment (C6)
22011|Communications policy, planning and administration|C6|communications policy and regulation is the enabling environment (C6)
22013|Information services|C3|information services are access to information and knowledge (C3)
22020|Telecommunications|C2|networks: infrastructure (C2)
22030|Radio/television/print media|C9|media (C9)
22040|Information and communication technology (ICT)|C2|the DAC's ICT code is mostly networks and equipment: infrastructure (C2)
32172|Transport equipment industry||no WSIS counterpart: the IATI list names 32172 the transport equipment industry, not ICT (technological research is 32182)
32182|Technological research and development|C7.e-science|research and development: e-science covers research networks and scientific infrastructure
43060|Disaster Risk Reduction|C7.e-environment|the Plan of Action's e-environment includes monitoring and early warning of disasters
43081|Multisector education/training|C4|training across sectors is capacity building (C4), not one sector's e-learning
43082|Research/scientific institutions|C7.e-science|research and scientific institutions are e-science's subject
`);

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
