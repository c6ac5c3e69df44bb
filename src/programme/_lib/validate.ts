import { indexOf } from "../../catalogue/index.ts";
import type { Catalogue, InputIssue, Mandate, Programme, ResolvedProgrammeSpec } from "../../model/index.ts";
import {
  issuesFromZod,
  keyHints,
  PlannerInputError,
  ProgrammeSpecSchema,
  readInput,
  unknownIdMessage,
} from "../../model/index.ts";

type Path = (string | number)[];

/** What the theme checks read of a theme: a parsed one, or what one that failed its shape check holds. */
interface ThemeFields {
  readonly id: unknown;
  readonly actionLines: readonly unknown[];
  /** Absent for a theme that failed its shape check: its mandate is not checked then. */
  readonly mandate?: Mandate;
}

/**
 * Pushes the issues of themes: duplicate ids, action lines the catalogue does not know and mandates
 * it does not have. Only ids and lines that are text are checked (a theme that failed its shape check
 * may hold anything).
 */
function pushThemeIssues(issues: InputIssue[], themes: readonly ThemeFields[], catalogue: Catalogue): void {
  const lines = indexOf(catalogue).lines;
  // Issue 11: a catalogue that names its mandates allows only those (the CSD has no STI mandate).
  const mandates = catalogue.mandates?.map((entry) => entry.id);
  const seen = new Map<string, number>();
  themes.forEach((theme, index) => {
    const id = theme.id;
    if (typeof id === "string") {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      else
        issues.push({
          path: ["themes", index, "id"],
          message: `duplicate theme id "${id}" (first at themes[${first}])`,
        });
    }
    theme.actionLines.forEach((line, j) => {
      if (typeof line === "string" && !lines.has(line)) {
        issues.push({
          path: ["themes", index, "actionLines", j],
          message: unknownIdMessage(catalogue.lineNoun, line, lines.keys()),
        });
      }
    });
    if (theme.mandate !== undefined && mandates !== undefined && !mandates.includes(theme.mandate))
      issues.push({
        path: ["themes", index, "mandate"],
        message: `catalogue "${catalogue.id}" has no "${theme.mandate}" mandate (it has ${mandates.map((m) => `"${m}"`).join(", ")})`,
      });
  });
}

/** Pushes the issues of a list of theme ids: ids no theme has, and ids named twice. */
function pushThemeRefIssues(
  issues: InputIssue[],
  ids: readonly string[],
  known: ReadonlySet<string>,
  at: Path,
  what: string,
): void {
  const seen = new Set<string>();
  ids.forEach((id, j) => {
    if (!known.has(id))
      issues.push({ path: [...at, j], message: `${what} names ${unknownIdMessage("theme", id, known)}` });
    else if (seen.has(id)) issues.push({ path: [...at, j], message: `${what} names theme "${id}" twice` });
    seen.add(id);
  });
}

/** A year outside the programme's horizon, as the messages say it. */
const outsideMessage = (year: number, startYear: number, endYear: number) =>
  `${year} is outside the programme (${startYear}–${endYear})`;

/** Issues a spec has beyond its shape: unknown ids, a horizon past 2200, dates outside the programme. */
export function specIssues(spec: ResolvedProgrammeSpec, catalogue: Catalogue): InputIssue[] {
  const issues: InputIssue[] = [];
  pushThemeIssues(issues, spec.themes, catalogue);
  const known = new Set(spec.themes.map((theme) => theme.id));
  const { startYear, cycleLength } = spec;
  const cycleCount = typeof spec.cycles === "number" ? spec.cycles : spec.cycles.length;
  const endYear = startYear + cycleCount * cycleLength - 1;
  if (endYear > 2200) {
    issues.push({
      path: ["cycles"],
      message: `${cycleCount} cycles of ${cycleLength} years from ${startYear} end in ${endYear}, after 2200`,
    });
  }
  if (typeof spec.cycles !== "number") {
    spec.cycles.forEach((cycle, i) => {
      pushThemeRefIssues(issues, cycle.themes, known, ["cycles", i, "themes"], `cycle ${i + 1}`);
    });
  }
  /** Whether `year` is outside the programme, reporting it at `path` when it is. */
  const outside = (year: number, path: Path) => {
    const isOutside = year < startYear || year > endYear;
    if (isOutside) issues.push({ path, message: outsideMessage(year, startYear, endYear) });
    return isOutside;
  };
  spec.calendar.sessionDates.forEach((entry, i) => {
    if (
      !outside(entry.year, ["calendar", "sessionDates", i, "year"]) &&
      !entry.opens.startsWith(`${entry.year}-`)
    ) {
      issues.push({
        path: ["calendar", "sessionDates", i, "opens"],
        message: `${entry.opens} is not in ${entry.year}`,
      });
    }
  });
  spec.agenda.forEach((item, i) => {
    item.years?.forEach((year, j) => {
      outside(year, ["agenda", i, "years", j]);
    });
  });
  spec.events.forEach((event, i) => {
    outside(event.year, ["events", i, "year"]);
    pushThemeRefIssues(issues, event.themes, known, ["events", i, "themes"], `event "${event.title}"`);
  });
  return issues;
}

/** Pushes an issue for each item whose id an earlier item has. */
function pushIdIssues(issues: InputIssue[], items: readonly { id: string }[], at: Path, noun: string): void {
  const seen = new Set<string>();
  items.forEach(({ id }, i) => {
    if (seen.has(id)) issues.push({ path: [...at, i, "id"], message: `duplicate ${noun} id "${id}"` });
    seen.add(id);
  });
}

/**
 * Issues that make a programme inconsistent (not merely rule-breaking): the horizon, cycles and
 * sessions must agree, ids must resolve, dates must run forward. Scheduling and structure rules
 * (phases, high-level segments, deadlines) are the rule engine's to report, not errors.
 */
export function programmeIssues(programme: Programme, catalogue: Catalogue): InputIssue[] {
  const issues: InputIssue[] = [];
  if (programme.catalogue !== catalogue.id) {
    issues.push({
      path: ["catalogue"],
      message: `the programme uses catalogue "${programme.catalogue}" but was checked against "${catalogue.id}"`,
    });
  }
  pushThemeIssues(issues, programme.themes, catalogue);
  const known = new Set(programme.themes.map((theme) => theme.id));
  const { startYear, cycleLength } = programme;
  const expectedEnd = startYear + programme.cycles.length * cycleLength - 1;
  if (programme.endYear !== expectedEnd) {
    issues.push({
      path: ["endYear"],
      message: `${programme.cycles.length} cycles of ${cycleLength} years from ${startYear} end in ${expectedEnd}, not ${programme.endYear}`,
    });
  }
  const cycleOfYear = new Map<number, number>();
  programme.cycles.forEach((cycle, i) => {
    if (cycle.index !== i)
      issues.push({
        path: ["cycles", i, "index"],
        message: `cycle at position ${i} has index ${cycle.index}`,
      });
    const expected = Array.from({ length: cycleLength }, (_, k) => startYear + i * cycleLength + k);
    if (cycle.years.join() !== expected.join()) {
      issues.push({
        path: ["cycles", i, "years"],
        message: `cycle ${i + 1} should span ${expected.join(", ")}, not ${cycle.years.join(", ")}`,
      });
    }
    for (const year of expected) cycleOfYear.set(year, i);
    pushThemeRefIssues(issues, cycle.themes, known, ["cycles", i, "themes"], `cycle ${i + 1}`);
  });
  const years = new Set<number>();
  programme.sessions.forEach((session, i) => {
    const at = ["sessions", i];
    const previous = programme.sessions[i - 1];
    if (years.has(session.year))
      issues.push({ path: [...at, "year"], message: `a second session in ${session.year}` });
    else if (previous !== undefined && session.year < previous.year) {
      issues.push({
        path: [...at, "year"],
        message: `sessions must be in year order (${session.year} after ${previous.year})`,
      });
    }
    years.add(session.year);
    const cycle = cycleOfYear.get(session.year);
    if (cycle === undefined) {
      issues.push({
        path: [...at, "year"],
        message: outsideMessage(session.year, startYear, expectedEnd),
      });
    } else if (session.cycle !== cycle) {
      issues.push({
        path: [...at, "cycle"],
        message: `the ${session.year} session belongs to cycle index ${cycle}, not ${session.cycle}`,
      });
    }
    if (session.closes < session.opens) {
      issues.push({
        path: [...at, "closes"],
        message: `the ${session.year} session closes (${session.closes}) before it opens (${session.opens})`,
      });
    }
    const range = session.intersessionalPanel;
    if (range !== undefined && range.closes < range.opens) {
      issues.push({
        path: [...at, "intersessionalPanel", "closes"],
        message: `the panel closes (${range.closes}) before it opens (${range.opens})`,
      });
    }
    pushIdIssues(issues, session.agenda, [...at, "agenda"], "agenda item");
    pushIdIssues(issues, session.parallelEvents, [...at, "parallelEvents"], "event");
    session.agenda.forEach((item, j) => {
      pushThemeRefIssues(
        issues,
        item.themes,
        known,
        [...at, "agenda", j, "themes"],
        `agenda item "${item.title}"`,
      );
    });
    session.parallelEvents.forEach((event, j) => {
      pushThemeRefIssues(
        issues,
        event.themes,
        known,
        [...at, "parallelEvents", j, "themes"],
        `event "${event.title}"`,
      );
    });
  });
  for (let year = startYear; year <= expectedEnd; year++) {
    if (!years.has(year)) issues.push({ path: ["sessions"], message: `no session in ${year}` });
  }
  return issues;
}

/**
 * Reference issues of the themes in a spec that failed its shape check: each theme that parses on
 * its own is still checked, so one error report lists shape and reference problems together.
 */
export function salvagedThemeIssues(input: unknown, catalogue: Catalogue): InputIssue[] {
  if (input === null || typeof input !== "object" || !("themes" in input) || !Array.isArray(input.themes))
    return [];
  const issues: InputIssue[] = [];
  const themes = input.themes.map((raw: unknown): ThemeFields => {
    const theme = raw as { id?: unknown; actionLines?: unknown } | null;
    return { id: theme?.id, actionLines: Array.isArray(theme?.actionLines) ? theme.actionLines : [] };
  });
  pushThemeIssues(issues, themes, catalogue);
  return issues;
}

/** Parses and cross-checks a spec, reporting shape and reference problems together. */
export function parseSpec(raw: unknown, catalogue: Catalogue): ResolvedProgrammeSpec {
  const input = readInput(raw, "programme spec");
  indexOf(catalogue); // a wrong catalogue is an input error here, not a TypeError below
  const result = ProgrammeSpecSchema.safeParse(input, { error: keyHints });
  if (!result.success) {
    throw new PlannerInputError(
      [...issuesFromZod(result.error), ...salvagedThemeIssues(input, catalogue)],
      "programme spec",
    );
  }
  const issues = specIssues(result.data, catalogue);
  if (issues.length > 0) throw new PlannerInputError(issues, "programme spec");
  return result.data;
}
