// Where each built-in rule comes from. Findings carry these as `refs`: a section of docs/sources.md
// (shipped in the package) and the public address it rests on. docs/sources.md gives every fact with
// its address; reference/domain-facts.md, where they were gathered, is not part of the package.

const SOURCES = "docs/sources.md";
const MEETING = `${SOURCES}#the-2006-meeting (docs/meeting-2006.txt)`;

export const REFS = {
  twoYearCycle: `${MEETING}: UNESCO proposed a two-year plan, the first year reviewing progress and the second holding a high-level segment`,
  csdCycles: `${SOURCES}#the-csd-precedent: the CSD's two-year implementation cycles, a review session then a policy session (https://sustainabledevelopment.un.org/index.php?menu=1483)`,
  csdHighLevel: `${SOURCES}#the-csd-precedent: the CSD held three-day high-level segments in review sessions too, CSD-14, -16, -18 (https://enb-test.iisd.org/events/csd-14/summary-report-1-12-may-2006)`,
  csdCrossCutting: `${SOURCES}#the-csd-precedent: the CSD took up its cross-cutting issues and means of implementation in every cycle (https://sustainabledevelopment.un.org/index.php?menu=1483)`,
  annualCycles: `${SOURCES}#cstd-sessions: two-year cycles in 2007–2009, one-year cycles with two priority themes from 2010 (https://unctad.org/meeting/commission-science-and-technology-development-twelfth-session)`,
  actionLines: `${SOURCES}#action-lines: the Geneva Plan of Action's action lines C1–C11 and C7's eight sub-lines (https://dig.watch/resources/geneva-plan-action/)`,
  distilled: `${MEETING}: a multi-year thematic work programme with themes distilled from the Geneva action lines`,
  priorityThemes: `${SOURCES}#cstd-sessions: one or two priority themes per session (https://unctad.org/meeting/commission-science-and-technology-development-twelfth-session)`,
  facilitators: `${SOURCES}#facilitators: action-line facilitators under Tunis Agenda ¶108–109 (http://www.itu.int/net/wsis/implementation/consultation24feb.html)`,
  coherence: `${MEETING}: coherence and non-duplication across agencies`,
  sixWeeks: `${SOURCES}#documents: pre-session documents at least six weeks before the meeting, A/RES/45/238 B (https://digitallibrary.un.org/record/192871) and A/RES/49/221 B (https://digitallibrary.un.org/record/193222)`,
  portal: `${MEETING}: open consultations and an online portal for inputs before the session`,
  panel: `${SOURCES}#cstd-sessions: the inter-sessional panel, usually October–January, reports to the next session (https://unctad.org/meeting/commission-science-and-technology-development-ninth-session)`,
  sessionLength: `${SOURCES}#cstd-sessions: sessions of five working days at the Palais des Nations, Geneva (https://ecosoc.un.org/en/events/2021/joint-meeting-economic-and-social-council-chairs-functional-commissions-and-expert)`,
  ecosoc: `${SOURCES}#cstd-sessions: the session's report goes to ECOSOC's July substantive session (http://csonet.org/?menu=123)`,
  proposalsToEcosoc: `${MEETING}: proposals to be presented to the ECOSOC session in June–July`,
  wsisForum: `${SOURCES}#wsis-forum: the WSIS Forum, every year in Geneva, usually in May (http://groups.itu.int/stocktaking/WSISFlash/WSISFlashDecember2014Issue.aspx)`,
  goals: `${SOURCES}#goals: the WSIS–SDG matrix and A/RES/70/125 ¶5 and ¶12 (https://www.itu.int/net4/wsis/sdg/)`,
  millennium: `${MEETING}: WSIS follow-up integrated with the follow-up to other UN conferences (Millennium Summit)`,
  dualMandate: `${SOURCES}#mandate: ECOSOC resolution 2006/46 keeps the Commission's original S&T mandate beside WSIS follow-up (https://digitallibrary.un.org/record/591211)`,
  combineMandates: `${MEETING}: the CSTD should "combine its old and its new mandate"`,
  stakeholders: `${SOURCES}#participation: decisions 2007/215 (26 April 2007), 2007/216, 2008/217 and 2008/218 on WSIS-accredited entities (https://muguet.com/www.wsis-finance.org/CSTD/CSTD11-ngos.html ; https://muguet.com/www.wsis-finance.org/CSTD/CSTD11-academics.html)`,
  csdPrecedent: `${SOURCES}#the-csd-precedent: the CSD's arrangement for WSSD-accredited groups (https://www.un.org/esa/dsd/dsd_aofw_mg/mg_csdguid3.shtml)`,
  regionalBalance: `${MEETING}: "a more balanced regional involvement" (the 25-point threshold is this project's judgement)`,
  reviews: `${SOURCES}#reviews: WSIS+10 (A/RES/70/125, 16 Dec 2015) and WSIS+20 (E/RES/2023/3; GA 79/277, 16–17 Dec 2025) (https://dig.watch/?p=237866)`,
  repetition: `${SOURCES}#cstd-sessions: the Commission has taken up new priority themes each year since 2010; the six-year gap is this project's judgement, not a UN rule (https://unctad.org/meeting/commission-science-and-technology-development-twelfth-session)`,
} as const;
