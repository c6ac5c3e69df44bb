import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { realInstance } from "../../bench/draft.bench.ts";
import { columnBound } from "../../src/draft/_lib/columnBound.ts";
import { construct } from "../../src/draft/_lib/construct.ts";
import { cutBound } from "../../src/draft/_lib/cutBound.ts";
import { localSearch } from "../../src/draft/_lib/localSearch.ts";
import { type Assignment, brokenConstraints, costOf, type Problem } from "../../src/draft/_lib/problem.ts";
import { residualBound, residualColumns, residualProblem } from "../../src/draft/_lib/residual.ts";
import type { LpRow } from "../../src/draft/_lib/rowLp.ts";
import { search } from "../../src/draft/_lib/search.ts";
import type { TightLp } from "../../src/draft/_lib/tightLp.ts";
import { compileDraft, solveCompiled } from "../../src/draft/draftProgramme.ts";
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
import { loadGlpk, solveGlpk } from "../support/glpkDraftModel.ts";
import { highsRelaxation, loadHighs } from "../support/highsDraftModel.ts";

/** `make()`, or undefined when it throws InfeasibleError (a generated spec that cannot hold: nothing to check). */
function unlessInfeasible<T>(make: () => T): T | undefined {
  try {
    return make();
  } catch (error) {
    if (error instanceof InfeasibleError) return undefined;
    throw error;
  }
}

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
      agreesWithBruteForce({ title: "T", startYear: 2027, cycles, themes, rules }, rules, true);
    },
    60_000,
  );
});

/**
 * The exact search finds the same cost with and without placing twins in order, and draftProgramme
 * proves the brute-force optimum (or both find the spec infeasible); `reportOk` also asks for a clean check.
 */
function agreesWithBruteForce(
  spec: Parameters<typeof bruteForce>[0],
  rules: Record<string, unknown>,
  reportOk: boolean,
): void {
  const expected = bruteForce(spec, rules);
  try {
    const { problem } = compileDraft(spec, wsis);
    const plain = search(problem, { maxSteps: 1_000_000, seed: 0 });
    const ordered = search(problem, { maxSteps: 1_000_000, seed: 0, symmetry: true });
    expect(plain.complete && ordered.complete).toBe(true);
    expect(ordered.cost).toBe(plain.cost);
  } catch (error) {
    if (!(error instanceof InfeasibleError)) throw error;
  }
  let objective: number | undefined;
  try {
    const result = draftProgramme(spec);
    expect(result.stats.optimal).toBe(true);
    if (reportOk) expect(result.report.ok).toBe(true);
    objective = result.stats.objective;
  } catch (error) {
    if (!(error instanceof InfeasibleError)) throw error;
  }
  expect(objective).toBe(expected);
}

describe("the solver with interchangeable themes against brute force", () => {
  test.prop(
    [
      fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 5 }),
      fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
      fc.integer({ min: 2, max: 3 }),
    ],
    { numRuns: 10 },
  )(
    "copies of a theme change no optimum, and placing twins in order (symmetry) finds the same cost",
    (picks, optional, cycles) => {
      // Few distinct themes, each possibly several times under other ids: twins for the search.
      const themes = picks.map((p, i) => ({
        ...(POOL[p] as Theme),
        id: `copy-${i}-${POOL[p]?.id ?? ""}`,
        optional: optional[i] ?? false,
      }));
      const rules = {
        "coverage.action-lines": false,
        "agency.lead-load": { weight: 1 },
        "theme.repetition": { weight: 2 },
        "cycle.dual-mandate": { weight: 2 },
      };
      agreesWithBruteForce({ title: "T", startYear: 2027, cycles, themes, rules }, rules, false);
    },
    60_000,
  );
});

describe("the solver on real-size instances against GLPK's proven optimum", () => {
  test.prop(
    [
      fc.integer({ min: 1, max: 400 }),
      // Scarce STI and few themes a cycle too: the dual mandate then trades against optional themes.
      fc.record({ sti: fc.integer({ min: 2, max: 10 }), perCycle: fc.integer({ min: 2, max: 3 }) }),
    ],
    { numRuns: 8 },
  )(
    "its bound never passes the optimum, its objective never beats it, and a proof is right",
    async (seed, shape) => {
      const spec = { ...realInstance(seed, shape), maxSteps: 20_000 };
      const compiled = unlessInfeasible(() => compileDraft(spec, wsis));
      if (compiled === undefined) return;
      const optimum = solveGlpk(await loadGlpk(), compiled.problem, 20_000);
      if (optimum.status === "limit") return; // GLPK did not prove it: nothing to compare with
      let result: ReturnType<typeof draftProgramme>;
      try {
        result = draftProgramme(spec);
      } catch (error) {
        if (!(error instanceof InfeasibleError)) throw error;
        expect(optimum.status).toBe("infeasible");
        return;
      }
      expect(optimum.status).toBe("optimal");
      const best = optimum.objective ?? Number.NaN;
      // Every soft finding of these instances depends on the assignment: the MILP's optimum is the objective's.
      expect(result.stats.bound).toBeLessThanOrEqual(best + 1e-6);
      expect(result.stats.objective).toBeGreaterThanOrEqual(best - 1e-6);
      if (result.stats.optimal) expect(result.stats.objective).toBeCloseTo(best, 6);
    },
    120_000,
  );

  test.prop([fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 1000 })], { numRuns: 20 })(
    "local search scored by deltas keeps every hard constraint and never ends worse than it started",
    (seed, lsSeed) => {
      const problem = unlessInfeasible(() => compileDraft(realInstance(seed), wsis).problem);
      if (problem === undefined) return;
      const start = search(problem, { maxSteps: 50_000, seed: 0, firstFeasible: true }).assignment;
      if (start === undefined) return;
      const improved = localSearch(problem, start, { seed: lsSeed, iterations: 3_000 });
      expect(brokenConstraints(problem, improved)).toStrictEqual([]);
      expect(costOf(problem, improved)).toBeLessThanOrEqual(costOf(problem, start) + 1e-9);
    },
  );
});

describe("the search on a compiled draft", () => {
  // The benchmark times the search alone on one compiled draft, round after round, beside peers given
  // the same problem: that is fair only if the search leaves the compiled draft as it was.
  test.prop([fc.integer({ min: 1, max: 400 })], { numRuns: 15 })(
    "gives the same answer each time, and the one draftProgramme returns",
    (seed) => {
      // A budget, so an instance the proof takes long on ends (the same budget in each of the three calls).
      const spec = { ...realInstance(seed), maxSteps: 2_000 };
      const compiled = unlessInfeasible(() => compileDraft(spec, wsis));
      if (compiled === undefined) return;
      const first = unlessInfeasible(() => solveCompiled(compiled, wsis));
      if (first === undefined) return;
      const again = solveCompiled(compiled, wsis);
      expect([...again.assignment]).toStrictEqual([...first.assignment]);
      expect({ ...again, assignment: [] }).toStrictEqual({ ...first, assignment: [] });
      const { programme, stats } = draftProgramme(spec);
      const cycleOf = new Map(programme.cycles.flatMap((cycle, c) => cycle.themes.map((id) => [id, c])));
      expect(compiled.themes.map((theme) => cycleOf.get(theme.id) ?? -1)).toStrictEqual([
        ...first.assignment,
      ]);
      expect(stats.optimal).toBe(first.optimal);
      expect(stats.steps).toBe(first.steps);
    },
    60_000,
  );
});

/** Small drafts of the pool's themes: picks, which are optional, cycles, rule weights, a pin and a precedence or not. */
const smallDrafts = fc.tuple(
  fc.uniqueArray(fc.integer({ min: 0, max: POOL.length - 1 }), { minLength: 3, maxLength: 7 }),
  fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
  fc.integer({ min: 2, max: 4 }),
  fc.record({
    lead: fc.integer({ min: 0, max: 3 }),
    repetition: fc.integer({ min: 0, max: 3 }),
    dual: fc.integer({ min: 0, max: 3 }),
    goals: fc.integer({ min: 0, max: 2 }),
  }),
  fc.boolean(),
);

/** The compiled problem of one of `smallDrafts`, or undefined when the spec cannot hold. */
function smallDraft(
  picks: readonly number[],
  optional: readonly boolean[],
  cycles: number,
  weights: { lead: number; repetition: number; dual: number; goals: number },
  constrained: boolean,
): Problem | undefined {
  const themes = picks.map((p, i) => ({ ...(POOL[p] as Theme), optional: optional[i] ?? false }));
  const [a, b] = themes;
  const spec: DraftSpec = {
    title: "T",
    startYear: 2027,
    cycles,
    themes,
    themesPerCycle: { min: 1, max: 3 },
    rules: {
      "coverage.action-lines": false,
      "agency.lead-load": { weight: weights.lead },
      "theme.repetition": { weight: weights.repetition },
      "cycle.dual-mandate": { weight: weights.dual },
      "theme.goal-links": { weight: weights.goals },
    },
    ...(constrained && a !== undefined && b !== undefined
      ? { pins: [{ theme: a.id, cycle: cycles }], precedence: [{ before: b.id, after: a.id }] }
      : {}),
  };
  try {
    return compileDraft(spec, wsis).problem;
  } catch (error) {
    if (error instanceof InfeasibleError || error instanceof PlannerInputError) return undefined;
    throw error;
  }
}

/** One of `smallDrafts` solved by the exact search, with the column generation started from its answer (undefined: nothing to check). */
function solvedSmallDraft(draft: Parameters<typeof smallDraft>) {
  const problem = smallDraft(...draft);
  if (problem === undefined) return undefined;
  const exact = search(problem, { maxSteps: 1_000_000, seed: 0 });
  const { assignment } = exact;
  if (assignment === undefined) return undefined;
  const root = columnBound(problem, {
    upper: Number.POSITIVE_INFINITY,
    incumbent: assignment,
    integral: false,
  });
  return { problem, exact: { ...exact, assignment }, root };
}

describe("the column-generation bound", () => {
  const shapes = fc.record({
    sti: fc.integer({ min: 2, max: 10 }),
    perCycle: fc.integer({ min: 2, max: 3 }),
    variants: fc.integer({ min: 2, max: 4 }),
  });
  test.prop([fc.integer({ min: 1, max: 400 }), shapes, fc.integer({ min: 1, max: 6 })], { numRuns: 10 })(
    "never passes GLPK's proven optimum of the tight MILP, converged or stopped after a few rounds or by a budget it keeps",
    async (seed, shape, rounds) => {
      const problem = unlessInfeasible(() => compileDraft(realInstance(seed, shape), wsis).problem);
      if (problem === undefined) return;
      const start = search(problem, { maxSteps: 50_000, seed: 0, firstFeasible: true }).assignment;
      if (start === undefined) return;
      const optimum = solveGlpk(await loadGlpk(), problem, 20_000);
      if (optimum.status !== "optimal") return;
      const best = optimum.objective ?? Number.NaN;
      const options = { upper: Number.POSITIVE_INFINITY, incumbent: start, integral: true };
      const full = columnBound(problem, options).bound;
      const early = columnBound(problem, { ...options, maxRounds: rounds }).bound;
      // Given a budget of steps, it stops where the budget runs out (but for the columns a round adds)
      // with a valid bound.
      const budget = 2_000;
      let charged = 0;
      const spent = columnBound(problem, {
        ...options,
        charge: (steps) => {
          charged += steps;
          return budget - charged;
        },
      }).bound;
      expect(charged).toBeGreaterThan(0);
      expect(charged).toBeLessThanOrEqual(budget + 200);
      expect(spent ?? Number.NEGATIVE_INFINITY).toBeLessThanOrEqual(best + 1e-9);
      expect(full).toBeDefined();
      expect(full ?? Number.NaN).toBeLessThanOrEqual(best + 1e-9);
      expect(early ?? Number.NEGATIVE_INFINITY).toBeLessThanOrEqual(full ?? Number.NaN);
    },
    120_000,
  );

  test.prop([smallDrafts], { numRuns: 40 })(
    "never passes the exact search's optimum on small drafts (pins, precedence, optional themes, every rule)",
    (draft) => {
      const solved = solvedSmallDraft(draft);
      if (solved === undefined) return;
      expect(solved.exact.complete).toBe(true);
      expect(solved.root.bound ?? Number.NEGATIVE_INFINITY).toBeLessThanOrEqual(solved.exact.cost + 1e-6);
    },
  );
});

describe("the bound on what is left once the first cycle is closed", () => {
  /** `p` with cycle 0 holding exactly `first` (optional or not), and the `banned` themes nowhere. */
  const withFirstCycle = (p: Problem, first: ReadonlySet<number>, banned: Int32Array): Problem => {
    const allowed = Uint8Array.from(p.allowed);
    const optional = Uint8Array.from(p.optional, (o, t) => (first.has(t) ? 0 : o));
    for (let t = 0; t < p.T; t++)
      for (let c = 0; c < p.C; c++) if (banned[t] || (c === 0) !== first.has(t)) allowed[t * p.C + c] = 0;
    return { ...p, allowed, optional };
  };

  test.prop([fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 1000 })], { numRuns: 12 })(
    "never passes GLPK's optimum of the rest, from nothing or from an earlier column generation's columns or duals",
    async (seed, order) => {
      const problem = unlessInfeasible(() => compileDraft(realInstance(seed), wsis).problem);
      if (problem === undefined) return;
      // A first cycle some feasible programme opens with (the search's order varies with the seed).
      const start = search(problem, { maxSteps: 50_000, seed: order, firstFeasible: true }).assignment;
      if (start === undefined) return;
      const cycleOf = new Int32Array(problem.T).fill(-2);
      const first = new Set<number>();
      start.forEach((c, t) => {
        if (c === 0) {
          cycleOf[t] = 0;
          first.add(t);
        }
      });
      // What the search bans: the themes that must come before one already placed.
      const banned = new Int32Array(problem.T);
      for (const t of first) for (const u of problem.mustFollow[t] ?? []) banned[u] = 1;
      const optimum = solveGlpk(await loadGlpk(), withFirstCycle(problem, first, banned), 20_000);
      if (optimum.status !== "optimal") return;
      const prefix = costOf(
        problem,
        Int32Array.from(start, (c) => (c === 0 ? 0 : -1)),
      );
      const rest = (optimum.objective ?? Number.NaN) - prefix;
      const residual = residualProblem(problem, cycleOf, banned, 1);
      const root = columnBound(problem, {
        upper: Number.POSITIVE_INFINITY,
        incumbent: start,
        integral: true,
      });
      const cold = columnBound(residual, { upper: Number.POSITIVE_INFINITY, integral: true }).bound;
      const warm = columnBound(residual, {
        upper: Number.POSITIVE_INFINITY,
        columns: residualColumns(root.columns, start, cycleOf, banned, 1),
        integral: true,
      }).bound;
      // The whole problem's last duals, priced once more without the themes placed or banned.
      const priced = root.afterFixed?.([[...first]], (t) => cycleOf[t] === -2 && banned[t] === 0);
      expect(cold).toBeDefined();
      expect(cold ?? Number.NaN).toBeLessThanOrEqual(rest + 1e-6);
      expect(warm ?? Number.NaN).toBeLessThanOrEqual(rest + 1e-6);
      expect(priced).toBeDefined();
      expect(priced ?? Number.NaN).toBeLessThanOrEqual(rest + 1e-6);
    },
    120_000,
  );

  test.prop([smallDrafts], { numRuns: 40 })(
    "leaves the exact search's optimum on small drafts when it prunes after every cycle, or on the duals of the masters after the first",
    (draft) => {
      const solved = solvedSmallDraft(draft);
      if (solved === undefined) return;
      const { problem, exact, root } = solved;
      const pruned = search(problem, {
        maxSteps: 1_000_000,
        seed: 0,
        futureBound: residualBound(problem, root.columns, exact.assignment, {
          cycles: problem.C,
          integral: false,
          ...(root.afterFixed === undefined ? {} : { root: root.afterFixed }),
        }),
      });
      expect(pruned.complete).toBe(true);
      expect(pruned.cost).toBeCloseTo(exact.cost, 9);
      // Masters after the first cycle only: deeper, every state is offered their duals alone.
      const priced = search(problem, {
        maxSteps: 1_000_000,
        seed: 0,
        futureBound: residualBound(problem, root.columns, exact.assignment, {
          cycles: 1,
          integral: false,
          ...(root.afterFixed === undefined ? {} : { root: root.afterFixed }),
        }),
      });
      expect(priced.complete).toBe(true);
      expect(priced.cost).toBeCloseTo(exact.cost, 9);
    },
  );

  it("counts its work against the search's steps, and the search stops once none are left", () => {
    const problem = compileDraft(realInstance(98), wsis).problem;
    const left: number[] = [];
    const result = search(problem, {
      maxSteps: 10_000,
      seed: 0,
      futureBound: (_cycleOf, _banned, _next, _target, charge) => {
        left.push(charge(4_000));
        return 0;
      },
    });
    expect(left.length).toBeGreaterThan(0);
    left.forEach((steps, k) => {
      if (k > 0) expect(steps).toBeLessThanOrEqual(Math.max(0, (left[k - 1] ?? 0) - 4_000));
    });
    expect(left.at(-1)).toBe(0);
    expect(result.complete).toBe(false);
    expect(result.steps).toBeGreaterThanOrEqual(4_000 * left.length);
  });
});

/**
 * The point of the tight LP an assignment stands for: its placements, and each e, y, d at the least
 * its own rows (those with placements beside it alone) allow; the clique-window rows then hold too.
 */
function tightPoint(p: Problem, lp: TightLp, assignment: Assignment): Float64Array {
  const out = new Float64Array(lp.costs.length);
  const isPlacement = new Uint8Array(out.length);
  for (const v of lp.placement) if (v >= 0) isPlacement[v] = 1;
  for (let t = 0; t < p.T; t++) {
    const c = assignment[t] ?? -1;
    if (c >= 0) out[lp.placement[t * p.C + c] ?? 0] = 1;
  }
  for (let v = 0; v < out.length; v++) {
    if (isPlacement[v]) continue;
    for (const { terms, lb, ub } of lp.rows) {
      const own = terms.find(([w]) => w === v)?.[1];
      if (own === undefined || terms.some(([w]) => w !== v && !isPlacement[w])) continue;
      let rest = 0;
      for (const [w, a] of terms) if (w !== v) rest += a * (out[w] ?? 0);
      if (own > 0 && lb !== undefined) out[v] = Math.max(out[v] ?? 0, (lb - rest) / own);
      if (own < 0 && ub !== undefined) out[v] = Math.max(out[v] ?? 0, (ub - rest) / own);
    }
  }
  return out;
}

/** How far the point breaks the rows `a·x ≤ b` at worst (≤ 0: it meets them all). */
function worstBreak(rows: readonly LpRow[], point: Float64Array): number {
  let worst = Number.NEGATIVE_INFINITY;
  for (const { terms, b } of rows) {
    let lhs = 0;
    for (const [v, a] of terms) lhs += a * (point[v] ?? 0);
    worst = Math.max(worst, lhs - b);
  }
  return worst;
}

describe("the cutting-plane bound", () => {
  const shapes = fc.record({
    sti: fc.integer({ min: 2, max: 10 }),
    perCycle: fc.integer({ min: 2, max: 3 }),
    variants: fc.integer({ min: 2, max: 4 }),
  });
  test.prop([fc.integer({ min: 1, max: 400 }), shapes, fc.integer({ min: 0, max: 6 })], { numRuns: 12 })(
    "starts from the LP relaxation HiGHS finds, never passes GLPK's optimum, and no cut removes a feasible programme",
    async (seed, shape, rounds) => {
      const problem = unlessInfeasible(() => compileDraft(realInstance(seed, shape), wsis).problem);
      if (problem === undefined) return;
      const optimum = solveGlpk(await loadGlpk(), problem, 20_000);
      if (optimum.status !== "optimal" || optimum.assignment === undefined) return;
      const result = cutBound(problem, { upper: Number.POSITIVE_INFINITY, integral: true, rounds });
      const relaxed = (await loadHighs()).solve(highsRelaxation(problem), { output_flag: false });
      expect(result.rounds[0]).toBeCloseTo(relaxed.ObjectiveValue, 6);
      expect(result.bound ?? Number.NaN).toBeLessThanOrEqual((optimum.objective ?? Number.NaN) + 1e-9);
      // The optimum and other feasible programmes (the first the search finds from several seeds,
      // and where local search takes it) meet every cut.
      const programmes: Assignment[] = [optimum.assignment];
      for (let order = 0; order < 4; order++) {
        const start = search(problem, { maxSteps: 50_000, seed: order, firstFeasible: true }).assignment;
        if (start === undefined) continue;
        programmes.push(start, localSearch(problem, start, { seed: order, iterations: 500 }));
      }
      for (const programme of programmes) {
        expect(brokenConstraints(problem, programme)).toStrictEqual([]);
        if (result.lp === undefined) throw new Error("no LP for a feasible problem");
        expect(worstBreak(result.cuts, tightPoint(problem, result.lp, programme))).toBeLessThanOrEqual(1e-9);
      }
    },
    120_000,
  );

  test.prop([fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 30 })], { numRuns: 10 })(
    "keeps a budget of simplex work with a bound no higher than without one",
    (seed, hundredThousands) => {
      const problem = unlessInfeasible(() => compileDraft(realInstance(seed), wsis).problem);
      if (problem === undefined) return;
      const options = { upper: Number.POSITIVE_INFINITY, integral: true };
      const maxWork = hundredThousands * 100_000;
      const spent = cutBound(problem, { ...options, maxWork });
      const full = cutBound(problem, options);
      if (full.bound === undefined) return; // an infeasible draft: any bound holds
      // Past the budget only the bound from the duals is read (a pass over the rows); the rounds
      // so far are those without a budget, so the bound is no higher.
      expect(spent.work).toBeLessThanOrEqual(maxWork + 10_000);
      expect(spent.bound ?? Number.NEGATIVE_INFINITY).toBeLessThanOrEqual(full.bound);
    },
    60_000,
  );

  test.prop([smallDrafts], { numRuns: 40 })(
    "never passes the exact search's optimum on small drafts, and no cut removes the optimum",
    (draft) => {
      const solved = solvedSmallDraft(draft);
      if (solved === undefined) return;
      const { problem, exact } = solved;
      const result = cutBound(problem, { upper: Number.POSITIVE_INFINITY, integral: false });
      expect(result.bound ?? Number.NEGATIVE_INFINITY).toBeLessThanOrEqual(exact.cost + 1e-6);
      if (result.lp !== undefined)
        expect(worstBreak(result.cuts, tightPoint(problem, result.lp, exact.assignment))).toBeLessThanOrEqual(
          1e-9,
        );
    },
  );
});

describe("the constructive programme", () => {
  test.prop([fc.integer({ min: 1, max: 400 }), fc.integer({ min: 2, max: 4 })], { numRuns: 40 })(
    "is feasible whenever it is given",
    (seed, perCycle) => {
      const problem = unlessInfeasible(() => compileDraft(realInstance(seed, { perCycle }), wsis).problem);
      if (problem === undefined) return;
      const built = construct(problem);
      if (built !== undefined) expect(brokenConstraints(problem, built)).toStrictEqual([]);
    },
  );

  it("is given on most feasible real-size instances (it is what a spent time limit returns)", () => {
    let feasible = 0;
    let built = 0;
    for (let seed = 1; seed <= 60; seed++) {
      let problem: ReturnType<typeof compileDraft>["problem"];
      try {
        problem = compileDraft(realInstance(seed), wsis).problem;
      } catch (error) {
        if (error instanceof InfeasibleError) continue;
        throw error;
      }
      if (search(problem, { maxSteps: 50_000, seed: 0, firstFeasible: true }).assignment === undefined)
        continue;
      feasible++;
      if (construct(problem) !== undefined) built++;
    }
    expect(feasible).toBeGreaterThan(30);
    expect(built / feasible).toBeGreaterThanOrEqual(0.75);
  });
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
