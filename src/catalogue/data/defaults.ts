import { ECOSOC_SESSION_URL, RES_45_238_URL, RES_49_221_URL, SESSION_LENGTH_URL } from "./addresses.ts";

// Where each default of the planner comes from: a rule or a fact with its source, or this project's
// judgement where the sources fix no number. docs/sources.md lists the same, with the addresses.

/** Whether a default is a UN rule or a fact on record, or this project's judgement. */
export type DefaultBasis = "rule" | "fact" | "judgement";

/** One default value of the planner and what it rests on. */
export interface DefaultSource {
  /** Where the default is set: an option path. */
  readonly option: string;
  readonly value: string;
  readonly basis: DefaultBasis;
  /** The source (document and address), or why the judgement was made. */
  readonly source: string;
}

// The basis most defaults have, named once (it is written many times below).
const JUDGEMENT = "judgement";

// One default a row: [option, value, basis, source].
const DEFAULT_ROWS: readonly (readonly [
  option: string,
  value: string,
  basis: DefaultBasis,
  source: string,
])[] = [
  [
    "calendar.sessionStart",
    "second Monday of May",
    JUDGEMENT,
    "The CSTD usually meets in May (reference §5b), on dates from 4 May to 3 June in 2010–2019 (§5c); the second Monday is this project's choice, not a rule.",
  ],
  [
    "calendar.sessionDays",
    "5 working days",
    "fact",
    `CSTD sessions run five working days (reference §5b, §8): ${SESSION_LENGTH_URL}`,
  ],
  [
    "calendar.highLevelSegmentDays",
    "2 working days",
    JUDGEMENT,
    "No CSTD rule sets it; the CSD's high-level segments lasted three days in two-week sessions (reference §9d), and two of a five-day session is this project's scaling of that.",
  ],
  [
    "calendar.highLevelSegmentPhases",
    "policy and combined sessions",
    "fact",
    "The 2006 meeting's proposal: a review year, then a year with a high-level segment (docs/meeting-2006.txt). The CSD held one in its review sessions too (reference §9d): set ['review', 'policy'] to model it.",
  ],
  [
    "calendar.documentsWeeks",
    "6 weeks",
    "rule",
    `The six-week rule, A/RES/45/238 B (${RES_45_238_URL}) and A/RES/49/221 B (${RES_49_221_URL}), reference §8.`,
  ],
  [
    "calendar.inputsWeeks",
    "4 weeks",
    JUDGEMENT,
    "The 2006 meeting asked for inputs through an online portal before the session; four weeks before the documents, to write them into the documents, is this project's choice.",
  ],
  [
    "calendar.consultationWeeks",
    "8 weeks",
    JUDGEMENT,
    "The 2006 meeting asked for open consultations before the session; eight weeks of consultation is this project's choice.",
  ],
  [
    "calendar.intersessionalPanel",
    "third Monday of November, 3 days",
    "fact",
    "Panels usually sit October–January, for three days (Rabat 10–12 Nov 2005, Kuala Lumpur 28–30 Nov 2007, Geneva 6–8 Nov 2017; reference §5b); the third Monday is this project's choice within that.",
  ],
  [
    "calendar.ecosoc",
    "first Monday of July",
    "fact",
    `ECOSOC's substantive session was held in July (reference §5b): ${ECOSOC_SESSION_URL}`,
  ],
  [
    "params.minGapYears",
    "6 years",
    JUDGEMENT,
    "The Commission has taken up new priority themes each year since 2010 (reference §5c); six years is this project's default, not a UN rule.",
  ],
  ["params.themesPerCycle", "1–2", "fact", "One or two priority themes a session (reference §5c)."],
  [
    "policy.maxRegionalSpread",
    "25 points",
    JUDGEMENT,
    "The 2006 meeting asked for 'a more balanced regional involvement'; 25 points between the largest and the smallest regional share is this project's threshold.",
  ],
  [
    "alignWithUngis lead",
    "1 year (by default worked out per year)",
    "fact",
    "UNGIS met in July in 2006–2007 and in May at the WSIS Forum since 2010 (reference §4, §9b), after the Commission's documents are due, so its work of one year reaches the next year's session.",
  ],
];

/**
 * Every default of the calendar, the rules and participation, with its basis. Defaults marked
 * `judgement` are this project's choices where the sources give no number; change them freely.
 *
 * @example
 * PLANNER_DEFAULTS.filter((d) => d.basis === "judgement").map((d) => d.option);
 * // ["calendar.sessionStart", "calendar.highLevelSegmentDays", "calendar.inputsWeeks", "calendar.consultationWeeks", …]
 */
export const PLANNER_DEFAULTS: readonly DefaultSource[] = DEFAULT_ROWS.map(
  ([option, value, basis, source]) => ({
    option,
    value,
    basis,
    source,
  }),
);
