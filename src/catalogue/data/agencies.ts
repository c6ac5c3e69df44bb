import type { AgencyInput, AgencyKind } from "../../model/index.ts";
import {
  DIPLOMACY_UNGIS_URL,
  E_BUSINESS_URL,
  FACILITATORS_2006_URL,
  FORUM_2016_URL,
  GIPLATFORM_URL,
  ICTLOGY_UNGIS_URL,
  ITU_ROLES_URL,
  LEADS_2017_URL,
  TUNIS_ANNEX_DOC,
  UNCTAD_2012_URL,
  UNESCO_2006_URL,
  UNGIS_2006_URL,
  UNGIS_ORG_URL,
  UNIDO_E_LEARNING_URL,
  WSIS_FLASH_2014_URL,
} from "./addresses.ts";

// Where the reference names each body. Full names are general knowledge; `kind` follows the UN
// System Chart's groups, with "other" for its "other entities", research and training institutes,
// related organisations (WTO) and bodies outside the UN (APC).
const TUNIS_ANNEX = `${TUNIS_ANNEX_DOC} (as recalled in reference §2b)`;
const LEADING_THREE = `Tunis Agenda ¶108–109: ${FACILITATORS_2006_URL}`;
const FORUM_FACILITATORS = `WSIS Forum facilitators 2015–2017: https://fdocuments.in/document/table-of-contents-itu-a-en-a-itu-wsis-a-documents-a-wf17-a-wsisforum.html ; ${WSIS_FLASH_2014_URL}`;
const UNGIS_LIST = `UNGIS member list (reference §4, recalled): ${DIPLOMACY_UNGIS_URL}`;
const CEB_2006 = `UNGIS in 2006, CEB members including the World Bank, IMF and WTO: ${ICTLOGY_UNGIS_URL}`;
const UNGIS_2006 = `UNGIS vice-chair 2006: ${UNGIS_2006_URL}`;
const UNGIS_2012 = `UNGIS chair 2012: ${UNCTAD_2012_URL}`;
const UNGIS_2019 = `UNGIS vice-chair around 2019: ${UNGIS_ORG_URL}`;
const LEADS_2017 = `2017 lead agencies: ${LEADS_2017_URL}`;
const FORUM_2016 = `WSIS Forum 2016 facilitators' meeting: ${FORUM_2016_URL}`;
const E_BUSINESS = `C7 e-business co-facilitators: ${E_BUSINESS_URL}`;

const sources = (...parts: string[]): string => parts.join(" | ");

// The kinds, named once (each is written many times below).
const SPECIALIZED_AGENCY = "specialized-agency";
const FUND_OR_PROGRAMME = "fund-or-programme";
const REGIONAL_COMMISSION = "regional-commission";
const SECRETARIAT_DEPARTMENT = "secretariat-department";
const INTERGOVERNMENTAL_BODY = "intergovernmental-body";
const OTHER = "other";

// One row per body: [id, name, kind, source].
const AGENCY_ROWS = [
  [
    "ITU",
    "International Telecommunication Union",
    SPECIALIZED_AGENCY,
    sources(LEADING_THREE, `ITU roles 2010–2014: ${ITU_ROLES_URL}`),
  ],
  [
    "UNESCO",
    "United Nations Educational, Scientific and Cultural Organization",
    SPECIALIZED_AGENCY,
    sources(LEADING_THREE, `interim focal point 2006: ${UNESCO_2006_URL}`),
  ],
  ["UNDP", "United Nations Development Programme", FUND_OR_PROGRAMME, sources(LEADING_THREE, UNGIS_2006)],
  [
    "UNCTAD",
    "United Nations Conference on Trade and Development",
    OTHER,
    sources(E_BUSINESS, FORUM_2016, UNGIS_2012),
  ],
  [
    "UNDESA",
    "United Nations Department of Economic and Social Affairs",
    SECRETARIAT_DEPARTMENT,
    sources(LEADS_2017, FORUM_2016, UNGIS_2012),
  ],
  ["WHO", "World Health Organization", SPECIALIZED_AGENCY, sources(FORUM_FACILITATORS, UNGIS_2006)],
  ["ILO", "International Labour Organization", SPECIALIZED_AGENCY, FORUM_FACILITATORS],
  ["FAO", "Food and Agriculture Organization of the United Nations", SPECIALIZED_AGENCY, FORUM_FACILITATORS],
  ["WMO", "World Meteorological Organization", SPECIALIZED_AGENCY, FORUM_FACILITATORS],
  ["UNEP", "United Nations Environment Programme", FUND_OR_PROGRAMME, FORUM_FACILITATORS],
  [
    "UN-Habitat",
    "United Nations Human Settlements Programme",
    FUND_OR_PROGRAMME,
    sources(TUNIS_ANNEX, UNGIS_LIST),
  ],
  ["ICAO", "International Civil Aviation Organization", SPECIALIZED_AGENCY, TUNIS_ANNEX],
  ["UPU", "Universal Postal Union", SPECIALIZED_AGENCY, sources(E_BUSINESS, FORUM_FACILITATORS)],
  ["ITC", "International Trade Centre", OTHER, sources(E_BUSINESS, GIPLATFORM_URL, FORUM_FACILITATORS)],
  ["WTO", "World Trade Organization", OTHER, sources(TUNIS_ANNEX, CEB_2006)],
  [
    "UNIDO",
    "United Nations Industrial Development Organization",
    SPECIALIZED_AGENCY,
    sources(`reports under C7 e-learning: ${UNIDO_E_LEARNING_URL}`, FORUM_FACILITATORS),
  ],
  ["APC", "Association for Progressive Communications", OTHER, TUNIS_ANNEX],
  ["ECOSOC", "Economic and Social Council", INTERGOVERNMENTAL_BODY, TUNIS_ANNEX],
  ["UNRC", "UN Regional Commissions", REGIONAL_COMMISSION, sources(TUNIS_ANNEX, FORUM_FACILITATORS)],
  ["ECA", "Economic Commission for Africa", REGIONAL_COMMISSION, sources(UNGIS_LIST, UNGIS_2019)],
  ["ECE", "Economic Commission for Europe", REGIONAL_COMMISSION, UNGIS_LIST],
  ["ECLAC", "Economic Commission for Latin America and the Caribbean", REGIONAL_COMMISSION, UNGIS_LIST],
  ["ESCAP", "Economic and Social Commission for Asia and the Pacific", REGIONAL_COMMISSION, UNGIS_LIST],
  ["ESCWA", "Economic and Social Commission for Western Asia", REGIONAL_COMMISSION, UNGIS_LIST],
  ["WIPO", "World Intellectual Property Organization", SPECIALIZED_AGENCY, FORUM_FACILITATORS],
  ["WFP", "World Food Programme", FUND_OR_PROGRAMME, FORUM_FACILITATORS],
  [
    "UN-Women",
    "United Nations Entity for Gender Equality and the Empowerment of Women",
    OTHER,
    FORUM_FACILITATORS,
  ],
  ["UNODC", "United Nations Office on Drugs and Crime", SECRETARIAT_DEPARTMENT, FORUM_FACILITATORS],
  ["UNHCR", "Office of the United Nations High Commissioner for Refugees", OTHER, FORUM_FACILITATORS],
  ["UNICEF", "United Nations Children's Fund", FUND_OR_PROGRAMME, FORUM_FACILITATORS],
  ["UNFPA", "United Nations Population Fund", FUND_OR_PROGRAMME, UNGIS_LIST],
  ["UNITAR", "United Nations Institute for Training and Research", OTHER, UNGIS_LIST],
  ["UNU", "United Nations University", OTHER, UNGIS_LIST],
  ["World-Bank", "World Bank Group", SPECIALIZED_AGENCY, sources(UNGIS_LIST, CEB_2006)],
  ["IMF", "International Monetary Fund", SPECIALIZED_AGENCY, CEB_2006],
  ["UN", "United Nations", OTHER, FORUM_FACILITATORS],
] as const satisfies readonly (readonly [id: string, name: string, kind: AgencyKind, source: string])[];

/** An id of the WSIS catalogue's agencies. */
export type WsisAgencyId = (typeof AGENCY_ROWS)[number][0];

/**
 * Every body the reference names as a facilitator, moderator, UNGIS member or chair, keyed by acronym.
 * Ids are the acronyms, hyphenated where the name has a space ("UN-Habitat", "UN-Women", "World-Bank");
 * "UNRC" is the grouping "UN Regional Commissions" that the Tunis annex and the WSIS Forum name as one
 * facilitator, beside the five commissions themselves. "UN" is listed because the WSIS Forum names it
 * among the facilitators without saying which part of the Organization it means.
 * Source: reference/domain-facts.md §2 (facilitators) and §4 (UNGIS).
 */
export const AGENCIES: readonly AgencyInput[] = AGENCY_ROWS.map(([id, name, kind, source]) => ({
  id,
  name,
  kind,
  source,
}));
