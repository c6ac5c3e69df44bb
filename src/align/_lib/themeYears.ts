import { facilitatorsOf, indexOf, isUngisMember } from "../../catalogue/index.ts";
import { byId, type Catalogue, type Programme, type Session, type Theme } from "../../model/index.ts";

/** A theme the Commission takes up in a year, with where it sits in the programme. */
export interface ThemeYear {
  readonly year: number;
  readonly theme: Theme;
  readonly cycle: number;
  /** `["cycles", c, "themes", k]`. */
  readonly path: readonly (string | number)[];
}

/** The programme's years in order, each with its session and the themes of its cycle (in cycle order). */
export function programmeYears(
  programme: Programme,
): { year: number; session: Session | undefined; themes: ThemeYear[] }[] {
  const themes = byId(programme.themes);
  const sessions = new Map(programme.sessions.map((session) => [session.year, session]));
  const out: { year: number; session: Session | undefined; themes: ThemeYear[] }[] = [];
  for (const cycle of programme.cycles) {
    for (const year of cycle.years) {
      const list: ThemeYear[] = [];
      cycle.themes.forEach((id, k) => {
        const theme = themes.get(id);
        if (theme !== undefined)
          list.push({ year, theme, cycle: cycle.index, path: ["cycles", cycle.index, "themes", k] });
      });
      out.push({ year, session: sessions.get(year), themes: list });
    }
  }
  return out.sort((a, b) => a.year - b.year);
}

/** Whether a theme needs a UNGIS parallel: every theme with a WSIS mandate ("wsis" or "both"). */
export const needsParallel = (theme: Theme): boolean => theme.mandate !== "sti";

/** Per catalogue and year: each line's facilitators that are members of the inter-agency group then. */
const MEMBER_FACILITATORS = new WeakMap<Catalogue, Map<string, { lead: string[]; co: string[] }>>();

function memberFacilitatorsOf(
  catalogue: Catalogue,
  line: string,
  year: number | undefined,
): { lead: string[]; co: string[] } | undefined {
  let table = MEMBER_FACILITATORS.get(catalogue);
  if (table === undefined) {
    table = new Map();
    MEMBER_FACILITATORS.set(catalogue, table);
  }
  const key = year === undefined ? line : `${line}\u0000${year}`;
  let out = table.get(key);
  if (out === undefined) {
    const { lines, groupMembers: members } = indexOf(catalogue);
    if (!lines.has(line)) return undefined;
    // Members count only in the years they belonged (UN Women from 2010, reference §9b).
    const isMember = (agency: string) => members.size === 0 || isUngisMember(catalogue, agency, year);
    const f = facilitatorsOf(catalogue, line, year);
    out = { lead: f.lead.filter(isMember), co: f.co.filter(isMember) };
    table.set(key, out);
  }
  return out;
}

/**
 * UNGIS members that facilitate any of these lines: lead facilitators first, then co-facilitators,
 * each in the order the lines name them. With `year`, the facilitators and members of that year
 * (facilitation entries and memberships carry their years). When the catalogue has no inter-agency
 * group, every facilitator counts.
 */
export function facilitatingMembers(
  catalogue: Catalogue,
  lines: readonly string[],
  year?: number,
): { lead: string[]; co: string[] } {
  const lead = new Set<string>();
  const co = new Set<string>();
  for (const line of lines)
    for (const agency of memberFacilitatorsOf(catalogue, line, year)?.lead ?? []) lead.add(agency);
  for (const line of lines)
    for (const agency of memberFacilitatorsOf(catalogue, line, year)?.co ?? [])
      if (!lead.has(agency)) co.add(agency);
  return { lead: [...lead], co: [...co] };
}
