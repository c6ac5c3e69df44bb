// Where each built-in rule comes from. Findings carry these as `refs`: a section of docs/sources.md
// (shipped in the package) and the public address it rests on. docs/sources.md gives every fact with
// its address; reference/domain-facts.md, where they were gathered, is not part of the package.

import {
  CSTD11_ACADEMICS_URL,
  CSTD11_NGOS_URL,
  ECOSOC_SESSION_URL,
  FACILITATORS_2006_URL,
  GENEVA_PLAN_URL,
  NINTH_SESSION_URL,
  RES_45_238_URL,
  RES_49_221_URL,
  SESSION_LENGTH_URL,
  TWELFTH_SESSION_URL,
  WSIS_FLASH_2014_URL,
  WSIS_REVIEWS_URL,
  WSIS_SDG_URL,
} from "../../catalogue/index.ts";

const SOURCES = "docs/sources.md";

/** References to one section of docs/sources.md, each a fact and its address: "docs/sources.md#<anchor>: <fact> (<address>)". */
function section(anchor: string): (fact: string, address: string) => string {
  return (fact, address) => `${SOURCES}#${anchor}: ${fact} (${address})`;
}

/** A point of the 2006 meeting's record, which docs/sources.md quotes from docs/meeting-2006.txt. */
function meeting(point: string): string {
  return `${SOURCES}#the-2006-meeting (docs/meeting-2006.txt): ${point}`;
}

const csdPrecedent = section("the-csd-precedent");
const cstdSessions = section("cstd-sessions");

// Addresses more than one reference rests on.
const CSD_CYCLES = "https://sustainabledevelopment.un.org/index.php?menu=1483";

export const REFS = {
  twoYearCycle: meeting(
    "UNESCO proposed a two-year plan, the first year reviewing progress and the second holding a high-level segment",
  ),
  csdCycles: csdPrecedent(
    "the CSD's two-year implementation cycles, a review session then a policy session",
    CSD_CYCLES,
  ),
  csdHighLevel: csdPrecedent(
    "the CSD held three-day high-level segments in review sessions too, CSD-14, -16, -18",
    "https://enb-test.iisd.org/events/csd-14/summary-report-1-12-may-2006",
  ),
  csdCrossCutting: csdPrecedent(
    "the CSD took up its cross-cutting issues and means of implementation in every cycle",
    CSD_CYCLES,
  ),
  annualCycles: cstdSessions(
    "two-year cycles in 2007–2009, one-year cycles with two priority themes from 2010",
    TWELFTH_SESSION_URL,
  ),
  actionLines: section("action-lines")(
    "the Geneva Plan of Action's action lines C1–C11 and C7's eight sub-lines",
    GENEVA_PLAN_URL,
  ),
  distilled: meeting(
    "a multi-year thematic work programme with themes distilled from the Geneva action lines",
  ),
  priorityThemes: cstdSessions("one or two priority themes per session", TWELFTH_SESSION_URL),
  facilitators: section("facilitators")(
    "action-line facilitators under Tunis Agenda ¶108–109",
    FACILITATORS_2006_URL,
  ),
  coherence: meeting("coherence and non-duplication across agencies"),
  sixWeeks: section("documents")(
    `pre-session documents at least six weeks before the meeting, A/RES/45/238 B (${RES_45_238_URL}) and A/RES/49/221 B`,
    RES_49_221_URL,
  ),
  portal: meeting("open consultations and an online portal for inputs before the session"),
  panel: cstdSessions(
    "the inter-sessional panel, usually October–January, reports to the next session",
    NINTH_SESSION_URL,
  ),
  sessionLength: cstdSessions(
    "sessions of five working days at the Palais des Nations, Geneva",
    SESSION_LENGTH_URL,
  ),
  ecosoc: cstdSessions("the session's report goes to ECOSOC's July substantive session", ECOSOC_SESSION_URL),
  proposalsToEcosoc: meeting("proposals to be presented to the ECOSOC session in June–July"),
  wsisForum: section("wsis-forum")(
    "the WSIS Forum, every year in Geneva, usually in May",
    WSIS_FLASH_2014_URL,
  ),
  goals: section("goals")("the WSIS–SDG matrix and A/RES/70/125 ¶5 and ¶12", WSIS_SDG_URL),
  millennium: meeting(
    "WSIS follow-up integrated with the follow-up to other UN conferences (Millennium Summit)",
  ),
  dualMandate: section("mandate")(
    "ECOSOC resolution 2006/46 keeps the Commission's original S&T mandate beside WSIS follow-up",
    "https://digitallibrary.un.org/record/591211",
  ),
  combineMandates: meeting('the CSTD should "combine its old and its new mandate"'),
  stakeholders: section("participation")(
    "decisions 2007/215 (26 April 2007), 2007/216, 2008/217 and 2008/218 on WSIS-accredited entities",
    `${CSTD11_NGOS_URL} ; ${CSTD11_ACADEMICS_URL}`,
  ),
  csdPrecedent: csdPrecedent(
    "the CSD's arrangement for WSSD-accredited groups",
    "https://www.un.org/esa/dsd/dsd_aofw_mg/mg_csdguid3.shtml",
  ),
  regionalBalance: meeting(
    '"a more balanced regional involvement" (the 25-point threshold is this project\'s judgement)',
  ),
  reviews: section("reviews")(
    "WSIS+10 (A/RES/70/125, 16 Dec 2015) and WSIS+20 (E/RES/2023/3; GA 79/277, 16–17 Dec 2025)",
    WSIS_REVIEWS_URL,
  ),
  repetition: cstdSessions(
    "the Commission has taken up new priority themes each year since 2010; the six-year gap is this project's judgement, not a UN rule",
    TWELFTH_SESSION_URL,
  ),
} as const;
