import { builtinRule } from "../_lib/builtinRule.ts";
import { decides, reviews } from "../_lib/phases.ts";
import { REFS } from "../_lib/refs.ts";
import type { Rule } from "../types.ts";

/**
 * Rule `theme.reviewed-before-policy` (hard): every theme of a cycle is reviewed (on the agenda of a
 * review session) before it reaches policy (the agenda of a policy session), within the same cycle.
 * A combined session of an annual cycle both reviews and decides.
 *
 * @example
 * // "Theme ‘Media’ (media) is reviewed in 2029 but no policy session follows in its cycle (cycle 2 (2029–2030))."
 */
export const themeReviewedBeforePolicy: Rule = builtinRule("hard", 1, {
  id: "theme.reviewed-before-policy",
  description: "Every theme of a cycle is reviewed before it reaches policy, within the same cycle.",
  refs: [REFS.twoYearCycle, REFS.csdCycles],
  inputs: ["assignment", "agenda", "phases"],
  *check(programme, _params, context) {
    for (const cycle of programme.cycles) {
      const sessions = context.sessionsByCycle[cycle.index] ?? [];
      const themeIds = cycle.themes;
      for (let position = 0; position < themeIds.length; position++) {
        const themeId = themeIds[position] as string;
        let reviewed: number | undefined;
        let decided = false;
        let decidedUnreviewed: { year: number; index: number } | undefined;
        for (const { session, index } of sessions) {
          if (!context.themesOnAgenda(index).has(themeId)) continue;
          if (reviews(session.phase) && reviewed === undefined) reviewed = session.year;
          if (decides(session.phase)) {
            if (reviewed !== undefined) {
              decided = true;
              break;
            }
            decidedUnreviewed ??= { year: session.year, index };
          }
        }
        if (decided) continue;
        // Words and subjects are built only for a theme that yields (most themes reach policy).
        const label = context.cycle(cycle.index);
        const theme = context.themes.get(themeId);
        const involves = {
          themes: [themeId],
          cycles: [cycle.index],
          actionLines: theme?.actionLines ?? [],
        };
        const path = ["cycles", cycle.index, "themes", position];
        const name = `Theme ${context.theme(themeId)}`;
        if (decidedUnreviewed !== undefined) {
          yield {
            message: `${name} reaches policy in ${decidedUnreviewed.year} without being reviewed first in its cycle (${label})${reviewed === undefined ? "" : `; it is reviewed only in ${reviewed}`}.`,
            path: ["sessions", decidedUnreviewed.index, "agenda"],
            involves: { ...involves, years: [decidedUnreviewed.year] },
          };
        } else if (reviewed !== undefined) {
          yield {
            message: `${name} is reviewed in ${reviewed} but no policy session follows in its cycle (${label}).`,
            path,
            involves: { ...involves, years: [reviewed] },
          };
        } else {
          yield {
            message: `${name} of ${label} is on no session's agenda: it is neither reviewed nor taken to policy.`,
            path,
            involves: { ...involves, years: sessions.map(({ session }) => session.year) },
          };
        }
      }
    }
  },
});
