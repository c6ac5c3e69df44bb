import * as z from "zod/mini";
import { actionLineById, facilitatorsOf, indexOf } from "../catalogue/index.ts";
import { type Catalogue, cached, PlannerInputError, parseWith, type ThemeInput } from "../model/index.ts";

const ThemeLinesSchema = z.object({ actionLines: z.optional(z.array(z.string())) });

// Per catalogue, per year (NaN: now), each line's leads: built from the catalogue alone, so safe to keep.
const LINE_LEADS = new WeakMap<Catalogue, Map<number, Map<string, readonly string[]>>>();

/** The table of a catalogue's lines' leads in a year (or now), filled as lines are looked up. */
function leadsTable(catalogue: Catalogue, year: number | undefined): Map<string, readonly string[]> {
  const years = cached(LINE_LEADS, catalogue, () => new Map<number, Map<string, readonly string[]>>());
  return cached(years, year ?? Number.NaN, () => new Map<string, readonly string[]>());
}

/** A line's leads from the year's table (looked up in the catalogue the first time; none for an unknown line). */
function leadsIn(
  table: Map<string, readonly string[]>,
  catalogue: Catalogue,
  line: string,
  year: number | undefined,
): readonly string[] {
  let out = table.get(line);
  if (out === undefined) {
    out = actionLineById(catalogue, line) === undefined ? [] : facilitatorsOf(catalogue, line, year).lead;
    table.set(line, out);
  }
  return out;
}

/** A line's lead facilitators (in a year, or now), looked up once per catalogue (none for an unknown line). */
export function leadsOfLine(catalogue: Catalogue, line: string, year?: number): readonly string[] {
  return leadsIn(leadsTable(catalogue, year), catalogue, line, year);
}

/**
 * The lead facilitators of a theme as rule `agency.lead-load` counts them: the agencies that lead
 * the most of the theme's action lines (all of them on a tie), in the order of its lines. Unknown
 * lines are skipped. Solvers that model the rule should use this, not their own reading.
 *
 * @param catalogue - Where the facilitators come from (`wsis`: reference/domain-facts.md §2).
 * @param theme - A theme (only its `actionLines` are read).
 * @param year - The facilitators of this year (entries carry their years); those in force now when omitted.
 * @returns A new array of agency ids (empty for a theme with no led lines).
 * @throws {PlannerInputError} When `theme` has no list of action lines (unknown lines are skipped).
 * @example
 * themeLeads(wsis, { id: "access", title: "Access", actionLines: ["C1", "C2", "C3", "C6"] }); // ["ITU"]
 */
export function themeLeads(
  catalogue: Catalogue,
  theme: Pick<ThemeInput, "actionLines">,
  year?: number,
): string[] {
  const lines = parseWith(ThemeLinesSchema, theme, "theme").actionLines ?? [];
  indexOf(catalogue); // a wrong catalogue is an input error before anything is cached for it
  if (year !== undefined && (typeof year !== "number" || !Number.isInteger(year)))
    throw new PlannerInputError([{ path: ["year"], message: "must be a whole year" }], "themeLeads");
  return leadsOfLines(catalogue, lines, year);
}

/** `themeLeads` for lines already validated (the engine's path, once per theme and check). */
export function leadsOfLines(catalogue: Catalogue, lines: readonly string[], year?: number): string[] {
  // A theme has a handful of lines and leads: lists beat a Map here. Index loops: themes are frozen,
  // and V8 iterates frozen arrays slowly. The usual theme has no agency leading two of its lines, and
  // then every agency leads the most (one each): only when one repeats are the leads counted.
  const table = leadsTable(catalogue, year);
  const agencies: string[] = [];
  let repeated = false;
  for (let l = 0; l < lines.length; l++) {
    const leads = leadsIn(table, catalogue, lines[l] as string, year);
    for (let a = 0; a < leads.length; a++) {
      const agency = leads[a] as string;
      if (agencies.includes(agency)) repeated = true;
      else agencies.push(agency);
    }
  }
  if (!repeated) return agencies;
  const counts = agencies.map(() => 0);
  for (const line of lines)
    for (const agency of leadsIn(table, catalogue, line, year)) {
      const at = agencies.indexOf(agency);
      counts[at] = (counts[at] ?? 0) + 1;
    }
  const most = Math.max(...counts);
  return agencies.filter((_, i) => counts[i] === most);
}
