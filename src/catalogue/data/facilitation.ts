import { type FacilitationInput, type FactStatus, withoutUndefined } from "../../model/index.ts";
import type { WsisActionLineId } from "./actionLines.ts";
import {
  E_BUSINESS_URL,
  FORUM_2016_URL,
  GIPLATFORM_URL,
  ITU_ROLES_URL,
  LEADS_2017_URL,
  TUNIS_ANNEX_DOC,
  UNESCO_2006_URL,
  UNIDO_E_LEARNING_URL,
} from "./addresses.ts";
import type { WsisAgencyId } from "./agencies.ts";

const ANNEX = `${TUNIS_ANNEX_DOC} (recalled)`;
const LEADS_2017 = LEADS_2017_URL;
const ITU_ROLES = ITU_ROLES_URL;
const ITU_C6 =
  "https://studylib.net/doc/13697577/world-telecommunication-development-conference--wtdc-10--...";
const UNESCO_INTERIM = `http://www.diversite-culturelle.qc.ca/index.php?id=112&L=1&tx_bulletinsirre_pi2%5Byear%5D=2006&tx_bulletinsirre_pi2%5Barticle%5D=2173&cHash=290c05f6589d90aea3c13e0f2de028b7 ; ${UNESCO_2006_URL}`;
const UNDP_2006 = "https://lists.apc.org/pipermail/plenary/2006-May/008884.html";
const FORUM_2016 = FORUM_2016_URL;
const E_BUSINESS = `${E_BUSINESS_URL} ; ${GIPLATFORM_URL}`;
const UNIDO_E_LEARNING = UNIDO_E_LEARNING_URL;

const sources = (...parts: string[]): string => parts.join(" ; ");

// The statuses, named once (each is written many times below).
const CONFIRMED = "confirmed";
const RECALLED = "recalled";

/**
 * One facilitation entry, its ids checked by the compiler against the WSIS action lines and agencies:
 * [action line, lead, co-facilitators, status, source, note, from, to] (the last three where it has them).
 */
type Row = readonly [
  actionLine: WsisActionLineId,
  lead: WsisAgencyId[],
  co: WsisAgencyId[],
  status: FactStatus,
  source: string,
  note?: string,
  from?: number,
  to?: number,
];

const FACILITATION_ROWS: readonly Row[] = [
  [
    "C1",
    ["UNDESA"],
    ["ITU", "ECOSOC", "UNRC"],
    CONFIRMED,
    sources(LEADS_2017, ITU_ROLES, FORUM_2016, ANNEX),
    "Lead UNDESA (2017 report) and ITU as co-facilitator (2010–2014) are confirmed; ECOSOC and the UN Regional Commissions are recalled from the annex.",
  ],
  [
    "C2",
    ["ITU"],
    ["APC"],
    CONFIRMED,
    sources(LEADS_2017, ITU_ROLES, ANNEX),
    "Lead ITU is confirmed; APC is recalled from the annex, possibly as a bracketed entity.",
  ],
  ["C3", ["UNESCO"], ["ITU"], CONFIRMED, sources(LEADS_2017, UNESCO_INTERIM, ITU_ROLES)],
  [
    "C4",
    ["UNDP"],
    ["ITU", "UNESCO", "UNCTAD", "UNDESA"],
    "inferred",
    sources(UNDP_2006, ITU_ROLES, LEADS_2017, ANNEX),
    "UNDP was the provisional focal point for C4 in May 2006 (confirmed, reference §9c); that it held the line until ITU led it in the 2017 report is inferred (ITU was co-facilitator around 2010–2014). UNESCO, UNCTAD and UNDESA are recalled from the annex.",
    2006,
    2016,
  ],
  [
    "C4",
    ["ITU"],
    ["UNDP", "UNESCO", "UNCTAD", "UNDESA"],
    CONFIRMED,
    sources(LEADS_2017, ITU_ROLES, ANNEX),
    "Lead ITU is confirmed by the 2017 report (ITU was co-facilitator around 2010–2014); UNDP, UNESCO, UNCTAD and UNDESA are recalled from the annex.",
    2017,
  ],
  ["C5", ["ITU"], [], CONFIRMED, sources(ITU_ROLES, ANNEX)],
  [
    "C6",
    ["UNDP"],
    ["ITU", "UNRC", "UNCTAD", "UNDESA"],
    CONFIRMED,
    sources(UNDP_2006, ITU_C6, ANNEX),
    "UNDP was the provisional focal point for C6 in May 2006 (confirmed, reference §9c) until ITU took the lead in May 2008, at UNDP's request; the co-facilitators are recalled from the annex.",
    2006,
    2007,
  ],
  [
    "C6",
    ["ITU"],
    ["UNDP", "UNRC", "UNCTAD", "UNDESA"],
    CONFIRMED,
    sources(ITU_C6, ITU_ROLES, ANNEX),
    "Lead ITU since May 2008, at first on a temporary basis at UNDP's request, is confirmed; the co-facilitators are recalled from the annex.",
    2008,
  ],
  [
    "C7",
    [],
    ["ITU"],
    CONFIRMED,
    ITU_ROLES,
    "ITU co-facilitates C7 as a whole (confirmed, 2010–2014); each sub-line has its own lead.",
  ],
  [
    "C7.e-government",
    ["UNDESA"],
    ["UNDP", "ITU"],
    RECALLED,
    sources(FORUM_2016, ANNEX),
    "UNDESA reported on this line at the 2016 facilitators' meeting (confirmed); its lead and the co-facilitators are recalled.",
  ],
  [
    "C7.e-business",
    ["UNCTAD"],
    ["ITC", "UPU", "WTO", "ITU"],
    CONFIRMED,
    sources(E_BUSINESS, FORUM_2016, ANNEX),
    "UNCTAD with ITC and UPU is confirmed (UNCTAD reported on the line in 2016); WTO and ITU are recalled from the annex.",
  ],
  [
    "C7.e-learning",
    ["UNESCO"],
    ["ITU", "UNIDO"],
    CONFIRMED,
    sources(UNESCO_INTERIM, UNIDO_E_LEARNING, ANNEX),
    "Lead UNESCO (interim focal point, 2006) is confirmed, as is UNIDO's reporting under this line; ITU and UNIDO as co-facilitators are recalled from the annex.",
  ],
  [
    "C7.e-health",
    ["WHO"],
    ["ITU"],
    RECALLED,
    sources(FORUM_2016, ANNEX),
    "ITU as co-facilitator is confirmed (2016 facilitators' meeting); lead WHO is recalled.",
  ],
  ["C7.e-employment", ["ILO"], ["ITU"], RECALLED, ANNEX],
  ["C7.e-environment", ["WMO"], ["ITU", "UNEP", "WHO", "UN-Habitat", "ICAO"], RECALLED, ANNEX],
  [
    "C7.e-agriculture",
    ["FAO"],
    ["ITU"],
    RECALLED,
    sources(FORUM_2016, ANNEX),
    "ITU as co-facilitator is confirmed (2016 facilitators' meeting); lead FAO is recalled.",
  ],
  [
    "C7.e-science",
    ["UNESCO"],
    ["ITU", "UNCTAD", "WHO"],
    CONFIRMED,
    sources(UNESCO_INTERIM, ANNEX),
    "Lead UNESCO (interim focal point, 2006) is confirmed; ITU, UNCTAD and WHO (possibly bracketed) are recalled from the annex.",
  ],
  [
    "C8",
    ["UNESCO"],
    [],
    CONFIRMED,
    sources(UNESCO_INTERIM, ITU_ROLES, ANNEX),
    "ITU is a partner for C8 (confirmed, 2010–2014), not a co-facilitator.",
  ],
  [
    "C9",
    ["UNESCO"],
    [],
    CONFIRMED,
    sources(UNESCO_INTERIM, ITU_ROLES, ANNEX),
    "ITU is a partner for C9 (confirmed, 2010–2014), not a co-facilitator.",
  ],
  [
    "C10",
    ["UNESCO"],
    ["ECOSOC", "WHO"],
    CONFIRMED,
    sources(UNESCO_INTERIM, ANNEX),
    "Lead UNESCO (interim focal point, 2006) is confirmed; ECOSOC and WHO are recalled from the annex, whose exact list for C10 is uncertain.",
  ],
  [
    "C11",
    ["UNDESA"],
    ["ITU", "UNRC", "UNDP", "UNESCO", "ECOSOC"],
    RECALLED,
    sources(FORUM_2016, ITU_ROLES, ANNEX),
    "ITU as co-facilitator (2010–2014) and UNDESA's report on the line in 2016 are confirmed; UNDESA as lead and the other co-facilitators are recalled.",
  ],
];

/**
 * Lead and co-facilitators of each action line and C7 sub-line.
 *
 * `status` is "confirmed" when the lead is confirmed in reference §2a, and "recalled" when the lead
 * comes only from the reference's recollection of the Tunis annex (§2b). A `note` says which parts of
 * an entry are confirmed and which are recalled when an entry mixes both. The annex list is
 * indicative and open (the 24 Feb 2006 meeting), so co-facilitators are not exhaustive.
 *
 * C7 has an entry of its own: ITU's co-facilitation of C7 as a whole is confirmed (2010–2014), and C7
 * has no lead of its own because each sub-line is facilitated separately. Every sub-line has its own
 * entry, so `facilitatorsOf` never falls back from a sub-line to C7.
 *
 * Entries carry the years they hold (`from`, `to`) where the facilitator changed: UNDP was the
 * provisional focal point for C4 and C6 in 2006, and ITU has led C6 since May 2008 (reference §9c), so
 * C4 and C6 have two entries each. `facilitatorsOf(wsis, line, year)` picks the entry of that year;
 * without a year it gives the entry in force now.
 *
 * ITU's role as "partner" for C8 and C9 is confirmed but is not co-facilitation; the schema has no
 * place for partners, so it is kept in those entries' notes only.
 * Source: reference/domain-facts.md §2a (confirmed), §2b (recalled annex table) and §9c (facilitation over time).
 */
export const FACILITATION: readonly FacilitationInput[] = FACILITATION_ROWS.map(
  ([actionLine, lead, co, status, source, note, from, to]) =>
    withoutUndefined({ actionLine, from, to, lead, co, status, source, note }),
);
