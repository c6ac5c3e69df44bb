// Where each built-in rule comes from: sections of reference/domain-facts.md and the 2005 meeting
// notes, with the addresses they cite. Findings carry these as `refs`.

const FACTS = "reference/domain-facts.md";
const MEETING = "reference/meeting-on-strengthening-the-cstd.txt";

export const REFS = {
  twoYearCycle: `${MEETING}: UNESCO proposed a two-year plan, the first year reviewing progress and the second holding a high-level segment`,
  csdCycles: `${FACTS} §6: the CSD's two-year implementation cycles, a review session then a policy session (https://sustainabledevelopment.un.org/index.php?menu=1483)`,
  annualCycles: `${FACTS} §5b: two-year cycles in 2007–2009, one-year cycles with two priority themes from 2010`,
  actionLines: `${FACTS} §1: the Geneva Plan of Action's action lines C1–C11 and C7's eight sub-lines (https://dig.watch/resources/geneva-plan-action/)`,
  distilled: `${MEETING}: a multi-year thematic work programme with themes distilled from the Geneva action lines`,
  priorityThemes: `${FACTS} §5c: one or two priority themes per session`,
  facilitators: `${FACTS} §2: action-line facilitators under Tunis Agenda ¶108–109 (http://www.itu.int/net/wsis/implementation/consultation24feb.html)`,
  coherence: `${MEETING}: coherence and non-duplication across agencies`,
  sixWeeks: `${FACTS} §8: pre-session documents at least six weeks before the meeting, A/RES/45/238 B (https://digitallibrary.un.org/record/192871) and A/RES/49/221 B (https://digitallibrary.un.org/record/193222)`,
  portal: `${MEETING}: open consultations and an online portal for inputs before the session`,
  panel: `${FACTS} §5b: the inter-sessional panel, usually October–January, reports to the next session`,
  sessionLength: `${FACTS} §5b and §8: sessions of five working days at the Palais des Nations, Geneva`,
  ecosoc: `${FACTS} §5b: the session's report goes to ECOSOC's July substantive session (http://csonet.org/?menu=123)`,
  proposalsToEcosoc: `${MEETING}: proposals to be presented to the ECOSOC session in June–July`,
  wsisForum: `${FACTS} §7: the WSIS Forum, every year in Geneva, usually in May`,
  goals: `${FACTS} §7: the WSIS–SDG matrix and A/RES/70/125 ¶5 and ¶12 (https://www.itu.int/net4/wsis/sdg/)`,
  millennium: `${MEETING}: WSIS follow-up integrated with the follow-up to other UN conferences (Millennium Summit)`,
  dualMandate: `${FACTS} §5a: ECOSOC resolution 2006/46 keeps the Commission's original S&T mandate beside WSIS follow-up (https://digitallibrary.un.org/record/591211)`,
  combineMandates: `${MEETING}: the CSTD should "combine its old and its new mandate"`,
  stakeholders: `${FACTS} §5a: decisions 2007/215, 2007/216, 2008/217 and 2008/218 on WSIS-accredited entities (http://www.csbureau.info/ecosocstatus.htm)`,
  csdPrecedent: `${FACTS} §6: the CSD's interim arrangement for WSSD-accredited groups`,
  regionalBalance: `${MEETING}: "a more balanced regional involvement"`,
  reviews: `${FACTS} §3: WSIS+10 (A/RES/70/125, 16 Dec 2015) and WSIS+20 (E/RES/2023/3; GA 79/277, 16–17 Dec 2025)`,
  repetition: `${FACTS} §5c: the Commission has taken up new priority themes each year since 2010 (the six-year gap is this library's default, not a UN rule)`,
} as const;
