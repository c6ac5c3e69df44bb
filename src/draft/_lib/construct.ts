import {
  type Assignment,
  brokenConstraints,
  cheapestGoalCost,
  fitsAt,
  linesByTheme,
  type Problem,
  precedenceWindows,
} from "./problem.ts";

/**
 * A fast constructive programme (greedy placement, then repair of the minimum counts): where the
 * first local search starts, and what a draft falls back on when the exact search finds none within
 * its budget or the time limit. O(themes × cycles) work, no search, no clock. Chooses the themes to
 * take up (the required ones, a coverer for each line still uncovered, optional themes while the
 * cycles' minimum counts need more), then places them in
 * precedence order, narrowest window first, each in the open cycle where it adds least cost. Returns
 * undefined when this simple scheme does not reach a feasible programme (the caller then searches).
 */
export function construct(problem: Problem): Assignment | undefined {
  const {
    T,
    C,
    min,
    max,
    leads,
    agencies: A,
    maxLead,
    loadWeight,
    similar,
    gapCycles,
    repetitionWeight,
  } = problem;
  const allowedAnywhere = (t: number): boolean => {
    for (let c = 0; c < C; c++) if (problem.allowed[t * C + c]) return true;
    return false;
  };
  const chosen = new Uint8Array(T);
  for (let t = 0; t < T; t++) if (!problem.optional[t]) chosen[t] = 1;
  // Coverage: each line still uncovered gets the coverer that covers most lines still uncovered.
  const linesOf = linesByTheme(problem);
  const covered = new Uint8Array(problem.coverage.length);
  for (let t = 0; t < T; t++) if (chosen[t]) for (const l of linesOf[t] ?? []) covered[l] = 1;
  for (let l = 0; l < problem.coverage.length; l++) {
    if (covered[l]) continue;
    let pick = -1;
    let most = 0;
    for (const t of problem.coverage[l]?.themes ?? []) {
      if (!allowedAnywhere(t)) continue;
      let n = 0;
      for (const k of linesOf[t] ?? []) if (!covered[k]) n++;
      if (n > most) {
        most = n;
        pick = t;
      }
    }
    if (pick < 0) return undefined;
    chosen[pick] = 1;
    for (const k of linesOf[pick] ?? []) covered[k] = 1;
  }
  // Enough themes for every cycle's minimum: the cheapest optional ones (by their cheapest cycle).
  let total = 0;
  for (let t = 0; t < T; t++) total += chosen[t] ?? 0;
  if (total < C * min) {
    const spare: { t: number; cost: number }[] = [];
    for (let t = 0; t < T; t++) {
      if (chosen[t] || !allowedAnywhere(t)) continue;
      spare.push({ t, cost: cheapestGoalCost(problem, problem.allowed, t) });
    }
    spare.sort((a, b) => a.cost - b.cost || a.t - b.t);
    for (const { t } of spare) {
      if (total >= C * min) break;
      chosen[t] = 1;
      total++;
    }
  }
  if (total > C * max || total < C * min) return undefined;

  // Windows of the chosen themes under precedence between chosen themes.
  const windows = precedenceWindows(problem, (t) => chosen[t] === 1);
  if (windows === undefined) return undefined;
  const { earliest, latest } = windows;

  // Order: predecessors first (by earliest cycle), then narrow windows, then index.
  const order: number[] = [];
  for (let t = 0; t < T; t++) if (chosen[t]) order.push(t);
  order.sort(
    (a, b) =>
      (earliest[a] ?? 0) - (earliest[b] ?? 0) ||
      (latest[a] ?? 0) - (earliest[a] ?? 0) - ((latest[b] ?? 0) - (earliest[b] ?? 0)) ||
      a - b,
  );
  const cycleOf = new Int32Array(T).fill(-1);
  const count = new Int32Array(C);
  const load = new Int32Array(C * A);
  const wsisIn = new Int32Array(C);
  const stiIn = new Int32Array(C);
  const put = (t: number, c: number, sign: 1 | -1): void => {
    cycleOf[t] = sign === 1 ? c : -1;
    count[c] = (count[c] ?? 0) + sign;
    for (const a of leads[t] ?? []) load[c * A + a] = (load[c * A + a] ?? 0) + sign;
    if (problem.wsis[t]) wsisIn[c] = (wsisIn[c] ?? 0) + sign;
    if (problem.sti[t]) stiIn[c] = (stiIn[c] ?? 0) + sign;
  };
  /** Whether t may sit in c given the placed themes it must follow or precede. */
  const fits = (t: number, c: number): boolean => fitsAt(problem, cycleOf, t, c);
  const costAt = (t: number, c: number): number => {
    let d = problem.goalCost[t * C + c] ?? 0;
    for (const a of leads[t] ?? []) if ((load[c * A + a] ?? 0) >= maxLead) d += loadWeight;
    if (repetitionWeight > 0)
      for (const u of similar[t] ?? []) {
        const cu = cycleOf[u] ?? -1;
        if (cu >= 0 && Math.abs(cu - c) < gapCycles) d += repetitionWeight;
      }
    // Giving a cycle its missing side of the dual mandate is worth its weight (roughly: one side).
    if ((count[c] ?? 0) > 0) {
      if (problem.wsis[t] && !(wsisIn[c] ?? 0)) d -= problem.dualWeight / 2;
      if (problem.sti[t] && !(stiIn[c] ?? 0)) d -= problem.dualWeight / 2;
    }
    return d;
  };
  for (const t of order) {
    let best = -1;
    let bestScore = Number.POSITIVE_INFINITY;
    for (let c = earliest[t] ?? 0; c <= (latest[t] ?? C - 1); c++) {
      if ((count[c] ?? 0) >= max || !fits(t, c)) continue;
      // Cycles below their minimum first, then the cost, then the emptier cycle.
      const score = ((count[c] ?? 0) < min ? 0 : 1e9) + costAt(t, c) + 1e-3 * (count[c] ?? 0);
      if (score < bestScore) {
        bestScore = score;
        best = c;
      }
    }
    if (best < 0) return undefined;
    put(t, best, 1);
  }

  // Repair cycles below their minimum: move a theme from a cycle above it, else bring in an optional one.
  for (let c = 0; c < C; c++) {
    while ((count[c] ?? 0) < min) {
      let moved = false;
      for (let t = 0; t < T && !moved; t++) {
        const from = cycleOf[t] ?? -1;
        if (from < 0 || from === c || (count[from] ?? 0) <= min || !fits(t, c)) continue;
        put(t, from, -1);
        put(t, c, 1);
        moved = true;
      }
      for (let t = 0; t < T && !moved; t++) {
        if ((cycleOf[t] ?? -1) >= 0 || !problem.optional[t] || !fits(t, c)) continue;
        put(t, c, 1);
        moved = true;
      }
      if (!moved) return undefined;
    }
  }
  return brokenConstraints(problem, cycleOf).length === 0 ? cycleOf : undefined;
}
