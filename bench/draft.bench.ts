// The draft solver at three sizes (issue #4):
// 1. real size, 7 cycles × 20 themes, every rule on: median time to a proven optimum, against GLPK
//    (glpk.js, the same model as a MILP, solved to optimality) in the same run;
// 2. 1,000 real-size scenario drafts (different pins and seeds): total time;
// 3. 50 cycles × 200 themes: time to a solution and its gap to the best bound, under a time limit.
import { performance } from "node:perf_hooks";
import { compileDraft } from "../src/draft/draftProgramme.ts";
import {
  type DraftSpec,
  distilThemes,
  draftProgramme,
  type ThemeInput,
  WSIS_DEFAULT_THEMES,
  wsis,
} from "../src/index.ts";
import { loadGlpk, solveWithGlpk } from "../test/support/glpkDraftModel.ts";
import { isMain, table } from "./_lib.ts";

/** The real-size instance: 14 distilled WSIS themes and 6 with the STI mandate too, all optional; 7 cycles. */
export function realSpec(seed = 0): DraftSpec {
  const sti = WSIS_DEFAULT_THEMES.filter((theme) => theme.mandate === "both").map((theme) => ({
    ...theme,
    id: `sti-${theme.id}`,
    actionLines: [...theme.actionLines],
    sdgs: [...theme.sdgs],
    tags: [...theme.tags],
    optional: true,
  }));
  const foresight = {
    id: "sti-foresight",
    title: "Technology foresight for sustainable development",
    mandate: "sti" as const,
    actionLines: [],
    sdgs: [9, 17],
    optional: true,
  };
  return {
    title: "Real size",
    startYear: 2027,
    cycles: 7,
    themes: [
      ...distilThemes(wsis, { count: 14 }).map((theme) => ({ ...theme, optional: true })),
      ...sti,
      foresight,
    ],
    precedence: [{ before: "c1_c11", after: "c8_c9" }],
    seed,
  };
}

/** A large synthetic instance: `count` themes of one to three lines, a third with the STI mandate too. */
export function largeSpec(cycles: number, count: number): DraftSpec {
  const lines = wsis.actionLines.map((line) => line.id);
  let state = 12345;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const themes: ThemeInput[] & { optional: boolean }[] = Array.from({ length: count }, (_, i) => {
    const own = [...new Set(Array.from({ length: 1 + next(3) }, () => lines[next(lines.length)] ?? "C1"))];
    return {
      id: `t${i}`,
      title: `Theme ${i}`,
      mandate: next(3) === 0 ? ("both" as const) : ("wsis" as const),
      actionLines: own,
      sdgs: next(5) === 0 ? [] : [1 + next(17)],
      optional: true,
    };
  });
  return { title: "Large", startYear: 2027, cycles, themes, maxSteps: 20_000, timeLimitMs: 10_000 };
}

/**
 * A harder large instance: three in five themes required (120 of 200), lines from a small set (so many themes are
 * near-identical), one theme in eight with the STI mandate too, up to three themes a cycle.
 */
export function hardLargeSpec(cycles: number, count: number): DraftSpec {
  const lines = ["C1", "C2", "C3", "C4", "C5", "C6", "C7.e-health", "C8", "C9", "C10", "C11"];
  let state = 777;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const themes = Array.from({ length: count }, (_, i) => ({
    id: `t${i}`,
    title: `Theme ${i}`,
    mandate: next(8) === 0 ? ("both" as const) : ("wsis" as const),
    actionLines: [...new Set(Array.from({ length: 1 + next(2) }, () => lines[next(lines.length)] ?? "C1"))],
    sdgs: next(3) === 0 ? [] : [1 + next(17)],
    optional: i >= Math.round(count * 0.6),
  }));
  return {
    title: "Hard large",
    startYear: 2027,
    cycles,
    themes,
    themesPerCycle: { min: 1, max: 3 },
    maxSteps: 20_000,
    timeLimitMs: 10_000,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function run(): Promise<string> {
  const lines: string[] = [];

  // 1. Real size, proven optimal, against GLPK on the same model.
  const times: number[] = [];
  let proven = 0;
  let objective = 0;
  for (let seed = 0; seed < 21; seed++) {
    const start = performance.now();
    const { stats } = draftProgramme(realSpec(seed));
    times.push(performance.now() - start);
    if (stats.optimal) proven++;
    objective = stats.objective;
  }
  const ours = median(times);
  const glpk = await loadGlpk();
  const problem = compileDraft(realSpec(), wsis).problem;
  const limit = 120_000;
  const glpkStart = performance.now();
  const glpkOptimum = solveWithGlpk(glpk, problem, limit);
  const glpkMs = performance.now() - glpkStart;
  const glpkText =
    glpkOptimum === undefined ? `no proven optimum within ${limit / 1000} s` : `optimum ${glpkOptimum}`;
  lines.push(
    table(
      ["real size: 7 cycles × 20 themes", "result", "ms"],
      [
        [
          `draftProgramme, median of 21 seeds`,
          `objective ${objective}, proven optimal ${proven}/21`,
          ours.toFixed(1),
        ],
        ["glpk.js, same model as a MILP", glpkText, glpkMs.toFixed(0)],
      ],
    ),
    "",
    `ratio glpk.js / draftProgramme: ${glpkOptimum === undefined ? "≥ " : ""}${(glpkMs / ours).toFixed(0)}× (target: proven optimal in ≤ 100 ms median, faster than glpk.js)`,
    "",
  );

  // 2. A thousand scenario drafts: each pins a different theme to a different cycle, with its own seed.
  const base = realSpec();
  const ids = (base.themes ?? []).map((theme) => theme.id);
  const sweepStart = performance.now();
  let sweepProven = 0;
  let infeasible = 0;
  for (let i = 0; i < 1000; i++) {
    try {
      const { stats } = draftProgramme({
        ...base,
        seed: i,
        pins: [{ theme: ids[i % ids.length] ?? "c2", cycle: 1 + (i % 7) }],
      });
      if (stats.optimal) sweepProven++;
    } catch {
      infeasible++;
    }
  }
  const sweepMs = performance.now() - sweepStart;
  lines.push(
    `1,000 real-size scenario drafts: ${(sweepMs / 1000).toFixed(2)} s in all (target ≤ 30 s); ${sweepProven} proven optimal, ${infeasible} infeasible`,
    "",
  );

  // 3. Large: 50 cycles × 200 themes, an easier and a harder instance.
  const rows: (string | number)[][] = [];
  for (const [name, spec] of [
    ["200 optional themes, 2 a cycle", largeSpec(50, 200)],
    ["120 required of 200, 3 a cycle, scarce STI", hardLargeSpec(50, 200)],
  ] as const) {
    const start = performance.now();
    const { stats, report } = draftProgramme(spec);
    const ms = performance.now() - start;
    rows.push([
      name,
      ms.toFixed(0),
      stats.objective,
      stats.bound,
      `${(stats.gap * 100).toFixed(2)} %`,
      String(stats.optimal),
      report.hard,
    ]);
  }
  lines.push(
    table(
      ["50 cycles × 200 themes", "ms to solution", "objective", "bound", "gap", "proven", "hard findings"],
      rows,
    ),
    "",
    "target: within 2 % of the bound in ≤ 10 s",
  );
  return lines.join("\n");
}

if (isMain(import.meta.url)) console.log(await run());
