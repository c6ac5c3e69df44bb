import { datesOfSession, type SessionDates } from "../calendar/index.ts";
import { wsis } from "../catalogue/index.ts";
import {
  type Catalogue,
  type Cycle,
  type Event,
  frozenInSchemaOrder,
  type Programme,
  ProgrammeSchema,
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

/**
 * The programme of a spec already validated by `parseProgrammeSpec` (internal: `draftProgramme` parses
 * its spec once and lays out each programme it returns from it, instead of parsing it again). With
 * `draft`, the programme as built: the same values, but neither in the schema's key order nor frozen
 * nor known as validated (for the library's own look at a programme it never returns). With `dates`,
 * each session's dates are looked up there by year and computed only when missing: a caller that lays
 * out several programmes of one spec (whose cycles differ only in their themes) passes one map to them
 * all. The map's entries are shared, not copied, so it must serve a single spec; a returned programme
 * never shares them (it is a schema-ordered copy).
 */
export function layOutProgramme(
  resolved: ResolvedProgrammeSpec,
  catalogue: Catalogue,
  draft = false,
  dates?: Map<number, SessionDates>,
): Programme {
  const { startYear, cycleLength, calendar } = resolved;
  const cycleThemes =
    typeof resolved.cycles === "number"
      ? Array.from({ length: resolved.cycles }, (): string[] => [])
      : resolved.cycles.map((cycle) => [...cycle.themes]);
  const themes = new Map(resolved.themes.map((theme) => [theme.id, theme]));

  const cycles: Cycle[] = cycleThemes.map((themeIds, index) => ({
    index,
    years: Array.from({ length: cycleLength }, (_, k) => startYear + index * cycleLength + k),
    themes: themeIds,
  }));

  const datesOf = (year: number, highLevelSegment: boolean): SessionDates => {
    let out = dates?.get(year);
    if (out === undefined) {
      out = datesOfSession(year, highLevelSegment, calendar);
      dates?.set(year, out);
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
      const session: Session = {
        year,
        cycle: cycle.index,
        phase,
        highLevelSegment,
        ...datesOf(year, highLevelSegment),
        agenda: buildAgenda(year, phase, highLevelSegment, cycle.themes, themes, resolved, catalogue),
        parallelEvents,
      };
      if (resolved.firstSession !== undefined) session.number = resolved.firstSession + (year - startYear);
      return session;
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
  if (draft) return programme;
  // Keys in the schema's order, as parseProgramme gives them: a saved programme reads back byte for byte.
  return markValidated(frozenInSchemaOrder(ProgrammeSchema, programme), catalogue);
}
