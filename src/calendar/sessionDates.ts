import { subDays, subWeeks } from "date-fns";
import type { CalendarOptions, DateRange, Session } from "../model/index.ts";
import { lastOfWorkingDays, nextWorkingDay, nthMonday, previousWorkingDay, toDate, toIso } from "./dates.ts";

/** The dated parts of a session that follow from its year and the calendar options. */
export type SessionDates = Pick<
  Session,
  "opens" | "closes" | "deadlines" | "venue" | "highLevelSegmentDates" | "intersessionalPanel"
>;

/**
 * Dates a session: opening and closing (working days only, stepping around holidays), the high-level
 * segment (its last days, when it has one), the inter-sessional panel in the year before, and the
 * deadlines counted back from the opening (documents six weeks before by default, stakeholder inputs
 * before the documents, the consultation before that) and forward to ECOSOC's July session.
 *
 * @param year - The session's year.
 * @param highLevelSegment - Whether the session holds a high-level segment.
 * @param options - Resolved calendar options.
 */
export function sessionDates(
  year: number,
  highLevelSegment: boolean,
  options: CalendarOptions,
): SessionDates {
  const holidays = new Set(options.holidays);
  const override = options.sessionDates.find((entry) => entry.year === year);
  const opens = nextWorkingDay(
    override ? toDate(override.opens) : nthMonday(year, options.sessionStart),
    holidays,
  );
  const closes = lastOfWorkingDays(opens, options.sessionDays, holidays);

  const documents = previousWorkingDay(subWeeks(opens, options.documentsWeeks), holidays);
  const inputs = previousWorkingDay(subWeeks(documents, options.inputsWeeks), holidays);
  const consultationOpens = previousWorkingDay(subWeeks(inputs, options.consultationWeeks), holidays);
  const report = nextWorkingDay(nthMonday(year, options.ecosoc), holidays);

  const dates: SessionDates = {
    venue: options.venue,
    opens: toIso(opens),
    closes: toIso(closes),
    deadlines: {
      consultationOpens: toIso(consultationOpens),
      inputs: toIso(inputs),
      documents: toIso(documents),
      report: toIso(report),
    },
  };
  if (highLevelSegment) {
    const days = Math.min(options.highLevelSegmentDays, options.sessionDays);
    let start = closes;
    // Step back over working days only, so the segment ends on the closing day.
    for (let i = 1; i < days; i++) start = previousWorkingDay(subDays(start, 1), holidays);
    dates.highLevelSegmentDates = { opens: toIso(start), closes: toIso(closes) };
  }
  if (options.intersessionalPanel !== false) {
    const panel = options.intersessionalPanel;
    const panelOpens = nextWorkingDay(nthMonday(year - 1, panel.start), holidays);
    const range: DateRange = {
      opens: toIso(panelOpens),
      closes: toIso(lastOfWorkingDays(panelOpens, panel.days, holidays)),
    };
    dates.intersessionalPanel = range;
  }
  return dates;
}
