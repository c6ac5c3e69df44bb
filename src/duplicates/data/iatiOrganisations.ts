// IATI organisation references of UN agencies and the World Bank → catalogue agency ids, so an IATI file's
// `<reporting-org ref="XM-DAC-41114">` becomes the catalogue's "UNDP" and meets the same agency's CSV rows.
//
// Source: the IATI CRSChannelCode code list (the OECD DAC's channel codes as IATI publishes them,
// https://iatistandard.org/en/iati-standard/203/codelists/crschannelcode/ ; GitHub source
// IATI/IATI-Codelists-NonEmbedded, xml/CRSChannelCode.xml, read at commit 7aeece7 of June 2026), and its
// OrganisationRegistrationAgency list, where "XM-DAC" is the OECD DAC's prefix: an organisation the DAC
// lists under 41114 is "XM-DAC-41114" in IATI, and many publishers write the bare code. The retired IATI
// OrganisationIdentifier list (1.04) has the same codes. None of this is in reference/domain-facts.md.
//
// status: "confirmed": the code was read in that list under the agency's own name; "inferred": the code is
// in the list under one of the agency's funds, accounts or predecessors (the note says which), so the
// agency it stands for is this project's reading; "recalled": not in the list read, from memory of what the
// agency publishes under; check it before relying on it. Override any entry with `agencyIds` (an object or
// a Map) or `--agencies file.yaml`.

/** One agency's IATI organisation references, and how sure the table is of them. */
export interface IatiOrganisation {
  /** The catalogue's agency id. */
  readonly agency: string;
  /** The DAC channel code (or the agency's own IATI identifier, for the recalled entries). */
  readonly code: string;
  /** The name the IATI list gives the code (for "recalled" entries: the agency's name). */
  readonly listedAs: string;
  readonly status: "confirmed" | "inferred" | "recalled";
  /** Why, where the status is not "confirmed". */
  readonly note?: string;
}

export const IATI_ORGANISATIONS: readonly IatiOrganisation[] = [
  { agency: "ECA", code: "41103", listedAs: "Economic Commission for Africa", status: "confirmed" },
  {
    agency: "ECLAC",
    code: "41104",
    listedAs: "Economic Commission for Latin America and the Caribbean",
    status: "confirmed",
  },
  {
    agency: "ESCWA",
    code: "41105",
    listedAs: "Economic and Social Commission for Western Asia",
    status: "confirmed",
  },
  {
    agency: "ESCAP",
    code: "41106",
    listedAs: "Economic and Social Commission for Asia and the Pacific",
    status: "confirmed",
  },
  {
    agency: "UNCTAD",
    code: "41112",
    listedAs: "United Nations Conference on Trade and Development",
    status: "confirmed",
  },
  { agency: "UNDP", code: "41114", listedAs: "United Nations Development Programme", status: "confirmed" },
  { agency: "UNEP", code: "41116", listedAs: "United Nations Environment Programme", status: "confirmed" },
  { agency: "UNFPA", code: "41119", listedAs: "United Nations Population Fund", status: "confirmed" },
  {
    agency: "UN-Habitat",
    code: "41120",
    listedAs: "United Nations Human Settlement Programme",
    status: "confirmed",
  },
  {
    agency: "UNHCR",
    code: "41121",
    listedAs: "United Nations Office of the United Nations High Commissioner for Refugees",
    status: "confirmed",
  },
  { agency: "UNICEF", code: "41122", listedAs: "United Nations Children's Fund", status: "confirmed" },
  {
    agency: "UNIDO",
    code: "41123",
    listedAs: "United Nations Industrial Development Organisation",
    status: "confirmed",
  },
  {
    agency: "UN-Women",
    code: "41124",
    listedAs: "United Nations Development Fund for Women",
    status: "inferred",
    note: "UNIFEM, merged into UN-Women in 2011",
  },
  {
    agency: "UNITAR",
    code: "41125",
    listedAs: "United Nations Institute for Training and Research",
    status: "confirmed",
  },
  {
    agency: "UNODC",
    code: "41128",
    listedAs: "United Nations Office on Drugs and Crime",
    status: "confirmed",
  },
  {
    agency: "UNU",
    code: "41134",
    listedAs: "United Nations University (including Endowment Fund)",
    status: "confirmed",
  },
  { agency: "WFP", code: "41140", listedAs: "World Food Programme", status: "confirmed" },
  {
    agency: "ILO",
    code: "41144",
    listedAs: "International Labour Organisation - Regular Budget Supplementary Account",
    status: "inferred",
    note: "an account of the ILO's",
  },
  {
    agency: "UN-Women",
    code: "41146",
    listedAs: "United Nations Entity for Gender Equality and the Empowerment of Women",
    status: "confirmed",
  },
  {
    agency: "WHO",
    code: "41143",
    listedAs: "World Health Organisation - core voluntary contributions account",
    status: "inferred",
    note: "an account of WHO's rather than WHO itself",
  },
  { agency: "FAO", code: "41301", listedAs: "Food and Agricultural Organisation", status: "confirmed" },
  {
    agency: "ILO",
    code: "41302",
    listedAs: "International Labour Organisation - Assessed Contributions",
    status: "confirmed",
  },
  { agency: "ITU", code: "41303", listedAs: "International Telecommunications Union", status: "confirmed" },
  {
    agency: "UNESCO",
    code: "41304",
    listedAs: "United Nations Educational, Scientific and Cultural Organisation",
    status: "confirmed",
  },
  { agency: "UN", code: "41305", listedAs: "United Nations", status: "confirmed" },
  { agency: "UPU", code: "41306", listedAs: "Universal Postal Union", status: "confirmed" },
  {
    agency: "WHO",
    code: "41307",
    listedAs: "World Health Organisation - assessed contributions",
    status: "inferred",
    note: "WHO's assessed-contributions channel",
  },
  {
    agency: "WIPO",
    code: "41308",
    listedAs: "World Intellectual Property Organisation",
    status: "confirmed",
  },
  { agency: "WMO", code: "41309", listedAs: "World Meteorological Organisation", status: "confirmed" },
  {
    agency: "ECE",
    code: "41314",
    listedAs: "United Nations Economic Commission for Europe (extrabudgetary contributions only)",
    status: "confirmed",
  },
  {
    agency: "World-Bank",
    code: "44001",
    listedAs: "International Bank for Reconstruction and Development",
    status: "inferred",
    note: "IBRD, one of the World Bank's two arms",
  },
  {
    agency: "World-Bank",
    code: "44002",
    listedAs: "International Development Association",
    status: "inferred",
    note: "IDA, one of the World Bank's two arms",
  },
  { agency: "World-Bank", code: "44000", listedAs: "World Bank Group (WB)", status: "confirmed" },
  {
    agency: "ITC",
    code: "45001",
    listedAs: "World Trade Organisation - International Trade Centre",
    status: "confirmed",
  },
  {
    agency: "WHO",
    code: "41321",
    listedAs: "World Health Organisation - Strategic Preparedness and Response Plan",
    status: "inferred",
    note: "a WHO appeal account",
  },
  {
    agency: "ILO",
    code: "41701",
    listedAs: "International Labour Organisation - non-core",
    status: "inferred",
    note: "the ILO's non-core funds",
  },
  {
    agency: "WHO",
    code: "41702",
    listedAs: "World Health Organisation - non-core",
    status: "inferred",
    note: "WHO's non-core funds",
  },
  {
    agency: "WHO",
    code: "928",
    listedAs: "World Health Organization",
    status: "recalled",
    note: "WHO's own IATI publisher identifier (XM-DAC-928) as this project recalls it; 928 is not in the list read",
  },
];

/** Upper case, no surrounding space: IATI refs are compared as written otherwise. */
const normalise = (ref: string): string => ref.trim().toUpperCase();

let table: Map<string, string> | undefined;

/**
 * The catalogue agency an IATI organisation ref stands for ("XM-DAC-41114" or "41114" → "UNDP"), or
 * `undefined` when the table does not know it.
 */
export function agencyOfIatiRef(ref: string): string | undefined {
  if (table === undefined) {
    table = new Map();
    for (const entry of IATI_ORGANISATIONS) {
      table.set(entry.code, entry.agency);
      table.set(`XM-DAC-${entry.code}`, entry.agency);
    }
  }
  return table.get(normalise(ref));
}
