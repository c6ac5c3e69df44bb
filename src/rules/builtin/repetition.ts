import { REFS } from "../_lib/refs.ts";
import { percent } from "../_lib/words.ts";
import type { Rule } from "../types.ts";

interface Occurrence {
  readonly theme: string;
  readonly cycle: number;
  readonly year: number;
  readonly lines: ReadonlySet<string>;
}

/** Shared lines and the Jaccard overlap of two sets of action lines (0 when either is empty). */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): { share: number; shared: string[] } {
  if (a.size === 0 || b.size === 0) return { share: 0, shared: [] };
  const shared = [...a].filter((line) => b.has(line));
  return { share: shared.length / (a.size + b.size - shared.length), shared };
}

/**
 * Rule `theme.repetition` (soft): the same theme, or a near-identical one (action lines overlapping
 * more than `overlapThreshold`: shared lines over all the lines of the two), does not come back within
 * `minGapYears` of its cycle's first year. Each occurrence is compared only with those in the window
 * before it, so the cost stays linear in the programme's length.
 *
 * @example
 * // "Theme ‘Media’ (media) comes back in cycle 3 (2031–2032), 4 years after cycle 1 (2027–2028); at least 6 years should pass."
 */
export const themeRepetition: Rule = {
  id: "theme.repetition",
  severity: "soft",
  weight: 2,
  description: "A theme, or a near-identical one, does not come back within the minimum gap in years.",
  refs: [REFS.repetition, REFS.coherence],
  inputs: ["assignment", "themes"],
  *check(programme, params, context) {
    const { minGapYears, overlapThreshold } = params;
    if (minGapYears === 0) return;
    const window: Occurrence[] = [];
    const linesOf = new Map<string, ReadonlySet<string>>();
    const overlaps = new Map<string, { share: number; shared: string[] }>();
    for (const cycle of programme.cycles) {
      const year = cycle.years[0] ?? programme.startYear;
      while (window.length > 0 && year - (window[0]?.year ?? year) >= minGapYears) window.shift();
      const arrivals: Occurrence[] = [];
      for (const [position, themeId] of cycle.themes.entries()) {
        let lines = linesOf.get(themeId);
        if (lines === undefined) {
          lines = new Set(context.themes.get(themeId)?.actionLines ?? []);
          linesOf.set(themeId, lines);
        }
        const current: Occurrence = { theme: themeId, cycle: cycle.index, year, lines };
        const path = ["cycles", cycle.index, "themes", position];
        for (const earlier of window.length === 0
          ? arrivals
          : arrivals.length === 0
            ? window
            : [...window, ...arrivals]) {
          const gap = year - earlier.year;
          const years = [...new Set([earlier.year, year])];
          const cycles = [...new Set([earlier.cycle, cycle.index])];
          if (earlier.theme === themeId) {
            yield {
              message: `Theme ${context.theme(themeId)} comes back in ${context.cycle(cycle.index)}, ${gap} year${gap === 1 ? "" : "s"} after ${context.cycle(earlier.cycle)}; at least ${minGapYears} years should pass.`,
              path,
              involves: { themes: [themeId], cycles, years, actionLines: [...current.lines] },
            };
            continue;
          }
          // Pairs of themes recur cycle after cycle: work each pair's overlap out once.
          const key = `${earlier.theme}\u0000${themeId}`;
          let pair = overlaps.get(key);
          if (pair === undefined) {
            pair = overlap(current.lines, earlier.lines);
            overlaps.set(key, pair);
          }
          const { share, shared } = pair;
          if (share <= overlapThreshold) continue;
          const lines = shared.join(", ");
          yield {
            message:
              gap === 0
                ? `Themes ${context.theme(themeId)} and ${context.theme(earlier.theme)} of ${context.cycle(cycle.index)} are near-identical: their action lines overlap ${percent(share)} (${lines}).`
                : `Theme ${context.theme(themeId)} in ${context.cycle(cycle.index)} is near-identical to ${context.theme(earlier.theme)} in ${context.cycle(earlier.cycle)}: their action lines overlap ${percent(share)} (${lines}), and only ${gap} year${gap === 1 ? "" : "s"} pass between them; at least ${minGapYears} should.`,
            path,
            involves: { themes: [earlier.theme, themeId], cycles, years, actionLines: shared },
          };
        }
        arrivals.push(current);
      }
      for (const arrival of arrivals) window.push(arrival);
    }
  },
};
