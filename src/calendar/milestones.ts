import {
  addIssue,
  compareText,
  type InputIssue,
  type MilestoneKind,
  MilestoneKindSchema,
  type Programme,
  ProgrammeSchema,
  parseWith,
  type Session,
  type SessionCalendarOptions,
  SessionCalendarOptionsSchema,
  throwIfAny,
  withoutUndefined,
} from "../model/index.ts";
import { eventsOverlapping, indexEvents } from "./clashes.ts";
import { holidaySet, isWorkingDay } from "./dates.ts";
import { dayNumber } from "./days.ts";

/** One dated step of a programme: a deadline, a meeting, or an external event beside them. */
export interface Milestone {
  /** First (or only) day, `YYYY-MM-DD`. */
  readonly date: string;
  /** Last day of a meeting that spans several days, `YYYY-MM-DD`. */
  readonly end?: string;
  readonly kind: MilestoneKind;
  /** Plain-words label, e.g. "Pre-session documents due for the 30th session (2027)". */
  readonly title: string;
  /** The session year the milestone serves (for an external event, the year it opens). */
  readonly year: number;
  /** Index of the cycle the session belongs to (not for external events). */
  readonly cycle?: number;
  /** The session's number in the Commission's series, when the programme numbers sessions. */
  readonly session?: number;
  /** Whether `date` is a working day at the venue (not a weekend, not a holiday). */
  readonly workingDay: boolean;
  /** The external event's id (kind `external-event`). */
  readonly event?: string;
  /** Ids of external events that overlap this meeting (kinds `session`, `intersessional-panel`, `high-level-segment`). */
  readonly clashes?: readonly string[];
}

const KIND_ORDER = new Map(MilestoneKindSchema.options.map((kind, index) => [kind, index]));

/**
 * A session number as the Commission writes it.
 *
 * @param n - A positive whole number.
 * @returns "30th" for 30, "21st" for 21, "12th" for 12.
 * @throws Nothing.
 * @example
 * ordinal(22); // "22nd"
 */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

/**
 * How messages name a session: by its number when the programme numbers sessions, else by its year.
 *
 * @param session - A session's `year` and optional `number`.
 * @returns "the 30th session (2027)" or "the 2027 session".
 * @throws Nothing.
 * @example
 * sessionLabel({ year: 2027, number: 30 }); // "the 30th session (2027)"
 */
export function sessionLabel(session: Pick<Session, "year" | "number">): string {
  return session.number === undefined
    ? `the ${session.year} session`
    : `the ${ordinal(session.number)} session (${session.year})`;
}

function compareMilestones(a: Milestone, b: Milestone): number {
  return (
    compareText(a.date, b.date) ||
    (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) ||
    a.year - b.year ||
    compareText(a.event ?? "", b.event ?? "") ||
    compareText(a.title, b.title)
  );
}

/**
 * Every dated milestone of a programme in date order: for each session, the inter-sessional panel,
 * the open consultation and input portal, the inputs deadline, the documents deadline, the session,
 * its high-level segment and its report to ECOSOC; and, when given, the external events that fall
 * within the programme's span. Holidays and external events are plain data; nothing reads the clock.
 *
 * @param programme - A programme (from `createProgramme` or `parseProgramme`).
 * @param options - Extra `holidays`, `externalEvents` to show beside the sessions, and `kinds` to keep.
 * @returns A new array of milestones in date order (ties: the order above, then year, then event id).
 * @throws {PlannerInputError} When the programme or the options are malformed, listing each problem with its path.
 * @example
 * sessionCalendar(createProgramme(WSIS_DEFAULT_SPEC)).slice(0, 2).map((m) => `${m.date} ${m.kind}`);
 * // ["2026-11-16 intersessional-panel", "2026-12-18 consultation-opens"]
 */
export function sessionCalendar(programme: Programme, options: SessionCalendarOptions = {}): Milestone[] {
  const parsed = parseWith(ProgrammeSchema, programme, "programme");
  const resolved = parseWith(SessionCalendarOptionsSchema, options, "calendar options");
  const issues: InputIssue[] = [];
  parsed.sessions.forEach((session, i) => {
    if (session.closes < session.opens) {
      addIssue(
        issues,
        ["sessions", i, "closes"],
        `the ${session.year} session closes (${session.closes}) before it opens (${session.opens})`,
      );
    }
  });
  throwIfAny(issues, "programme");

  const holidays = holidaySet([...parsed.calendar.holidays, ...resolved.holidays]);
  const workingDay = (iso: string) => isWorkingDay(dayNumber(iso), holidays);
  const index = indexEvents(resolved.externalEvents);
  const clashesOf = (opens: string, closes: string) =>
    eventsOverlapping(index, opens, closes).map((event) => event.id);

  /** A milestone from `date` to `end` (none for one day), in the year, cycle and session of `place`. */
  const milestoneOf = (
    kind: MilestoneKind,
    date: string,
    end: string | undefined,
    title: string,
    place: Pick<Milestone, "year" | "cycle" | "session">,
  ): Milestone => ({
    date,
    ...(end === undefined || end === date ? {} : { end }),
    kind,
    title,
    ...place,
    workingDay: workingDay(date),
  });

  const out: Milestone[] = [];
  for (const session of parsed.sessions) {
    const label = sessionLabel(session);
    const place = withoutUndefined({ year: session.year, cycle: session.cycle, session: session.number });
    const dated = (kind: MilestoneKind, date: string, title: string, end?: string): void => {
      const milestone = milestoneOf(kind, date, end, title, place);
      if (end !== undefined && kind !== "consultation-opens") {
        const clashes = clashesOf(date, end);
        out.push(clashes.length > 0 ? { ...milestone, clashes } : milestone);
      } else {
        out.push(milestone);
      }
    };
    const panel = session.intersessionalPanel;
    if (panel !== undefined)
      dated("intersessional-panel", panel.opens, `Inter-sessional panel before ${label}`, panel.closes);
    const { consultationOpens, inputs, documents, report } = session.deadlines;
    const weeks = Math.floor((dayNumber(session.opens) - dayNumber(documents)) / 7);
    dated("consultation-opens", consultationOpens, `Open consultation and input portal open for ${label}`);
    dated("inputs-due", inputs, `Stakeholder inputs due for ${label}`);
    dated(
      "documents-due",
      documents,
      `Pre-session documents due for ${label} (${weeks} week${weeks === 1 ? "" : "s"} before it opens)`,
    );
    dated(
      "session",
      session.opens,
      `T${label.slice(1)}, ${session.phase === "combined" ? "review and policy" : session.phase}: ${session.venue}`,
      session.closes,
    );
    const segment = session.highLevelSegmentDates;
    if (session.highLevelSegment && segment !== undefined)
      dated("high-level-segment", segment.opens, `High-level segment of ${label}`, segment.closes);
    dated("report-to-ecosoc", report, `Report of ${label} reaches the Economic and Social Council`);
  }

  if (out.length > 0) {
    let first = out[0]?.date ?? "";
    let last = first;
    for (const milestone of out) {
      if (milestone.date < first) first = milestone.date;
      const end = milestone.end ?? milestone.date;
      if (end > last) last = end;
    }
    for (const event of eventsOverlapping(index, first, last)) {
      const year = Number(event.opens.slice(0, 4));
      out.push({
        ...milestoneOf("external-event", event.opens, event.closes, event.title, { year }),
        event: event.id,
      });
    }
  }

  const kinds = resolved.kinds === undefined ? undefined : new Set(resolved.kinds);
  const kept = kinds === undefined ? out : out.filter((milestone) => kinds.has(milestone.kind));
  return kept.sort(compareMilestones);
}
