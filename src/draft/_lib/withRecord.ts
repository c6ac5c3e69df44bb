// Issue 11 (fidelity): what lies outside the search but counts in it: cross-cutting themes, which go
// in every cycle, and the record of past sessions given as `history`.
import type { Catalogue, ResolvedDraftSpec, Theme } from "../../model/index.ts";
import { lineOverlap, normalisedTitle, type PreparedCheck } from "../../rules/index.ts";
import { addCoveredLines, weightOf } from "./buildProblem.ts";
import type { Problem } from "./problem.ts";

/** Top-level and own lines covered by the cross-cutting themes (in every cycle) or the record's past sessions. */
export function alreadyCovered(
  themes: readonly Theme[],
  prepared: PreparedCheck,
  catalogue: Catalogue,
  startYear: number,
): Set<string> {
  const covered = new Set<string>();
  const past = (prepared.params.history?.sessions ?? []).filter((session) => session.year < startYear);
  const sources = [
    ...themes.filter((theme) => theme.crossCutting === true),
    ...past.flatMap((session) => session.themes),
  ];
  for (const theme of sources) addCoveredLines(catalogue, theme, covered);
  return covered;
}

/**
 * The search's tables with what lies outside the search added: a cross-cutting theme's mandate side
 * holds in every cycle (rule `cycle.dual-mandate`), and a theme placed within `minGapYears` of a past
 * session's theme it repeats costs what rule `theme.repetition` charges (a per-placement cost).
 */
export function withHistoryAndCrossCutting(
  problem: Problem,
  allThemes: readonly Theme[],
  prepared: PreparedCheck,
  spec: ResolvedDraftSpec,
): Problem {
  const cross = allThemes.filter((theme) => theme.crossCutting === true);
  const wsisEverywhere = cross.some((theme) => theme.mandate !== "sti");
  const stiEverywhere = cross.some((theme) => theme.mandate !== "wsis");
  const { T, C, cycleLength: L } = problem;
  const goalCost = Float64Array.from(problem.goalCost);
  const weight = weightOf(prepared, "theme.repetition");
  const { minGapYears, overlapThreshold, history } = prepared.params;
  if (weight > 0 && minGapYears > 0 && history !== undefined) {
    const past = history.sessions.filter((session) => session.year < spec.startYear);
    const byId = new Map(allThemes.map((theme) => [theme.id, theme]));
    for (let t = 0; t < T; t++) {
      const theme = byId.get(problem.themeIds[t] ?? "");
      if (theme === undefined) continue;
      for (let c = 0; c < C; c++) {
        const year = spec.startYear + c * L;
        const matched = new Set<string>();
        for (const session of past) {
          if (year - session.year >= minGapYears) continue;
          for (const earlier of session.themes) {
            if (earlier.crossCutting === true || matched.has(earlier.id)) continue;
            const same =
              earlier.id === theme.id || normalisedTitle(earlier.title) === normalisedTitle(theme.title);
            if (same || lineOverlap(theme.actionLines, earlier.actionLines) > overlapThreshold)
              matched.add(earlier.id);
          }
        }
        goalCost[t * C + c] = (goalCost[t * C + c] ?? 0) + weight * matched.size;
      }
    }
  }
  return {
    ...problem,
    goalCost,
    wsis: wsisEverywhere ? new Uint8Array(T).fill(1) : problem.wsis,
    sti: stiEverywhere ? new Uint8Array(T).fill(1) : problem.sti,
  };
}
