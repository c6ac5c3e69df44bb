import { formatDay, sessionLabel } from "../../calendar/index.ts";
import { actionLineById, agencyById } from "../../catalogue/index.ts";
import type { Catalogue, Programme, Session, Theme } from "../../model/index.ts";
import { leadsOfLines } from "../themeLeads.ts";
import type { RuleContext } from "../types.ts";

function inYearOrder(sessions: readonly { readonly session: Session }[]): boolean {
  for (let i = 1; i < sessions.length; i++)
    if ((sessions[i - 1]?.session.year ?? 0) > (sessions[i]?.session.year ?? 0)) return false;
  return true;
}

/** Builds the lookups and labels every rule shares, once per check (linear in the programme). */
export function buildContext(programme: Programme, catalogue: Catalogue): RuleContext {
  // Index loops: programmes are frozen, and V8 iterates frozen arrays slowly.
  const themes = new Map<string, Theme>();
  for (let t = 0; t < programme.themes.length; t++) {
    const theme = programme.themes[t] as Theme;
    themes.set(theme.id, theme);
  }
  const sessionsByCycle: { session: Session; index: number }[][] = [];
  for (let c = 0; c < programme.cycles.length; c++) sessionsByCycle.push([]);
  const sessionIndexByYear = new Map<number, number>();
  for (let index = 0; index < programme.sessions.length; index++) {
    const session = programme.sessions[index] as Session;
    sessionIndexByYear.set(session.year, index);
    sessionsByCycle[session.cycle]?.push({ session, index });
  }
  // Laid-out programmes list their sessions in year order already: sort only a cycle that is not.
  for (const sessions of sessionsByCycle)
    if (!inYearOrder(sessions)) sessions.sort((a, b) => a.session.year - b.session.year);

  const agendaThemes: (ReadonlySet<string> | undefined)[] = [];
  const memos = new Map<string, unknown>();

  return {
    catalogue,
    themes,
    sessionsByCycle,
    sessionIndexByYear,
    themesOnAgenda(sessionIndex) {
      let ids = agendaThemes[sessionIndex];
      if (ids === undefined) {
        const set = new Set<string>();
        // Index loops: programmes are frozen, and V8 iterates frozen arrays slowly.
        const agenda = programme.sessions[sessionIndex]?.agenda ?? [];
        for (let i = 0; i < agenda.length; i++) {
          const themeIds = agenda[i]?.themes ?? [];
          for (let j = 0; j < themeIds.length; j++) set.add(themeIds[j] as string);
        }
        ids = set;
        agendaThemes[sessionIndex] = ids;
      }
      return ids;
    },
    leadsOf(themeId, year) {
      // Each line's leads are kept per catalogue and year (see `leadsOfLines`); no rule asks twice for a theme's.
      const theme = themes.get(themeId);
      return theme === undefined ? [] : leadsOfLines(catalogue, theme.actionLines, year);
    },
    theme(id) {
      const theme = themes.get(id);
      return theme === undefined ? `“${id}”` : `‘${theme.title}’ (${id})`;
    },
    cycle(index) {
      const years = programme.cycles[index]?.years ?? [];
      const first = years[0];
      const last = years.at(-1);
      const name = `cycle ${index + 1}`;
      if (first === undefined) return name;
      return `${name} (${first === last ? first : `${first}–${last}`})`;
    },
    session: sessionLabel,
    agency(id) {
      const agency = agencyById(catalogue, id);
      return agency === undefined ? id : `${id} (${agency.name})`;
    },
    line(id) {
      const line = actionLineById(catalogue, id);
      return line === undefined ? id : `${id} (${line.title})`;
    },
    day: formatDay,
    memo<T>(key: string, compute: () => T): T {
      if (memos.has(key)) return memos.get(key) as T;
      const value = compute();
      memos.set(key, value);
      return value;
    },
  };
}
