import { bestSetSearch } from "./bestSet.ts";
import type { Problem } from "./problem.ts";

/**
 * A Lagrangian bound: relax "each required theme in exactly one cycle, each optional theme in at
 * most one" with a price μ_t per theme (μ_t ≤ 0 for optional ones). The rest falls apart by cycle:
 * each cycle picks the set S (within the count bounds and the cycle's allowed themes) that minimises
 * its own cost — goal links, lead load, the dual mandate, repetition within the cycle — minus the
 * prices of S. Then for any prices
 *
 *   optimum ≥ Σ_t μ_t + Σ_c φ_c(μ),  φ_c(μ) = min_S [ cost_c(S) − Σ_{t∈S} μ_t ],
 *
 * which captures how these rules interact inside a cycle (what a per-rule count cannot). Prices come
 * from subgradient ascent towards the incumbent's cost. Repetition across cycles and precedence are
 * left out, so the bound stays admissible.
 */
export interface Lagrangian {
  /** The bound Σ μ + Σ φ at the best prices found. */
  readonly bound: number;
  /** The best prices, per theme. */
  readonly mu: Float64Array;
  /** φ_c at those prices, per cycle (the cycle empty at the start, any theme allowed there). */
  readonly phi: Float64Array;
}

/** Largest themes-per-cycle for which the per-cycle sets are searched exactly. */
const MAX_SET = 6;
/** Node budget of one cycle's exact set search; past it the bound is given up (it would not be exact). */
const NODE_BUDGET = 400_000;

export function lagrangian(
  p: Problem,
  options: {
    readonly upper: number;
    readonly iterations: number;
    readonly outOfTime?: () => boolean;
  },
): Lagrangian | undefined {
  const { T, C, max, repetitionWeight, gapCycles } = p;
  if (max > MAX_SET || T === 0) return undefined;

  // Cycles with the same allowed themes and goal costs share their subproblem.
  const groupOf = new Int32Array(C);
  const groups: { cycle: number; size: number }[] = [];
  {
    const keys = new Map<string, number>();
    for (let c = 0; c < C; c++) {
      let key = "";
      for (let t = 0; t < T; t++) key += p.allowed[t * C + c] ? `${p.goalCost[t * C + c]},` : "x,";
      let g = keys.get(key);
      if (g === undefined) {
        g = groups.length;
        keys.set(key, g);
        groups.push({ cycle: c, size: 0 });
      }
      groupOf[c] = g;
      const group = groups[g];
      if (group !== undefined) group.size++;
    }
  }

  const cheapestSet = bestSetSearch(p, { repetitionInCycle: repetitionWeight > 0 && gapCycles > 0 });
  const mu = new Float64Array(T);

  /**
   * φ of one cycle at prices mu: the exact best set, by depth-first search over its themes sorted by
   * their reduced costs (goal cost less price).
   */
  const solveCycle = (c: number, chosen: Int32Array): { value: number; size: number } | undefined => {
    const reduced = (t: number) =>
      p.allowed[t * C + c] ? (p.goalCost[t * C + c] ?? 0) - (mu[t] ?? 0) : undefined;
    const { value, size, members } = cheapestSet(reduced, NODE_BUDGET);
    if (value === undefined) return undefined;
    chosen.set(members.subarray(0, size));
    return { value, size };
  };

  const bestMu = new Float64Array(T);
  const phiOf = new Float64Array(groups.length);
  const bestPhi = new Float64Array(groups.length);
  const chosen = groups.map(() => new Int32Array(max));
  const sizes = new Int32Array(groups.length);
  const g = new Float64Array(T);
  let bestBound = Number.NEGATIVE_INFINITY;
  /** Step scale of the subgradient steps: 1 at first, halved whenever 8 steps bring no progress. */
  let theta = 1;
  let stale = 0;
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    if ((iteration & 7) === 7 && options.outOfTime?.() === true) break;
    let bound = 0;
    for (let t = 0; t < T; t++) bound += mu[t] ?? 0;
    for (let k = 0; k < groups.length; k++) {
      const group = groups[k];
      if (group === undefined) continue;
      const solved = solveCycle(group.cycle, chosen[k] as Int32Array);
      if (solved === undefined) return bestBound > Number.NEGATIVE_INFINITY ? result() : undefined;
      phiOf[k] = solved.value;
      sizes[k] = solved.size;
      bound += group.size * solved.value;
    }
    if (bound > bestBound + 1e-9) {
      bestBound = bound;
      bestMu.set(mu);
      bestPhi.set(phiOf);
      stale = 0;
    } else if (++stale >= 8) {
      theta /= 2;
      stale = 0;
      if (theta < 1e-3) break;
    }
    if (bestBound >= options.upper - 1e-6) break;
    // Supergradient: 1 − (how many cycles took the theme).
    g.fill(1);
    for (let k = 0; k < groups.length; k++) {
      const set = chosen[k] as Int32Array;
      const times = groups[k]?.size ?? 0;
      for (let i = 0; i < (sizes[k] ?? 0); i++) {
        const t = set[i] ?? 0;
        g[t] = (g[t] ?? 0) - times;
      }
    }
    let norm = 0;
    for (let t = 0; t < T; t++) {
      // An optional theme's price stays ≤ 0: a step that would raise it past 0 does not count.
      if (p.optional[t] && (mu[t] ?? 0) >= 0 && (g[t] ?? 0) > 0) g[t] = 0;
      norm += (g[t] ?? 0) ** 2;
    }
    if (norm === 0) break; // the relaxed sets form an assignment: the bound is exact
    const gap = Math.max(options.upper - bound, 1e-3 * Math.max(1, Math.abs(options.upper)));
    const step = (theta * gap) / norm;
    for (let t = 0; t < T; t++) {
      let next = (mu[t] ?? 0) + step * (g[t] ?? 0);
      if (p.optional[t] && next > 0) next = 0;
      mu[t] = next;
    }
  }
  return result();

  function result(): Lagrangian {
    const phi = new Float64Array(C);
    for (let c = 0; c < C; c++) phi[c] = bestPhi[groupOf[c] ?? 0] ?? 0;
    return { bound: bestBound, mu: bestMu, phi };
  }
}

/** Whether every cost in the problem is a whole number (then any bound can be rounded up). */
export function integralCosts(p: Problem): boolean {
  const whole = (x: number) => Math.abs(x - Math.round(x)) < 1e-9;
  if (![p.loadWeight, p.dualWeight, p.repetitionWeight].every(whole)) return false;
  for (const x of p.goalCost) if (!whole(x)) return false;
  return true;
}
