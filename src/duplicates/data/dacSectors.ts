// OECD DAC sector codes → WSIS action lines, for the IATI importer. The codes and their names are the
// OECD DAC's CRS purpose codes as IATI replicates them: the 3-digit categories (IATI SectorCategory,
// vocabulary "2") and the 5-digit codes (IATI Sector, vocabulary "1"), read in the IATI code lists
// (https://iatistandard.org/en/iati-standard/203/codelists/sector/ ; …/sectorcategory/ ;
// http://www.oecd.org/dac/stats/dacandcrscodelists.htm). They are not in reference/domain-facts.md.
//
// Which action line each sector falls under is this project's reading, not an official concordance: the
// action lines are those of the Geneva Plan of Action (reference/domain-facts.md §1), and each sector is
// put under the line whose subject it names (education → C7 e-learning, health → C7 e-health, agriculture
// → C7 e-agriculture, government → C7 e-government, communications → C2 infrastructure, media → C9, …).
// Sectors with no WSIS counterpart (water, energy, transport, …) map to nothing. docs/activities-csv.md
// and the IATI importer's TSDoc print this table.

/** One row of the sector table: a DAC code, its name, and the action lines its activities fall under. */
export interface SectorMapping {
  readonly code: string;
  readonly name: string;
  readonly actionLines: readonly string[];
}

/** DAC 3-digit sector categories (IATI SectorVocabulary "2", and the fallback for 5-digit codes). */
export const DAC_CATEGORIES: readonly SectorMapping[] = [
  { code: "111", name: "Education, level unspecified", actionLines: ["C7.e-learning"] },
  { code: "112", name: "Basic education", actionLines: ["C7.e-learning"] },
  { code: "113", name: "Secondary education", actionLines: ["C7.e-learning"] },
  { code: "114", name: "Post-secondary education", actionLines: ["C7.e-learning"] },
  { code: "121", name: "Health, general", actionLines: ["C7.e-health"] },
  { code: "122", name: "Basic health", actionLines: ["C7.e-health"] },
  { code: "123", name: "Non-communicable diseases (NCDs)", actionLines: ["C7.e-health"] },
  { code: "151", name: "Government and civil society, general", actionLines: ["C7.e-government"] },
  { code: "220", name: "Communications", actionLines: ["C2"] },
  { code: "250", name: "Business and other services", actionLines: ["C7.e-business"] },
  { code: "311", name: "Agriculture", actionLines: ["C7.e-agriculture"] },
  { code: "312", name: "Forestry", actionLines: ["C7.e-agriculture"] },
  { code: "313", name: "Fishing", actionLines: ["C7.e-agriculture"] },
  { code: "331", name: "Trade policies and regulations", actionLines: ["C7.e-business"] },
  { code: "410", name: "General environment protection", actionLines: ["C7.e-environment"] },
];

/** DAC 5-digit purpose codes that fall under another line than their category (IATI SectorVocabulary "1"). */
export const DAC_PURPOSES: readonly SectorMapping[] = [
  { code: "11330", name: "Vocational training", actionLines: ["C4"] },
  { code: "11430", name: "Advanced technical and managerial training", actionLines: ["C4"] },
  { code: "15153", name: "Media and free flow of information", actionLines: ["C9"] },
  { code: "16020", name: "Employment creation", actionLines: ["C7.e-employment"] },
  { code: "16061", name: "Culture and recreation", actionLines: ["C8"] },
  { code: "16062", name: "Statistical capacity building", actionLines: ["C4"] },
  { code: "16066", name: "Culture", actionLines: ["C8"] },
  { code: "22010", name: "Communications policy and administrative management", actionLines: ["C6"] },
  { code: "22011", name: "Communications policy, planning and administration", actionLines: ["C6"] },
  { code: "22013", name: "Information services", actionLines: ["C3"] },
  { code: "22020", name: "Telecommunications", actionLines: ["C2"] },
  { code: "22030", name: "Radio/television/print media", actionLines: ["C9"] },
  { code: "22040", name: "Information and communication technology (ICT)", actionLines: ["C2"] },
];

const CATEGORIES = new Map(DAC_CATEGORIES.map((row) => [row.code, row]));
const PURPOSES = new Map(DAC_PURPOSES.map((row) => [row.code, row]));

/**
 * The table row a DAC code resolves to: a 5-digit code's own row, else its 3-digit category's;
 * `undefined` when the sector has no WSIS counterpart.
 */
export function sectorMappingOf(vocabulary: string, code: string): SectorMapping | undefined {
  if (vocabulary === "1" && /^\d{5}$/u.test(code))
    return PURPOSES.get(code) ?? CATEGORIES.get(code.slice(0, 3));
  if (vocabulary === "2" && /^\d{3}$/u.test(code)) return CATEGORIES.get(code);
  return undefined;
}
