import type { Problem } from "./problem.ts";

/**
 * The draft problem as a linear programme in its TIGHT compact formulation (placements x, lead-load
 * excess e per cycle × agency, dual-mandate cost d per cycle, pair variables y with window rows and
 * clique-window cuts), the same model the tests hand to GLPK and HiGHS: the rows are those of
 * test/support/draftMilp.ts, with the variables numbered. Every variable is ≥ 0 and whole in an
 * optimal programme (e, y, d at their least given x), and every row has whole coefficients and
 * bounds, so cutting planes may treat every variable, and every row's slack, as an integer.
 */
export interface TightLp {
  /** Each variable's cost: placements first (see `placement`), then e, y and d. */
  readonly costs: Float64Array;
  /**
   * A bound every variable keeps in some optimal programme (x, y, d ≤ 1; e ≤ the agency's themes
   * in the cycle less maxLead): what a safe bound from duals and the tidying of cuts rely on.
   */
  readonly upper: Float64Array;
  readonly rows: readonly TightRow[];
  /** The variable of placement (t, c), or -1 when theme t may not go in cycle c. */
  readonly placement: Int32Array;
}

export interface TightRow {
  readonly terms: readonly (readonly [number, number])[];
  readonly lb?: number;
  readonly ub?: number;
}

/** Greedy cliques of the near-identical graph that cover every pair, each of three themes or more. */
export function cliquesOf(p: Problem): number[][] {
  const covered = new Set<number>();
  const out: number[][] = [];
  for (let t = 0; t < p.T; t++) {
    for (const u of p.similar[t] ?? []) {
      if (u <= t || covered.has(t * p.T + u)) continue;
      const clique = [t, u];
      for (const v of p.similar[t] ?? []) {
        if (v === u || clique.includes(v)) continue;
        if (clique.every((w) => (p.similar[w] ?? []).includes(v))) clique.push(v);
      }
      clique.sort((a, b) => a - b);
      for (const a of clique) for (const b of clique) if (a < b) covered.add(a * p.T + b);
      if (clique.length >= 3) out.push(clique);
    }
  }
  return out;
}

/**
 * The tight LP of `p`, or undefined when a row has nothing to meet it (a required theme with no
 * cycle, an empty cycle that must be used, a line nothing covers): the problem is then infeasible.
 */
export function tightLp(p: Problem): TightLp | undefined {
  const { T, C } = p;
  const allowed = (t: number, c: number) => p.allowed[t * C + c] === 1;
  const costs: number[] = [];
  const upper: number[] = [];
  const rows: TightRow[] = [];
  const variable = (cost: number, most: number): number => {
    costs.push(cost);
    upper.push(most);
    return costs.length - 1;
  };
  const row = (terms: [number, number][], lb: number | undefined, ub: number | undefined) =>
    rows.push({ terms, ...(lb === undefined ? {} : { lb }), ...(ub === undefined ? {} : { ub }) });
  const placement = new Int32Array(T * C).fill(-1);
  for (let t = 0; t < T; t++)
    for (let c = 0; c < C; c++)
      if (allowed(t, c)) placement[t * C + c] = variable(p.goalCost[t * C + c] ?? 0, 1);
  const x = (t: number, c: number) => placement[t * C + c] ?? -1;
  /** Adds x_tc with `coef` to `terms` where theme t may go in cycle c. */
  const addX = (terms: [number, number][], t: number, c: number, coef = 1): void => {
    if (allowed(t, c)) terms.push([x(t, c), coef]);
  };
  const inCycle = (c: number) => Array.from({ length: T }, (_, t) => t).filter((t) => allowed(t, c));

  for (let t = 0; t < T; t++) {
    const terms: [number, number][] = [];
    for (let c = 0; c < C; c++) addX(terms, t, c);
    if (terms.length === 0 && !p.optional[t]) return undefined;
    if (terms.length > 0) row(terms, p.optional[t] ? undefined : 1, 1);
  }
  for (let c = 0; c < C; c++) {
    const terms = inCycle(c).map((t): [number, number] => [x(t, c), 1]);
    if (terms.length === 0 && p.min > 0) return undefined;
    if (terms.length > 0) row(terms, p.min > 0 ? p.min : undefined, p.max);
  }
  // Precedence: `before` at or after cycle c excludes `after` at or before c.
  for (let a = 0; a < T; a++) {
    for (const b of p.mustFollow[a] ?? []) {
      for (let c = 0; c < C; c++) {
        const terms: [number, number][] = [];
        for (let k = 0; k <= c; k++) addX(terms, a, k);
        for (let k = c; k < C; k++) addX(terms, b, k);
        if (terms.length > 1) row(terms, undefined, 1);
      }
    }
  }
  for (const { themes } of p.coverage) {
    const terms: [number, number][] = [];
    for (const t of themes) for (let c = 0; c < C; c++) addX(terms, t, c);
    if (terms.length === 0) return undefined;
    row(terms, 1, undefined);
  }
  if (p.loadWeight > 0) {
    for (let c = 0; c < C; c++) {
      for (let ag = 0; ag < p.agencies; ag++) {
        const terms = inCycle(c)
          .filter((t) => (p.leads[t] ?? []).includes(ag))
          .map((t): [number, number] => [x(t, c), 1]);
        if (terms.length <= p.maxLead) continue;
        const e = variable(p.loadWeight, Math.min(terms.length, p.max) - p.maxLead);
        row([...terms, [e, -1]], undefined, p.maxLead);
      }
    }
  }
  if (p.repetitionWeight > 0 && p.gapCycles > 0) repetitionRows(p, addX, variable, row);
  if (p.dualWeight > 0) {
    for (let c = 0; c < C; c++) {
      const themes = inCycle(c);
      if (themes.length === 0) continue;
      const d = variable(p.dualWeight, 1);
      for (const flags of [p.wsis, p.sti]) {
        const giving = themes.filter((t) => flags[t]).map((t): [number, number] => [x(t, c), 1]);
        // Every cycle used: d ≥ 1 − Σ side; otherwise d ≥ x_tc − Σ side for each theme lacking the side.
        if (p.min >= 1) row([[d, 1], ...giving], 1, undefined);
        else
          for (const t of themes.filter((t) => !flags[t]))
            row([[d, 1], [x(t, c), -1], ...giving], 0, undefined);
      }
    }
  }
  return {
    costs: Float64Array.from(costs),
    upper: Float64Array.from(upper),
    rows,
    placement,
  };
}

/**
 * Repetition: a pair variable per near-identical pair, forced by every window of `gapCycles`
 * consecutive cycles (`y ≥ Σ_window (x_t + x_u) − 1`), and for each greedy clique K and window W the
 * tangents of n(n−1)/2 at n = Σ_{K,W} x: `Σ y ≥ j·n − j(j+1)/2` for j = 1, 2, ….
 */
function repetitionRows(
  p: Problem,
  addX: (terms: [number, number][], t: number, c: number, coef?: number) => void,
  variable: (cost: number, most: number) => number,
  row: (terms: [number, number][], lb: number | undefined, ub: number | undefined) => void,
): void {
  const { T, C } = p;
  const g = Math.min(p.gapCycles, C);
  const windows = Array.from({ length: C - g + 1 }, (_, s) => Array.from({ length: g }, (_, k) => s + k));
  const pairs = new Map<number, number>();
  for (let t = 0; t < T; t++) {
    for (const u of p.similar[t] ?? []) {
      if (u <= t) continue;
      const y = variable(p.repetitionWeight, 1);
      pairs.set(t * T + u, y);
      for (const window of windows) {
        const terms: [number, number][] = [];
        for (const c of window) {
          addX(terms, t, c);
          addX(terms, u, c);
        }
        if (terms.length >= 2) row([...terms, [y, -1]], undefined, 1);
      }
    }
  }
  for (const clique of cliquesOf(p)) {
    const ys: [number, number][] = [];
    for (const a of clique) for (const b of clique) if (a < b) ys.push([pairs.get(a * T + b) ?? -1, 1]);
    const most = Math.min(clique.length, g * p.max);
    for (const window of windows) {
      const xs: [number, number][] = [];
      for (const t of clique) for (const c of window) addX(xs, t, c);
      for (let j = 1; j < most; j++)
        row([...ys, ...xs.map(([v]): [number, number] => [v, -j])], -(j * (j + 1)) / 2, undefined);
    }
  }
}
