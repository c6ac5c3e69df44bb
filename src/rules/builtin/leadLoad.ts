import { actionLineById, facilitatorsOf } from "../../catalogue/index.ts";
import { type Catalogue, compareText, type Theme } from "../../model/index.ts";
import { builtinRule } from "../_lib/builtinRule.ts";
import { REFS } from "../_lib/refs.ts";
import { listWords } from "../_lib/words.ts";
import { leadsOfLine, leadsOfLines } from "../themeLeads.ts";
import type { Rule } from "../types.ts";

/** Whether the agency is a lead facilitator of the line in the year (an unknown line throws, as in `facilitatorsOf`). */
function leads(catalogue: Catalogue, line: string, year: number, agency: string): boolean {
  if (actionLineById(catalogue, line) === undefined) facilitatorsOf(catalogue, line, year);
  return leadsOfLine(catalogue, line, year).includes(agency);
}

/**
 * Rule `agency.lead-load` (soft): no agency leads the facilitation of more than `maxLeadPerCycle` of a
 * cycle's themes. An agency leads a theme when it is lead facilitator of more of the theme's action
 * lines than any other agency (all tied agencies lead; the catalogue's facilitators of the cycle's
 * first year, reference §2 and §9c). Cross-cutting themes load no agency.
 *
 * @example
 * // "UNESCO (United Nations Educational, Scientific and Cultural Organization) leads 2 of the themes of cycle 1 (2027–2028) (‘A’ (a) and ‘B’ (b)); at most 1 should fall to one agency."
 */
export const agencyLeadLoad: Rule = builtinRule("soft", 1, {
  id: "agency.lead-load",
  description: "No agency leads the facilitation of more than the allowed number of a cycle's themes.",
  refs: [REFS.facilitators, REFS.coherence],
  inputs: ["assignment", "themes"],
  *check(programme, params, context) {
    const max = params.maxLeadPerCycle;
    for (const cycle of programme.cycles) {
      // Cross-cutting themes run through every cycle and load no agency; a cycle uses its year's facilitators.
      // (Index loops, not filter or for…of: programmes are frozen, and V8 iterates frozen arrays slowly.)
      const themeIds = cycle.themes;
      const own: string[] = [];
      const ownThemes: (Theme | undefined)[] = [];
      for (let i = 0; i < themeIds.length; i++) {
        const id = themeIds[i] as string;
        const theme = context.themes.get(id);
        if (theme?.crossCutting === true) continue;
        own.push(id);
        ownThemes.push(theme);
      }
      if (own.length <= max) continue;
      const year = cycle.years[0] ?? programme.startYear;
      // Each theme's leads as `context.leadsOf` gives them (each theme is in one cycle, so worked out
      // here, not cached). Count first (most cycles have no heavy agency), list themes only then.
      const leadsByTheme = ownThemes.map((theme) =>
        theme === undefined ? [] : leadsOfLines(context.catalogue, theme.actionLines, year),
      );
      const agencies: string[] = [];
      const counts: number[] = [];
      let most = 0;
      for (const ofTheme of leadsByTheme) {
        for (let i = 0; i < ofTheme.length; i++) {
          const agency = ofTheme[i] as string;
          const at = agencies.indexOf(agency);
          const n = at < 0 ? 1 : (counts[at] ?? 0) + 1;
          if (at < 0) {
            agencies.push(agency);
            counts.push(1);
          } else counts[at] = n;
          if (n > most) most = n;
        }
      }
      if (most <= max) continue;
      // A theme's leads are distinct agencies, so an agency's themes are those whose leads include it.
      const heavy: { agency: string; themes: string[] }[] = [];
      agencies.forEach((agency, i) => {
        if ((counts[i] ?? 0) > max)
          heavy.push({ agency, themes: own.filter((_, t) => leadsByTheme[t]?.includes(agency)) });
      });
      heavy.sort((x, y) => y.themes.length - x.themes.length || compareText(x.agency, y.agency));
      for (const { agency, themes } of heavy) {
        // Only the lines the agency leads: those are the ones its load falls on.
        const ledLines: string[] = [];
        for (const id of themes)
          for (const line of context.themes.get(id)?.actionLines ?? [])
            if (!ledLines.includes(line) && leads(context.catalogue, line, year, agency)) ledLines.push(line);
        yield {
          message: `${context.agency(agency)} leads ${themes.length} of the themes of ${context.cycle(cycle.index)} (${listWords(themes.map((id) => context.theme(id)))}); at most ${max} should fall to one agency.`,
          path: ["cycles", cycle.index, "themes"],
          scale: themes.length - max,
          involves: {
            agencies: [agency],
            themes,
            cycles: [cycle.index],
            actionLines: ledLines,
          },
        };
      }
    }
  },
});
