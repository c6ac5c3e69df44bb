import { builtinRule } from "../_lib/builtinRule.ts";
import { REFS } from "../_lib/refs.ts";
import { capital, listWords } from "../_lib/words.ts";
import type { Rule } from "../types.ts";

/**
 * Rule `theme.cross-cutting` (soft): a cross-cutting theme (`crossCutting: true`) is taken up in every
 * cycle, as the CSD took up its cross-cutting issues and means of implementation in every cycle of its
 * 2004–2017 programme. One finding per cycle that lacks some, weighted by how many it lacks.
 *
 * @example
 * // "Cycle 3 (2008–2009) leaves out the cross-cutting theme ‘Poverty eradication’ (poverty-eradication), which belongs in every cycle."
 */
export const themeCrossCutting: Rule = builtinRule("soft", 1, {
  id: "theme.cross-cutting",
  description: "A cross-cutting theme is taken up in every cycle.",
  refs: [REFS.csdCrossCutting],
  inputs: ["assignment", "themes"],
  *check(programme, _params, context) {
    const crossCutting: string[] = [];
    for (const theme of programme.themes) if (theme.crossCutting === true) crossCutting.push(theme.id);
    if (crossCutting.length === 0) return;
    for (const cycle of programme.cycles) {
      const present = new Set(cycle.themes);
      const missing = crossCutting.filter((id) => !present.has(id));
      if (missing.length === 0) continue;
      yield {
        message: `${capital(context.cycle(cycle.index))} leaves out the cross-cutting theme${missing.length === 1 ? "" : "s"} ${listWords(missing.map((id) => context.theme(id)))}, which belong${missing.length === 1 ? "s" : ""} in every cycle.`,
        path: ["cycles", cycle.index, "themes"],
        scale: missing.length,
        involves: { cycles: [cycle.index], themes: missing, years: cycle.years },
      };
    }
  },
});
