import { builtinRule } from "../_lib/builtinRule.ts";
import { REFS } from "../_lib/refs.ts";
import { capital, count } from "../_lib/words.ts";
import type { Rule } from "../types.ts";

/**
 * Rule `cycle.theme-count` (hard): each cycle takes up between `themesPerCycle.min` and
 * `themesPerCycle.max` themes (1–2 by default, as the CSTD's sessions have had), not counting
 * cross-cutting themes, which run through every cycle. The finding's weight
 * grows with the number of themes missing or too many.
 *
 * @example
 * // "Cycle 2 (2029–2030) has 3 themes; at most 2 fit."
 */
export const cycleThemeCount: Rule = builtinRule("hard", 1, {
  id: "cycle.theme-count",
  description: "Each cycle takes up between the minimum and maximum number of themes.",
  refs: [REFS.priorityThemes, REFS.annualCycles],
  inputs: ["assignment"],
  *check(programme, params, context) {
    const { min, max } = params.themesPerCycle;
    for (const cycle of programme.cycles) {
      // Cross-cutting themes run through every cycle beside its own themes: they do not count.
      const themeIds = cycle.themes;
      let n = 0;
      for (let i = 0; i < themeIds.length; i++)
        if (context.themes.get(themeIds[i] as string)?.crossCutting !== true) n++;
      if (n >= min && n <= max) continue;
      const label = capital(context.cycle(cycle.index));
      yield {
        message:
          n > max
            ? `${label} has ${count(n, "theme")}; at most ${max} fit.`
            : `${label} has ${count(n, "theme")}; it needs at least ${min}.`,
        path: ["cycles", cycle.index, "themes"],
        scale: n > max ? n - max : min - n,
        involves: { cycles: [cycle.index], themes: cycle.themes, years: cycle.years },
      };
    }
  },
});
