import * as z from "zod/mini";
import {
  type CalendarOptions,
  type CalendarOptionsInput,
  CalendarOptionsSchema,
  type DateRange,
  dayNumber,
  isoOfDay,
  type MondayRule,
  MondayRuleSchema,
  parseWith,
  type Session,
  strictObject,
  YearSchema,
} from "../model/index.ts";
import { holidaySet, lastOfWorkingDays, nextWorkingDay, nthMondayDay, previousWorkingDay } from "./dates.ts";

/** The dated parts of a session that follow from its year and the calendar options. */
export type SessionDates = Pick<
  Session,
  "opens" | "closes" | "deadlines" | "venue" | "highLevelSegmentDates" | "intersessionalPanel"
>;

/**
 * Dates a session from resolved options (no validation: `createProgramme` has validated them).
 * Day numbers throughout, so the dates are the same in every time zone.
 */
export function datesOfSession(
  year: number,
  highLevelSegment: boolean,
  options: CalendarOptions,
): SessionDates {
  const holidays = holidaySet(options.holidays);
  const override = options.sessionDates.find((entry) => entry.year === year);
  const opens = nextWorkingDay(
    override ? dayNumber(override.opens) : nthMondayDay(year, options.sessionStart),
    holidays,
  );
  const closes = lastOfWorkingDays(opens, options.sessionDays, holidays);

  const documents = previousWorkingDay(opens - 7 * options.documentsWeeks, holidays);
  const inputs = previousWorkingDay(documents - 7 * options.inputsWeeks, holidays);
  const consultationOpens = previousWorkingDay(inputs - 7 * options.consultationWeeks, holidays);
  const report = nextWorkingDay(nthMondayDay(year, options.ecosoc), holidays);

  const dates: SessionDates = {
    venue: options.venue,
    opens: isoOfDay(opens),
    closes: isoOfDay(closes),
    deadlines: {
      consultationOpens: isoOfDay(consultationOpens),
      inputs: isoOfDay(inputs),
      documents: isoOfDay(documents),
      report: isoOfDay(report),
    },
  };
  if (highLevelSegment) {
    const days = Math.min(options.highLevelSegmentDays, options.sessionDays);
    let start = closes;
    // Step back over working days only, so the segment ends on the closing day.
    for (let i = 1; i < days; i++) start = previousWorkingDay(start - 1, holidays);
    dates.highLevelSegmentDates = { opens: isoOfDay(start), closes: isoOfDay(closes) };
  }
  if (options.intersessionalPanel !== false) {
    const panel = options.intersessionalPanel;
    const panelOpens = nextWorkingDay(nthMondayDay(year - 1, panel.start), holidays);
    const range: DateRange = {
      opens: isoOfDay(panelOpens),
      closes: isoOfDay(lastOfWorkingDays(panelOpens, panel.days, holidays)),
    };
    dates.intersessionalPanel = range;
  }
  return dates;
}

const SessionDatesArgumentsSchema = strictObject({
  year: YearSchema,
  highLevelSegment: z.boolean({ error: "must be true or false" }),
  options: CalendarOptionsSchema,
});

/**
 * Dates a session: opening and closing (working days only, stepping around holidays), the high-level
 * segment (its last days, when it has one), the inter-sessional panel in the year before, and the
 * deadlines counted back from the opening (documents six weeks before by default, stakeholder inputs
 * before the documents, the consultation before that) and forward to ECOSOC's July session.
 *
 * @param year - The session's year (1990–2200).
 * @param highLevelSegment - Whether the session holds a high-level segment.
 * @param options - Calendar options (defaults filled in, as in a spec's `calendar`).
 * @returns The session's dates, each `YYYY-MM-DD`, the same in every time zone.
 * @throws {PlannerInputError} When the year, the flag or an option is invalid (paths `year`, `highLevelSegment`, `options.…`).
 * @example
 * sessionDates(2027, false).opens; // "2027-05-10"
 */
export function sessionDates(
  year: number,
  highLevelSegment: boolean,
  options: CalendarOptionsInput = {},
): SessionDates {
  const parsed = parseWith(
    SessionDatesArgumentsSchema,
    { year, highLevelSegment, options },
    "session dates arguments",
  );
  return datesOfSession(parsed.year, parsed.highLevelSegment, parsed.options);
}

const NthMondayArgumentsSchema = strictObject({ year: YearSchema, rule: MondayRuleSchema });

/**
 * The nth Monday of a month (or its last Monday), as a date.
 *
 * @param year - The year (1990–2200).
 * @param rule - `{ month: 1–12, nth: 1–4 | "last" }`.
 * @returns The date written `YYYY-MM-DD`, the same in every time zone.
 * @throws {PlannerInputError} When the year or the rule is invalid.
 * @example
 * nthMonday(2027, { month: 5, nth: 2 }); // "2027-05-10"
 */
export function nthMonday(year: number, rule: MondayRule): string {
  const parsed = parseWith(NthMondayArgumentsSchema, { year, rule }, "nthMonday arguments");
  return isoOfDay(nthMondayDay(parsed.year, parsed.rule));
}
