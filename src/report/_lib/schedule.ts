import type { Catalogue, Cycle, Programme, Session, Theme } from "../../model/index.ts";
import { sessionName } from "./format.ts";

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
const RANK: ReadonlyMap<EntryKind, number> = new Map([
  ["consultation", 0],
  ["inputs", 1],
  ["documents", 2],
  ["report", 3],
  ["panel", 4],
  ["session", 5],
  ["high-level-segment", 6],
  ["event", 7],
]);

/** Every dated entry of a session: panel, consultation, deadlines, the session, its segment, events. */
export function sessionEntries(session: Session, programme: Programme): ScheduleEntry[] {
  const name = sessionName(session);
  const day = (kind: EntryKind, date: string, label: string): ScheduleEntry => ({
    kind,
    opens: date,
    closes: date,
    label,
    session,
  });
  const entries: ScheduleEntry[] = [];
  if (session.intersessionalPanel !== undefined) {
    entries.push({
      kind: "panel",
      ...session.intersessionalPanel,
      label: `Inter-sessional panel preparing the ${name}`,
      session,
    });
  }
  const weeks = programme.calendar.documentsWeeks;
  entries.push(
    day("consultation", session.deadlines.consultationOpens, `Open consultation for the ${name} opens`),
    day("inputs", session.deadlines.inputs, `Stakeholder inputs due for the ${name}`),
    day(
      "documents",
      session.deadlines.documents,
      `Pre-session documents due for the ${name} (${weeks} ${weeks === 1 ? "week" : "weeks"} ahead)`,
    ),
    {
      kind: "session",
      opens: session.opens,
      closes: session.closes,
      label: `${capitalise(name)} (${session.phase === "combined" ? "review and policy" : session.phase}), ${session.venue}`,
      session,
    },
  );
  if (session.highLevelSegmentDates !== undefined) {
    entries.push({
      kind: "high-level-segment",
      ...session.highLevelSegmentDates,
      label: `High-level segment of the ${name}`,
      session,
    });
  }
  for (const event of session.parallelEvents) {
    if (event.date === undefined) continue;
    const entry: ScheduleEntry = {
      kind: "event",
      opens: event.date,
      closes: event.date,
      label: `Parallel event: ${event.title}`,
      session,
      eventId: event.id,
      eventTitle: event.title,
      ...(event.organiser === undefined ? {} : { organiser: event.organiser }),
    };
    entries.push(entry);
  }
  entries.push(day("report", session.deadlines.report, `Report of the ${name} to ECOSOC`));
  return entries;
}

/** Every dated entry of the programme, by date, then kind, then session year, then event id. */
export function scheduleOf(programme: Programme): ScheduleEntry[] {
  const entries = programme.sessions.flatMap((session) => sessionEntries(session, programme));
  return entries.sort(
    (a, b) =>
      compare(a.opens, b.opens) ||
      (RANK.get(a.kind) ?? 0) - (RANK.get(b.kind) ?? 0) ||
      a.session.year - b.session.year ||
      compare(a.eventId ?? "", b.eventId ?? ""),
  );
}

/** Code-unit comparison (locale-free, so output never depends on the machine). */
export function compare(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lookups a reporter needs, keyed in `Map`s. */
export interface ProgrammeIndex {
  readonly themes: ReadonlyMap<string, Theme>;
  readonly cycles: ReadonlyMap<number, Cycle>;
  /** For each scheduled theme, the cycles that take it up, in order. */
  readonly cyclesOfTheme: ReadonlyMap<string, readonly Cycle[]>;
  /** Themes of a session's cycle, resolved (unknown ids left out). */
  readonly themesOf: (session: Session) => Theme[];
}

/** Builds the lookups for a (validated) programme. */
export function indexProgramme(programme: Programme): ProgrammeIndex {
  const themes = new Map(programme.themes.map((theme) => [theme.id, theme]));
  const cycles = new Map(programme.cycles.map((cycle) => [cycle.index, cycle]));
  const cyclesOfTheme = new Map<string, Cycle[]>();
  for (const cycle of programme.cycles) {
    for (const id of cycle.themes) cyclesOfTheme.set(id, [...(cyclesOfTheme.get(id) ?? []), cycle]);
  }
  const themesOf = (session: Session): Theme[] =>
    (cycles.get(session.cycle)?.themes ?? []).flatMap((id) => {
      const theme = themes.get(id);
      return theme === undefined ? [] : [theme];
    });
  return { themes, cycles, cyclesOfTheme, themesOf };
}

/** How the themes a programme schedules take up one line of the catalogue. */
export interface LineCoverage {
  readonly id: string;
  readonly title: string;
  readonly parent?: string;
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
  for (const theme of scheduled) {
    for (const line of theme.actionLines) {
      direct.set(line, [...(direct.get(line) ?? []), theme]);
    }
  }
  const children = new Map<string, string[]>();
  for (const line of catalogue.actionLines) {
    if (line.parent !== undefined) children.set(line.parent, [...(children.get(line.parent) ?? []), line.id]);
  }
  const cyclesOf = (themes: readonly Theme[]): Cycle[] => {
    const seen = new Map<number, Cycle>();
    for (const theme of themes)
      for (const cycle of index.cyclesOfTheme.get(theme.id) ?? []) seen.set(cycle.index, cycle);
    return [...seen.values()].sort((a, b) => a.index - b.index);
  };
  const rows: LineCoverage[] = catalogue.actionLines.map((line) => {
    const themes = direct.get(line.id) ?? [];
    let status = "Not covered";
    if (themes.length > 0) status = "Covered";
    else if (line.parent !== undefined && (direct.get(line.parent)?.length ?? 0) > 0)
      status = `Through ${line.parent}`;
    else {
      const kids = children.get(line.id) ?? [];
      const covered = kids.filter((kid) => (direct.get(kid)?.length ?? 0) > 0).length;
      if (covered > 0) status = `Through sub-lines (${covered} of ${kids.length})`;
    }
    return {
      id: line.id,
      title: line.title,
      ...(line.parent === undefined ? {} : { parent: line.parent }),
      themes,
      cycles: cyclesOf(themes),
      status,
    };
  });
  return rows;
}
