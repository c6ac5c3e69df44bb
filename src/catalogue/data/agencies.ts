import type { AgencyInput } from "../../model/index.ts";

// Where the reference names each body. Full names are general knowledge; `kind` follows the UN
// System Chart's groups, with "other" for its "other entities", research and training institutes,
// related organisations (WTO) and bodies outside the UN (APC).
const TUNIS_ANNEX =
  "Tunis Agenda annex, WSIS-05/TUNIS/DOC/6(Rev.1)-E, https://www.itu.int/net/wsis/docs2/tunis/off/6rev1.html (as recalled in reference §2b)";
const LEADING_THREE =
  "Tunis Agenda ¶108–109: http://www.itu.int/net/wsis/implementation/consultation24feb.html";
const FORUM_FACILITATORS =
  "WSIS Forum facilitators 2015–2017: https://fdocuments.in/document/table-of-contents-itu-a-en-a-itu-wsis-a-documents-a-wf17-a-wsisforum.html ; http://groups.itu.int/stocktaking/WSISFlash/WSISFlashDecember2014Issue.aspx";
const UNGIS_LIST =
  "UNGIS member list (reference §4, recalled): https://www.diplomacy.edu/actor/united-nations-group-information-society/";
const CEB_2006 =
  "UNGIS in 2006, CEB members including the World Bank, IMF and WTO: https://ictlogy.net/wiki/index.php?title=United_Nations_Group_On_The_Information_Society";
const UNGIS_2012 =
  "UNGIS chair 2012: http://unctad.org/en/pages/SGStatementDetails.aspx?OriginalVersionID=32";
const UNGIS_2019 = "UNGIS vice-chair around 2019: http://www.ungis.org/Home.aspx";
const LEADS_2017 =
  "2017 lead agencies: https://vdocuments.site/wsis-action-lines-supporting-transformation-towards-sustainable-and-resilient-2017.html";
const FORUM_2016 =
  "WSIS Forum 2016 facilitators' meeting: https://dig.watch/sessions/wsis-action-line-facilitators-meeting";
const E_BUSINESS = "C7 e-business co-facilitators: https://studylib.net/doc/10395202/";

const sources = (...parts: string[]): string => parts.join(" | ");

/**
 * Every body the reference names as a facilitator, moderator, UNGIS member or chair, keyed by acronym.
 * Ids are the acronyms, hyphenated where the name has a space ("UN-Habitat", "UN-Women", "World-Bank");
 * "UNRC" is the grouping "UN Regional Commissions" that the Tunis annex and the WSIS Forum name as one
 * facilitator, beside the five commissions themselves. "UN" is listed because the WSIS Forum names it
 * among the facilitators without saying which part of the Organization it means.
 * Source: reference/domain-facts.md §2 (facilitators) and §4 (UNGIS).
 */
export const AGENCIES = [
  {
    id: "ITU",
    name: "International Telecommunication Union",
    kind: "specialized-agency",
    source: sources(
      LEADING_THREE,
      "ITU roles 2010–2014: https://itu-ilibrary.org/science-and-technology/itu-contribution-to-the-implementation-of-the-wsis-outcomes_pub/805043d0-en",
    ),
  },
  {
    id: "UNESCO",
    name: "United Nations Educational, Scientific and Cultural Organization",
    kind: "specialized-agency",
    source: sources(
      LEADING_THREE,
      "interim focal point 2006: https://rikomatic.com/2006/03/unesco_launches.html",
    ),
  },
  {
    id: "UNDP",
    name: "United Nations Development Programme",
    kind: "fund-or-programme",
    source: sources(
      LEADING_THREE,
      "UNGIS vice-chair 2006: https://www.microwavejournal.com/articles/1957-group-discussion-on-information-society",
    ),
  },
  {
    id: "UNCTAD",
    name: "United Nations Conference on Trade and Development",
    kind: "other",
    source: sources(E_BUSINESS, FORUM_2016, UNGIS_2012),
  },
  {
    id: "UNDESA",
    name: "United Nations Department of Economic and Social Affairs",
    kind: "secretariat-department",
    source: sources(LEADS_2017, FORUM_2016, UNGIS_2012),
  },
  {
    id: "WHO",
    name: "World Health Organization",
    kind: "specialized-agency",
    source: sources(
      FORUM_FACILITATORS,
      "UNGIS vice-chair 2006: https://www.microwavejournal.com/articles/1957-group-discussion-on-information-society",
    ),
  },
  {
    id: "ILO",
    name: "International Labour Organization",
    kind: "specialized-agency",
    source: FORUM_FACILITATORS,
  },
  {
    id: "FAO",
    name: "Food and Agriculture Organization of the United Nations",
    kind: "specialized-agency",
    source: FORUM_FACILITATORS,
  },
  {
    id: "WMO",
    name: "World Meteorological Organization",
    kind: "specialized-agency",
    source: FORUM_FACILITATORS,
  },
  {
    id: "UNEP",
    name: "United Nations Environment Programme",
    kind: "fund-or-programme",
    source: FORUM_FACILITATORS,
  },
  {
    id: "UN-Habitat",
    name: "United Nations Human Settlements Programme",
    kind: "fund-or-programme",
    source: sources(TUNIS_ANNEX, UNGIS_LIST),
  },
  {
    id: "ICAO",
    name: "International Civil Aviation Organization",
    kind: "specialized-agency",
    source: TUNIS_ANNEX,
  },
  {
    id: "UPU",
    name: "Universal Postal Union",
    kind: "specialized-agency",
    source: sources(E_BUSINESS, FORUM_FACILITATORS),
  },
  {
    id: "ITC",
    name: "International Trade Centre",
    kind: "other",
    source: sources(
      E_BUSINESS,
      "https://www.giplatform.org/topics/capacity-development/page/2/",
      FORUM_FACILITATORS,
    ),
  },
  { id: "WTO", name: "World Trade Organization", kind: "other", source: sources(TUNIS_ANNEX, CEB_2006) },
  {
    id: "UNIDO",
    name: "United Nations Industrial Development Organization",
    kind: "specialized-agency",
    source: sources(
      "reports under C7 e-learning: https://studylib.net/doc/10395229/commission-on-science-and-technology-for-development--cst...",
      FORUM_FACILITATORS,
    ),
  },
  { id: "APC", name: "Association for Progressive Communications", kind: "other", source: TUNIS_ANNEX },
  { id: "ECOSOC", name: "Economic and Social Council", kind: "intergovernmental-body", source: TUNIS_ANNEX },
  {
    id: "UNRC",
    name: "UN Regional Commissions",
    kind: "regional-commission",
    source: sources(TUNIS_ANNEX, FORUM_FACILITATORS),
  },
  {
    id: "ECA",
    name: "Economic Commission for Africa",
    kind: "regional-commission",
    source: sources(UNGIS_LIST, UNGIS_2019),
  },
  { id: "ECE", name: "Economic Commission for Europe", kind: "regional-commission", source: UNGIS_LIST },
  {
    id: "ECLAC",
    name: "Economic Commission for Latin America and the Caribbean",
    kind: "regional-commission",
    source: UNGIS_LIST,
  },
  {
    id: "ESCAP",
    name: "Economic and Social Commission for Asia and the Pacific",
    kind: "regional-commission",
    source: UNGIS_LIST,
  },
  {
    id: "ESCWA",
    name: "Economic and Social Commission for Western Asia",
    kind: "regional-commission",
    source: UNGIS_LIST,
  },
  {
    id: "WIPO",
    name: "World Intellectual Property Organization",
    kind: "specialized-agency",
    source: FORUM_FACILITATORS,
  },
  { id: "WFP", name: "World Food Programme", kind: "fund-or-programme", source: FORUM_FACILITATORS },
  {
    id: "UN-Women",
    name: "United Nations Entity for Gender Equality and the Empowerment of Women",
    kind: "other",
    source: FORUM_FACILITATORS,
  },
  {
    id: "UNODC",
    name: "United Nations Office on Drugs and Crime",
    kind: "secretariat-department",
    source: FORUM_FACILITATORS,
  },
  {
    id: "UNHCR",
    name: "Office of the United Nations High Commissioner for Refugees",
    kind: "other",
    source: FORUM_FACILITATORS,
  },
  {
    id: "UNICEF",
    name: "United Nations Children's Fund",
    kind: "fund-or-programme",
    source: FORUM_FACILITATORS,
  },
  { id: "UNFPA", name: "United Nations Population Fund", kind: "fund-or-programme", source: UNGIS_LIST },
  {
    id: "UNITAR",
    name: "United Nations Institute for Training and Research",
    kind: "other",
    source: UNGIS_LIST,
  },
  { id: "UNU", name: "United Nations University", kind: "other", source: UNGIS_LIST },
  {
    id: "World-Bank",
    name: "World Bank Group",
    kind: "specialized-agency",
    source: sources(UNGIS_LIST, CEB_2006),
  },
  { id: "IMF", name: "International Monetary Fund", kind: "specialized-agency", source: CEB_2006 },
  { id: "UN", name: "United Nations", kind: "other", source: FORUM_FACILITATORS },
] as const satisfies readonly AgencyInput[];

/** An id of the WSIS catalogue's agencies. */
export type WsisAgencyId = (typeof AGENCIES)[number]["id"];
