// Issue 11: the solver models the record's repetition cost and cross-cutting themes exactly as
// `checkProgramme` counts them: on small specs its objective equals the best of every assignment.
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { checkProgramme, createProgramme, cstdRecord, draftProgramme } from "../../src/index.ts";

const LINES = ["C3", "C5", "C11", "C7", "C7.e-business", "C1", "C6", "C7.e-health"] as const;
const lineSet = fc.uniqueArray(fc.constantFrom(...LINES), { minLength: 1, maxLength: 3 });

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

test.prop(
  [fc.array(lineSet, { minLength: 3, maxLength: 3 }), fc.boolean(), fc.integer({ min: 2026, max: 2030 })],
  {
    numRuns: 25,
  },
)(
  "the draft's objective with history and a cross-cutting theme is the best over every assignment",
  (lines, cross, startYear) => {
    const themes = lines.map((actionLines, i) => ({
      id: `t${i}`,
      title: `Theme ${i}`,
      mandate: "both" as const,
      actionLines,
      sdgs: [17],
    }));
    const extra = cross
      ? [{ id: "cc", title: "Cross", mandate: "wsis" as const, actionLines: ["C8"], crossCutting: true }]
      : [];
    const rules = { "coverage.action-lines": false } as const;
    const { stats, report } = draftProgramme({
      title: "T",
      startYear,
      cycles: 3,
      themes: [...themes, ...extra],
      themesPerCycle: { min: 1, max: 1 },
      rules,
      history: cstdRecord,
    });
    expect(report.score.soft).toBe(stats.objective);
    let best = Number.POSITIVE_INFINITY;
    for (const order of permutations(themes.map((theme) => theme.id))) {
      const programme = createProgramme({
        title: "T",
        startYear,
        cycles: order.map((id) => ({ themes: [id, ...extra.map((theme) => theme.id)] })),
        themes: [...themes, ...extra],
      });
      const score = checkProgramme(programme, {
        rules,
        history: cstdRecord,
        params: { themesPerCycle: { min: 1, max: 1 } },
      }).score;
      if (score.hard === 0) best = Math.min(best, score.soft);
    }
    expect(stats.objective).toBe(best);
    expect(stats.optimal).toBe(true);
  },
);
