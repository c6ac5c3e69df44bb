import { type Assignment, brokenConstraints, costOf, type Problem } from "./problem.ts";
import { seededRandom } from "./random.ts";

/**
 * Seeded local search from a feasible assignment: moves a theme to another cycle, swaps two themes'
 * cycles, or brings in or drops an optional theme, keeping every hard constraint and accepting moves
 * that do not make the cost worse. Returns the best assignment seen.
 */
export function localSearch(
  problem: Problem,
  start: Assignment,
  options: {
    readonly seed: number;
    readonly iterations: number;
    readonly target?: number;
    readonly prefer?: Int32Array;
  },
): Assignment {
  const { T, C } = problem;
  const random = seededRandom(options.seed ^ 0x5bd1e995);
  const pick = (n: number) => Math.floor(random() * n);
  const current = Int32Array.from(start);
  // Second criterion: themes away from their preferred cycle, so equal-cost moves drift towards the
  // preferences instead of wandering.
  const prefer = options.prefer;
  const distance = (assignment: Assignment): number => {
    if (prefer === undefined) return 0;
    let away = 0;
    for (let t = 0; t < T; t++) if ((prefer[t] ?? -1) >= 0 && assignment[t] !== prefer[t]) away++;
    return away;
  };
  const score = (assignment: Assignment): number => costOf(problem, assignment) + distance(assignment) * 1e-6;
  let currentCost = score(current);
  let best = Int32Array.from(current);
  let bestCost = currentCost;
  const count = new Int32Array(C);
  for (const c of current) if (c >= 0) count[c] = (count[c] ?? 0) + 1;

  const target = (options.target ?? 0) + (prefer === undefined ? 0 : -1);
  for (let i = 0; i < options.iterations && bestCost > target + 1e-9; i++) {
    const t = pick(T);
    const from = current[t] ?? -1;
    const move = pick(3);
    let u = -1;
    let to = -1;
    if (move === 0) {
      to = pick(C + 1) - 1; // -1 leaves the theme out
      if (to === from || (to === -1 && !problem.optional[t])) continue;
      if (to >= 0 && (!problem.allowed[t * C + to] || (count[to] ?? 0) >= problem.max)) continue;
      if (from >= 0 && (count[from] ?? 0) <= problem.min) continue;
      current[t] = to;
    } else {
      u = pick(T);
      to = current[u] ?? -1;
      if (u === t || to === from) continue;
      if ((to >= 0 && !problem.allowed[t * C + to]) || (from >= 0 && !problem.allowed[u * C + from]))
        continue;
      if ((to === -1 && !problem.optional[t]) || (from === -1 && !problem.optional[u])) continue;
      current[t] = to;
      current[u] = from;
    }
    const feasible = brokenConstraints(problem, current).length === 0;
    const cost = feasible ? score(current) : Number.POSITIVE_INFINITY;
    if (cost <= currentCost) {
      currentCost = cost;
      if (move === 0) {
        if (from >= 0) count[from] = (count[from] ?? 0) - 1;
        if (to >= 0) count[to] = (count[to] ?? 0) + 1;
      }
      if (cost < bestCost) {
        bestCost = cost;
        best = Int32Array.from(current);
      }
    } else {
      current[t] = from;
      if (u >= 0) current[u] = to;
    }
  }
  return best;
}
