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

// One entry a line: code|agency|status|the name the list gives the code|note (where the status is not
// "confirmed"). A table reads as the code list does, and ships smaller than the same entries as object literals.
const TABLE = `
41103|ECA|confirmed|Economic Commission for Africa
41104|ECLAC|confirmed|Economic Commission for Latin America and the Caribbean
41105|ESCWA|confirmed|Economic and Social Commission for Western Asia
41106|ESCAP|confirmed|Economic and Social Commission for Asia and the Pacific
41112|UNCTAD|confirmed|United Nations Conference on Trade and Development
41114|UNDP|confirmed|United Nations Development Programme
41116|UNEP|confirmed|United Nations Environment Programme
41119|UNFPA|confirmed|United Nations Population Fund
41120|UN-Habitat|confirmed|United Nations Human Settlement Programme
41121|UNHCR|confirmed|United Nations Office of the United Nations High Commissioner for Refugees
41122|UNICEF|confirmed|United Nations Children's Fund
41123|UNIDO|confirmed|United Nations Industrial Development Organisation
41124|UN-Women|inferred|United Nations Development Fund for Women|UNIFEM, merged into UN-Women in 2011
41125|UNITAR|confirmed|United Nations Institute for Training and Research
41128|UNODC|confirmed|United Nations Office on Drugs and Crime
41134|UNU|confirmed|United Nations University (including Endowment Fund)
41140|WFP|confirmed|World Food Programme
41144|ILO|inferred|International Labour Organisation - Regular Budget Supplementary Account|an account of the ILO's
41146|UN-Women|confirmed|United Nations Entity for Gender Equality and the Empowerment of Women
41143|WHO|inferred|World Health Organisation - core voluntary contributions account|an account of WHO's rather than WHO itself
41301|FAO|confirmed|Food and Agricultural Organisation
41302|ILO|confirmed|International Labour Organisation - Assessed Contributions
41303|ITU|confirmed|International Telecommunications Union
41304|UNESCO|confirmed|United Nations Educational, Scientific and Cultural Organisation
41305|UN|confirmed|United Nations
41306|UPU|confirmed|Universal Postal Union
41307|WHO|inferred|World Health Organisation - assessed contributions|WHO's assessed-contributions channel
41308|WIPO|confirmed|World Intellectual Property Organisation
41309|WMO|confirmed|World Meteorological Organisation
41314|ECE|confirmed|United Nations Economic Commission for Europe (extrabudgetary contributions only)
44001|World-Bank|inferred|International Bank for Reconstruction and Development|IBRD, one of the World Bank's two arms
44002|World-Bank|inferred|International Development Association|IDA, one of the World Bank's two arms
44000|World-Bank|confirmed|World Bank Group (WB)
45001|ITC|confirmed|World Trade Organisation - International Trade Centre
41321|WHO|inferred|World Health Organisation - Strategic Preparedness and Response Plan|a WHO appeal account
41701|ILO|inferred|International Labour Organisation - non-core|the ILO's non-core funds
41702|WHO|inferred|World Health Organisation - non-core|WHO's non-core funds
928|WHO|recalled|World Health Organization|WHO's own IATI publisher identifier (XM-DAC-928) as this project recalls it; 928 is not in the list read
`;

export const IATI_ORGANISATIONS: readonly IatiOrganisation[] = TABLE.trim()
  .split("\n")
  .map((line) => {
    const [code = "", agency = "", status, listedAs = "", note] = line.split("|");
    const entry = { agency, code, listedAs, status: status as IatiOrganisation["status"] };
    return note === undefined ? entry : { ...entry, note };
  });

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
