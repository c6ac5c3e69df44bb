import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  createProgramme,
  type DraftSpec,
  distilThemes,
  draftProgramme,
  InfeasibleError,
  PlannerInputError,
  scoreProgramme,
  type Theme,
  WSIS_DEFAULT_THEMES,
  wsis,
} from "../../src/index.ts";

const POOL: Theme[] = [
  ...WSIS_DEFAULT_THEMES.map((theme) => ({
    ...theme,
    actionLines: [...theme.actionLines],
    sdgs: [...theme.sdgs],
    tags: [...theme.tags],
  })),
  ...distilThemes(wsis, { count: 12 }),
];

/** Every assignment of the themes to cycles (or left out, when optional): the best score that passes. */
function bruteForce(
  spec: DraftSpec & { themes: (Theme & { optional: boolean })[] },
  rules: Record<string, unknown>,
): number | undefined {
  const cycles = spec.cycles;
  let best: number | undefined;
  const total = (cycles + 1) ** spec.themes.length;
  for (let code = 0; code < total; code++) {
    const assignment: string[][] = Array.from({ length: cycles }, () => []);
    let k = code;
    let valid = true;
    for (const theme of spec.themes) {
      const c = (k % (cycles + 1)) - 1;
      k = Math.floor(k / (cycles + 1));
      if (c >= 0) assignment[c]?.push(theme.id);
      else if (!theme.optional) valid = false;
    }
    if (!valid) continue;
    const programme = createProgramme({
      title: spec.title,
      startYear: spec.startYear,
      cycles: assignment.map((themes) => ({ themes })),
      themes: spec.themes.map(({ optional: _optional, ...theme }) => theme),
    });
    const score = scoreProgramme(programme, { rules: rules as never });
    if (score.ok && (best === undefined || score.soft < best)) best = score.soft;
  }
  return best;
}

describe("the solver against brute force", () => {
  test.prop(
    [
      fc.uniqueArray(fc.integer({ min: 0, max: POOL.length - 1 }), { minLength: 2, maxLength: 5 }),
      fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
      fc.integer({ min: 2, max: 3 }),
      fc.record({
        lead: fc.integer({ min: 0, max: 3 }),
        repetition: fc.integer({ min: 0, max: 3 }),
        dual: fc.integer({ min: 0, max: 3 }),
      }),
    ],
    { numRuns: 12 },
  )(
    "finds the same optimum as trying every assignment with checkProgramme's score",
    (picks, optional, cycles, weights) => {
      const themes = picks.map((p, i) => ({ ...(POOL[p] as Theme), optional: optional[i] ?? false }));
      const rules = {
        "coverage.action-lines": false,
        "agency.lead-load": { weight: weights.lead },
        "theme.repetition": { weight: weights.repetition },
        "cycle.dual-mandate": { weight: weights.dual },
      };
      const spec = { title: "T", startYear: 2027, cycles, themes, rules };
      const expected = bruteForce(spec, rules);
      let objective: number | undefined;
      try {
        const result = draftProgramme(spec);
        expect(result.stats.optimal).toBe(true);
        expect(result.report.ok).toBe(true);
        objective = result.stats.objective;
      } catch (error) {
        if (!(error instanceof InfeasibleError)) throw error;
      }
      expect(objective).toBe(expected);
    },
    60_000,
  );
});

describe("draft input", () => {
  test.prop([fc.jsonValue()])("an arbitrary spec throws nothing but PlannerInputError", (value) => {
    expect(() => draftProgramme(value as never)).toThrow(PlannerInputError);
  });

  test.prop([fc.jsonValue()])("an arbitrary catalogue throws nothing but PlannerInputError", (value) => {
    expect(() => distilThemes(value as never, { count: 3 })).toThrow(PlannerInputError);
    expect(() =>
      draftProgramme({ title: "T", startYear: 2027, cycles: 1, themes: [] }, value as never),
    ).toThrow(PlannerInputError);
  });
});
