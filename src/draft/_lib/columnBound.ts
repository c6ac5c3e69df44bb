import { bestSetSearch } from "./bestSet.ts";
import type { Assignment, Problem } from "./problem.ts";
import { ColumnLp, type Sense } from "./simplex.ts";
import { cliquesOf } from "./tightLp.ts";

/**
 * A column-generation bound (Dantzig–Wolfe): the linear relaxation of the draft in which each cycle
 * chooses a convex combination of whole theme sets (within its count bounds) instead of fractional
 * placements. A set's cost is exact for the rules that live inside one cycle — goal links, lead load,
 * the dual mandate — which the fractional relaxation blurs; the rules across cycles stay linear rows
 * on the placements x_tc = Σ_{S∋t} λ_cS: each theme at most (required: exactly) once, precedence,
 * coverage, and repetition as in the tight MILP (a pair variable forced by every window of
 * `gapCycles` cycles, clique-window cuts). Every programme is such a combination (one set per cycle,
 * its pair variables at the clashes), so the optimum of this relaxation is a lower bound.
 *
 * New sets come from each cycle's pricing problem (the exact best set at the duals' reduced costs);
 * at every round the restricted optimum plus each cycle's most negative reduced cost is itself a
 * valid bound (the cycles' convexity rows), so an early stop still returns a lower bound.
 */
export interface ColumnBoundOptions {
  /** The incumbent's cost: the rounds stop once the bound reaches it. */
  readonly upper: number;
  /** A programme whose sets are the first columns (a feasible one makes the restricted problem feasible at once). */
  readonly incumbent?: Assignment;
  /** More first columns (sets that do not fit a cycle are left out). */
  readonly columns?: readonly CycleSet[];
  readonly maxRounds?: number;
  readonly outOfTime?: () => boolean;
  /** Whether costs are whole numbers (then the bound is rounded up and compared so). */
  readonly integral?: boolean;
  /**
   * Called with the work done since its last call, in search steps (a multiply-add of the simplex or
   * a node of the pricing search, weighed by what each costs against a step of the exact search);
   * returns the steps left. Where none are left the rounds stop with the bound so far (every round's
   * bound is valid).
   */
  readonly charge?: (steps: number) => number;
}

/**
 * Simplex multiply-adds, pricing-search nodes, and entries of the master's first columns, that take
 * about as long as one step of the exact search (on the wider sample's unproven real-size drafts: a
 * step about 1.8 µs; a multiply-add of the revised simplex, mostly gathered through sparse columns,
 * 3.4–4.2 ns; a pricing node 80–90 ns, and each pricing search 6 µs besides, to order the themes;
 * an entry of a first column 0.3 µs, and each master 75 µs besides, to build the rows).
 */
const FLOPS_PER_STEP = 500;
const NODES_PER_STEP = 20;
const ENTRIES_PER_STEP = 6;
/** What a pricing search costs besides its nodes, and building a master besides its columns' entries. */
const PRICING_NODES = 70;
const MASTER_ENTRIES = 240;

/** Largest themes-per-cycle for which each cycle's best set is searched exactly. */
const MAX_SET = 6;
/** Node budget of one pricing search; past it the bound is given up (pricing would not be exact). */
const NODE_BUDGET = 200_000;

interface XTerm {
  readonly row: number;
  readonly coef: number;
}

/** What the column generation found: the bound, and every set that entered the master programme. */
export interface ColumnBound {
  /** A lower bound on the cost of every feasible assignment, or undefined when none applies. */
  readonly bound: number | undefined;
  /** Good first columns for a problem that keeps some of these cycles (see `residualColumns`). */
  readonly columns: readonly CycleSet[];
  /**
   * From the last duals the master reached: a lower bound on the cost of the cycles after the first
   * `fixed.length` once each cycle k of those takes the themes `fixed[k]` and only themes for which
   * `open` holds may be placed after them (undefined when a pricing search runs over its budget);
   * `charge` as in the options. Undefined when no solve of the master succeeded.
   */
  readonly afterFixed?: AfterFixed;
}

/** See `ColumnBound.afterFixed`. */
export type AfterFixed = (
  fixed: readonly (readonly number[])[],
  open: (t: number) => boolean,
  charge?: (steps: number) => number,
) => number | undefined;

/**
 * The column-generation lower bound on the cost of every feasible assignment; its bound is undefined
 * when it does not apply (cycles larger than MAX_SET themes, a pricing search over budget, an
 * infeasible relaxation).
 */
export function columnBound(p: Problem, options: ColumnBoundOptions): ColumnBound {
  const start: CycleSet[] = [];
  for (let c = 0; c < p.C && options.incumbent !== undefined; c++) {
    const set: number[] = [];
    for (let t = 0; t < p.T; t++) if (options.incumbent[t] === c) set.push(t);
    start.push({ cycle: c, set });
  }
  start.push(...(options.columns ?? []));
  return createMaster(p, start)?.(options) ?? { bound: undefined, columns: [] };
}

/** A column: the set of themes one cycle takes up. */
export interface CycleSet {
  readonly cycle: number;
  readonly set: readonly number[];
}

/**
 * The master programme of `p`'s relaxation, started with the given sets: a function that runs the
 * column generation and returns the bound (undefined when the relaxation does not apply).
 */
function createMaster(
  p: Problem,
  start: readonly CycleSet[],
): ((options: Omit<ColumnBoundOptions, "incumbent" | "columns">) => ColumnBound) | undefined {
  const { T, C, min, max, agencies: A, maxLead, loadWeight, dualWeight } = p;
  if (max > MAX_SET || T === 0 || C === 0) return undefined;
  const allowed = (t: number, c: number) => p.allowed[t * C + c] === 1;
  const senses: Sense[] = [];
  const rhs: number[] = [];
  const addRow = (sense: Sense, b: number): number => {
    senses.push(sense);
    rhs.push(b);
    return senses.length - 1;
  };
  // x-terms by cycle and theme: the rows (other than the theme's own) in which x_tc appears.
  const xTerms: XTerm[][] = Array.from({ length: T * C }, () => []);
  /** Puts x_tc in `row` with `coef` where theme t may go in cycle c; returns whether it may. */
  const addTerm = (t: number, c: number, row: number, coef = 1): boolean => {
    if (!allowed(t, c)) return false;
    xTerms[t * C + c]?.push({ row, coef });
    return true;
  };
  for (let t = 0; t < T; t++) {
    let any = false;
    for (let c = 0; c < C; c++) if (allowed(t, c)) any = true;
    if (!any) {
      if (!p.optional[t]) return undefined;
      continue;
    }
    const row = addRow(p.optional[t] ? "<=" : "=", 1);
    for (let c = 0; c < C; c++) addTerm(t, c, row);
  }
  const cycleRow = Int32Array.from({ length: C }, () => addRow("=", 1));
  // Precedence: `before` at or after cycle c excludes `after` at or before c.
  for (let a = 0; a < T; a++) {
    for (const b of p.mustFollow[a] ?? []) {
      for (let c = 0; c < C; c++) {
        const row = addRow("<=", 1);
        for (let k = 0; k <= c; k++) addTerm(a, k, row);
        for (let k = c; k < C; k++) addTerm(b, k, row);
      }
    }
  }
  for (const { themes } of p.coverage) {
    const row = addRow(">=", 1);
    let any = false;
    for (const t of themes) for (let c = 0; c < C; c++) if (addTerm(t, c, row)) any = true;
    if (!any) return undefined;
  }
  // Repetition: pair variables y (cost repetitionWeight), forced by windows; clique-window cuts.
  const pairColumns: { cost: number; entries: [number, number][] }[] = [];
  if (p.repetitionWeight > 0 && p.gapCycles > 0) {
    const g = Math.min(p.gapCycles, C);
    const windows = Array.from({ length: C - g + 1 }, (_, s) => Array.from({ length: g }, (_, k) => s + k));
    const pairIndex = new Map<number, number>();
    for (let t = 0; t < T; t++) {
      for (const u of p.similar[t] ?? []) {
        if (u <= t) continue;
        const entries: [number, number][] = [];
        for (const window of windows) {
          const row = addRow("<=", 1);
          entries.push([row, -1]);
          for (const c of window) {
            addTerm(t, c, row);
            addTerm(u, c, row);
          }
        }
        pairIndex.set(t * T + u, pairColumns.length);
        pairColumns.push({ cost: p.repetitionWeight, entries });
      }
    }
    for (const clique of cliquesOf(p)) {
      const most = Math.min(clique.length, g * max);
      for (const window of windows) {
        for (let j = 1; j < most; j++) {
          // Σ pairs ≥ j·n − j(j+1)/2, the tangents of n(n−1)/2.
          const row = addRow(">=", -(j * (j + 1)) / 2);
          for (const a of clique)
            for (const b of clique) {
              if (a >= b) continue;
              pairColumns[pairIndex.get(a * T + b) ?? -1]?.entries.push([row, 1]);
            }
          for (const t of clique) for (const c of window) addTerm(t, c, row, -j);
        }
      }
    }
  }

  const lp = new ColumnLp(senses, rhs);
  for (const { cost, entries } of pairColumns) lp.addColumn(cost, entries);

  const load = new Int32Array(A);
  /** The exact cost of a set in cycle c (goal links, lead load, dual mandate). */
  const setCost = (c: number, set: readonly number[]): number => {
    if (set.length === 0) return 0;
    let cost = 0;
    let wsisIn = false;
    let stiIn = false;
    load.fill(0);
    for (const t of set) {
      cost += p.goalCost[t * C + c] ?? 0;
      if (p.wsis[t]) wsisIn = true;
      if (p.sti[t]) stiIn = true;
      for (const a of p.leads[t] ?? []) {
        if ((load[a] ?? 0) >= maxLead) cost += loadWeight;
        load[a] = (load[a] ?? 0) + 1;
      }
    }
    return cost + (wsisIn && stiIn ? 0 : dualWeight);
  };
  const seen = new Set<string>();
  const columns: CycleSet[] = [];
  const addSet = (c: number, set: readonly number[]): boolean => {
    const key = `${c}:${set.join(",")}`;
    if (seen.has(key)) return false;
    if (set.length < min || set.length > max || set.some((t) => !allowed(t, c))) return false;
    seen.add(key);
    columns.push({ cycle: c, set: [...set] });
    const entries: [number, number][] = [[cycleRow[c] ?? 0, 1]];
    for (const t of set) for (const { row, coef } of xTerms[t * C + c] ?? []) entries.push([row, coef]);
    lp.addColumn(setCost(c, set), entries);
    return true;
  };
  for (const { cycle, set } of start) addSet(cycle, set);
  // The simplex counts an added column's entries as work; the first columns' count as building.
  const built = lp.work;

  // Pricing: the set of cycle c with the least reduced cost, by depth-first search over themes in
  // order of their reduced placement cost (adding a theme costs at least that: load only grows, and
  // the dual-mandate term, at least 0, is added at evaluation).
  const termRows = xTerms.map((terms) => Int32Array.from(terms, ({ row }) => row));
  const termCoefs = xTerms.map((terms) => Float64Array.from(terms, ({ coef }) => coef));
  const cheapestSet = bestSetSearch(p, { repetitionInCycle: false });
  let bestMembers: number[] = [];
  let pricingNodes = 0;
  const price = (
    c: number,
    pi: Float64Array,
    budget: number,
    open?: (t: number) => boolean,
  ): number | undefined => {
    // Each candidate at its reduced placement cost.
    const found = cheapestSet((t) => {
      if (!allowed(t, c) || open?.(t) === false) return undefined;
      const rows = termRows[t * C + c] as Int32Array;
      const coefs = termCoefs[t * C + c] as Float64Array;
      let w = 0;
      for (let e = 0; e < rows.length; e++) w += (pi[rows[e] ?? 0] ?? 0) * (coefs[e] ?? 0);
      return (p.goalCost[t * C + c] ?? 0) - w;
    }, budget);
    pricingNodes += found.nodes + PRICING_NODES;
    if (found.value === undefined) return undefined;
    bestMembers = Array.from(found.members.subarray(0, found.size)).sort((a, b) => a - b);
    return found.value - (pi[cycleRow[c] ?? 0] ?? 0);
  };

  /** What fixed sets (cycle k takes fixed[k]) cost: their set costs, and the repetition among them. */
  const fixedCost = (fixed: readonly (readonly number[])[]): number => {
    let cost = 0;
    fixed.forEach((set, k) => {
      cost += setCost(k, set);
      for (let l = k; l < fixed.length && l - k < p.gapCycles; l++)
        for (const t of set)
          for (const u of p.similar[t] ?? [])
            if ((l > k || u > t) && fixed[l]?.includes(u)) cost += p.repetitionWeight;
    });
    return cost;
  };

  /**
   * The Lagrangian bound at duals π (dual feasible for every column but the sets: pair variables,
   * slacks, artificials) of the master with each cycle k < fixed.length fixed to `fixed[k]`: π·b,
   * plus each fixed set's reduced cost, plus each later cycle's least reduced cost over the sets of
   * open themes (each cycle takes exactly one set, and the rows weighed by π hold). That bounds the
   * cost of every cycle; less what the fixed sets cost (their set costs cancel), it bounds the rest.
   */
  const afterFixed =
    (pi: Float64Array, objective: number, rounded: (x: number) => number): AfterFixed =>
    (fixed, open, charge) => {
      let bound = objective - fixedCost(fixed);
      fixed.forEach((set, k) => {
        bound += setCost(k, set) - (pi[cycleRow[k] ?? 0] ?? 0);
        for (const t of set)
          for (const { row, coef } of xTerms[t * C + k] ?? []) bound -= (pi[row] ?? 0) * coef;
      });
      let left = charge?.(0) ?? Number.POSITIVE_INFINITY;
      for (let c = fixed.length; c < C && left > 0; c++) {
        const before = pricingNodes;
        const reduced = price(c, pi, Math.min(NODE_BUDGET, left * NODES_PER_STEP), open);
        left = charge?.(Math.ceil((pricingNodes - before) / NODES_PER_STEP)) ?? left;
        if (reduced === undefined) return undefined;
        bound += reduced;
      }
      return left > 0 ? rounded(bound) : undefined;
    };

  // The big-M problem is itself a relaxation (artificial columns allowed), so every round's bound is
  // valid even before the real columns meet every row.
  return (options) => {
    const rounded = (x: number) => (options.integral === true ? Math.ceil(x - 1e-6) : x - 1e-9);
    let charged = 0;
    /** Charges the work since the last call and returns the steps left (infinite without a budget). */
    const charge = (): number => {
      if (options.charge === undefined) return Number.POSITIVE_INFINITY;
      const work = Math.ceil(
        (lp.work - built) / FLOPS_PER_STEP +
          pricingNodes / NODES_PER_STEP +
          (built + MASTER_ENTRIES) / ENTRIES_PER_STEP,
      );
      const left = options.charge(work - charged);
      charged = work;
      return left;
    };
    let left = charge();
    let bound = Number.NEGATIVE_INFINITY;
    /** The bound so far (none before a round's), and the columns. */
    const soFar = (): ColumnBound => ({
      bound: bound > Number.NEGATIVE_INFINITY ? rounded(bound) : undefined,
      columns,
    });
    let last: { readonly pi: Float64Array; readonly objective: number } | undefined;
    const maxRounds = options.maxRounds ?? 200;
    // Each solve and each pricing search stops where the steps left run out, so the budget holds
    // but for the columns a round adds.
    for (let round = 0; round < maxRounds && left > 0; round++) {
      const solved = lp.solve(5_000, lp.work + left * FLOPS_PER_STEP);
      left = charge();
      if (!solved || left <= 0) break;
      const pi = lp.duals();
      let farley = lp.objective();
      last = { pi, objective: farley };
      let added = 0;
      for (let c = 0; c < C; c++) {
        const reduced = price(c, pi, Math.min(NODE_BUDGET, left * NODES_PER_STEP));
        left = charge();
        if (reduced === undefined) return soFar();
        if (reduced < 0) farley += reduced;
        if (reduced < -1e-7 && addSet(c, bestMembers)) added++;
      }
      bound = Math.max(bound, farley);
      if (added === 0) {
        bound = Math.max(bound, lp.objective());
        break;
      }
      if (rounded(bound) >= options.upper - 1e-9 || options.outOfTime?.() === true) break;
    }
    charge();
    const result = soFar();
    return last === undefined
      ? result
      : { ...result, afterFixed: afterFixed(last.pi, last.objective, rounded) };
  };
}
