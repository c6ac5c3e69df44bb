import { facilitatorsOf } from "../../catalogue/index.ts";
import { REFS } from "../_lib/refs.ts";
import { listWords } from "../_lib/words.ts";
import type { Rule } from "../types.ts";

/**
 * Rule `agency.lead-load` (soft): no agency leads the facilitation of more than `maxLeadPerCycle` of a
 * cycle's themes. An agency leads a theme when it is lead facilitator of more of the theme's action
 * lines than any other agency (all tied agencies lead; the catalogue's facilitators of the cycle's
 * first year, reference §2 and §9c). Cross-cutting themes load no agency.
 *
 * @example
 * // "UNESCO (United Nations Educational, Scientific and Cultural Organization) leads 2 of the themes of cycle 1 (2027–2028) (‘A’ (a) and ‘B’ (b)); at most 1 should fall to one agency."
 */
export const agencyLeadLoad: Rule = {
  id: "agency.lead-load",
  severity: "soft",
  weight: 1,
  description: "No agency leads the facilitation of more than the allowed number of a cycle's themes.",
  refs: [REFS.facilitators, REFS.coherence],
  inputs: ["assignment", "themes"],
  *check(programme, params, context) {
    const max = params.maxLeadPerCycle;
    for (const cycle of programme.cycles) {
      // Cross-cutting themes run through every cycle and load no agency; a cycle uses its year's facilitators.
      const own = cycle.themes.filter((id) => context.themes.get(id)?.crossCutting !== true);
      if (own.length <= max) continue;
      const year = cycle.years[0] ?? programme.startYear;
      const led = new Map<string, string[]>();
      for (const themeId of own) {
        for (const agency of context.leadsOf(themeId, year)) {
          const themes = led.get(agency) ?? [];
          themes.push(themeId);
          led.set(agency, themes);
        }
      }
      const heavy = [...led]
        .filter(([, themes]) => themes.length > max)
        .sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : a > b ? 1 : 0));
      for (const [agency, themes] of heavy) {
        const lines = themes.flatMap((id) => context.themes.get(id)?.actionLines ?? []);
        // Only the lines the agency leads: those are the ones its load falls on.
        const ledLines = [...new Set(lines)].filter((line) =>
          facilitatorsOf(context.catalogue, line, year).lead.includes(agency),
        );
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
};
