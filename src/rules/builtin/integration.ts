import { formatDay } from "../../calendar/index.ts";
import { builtinRule } from "../_lib/builtinRule.ts";
import { reviews } from "../_lib/phases.ts";
import { REFS } from "../_lib/refs.ts";
import { listWords } from "../_lib/words.ts";
import type { Rule } from "../types.ts";

/**
 * Rule `integration.review-milestones` (soft): before each external review milestone (by default
 * WSIS+10 and WSIS+20), a session that reviews progress is held within the `reviewLeadYears` before
 * it, so the Commission's review feeds the external one. Milestones whose window the programme does
 * not reach are skipped.
 *
 * @example
 * // "No session reviews progress in the 2 years before WSIS+20 review (General Assembly high-level meeting, resolution 79/277) on 16 December 2025: the 2024 and 2025 sessions are policy sessions."
 */
export const integrationReviewMilestones: Rule = builtinRule("soft", 2, {
  id: "integration.review-milestones",
  description: "A session reviews progress in the years before each external review milestone.",
  refs: [REFS.reviews, REFS.millennium],
  inputs: ["phases", "dates"],
  *check(programme, params, context) {
    for (const milestone of params.reviewMilestones) {
      const year = Number(milestone.date.slice(0, 4));
      const firstYear = year - params.reviewLeadYears;
      const window: { year: number; index: number; reviews: boolean }[] = [];
      for (let y = Math.max(firstYear, programme.startYear); y <= Math.min(year, programme.endYear); y++) {
        const index = context.sessionIndexByYear.get(y);
        const session = index === undefined ? undefined : programme.sessions[index];
        if (index === undefined || session === undefined || session.opens >= milestone.date) continue;
        window.push({ year: y, index, reviews: reviews(session.phase) });
      }
      if (window.length === 0 || window.some((entry) => entry.reviews)) continue;
      const years = window.map((entry) => entry.year);
      yield {
        message: `No session reviews progress in the ${params.reviewLeadYears} years before ${milestone.title} on ${formatDay(milestone.date)}: the ${listWords(years)} session${years.length === 1 ? " is a policy session" : "s are policy sessions"}.`,
        path: ["sessions", window[0]?.index ?? 0, "phase"],
        involves: {
          years,
          cycles: [...new Set(window.map((entry) => programme.sessions[entry.index]?.cycle ?? 0))],
        },
      };
    }
  },
});
