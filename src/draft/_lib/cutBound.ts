import type { Problem } from "./problem.ts";
import { type LpRow, RowLp } from "./rowLp.ts";
import { type TightLp, tightLp } from "./tightLp.ts";

/**
 * A cutting-plane bound at the root: the LP relaxation of the draft's tight compact formulation
 * (`tightLp`), tightened by rounds of Gomory mixed-integer cuts read off the optimal tableau. Every
 * variable of that formulation is whole in an optimal programme, and so is every original row's
 * slack, so a cut may be read from any basic variable of fractional value but a cut's own slack.
 * The bound of each round comes from the duals (safe against rounding), so it is valid even if a
 * round stops early.
 */
export interface CutBoundOptions {
  /** The incumbent's cost: the rounds stop once the bound reaches it. */
  readonly upper: number;
  /** Whether costs are whole numbers (then the bound is rounded up and compared so). */
  readonly integral: boolean;
  readonly rounds?: number;
  /** Multiply-adds of the simplex allowed (the caller's step budget); past them the bound so far stands. */
  readonly maxWork?: number;
  readonly outOfTime?: () => boolean;
}

export interface CutBound {
  /** A lower bound on the cost of every feasible assignment, or undefined when none applies. */
  readonly bound: number | undefined;
  /** The LP bound before any cut, then after each round (unrounded). */
  readonly rounds: readonly number[];
  /** Every cut added, as a row `a·x ≤ b` over the variables of `lp`. */
  readonly cuts: readonly LpRow[];
  readonly lp: TightLp | undefined;
  /** Multiply-adds done. */
  readonly work: number;
}

/**
 * Multiply-adds of the dense dual simplex that take about as long as one step of the exact search
 * (measured on the real-size drafts it proves: at 1,000 a step, a charged step took 2.5–3 µs against
 * a search step's 1.5–2 µs).
 */
export const CUT_WORK_PER_STEP = 650;
/** Cuts added per round at most (the most violated first). */
const CUTS_PER_ROUND = 40;
const ROUNDS = 10;
/** Rounds in a row that raise the bound by less than STALL before the rounds stop (cuts stall at a degenerate optimum). */
const STALLED_ROUNDS = 2;
const STALL = 1e-3;
/** Rows read for cuts only where the basic value is this far from a whole number. */
const MIN_FRACTION = 0.01;
/** A cut's coefficients: smaller than this (relative to the largest) are dropped, wider ranges rejected. */
const TINY = 1e-9;
const MAX_RANGE = 1e6;
/** Least violation at the LP point, relative to the cut's norm, for a cut to be added. */
const MIN_VIOLATION = 1e-4;
/** Slack added to a cut's right-hand side against rounding, relative to its size. */
const SAFETY = 1e-7;

/** The cut bound of `p` (see `CutBound`). */
export function cutBound(p: Problem, options: CutBoundOptions): CutBound {
  const lp = tightLp(p);
  // The dual simplex starts from the slack basis, dual feasible only when no cost is negative.
  if (lp === undefined || lp.costs.some((c) => c < 0))
    return { bound: undefined, rounds: [], cuts: [], lp, work: 0 };
  const n = lp.costs.length;
  const base: LpRow[] = [];
  for (const { terms, lb, ub } of lp.rows) {
    if (ub !== undefined) base.push({ terms, b: ub, integral: true });
    if (lb !== undefined)
      base.push({ terms: terms.map(([j, a]) => [j, -a] as const), b: -lb, integral: true });
  }
  const rounds = options.rounds ?? ROUNDS;
  const solver = new RowLp(lp.costs, n + base.length + CUTS_PER_ROUND * rounds);
  for (const row of base) solver.addRow(row);
  const maxWork = options.maxWork ?? Number.POSITIVE_INFINITY;
  const rounded = (x: number) => (options.integral ? Math.ceil(x - 1e-6) : x - 1e-9);
  const history: number[] = [];
  const cuts: LpRow[] = [];
  const isCut = new Set<LpRow>();
  let bound = Number.NEGATIVE_INFINITY;
  let stalled = 0;
  for (let round = 0; round <= rounds; round++) {
    const status = solver.solve(maxWork);
    if (status === "infeasible") break;
    const value = solver.safeBound(lp.upper);
    history.push(value);
    stalled = value < bound + STALL ? stalled + 1 : 0;
    bound = Math.max(bound, value);
    if (status === "limit" || rounded(bound) >= options.upper - 1e-9 || round === rounds) break;
    if (stalled >= STALLED_ROUNDS || options.outOfTime?.() === true) break;
    solver.dropSlack((row) => !isCut.has(row));
    const found = gomoryCuts(solver, lp);
    // A round is added whole or not at all, so a budget only ends the rounds sooner.
    const adding = found.length * (solver.size + found.length * solver.columns);
    if (found.length === 0 || solver.work + adding > maxWork) break;
    for (const cut of found) {
      if (!solver.addRow(cut)) break;
      cuts.push(cut);
      isCut.add(cut);
    }
  }
  return {
    bound: bound > Number.NEGATIVE_INFINITY ? rounded(bound) : undefined,
    rounds: history,
    cuts,
    lp,
    work: solver.work,
  };
}

/**
 * Gomory mixed-integer cuts from the rows of `solver`'s optimal tableau whose basic variable should
 * be whole but is not, in the structural variables (each slack replaced by its row), tidied and
 * ordered by violation at the LP point; at most CUTS_PER_ROUND.
 */
function gomoryCuts(solver: RowLp, lp: TightLp): LpRow[] {
  const n = lp.costs.length;
  const point = solver.values();
  const rows = solver.basicRows();
  const basic = new Uint8Array(solver.columns);
  for (const { basic: j } of rows) basic[j] = 1;
  const found: { cut: LpRow; violation: number }[] = [];
  for (const { basic: j, value, row } of rows) {
    if (j >= n && solver.slackRow(j)?.integral !== true) continue;
    const f0 = value - Math.floor(value);
    if (f0 < MIN_FRACTION || f0 > 1 - MIN_FRACTION) continue;
    const alpha = new Float64Array(n);
    let beta = 1;
    for (let k = 0; k < solver.columns; k++) {
      const a = row[k] ?? 0;
      if (basic[k] || Math.abs(a) < 1e-11) continue;
      const slack = solver.slackRow(k);
      if (k >= n && slack === undefined) continue;
      const whole = k < n || slack?.integral === true;
      const fk = a - Math.floor(a);
      const g = whole ? (fk <= f0 ? fk / f0 : (1 - fk) / (1 - f0)) : a >= 0 ? a / f0 : -a / (1 - f0);
      if (g === 0) continue;
      if (slack === undefined) alpha[k] = (alpha[k] ?? 0) + g;
      else {
        // s = b − a·x
        beta -= g * slack.b;
        for (const [v, c] of slack.terms) alpha[v] = (alpha[v] ?? 0) - g * c;
      }
    }
    const cut = tidy(alpha, beta, lp.upper);
    if (cut === undefined) continue;
    let lhs = 0;
    let norm = 0;
    for (const [v, c] of cut.terms) {
      lhs += c * (point[v] ?? 0);
      norm += c * c;
    }
    const violation = (lhs - cut.b) / Math.sqrt(norm);
    if (violation >= MIN_VIOLATION) found.push({ cut, violation });
  }
  found.sort((a, b) => b.violation - a.violation);
  return found.slice(0, CUTS_PER_ROUND).map(({ cut }) => cut);
}

/**
 * The cut `α·x ≥ β` as a row `−α·x ≤ −β`, scaled to a largest coefficient of 1, tiny coefficients
 * dropped (a positive one at its variable's bound, so the cut stays valid), a little slack added;
 * undefined when its coefficients span too wide a range or it is empty.
 */
function tidy(alpha: Float64Array, beta: number, upper: Float64Array): LpRow | undefined {
  let largest = 0;
  for (const a of alpha) largest = Math.max(largest, Math.abs(a));
  if (largest === 0) return undefined;
  let b = beta / largest;
  let smallest = Number.POSITIVE_INFINITY;
  const terms: [number, number][] = [];
  alpha.forEach((raw, j) => {
    const a = raw / largest;
    if (Math.abs(a) < TINY) {
      if (a > 0) b -= a * (upper[j] ?? 0);
      return;
    }
    smallest = Math.min(smallest, Math.abs(a));
    terms.push([j, -a]);
  });
  if (1 / smallest > MAX_RANGE) return undefined;
  b -= SAFETY * Math.max(1, Math.abs(b));
  return { terms, b: -b, integral: false };
}
