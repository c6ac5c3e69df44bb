import { indexOf } from "../../catalogue/index.ts";
import {
  appendTo,
  byId,
  type Catalogue,
  type Cycle,
  compareText,
  type DateRange,
  type Programme,
  type Session,
  type Theme,
  withoutUndefined,
} from "../../model/index.ts";
import { capitalise, sessionName } from "./format.ts";

/** What kind of dated entry a programme holds; also the stable part of an iCalendar UID. */
export type EntryKind =
  | "consultation"
  | "inputs"
  | "documents"
  | "panel"
  | "session"
  | "high-level-segment"
  | "report"
  | "event";

/** One dated entry of a programme: a meeting (a range of days) or a deadline (one day). */
export interface ScheduleEntry {
  readonly kind: EntryKind;
  readonly opens: string;
  readonly closes: string;
  /** Plain-English name ("Inter-sessional panel for the 30th session"). */
  readonly label: string;
  readonly session: Session;
  /** For a parallel event, its id. */
  readonly eventId?: string;
  readonly eventTitle?: string;
  readonly organiser?: string;
}

// Order of entries falling on the same day: deadlines before meetings, as a reader acts on them.
const RANK: readonly EntryKind[] = [
  "consultation",
  "inputs",
  "documents",
  "report",
  "panel",
  "session",
  "high-level-segment",
  "event",
];

/** Every dated entry of a session: panel, consultation, deadlines, the session, its segment, events. */
export function sessionEntries(session: Session, programme: Programme): ScheduleEntry[] {
  const name = sessionName(session);
  const span = (kind: EntryKind, { opens, closes }: DateRange, label: string): ScheduleEntry => ({
    kind,
    opens,
    closes,
    label,
    session,
  });
  const day = (kind: EntryKind, date: string, label: string) =>
    span(kind, { opens: date, closes: date }, label);
  const entries: ScheduleEntry[] = [];
  if (session.intersessionalPanel !== undefined) {
    entries.push(span("panel", session.intersessionalPanel, `Inter-sessional panel preparing the ${name}`));
  }
  const weeks = programme.calendar.documentsWeeks;
  const { consultationOpens, inputs, documents, report } = session.deadlines;
  entries.push(
    day("consultation", consultationOpens, `Open consultation for the ${name} opens`),
    day("inputs", inputs, `Stakeholder inputs due for the ${name}`),
    day(
      "documents",
      documents,
      `Pre-session documents due for the ${name} (${weeks} ${weeks === 1 ? "week" : "weeks"} ahead)`,
    ),
    span(
      "session",
      session,
      `${capitalise(name)} (${session.phase === "combined" ? "review and policy" : session.phase}), ${session.venue}`,
    ),
  );
  if (session.highLevelSegmentDates !== undefined) {
    entries.push(
      span("high-level-segment", session.highLevelSegmentDates, `High-level segment of the ${name}`),
    );
  }
  for (const event of session.parallelEvents) {
    if (event.date === undefined) continue;
    entries.push({
      ...day("event", event.date, `Parallel event: ${event.title}`),
      eventId: event.id,
      eventTitle: event.title,
      ...withoutUndefined({ organiser: event.organiser }),
    });
  }
  entries.push(day("report", report, `Report of the ${name} to ECOSOC`));
  return entries;
}

/** Every dated entry of the programme, by date, then kind, then session year, then event id (code-unit order, locale-free). */
export function scheduleOf(programme: Programme): ScheduleEntry[] {
  const entries = programme.sessions.flatMap((session) => sessionEntries(session, programme));
  return entries.sort(
    (a, b) =>
      compareText(a.opens, b.opens) ||
      RANK.indexOf(a.kind) - RANK.indexOf(b.kind) ||
      a.session.year - b.session.year ||
      compareText(a.eventId ?? "", b.eventId ?? ""),
  );
}

/** Lookups a reporter needs, keyed in `Map`s. */
export interface ProgrammeIndex {
  readonly themes: ReadonlyMap<string, Theme>;
  readonly cycles: ReadonlyMap<number, Cycle>;
  /** For each scheduled theme, the cycles that take it up, in order. */
  readonly cyclesOfTheme: ReadonlyMap<string, readonly Cycle[]>;
  /** Themes of a session's cycle, resolved (unknown ids left out). */
  readonly themesOf: (session: Session) => Theme[];
  /** The sessions a cycle holds, in order. */
  readonly sessionsOf: (cycle: Cycle) => Session[];
}

/** Builds the lookups for a (validated) programme. */
export function indexProgramme(programme: Programme): ProgrammeIndex {
  const themes = byId(programme.themes);
  const cycles = new Map(programme.cycles.map((cycle) => [cycle.index, cycle]));
  const cyclesOfTheme = new Map<string, Cycle[]>();
  for (const cycle of programme.cycles) {
    for (const id of cycle.themes) appendTo(cyclesOfTheme, id, cycle);
  }
  const themesOf = (session: Session): Theme[] =>
    (cycles.get(session.cycle)?.themes ?? []).flatMap((id) => {
      const theme = themes.get(id);
      return theme === undefined ? [] : [theme];
    });
  const sessionsOf = (cycle: Cycle): Session[] =>
    programme.sessions.filter((session) => session.cycle === cycle.index);
  return { themes, cycles, cyclesOfTheme, themesOf, sessionsOf };
}

/** How the themes a programme schedules take up one line of the catalogue. */
export interface LineCoverage {
  readonly id: string;
  readonly title: string;
  /** Scheduled themes naming the line, in programme order. */
  readonly themes: readonly Theme[];
  /** Cycles taking the line up, in order. */
  readonly cycles: readonly Cycle[];
  /** "Covered", "Through C7", "Through sub-lines (3 of 8)", "Not covered". */
  readonly status: string;
}

/** Coverage of every catalogue line, in catalogue order (the programme is checked against the catalogue). */
export function coverageOf(programme: Programme, catalogue: Catalogue): LineCoverage[] {
  const index = indexProgramme(programme);
  const scheduled = programme.themes.filter((theme) => index.cyclesOfTheme.has(theme.id));
  const direct = new Map<string, Theme[]>();
  for (const theme of scheduled) for (const line of theme.actionLines) appendTo(direct, line, theme);
  const { children } = indexOf(catalogue);
  const cyclesOf = (themes: readonly Theme[]): Cycle[] => {
    const seen = new Map<number, Cycle>();
    for (const theme of themes)
      for (const cycle of index.cyclesOfTheme.get(theme.id) ?? []) seen.set(cycle.index, cycle);
    return [...seen.values()].sort((a, b) => a.index - b.index);
  };
  return catalogue.actionLines.map((line) => {
    const themes = direct.get(line.id) ?? [];
    let status = "Not covered";
    if (themes.length > 0) status = "Covered";
    // `direct` holds only lines some theme names.
    else if (line.parent !== undefined && direct.has(line.parent)) status = `Through ${line.parent}`;
    else {
      const kids = children.get(line.id) ?? [];
      const covered = kids.filter((kid) => direct.has(kid.id)).length;
      if (covered > 0) status = `Through sub-lines (${covered} of ${kids.length})`;
    }
    return {
      id: line.id,
      title: line.title,
      themes,
      cycles: cyclesOf(themes),
      status,
    };
  });
}
