import { indexOf } from "../../catalogue/index.ts";
import type {
  AgendaItem,
  Catalogue,
  Event,
  InputIssue,
  Mandate,
  Programme,
  ResolvedProgrammeSpec,
} from "../../model/index.ts";
import {
  addIssue,
  issuesFromZod,
  keyHints,
  PlannerInputError,
  ProgrammeSchema,
  ProgrammeSpecSchema,
  parseWith,
  readInput,
  throwIfAny,
  unknownIdMessage,
} from "../../model/index.ts";
import { markValidated } from "./validated.ts";

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
        addIssue(issues, ["themes", index, "id"], `duplicate theme id "${id}" (first at themes[${first}])`);
    }
    theme.actionLines.forEach((line, j) => {
      if (typeof line === "string" && !lines.has(line)) {
        addIssue(
          issues,
          ["themes", index, "actionLines", j],
          unknownIdMessage(catalogue.lineNoun, line, lines.keys()),
        );
      }
    });
    if (theme.mandate !== undefined && mandates !== undefined && !mandates.includes(theme.mandate))
      addIssue(
        issues,
        ["themes", index, "mandate"],
        `catalogue "${catalogue.id}" has no "${theme.mandate}" mandate (it has ${mandates.map((m) => `"${m}"`).join(", ")})`,
      );
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
    if (!known.has(id)) addIssue(issues, [...at, j], `${what} names ${unknownIdMessage("theme", id, known)}`);
    else if (seen.has(id)) addIssue(issues, [...at, j], `${what} names theme "${id}" twice`);
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
    addIssue(
      issues,
      ["cycles"],
      `${cycleCount} cycles of ${cycleLength} years from ${startYear} end in ${endYear}, after 2200`,
    );
  }
  if (typeof spec.cycles !== "number") {
    spec.cycles.forEach((cycle, i) => {
      pushThemeRefIssues(issues, cycle.themes, known, ["cycles", i, "themes"], `cycle ${i + 1}`);
    });
  }
  /** Whether `year` is outside the programme, reporting it at `path` when it is. */
  const outside = (year: number, path: Path) => {
    const isOutside = year < startYear || year > endYear;
    if (isOutside) addIssue(issues, path, outsideMessage(year, startYear, endYear));
    return isOutside;
  };
  spec.calendar.sessionDates.forEach((entry, i) => {
    if (
      !outside(entry.year, ["calendar", "sessionDates", i, "year"]) &&
      !entry.opens.startsWith(`${entry.year}-`)
    ) {
      addIssue(issues, ["calendar", "sessionDates", i, "opens"], `${entry.opens} is not in ${entry.year}`);
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
    if (seen.has(id)) addIssue(issues, [...at, i, "id"], `duplicate ${noun} id "${id}"`);
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
    addIssue(
      issues,
      ["catalogue"],
      `the programme uses catalogue "${programme.catalogue}" but was checked against "${catalogue.id}"`,
    );
  }
  pushThemeIssues(issues, programme.themes, catalogue);
  const known = new Set(programme.themes.map((theme) => theme.id));
  const { startYear, cycleLength } = programme;
  const expectedEnd = startYear + programme.cycles.length * cycleLength - 1;
  if (programme.endYear !== expectedEnd) {
    addIssue(
      issues,
      ["endYear"],
      `${programme.cycles.length} cycles of ${cycleLength} years from ${startYear} end in ${expectedEnd}, not ${programme.endYear}`,
    );
  }
  const cycleOfYear = new Map<number, number>();
  programme.cycles.forEach((cycle, i) => {
    if (cycle.index !== i)
      addIssue(issues, ["cycles", i, "index"], `cycle at position ${i} has index ${cycle.index}`);
    const expected = Array.from({ length: cycleLength }, (_, k) => startYear + i * cycleLength + k);
    if (cycle.years.join() !== expected.join()) {
      addIssue(
        issues,
        ["cycles", i, "years"],
        `cycle ${i + 1} should span ${expected.join(", ")}, not ${cycle.years.join(", ")}`,
      );
    }
    for (const year of expected) cycleOfYear.set(year, i);
    pushThemeRefIssues(issues, cycle.themes, known, ["cycles", i, "themes"], `cycle ${i + 1}`);
  });
  const years = new Set<number>();
  programme.sessions.forEach((session, i) => {
    const at = ["sessions", i];
    const previous = programme.sessions[i - 1];
    if (years.has(session.year)) addIssue(issues, [...at, "year"], `a second session in ${session.year}`);
    else if (previous !== undefined && session.year < previous.year) {
      addIssue(
        issues,
        [...at, "year"],
        `sessions must be in year order (${session.year} after ${previous.year})`,
      );
    }
    years.add(session.year);
    const cycle = cycleOfYear.get(session.year);
    if (cycle === undefined) {
      addIssue(issues, [...at, "year"], outsideMessage(session.year, startYear, expectedEnd));
    } else if (session.cycle !== cycle) {
      addIssue(
        issues,
        [...at, "cycle"],
        `the ${session.year} session belongs to cycle index ${cycle}, not ${session.cycle}`,
      );
    }
    if (session.closes < session.opens) {
      addIssue(
        issues,
        [...at, "closes"],
        `the ${session.year} session closes (${session.closes}) before it opens (${session.opens})`,
      );
    }
    const range = session.intersessionalPanel;
    if (range !== undefined && range.closes < range.opens) {
      addIssue(
        issues,
        [...at, "intersessionalPanel", "closes"],
        `the panel closes (${range.closes}) before it opens (${range.opens})`,
      );
    }
    const lists = [
      ["agenda", session.agenda, "agenda item"],
      ["parallelEvents", session.parallelEvents, "event"],
    ] as const;
    for (const [key, items, noun] of lists) pushIdIssues(issues, items, [...at, key], noun);
    for (const [key, items, noun] of lists) {
      items.forEach((item: AgendaItem | Event, j) => {
        pushThemeRefIssues(issues, item.themes, known, [...at, key, j, "themes"], `${noun} "${item.title}"`);
      });
    }
  });
  for (let year = startYear; year <= expectedEnd; year++) {
    if (!years.has(year)) addIssue(issues, ["sessions"], `no session in ${year}`);
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

/**
 * Parses and cross-checks a programme against the catalogue, problems reported as `subject`'s; the
 * programme comes back deep-frozen and marked validated.
 */
export function checkedProgramme(input: unknown, catalogue: Catalogue, subject: string): Programme {
  const programme = parseWith(ProgrammeSchema, input, subject);
  throwIfAny(programmeIssues(programme, catalogue), subject);
  return markValidated(programme, catalogue);
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
