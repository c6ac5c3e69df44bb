import { datesOfSession, type SessionDates } from "../calendar/index.ts";
import { wsis } from "../catalogue/index.ts";
import {
  byId,
  type CalendarOptions,
  type Catalogue,
  type Cycle,
  deepFreeze,
  type Event,
  type Programme,
  type ProgrammeSpec,
  type ResolvedProgrammeSpec,
  type Session,
} from "../model/index.ts";
import { buildAgenda } from "./_lib/agenda.ts";
import { holdsHighLevelSegment, phaseOf } from "./_lib/phases.ts";
import { parseSpec } from "./_lib/validate.ts";
import { markValidated } from "./_lib/validated.ts";

/**
 * Lays out a multi-year programme: cycles tiling the horizon, one dated session a year with its
 * phase, deadlines and agenda, and the themes each cycle takes up (empty when the spec gives only a
 * number of cycles, for `draftProgramme` to fill).
 *
 * @param spec - Title, first year, cycles (a count or each cycle's themes), themes, calendar options.
 * @param catalogue - Where action-line ids resolve; the WSIS catalogue by default.
 * @returns A new, validated, deep-frozen programme (change it with `edit`).
 * @throws {PlannerInputError} Listing every problem in the spec with its path.
 * @example
 * const programme = createProgramme({
 *   title: "CSTD 2027–2030", startYear: 2027, cycles: [{ themes: ["access"] }, { themes: ["media"] }],
 *   themes: [{ id: "access", title: "Access", actionLines: ["C3"] }, { id: "media", title: "Media", actionLines: ["C9"] }],
 * });
 * programme.sessions.map((s) => `${s.year} ${s.phase}`); // ["2027 review", "2028 policy", "2029 review", "2030 policy"]
 */
export function createProgramme(spec: ProgrammeSpec, catalogue: Catalogue = wsis): Programme {
  return layOutProgramme(parseSpec(spec, catalogue), catalogue);
}

/** How many calendars' session dates are kept: a run drafting many specs keeps those of the latest few. */
const KEPT_CALENDARS = 16;
/**
 * Session dates by calendar options (as JSON: zod's output, keys in the schema's order) and year
 * (negative without a high-level segment), deep-frozen: every programme laid out with the same
 * options shares them, across specs and calls (a scenario run lays out hundreds of programmes with
 * one calendar). Least recently used first.
 */
const DATES = new Map<string, Map<number, SessionDates>>();

function datesFor(calendar: CalendarOptions): Map<number, SessionDates> {
  const key = JSON.stringify(calendar);
  let datesByYear = DATES.get(key);
  if (datesByYear === undefined) {
    datesByYear = new Map();
    if (DATES.size >= KEPT_CALENDARS) DATES.delete(DATES.keys().next().value as string);
  } else DATES.delete(key);
  DATES.set(key, datesByYear);
  return datesByYear;
}

/**
 * The programme of a spec already validated by `parseProgrammeSpec` (internal: `draftProgramme` parses
 * its spec once and lays out each programme it returns from it, instead of parsing it again). With
 * `draft`, the programme as built: the same values, neither frozen nor known as validated (for the
 * library's own look at a programme it never returns). Sessions' dates are computed once per calendar
 * and year and shared, frozen; the spec's themes and calendar are shared too, not copied (the first
 * programme returned freezes them).
 */
export function layOutProgramme(
  resolved: ResolvedProgrammeSpec,
  catalogue: Catalogue,
  draft = false,
): Programme {
  const { startYear, cycleLength, calendar } = resolved;
  const cycleThemes =
    typeof resolved.cycles === "number"
      ? Array.from({ length: resolved.cycles }, (): string[] => [])
      : resolved.cycles.map((cycle) => [...cycle.themes]);
  const themes = byId(resolved.themes);

  const cycles: Cycle[] = cycleThemes.map((themeIds, index) => ({
    index,
    years: Array.from({ length: cycleLength }, (_, k) => startYear + index * cycleLength + k),
    themes: themeIds,
  }));

  const datesByYear = datesFor(calendar);
  const datesOf = (year: number, highLevelSegment: boolean): SessionDates => {
    const key = highLevelSegment ? year : -year;
    let out = datesByYear.get(key);
    if (out === undefined) {
      out = deepFreeze(datesOfSession(year, highLevelSegment, calendar));
      datesByYear.set(key, out);
    }
    return out;
  };
  const sessions: Session[] = cycles.flatMap((cycle) =>
    cycle.years.map((year, position): Session => {
      const phase = phaseOf(position, cycleLength);
      const highLevelSegment = holdsHighLevelSegment(phase, calendar.highLevelSegmentPhases);
      const parallelEvents: Event[] = resolved.events
        .filter((event) => event.year === year)
        .map(({ year: _year, id, ...event }, k) => ({ id: id ?? `event-${year}-${k + 1}`, ...event }));
      const { venue, opens, closes, highLevelSegmentDates, deadlines, intersessionalPanel } = datesOf(
        year,
        highLevelSegment,
      );
      // Keys in the schema's order, as parseProgramme gives them: a saved programme reads back byte for byte.
      return {
        year,
        cycle: cycle.index,
        ...(resolved.firstSession === undefined
          ? {}
          : { number: resolved.firstSession + (year - startYear) }),
        phase,
        venue,
        opens,
        closes,
        highLevelSegment,
        ...(highLevelSegmentDates === undefined ? {} : { highLevelSegmentDates }),
        deadlines,
        ...(intersessionalPanel === undefined ? {} : { intersessionalPanel }),
        agenda: buildAgenda(year, phase, highLevelSegment, cycle.themes, themes, resolved, catalogue),
        parallelEvents,
      };
    }),
  );

  const programme: Programme = {
    title: resolved.title,
    catalogue: catalogue.id,
    startYear,
    endYear: startYear + cycles.length * cycleLength - 1,
    cycleLength,
    themes: resolved.themes,
    cycles,
    sessions,
    calendar,
  };
  // Frozen in place: every part is the library's own (built here, or parsed from the spec by zod, whose
  // output is in the schema's key order too), so none of the caller's objects is touched.
  return draft ? programme : markValidated(programme, catalogue);
}
