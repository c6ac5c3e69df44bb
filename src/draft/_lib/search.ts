import { integralCosts, type Lagrangian } from "./lagrange.ts";
import {
  type Assignment,
  cheapestGoalCost,
  costOf,
  linesByTheme,
  optionalInEffect,
  type Problem,
  precedenceWindows,
} from "./problem.ts";
import { seededRandom } from "./random.ts";

/** The outcome of a search: the best assignment found (if any), its cost, and whether it is proven best. */
export interface SearchResult {
  readonly assignment: Assignment | undefined;
  readonly cost: number;
  /** True when the search finished: the assignment is optimal (or, with none, the problem infeasible). */
  readonly complete: boolean;
  readonly steps: number;
  /** A lower bound on the optimal cost (the root bound, or the cost itself when complete). */
  readonly lowerBound: number;
}

export interface SearchOptions {
  readonly maxSteps: number;
  readonly seed: number;
  /** Stop at the first feasible assignment (for feasibility checks). */
  readonly firstFeasible?: boolean;
  /** A known feasible assignment and its cost: the search then looks only for better ones. */
  readonly incumbent?: { readonly assignment: Assignment; readonly cost: number };
  /** Preferred cycle per theme (-1: none): tried first, so among equal programmes these placements win. */
  readonly prefer?: Int32Array;
  /** Lagrangian prices (from `lagrangian`): each node's bound is then also Σ μ of the unplaced themes + Σ φ of the open cycles. */
  readonly lagrange?: Lagrangian;
  /**
   * Place interchangeable themes in index order (symmetry breaking). It shrinks a proof among many
   * alike themes (each agency's problem in `agencyBound`), but changes where in the tree a better
   * programme turns up, so the main search leaves it off.
   */
  readonly symmetry?: boolean;
  /** Optional deadline check, called every 32 steps; true stops the search. */
  readonly outOfTime?: () => boolean;
  /**
   * A lower bound on the cost still to come once cycles before `next` are closed (`cycleOf`: -2
   * unplaced, else the cycle; `banned` > 0: must stay out), asked on a state's first visit where the
   * counting bound does not prune (a state the search has been through is not asked again); `target`
   * is what it must reach to prune. Its work counts against `maxSteps`: it calls `charge` with the
   * steps it took, which returns the steps left (≤ 0: none, and the search stops).
   */
  readonly futureBound?: (
    cycleOf: Int32Array,
    banned: Int32Array,
    next: number,
    target: number,
    charge: (steps: number) => number,
  ) => number;
}

/**
 * Exact branch-and-bound over cycles in order: each cycle takes a set of themes (in increasing theme
 * order, so each set is tried once), then closes. Costs of a closed cycle are exact; the bound adds
 * counting arguments for the cycles still open (sides of the dual mandate and agencies' lead load that
 * the remaining required themes cannot avoid). Feasibility pruning keeps required themes, coverage and
 * minimum counts reachable. Anytime: the best assignment so far is kept when the step budget runs out.
 */
export function search(problem: Problem, options: SearchOptions): SearchResult {
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
  const random = seededRandom(options.seed);
  // A fixed random tie-break per theme: the seed varies which of equal-cost themes is tried first.
  const jitter = new Float64Array(T);
  for (let t = 0; t < T; t++) jitter[t] = random() * 1e-9;

  // A theme that alone covers a required line is required in effect: treating it so lets the
  // precedence windows and the feasibility checks below see it.
  const optional = optionalInEffect(problem);

  // Precedence between required themes narrows each one's window of cycles; a precedence cycle or an
  // empty window proves the problem infeasible before any search.
  const windows = precedenceWindows(problem, (t) => !optional[t]);
  if (windows === undefined)
    return { assignment: undefined, cost: Number.POSITIVE_INFINITY, complete: true, steps: 0, lowerBound: 0 };
  const { earliest, latest } = windows;
  const allowed = Uint8Array.from(problem.allowed);
  for (let t = 0; t < T; t++) {
    if (optional[t]) continue;
    for (let c = 0; c < C; c++)
      if (c < (earliest[t] ?? 0) || c > (latest[t] ?? C - 1)) allowed[t * C + c] = 0;
  }

  const twinBefore =
    options.symmetry === true
      ? twinsOf(problem, optional, allowed, options.prefer)
      : new Int32Array(T).fill(-1);
  const cycleOf = new Int32Array(T).fill(-2); // -2 unplaced, -1 left out (implicit at the end), ≥0 cycle
  const banned = new Int32Array(T); // > 0: a successor was placed first, so this theme must stay out
  const count = new Int32Array(C);
  const load = new Int32Array(C * A);
  const wsisIn = new Int32Array(C);
  const stiIn = new Int32Array(C);
  const covered = new Int32Array(problem.coverage.length);
  const linesOf = linesByTheme(problem);
  // Tallies of the themes not yet placed (all of them, to begin with) for the bounds: the required
  // ones, those each agency leads (lead load), the goal-link cost each cannot avoid wherever it goes
  // (its cheapest cycle), and the themes able to give each side of the dual mandate.
  const requiredLeads = new Int32Array(A);
  const goalMin = new Float64Array(T);
  let requiredUnplaced = 0;
  let requiredGoal = 0;
  let wsisAvailable = 0;
  let stiAvailable = 0;
  for (let t = 0; t < T; t++) {
    const low = cheapestGoalCost(problem, allowed, t);
    goalMin[t] = Number.isFinite(low) ? low : 0;
    if (problem.wsis[t]) wsisAvailable++;
    if (problem.sti[t]) stiAvailable++;
    if (optional[t]) continue;
    requiredUnplaced++;
    requiredGoal += goalMin[t] ?? 0;
    for (const a of leads[t] ?? []) requiredLeads[a] = (requiredLeads[a] ?? 0) + 1;
  }

  let best = options.incumbent?.cost ?? Number.POSITIVE_INFINITY;
  let bestAssignment: Assignment | undefined = options.incumbent?.assignment;
  let steps = 0;
  let stopped = false;
  let cost = 0;

  const deltaOf = (t: number, c: number): number => {
    let d = problem.goalCost[t * C + c] ?? 0;
    for (const a of leads[t] ?? []) if ((load[c * A + a] ?? 0) >= maxLead) d += loadWeight;
    for (const u of similar[t] ?? []) {
      const cu = cycleOf[u] ?? -2;
      if (cu >= 0 && Math.abs(cu - c) < gapCycles) d += repetitionWeight;
    }
    return d;
  };

  // The Lagrangian bound of what is still to come: prices of the unplaced themes, φ of the cycles not
  // begun, and for the open cycle the best its eligible themes could do at their reduced costs.
  const lagrange = options.lagrange;
  const integral = integralCosts(problem);
  let muUnplaced = 0;
  const phiFrom = new Float64Array(C + 1);
  if (lagrange !== undefined) {
    for (let t = 0; t < T; t++) muUnplaced += lagrange.mu[t] ?? 0;
    for (let c = C - 1; c >= 0; c--) phiFrom[c] = (phiFrom[c + 1] ?? 0) + (lagrange.phi[c] ?? 0);
  }
  const smallest = new Float64Array(Math.max(1, max));
  const lagBound = (c: number, from: number): number => {
    if (lagrange === undefined) return 0;
    let lb = muUnplaced + (phiFrom[c + 1] ?? 0);
    if (from >= 0 && c >= 0) {
      const room = max - (count[c] ?? 0);
      let kept = 0;
      for (let t = from; t < T && room > 0; t++) {
        if (cycleOf[t] !== -2 || (banned[t] ?? 0) > 0 || !allowed[t * C + c]) continue;
        const v = (problem.goalCost[t * C + c] ?? 0) - (lagrange.mu[t] ?? 0);
        if (v >= 0) continue;
        // Keep the `room` most negative reduced costs (insertion into a short sorted list).
        if (kept < room) kept++;
        else if (v >= (smallest[kept - 1] ?? 0)) continue;
        let i = kept - 1;
        while (i > 0 && (smallest[i - 1] ?? 0) > v) {
          smallest[i] = smallest[i - 1] ?? 0;
          i--;
        }
        smallest[i] = v;
      }
      for (let i = 0; i < kept; i++) lb += smallest[i] ?? 0;
    }
    return integral ? Math.ceil(lb - 1e-6) : lb - 1e-9;
  };

  /**
   * Repetition that unplaced required themes cannot escape: a theme whose every cycle still open to it
   * lies within the gap of near-identical themes already placed (pins and deadlines narrow the
   * choice) pays for the nearest clash wherever it goes. Pairs of one placed and one unplaced theme
   * appear in no other part of the bound, so this adds to it. Skipped on large problems (cost per node).
   */
  const forcedRepetition = (c: number, from: number): number => {
    if (repetitionWeight === 0 || gapCycles === 0 || T > 60 || c < 0) return 0;
    let total = 0;
    for (let t = 0; t < T; t++) {
      if (optional[t] || cycleOf[t] !== -2) continue;
      const near = similar[t] ?? [];
      let reach = false;
      for (const u of near) if ((cycleOf[u] ?? -2) >= 0 && (cycleOf[u] ?? 0) > c - gapCycles) reach = true;
      if (!reach) continue;
      let least = Number.POSITIVE_INFINITY;
      for (let k = from >= 0 && t >= from ? c : c + 1; k < C && least > 0; k++) {
        if (!allowed[t * C + k]) continue;
        let clashes = 0;
        for (const u of near) {
          const cu = cycleOf[u] ?? -2;
          if (cu >= 0 && Math.abs(cu - k) < gapCycles) clashes++;
        }
        least = Math.min(least, clashes);
      }
      if (Number.isFinite(least)) total += least * repetitionWeight;
    }
    return total;
  };

  /** Lower bound on the cost still to come for cycles c+1… (and the open cycle c's dual side). */
  const bound = (c: number, from = -1): number =>
    Math.max(countingBound(c), lagBound(c, from)) + forcedRepetition(c, from);
  const countingBound = (c: number): number => {
    const open = C - c - 1;
    let lb = requiredGoal;
    if (open <= 0) return lb;
    // Required themes an agency leads beyond what the open cycles absorb at maxLead each.
    let loadLb = 0;
    if (loadWeight > 0) {
      for (let a = 0; a < A; a++) {
        const current = c >= 0 ? Math.max(0, maxLead - (load[c * A + a] ?? 0)) : 0;
        const excess = (requiredLeads[a] ?? 0) - open * maxLead - current;
        saturated[a] = excess >= 0 ? 1 : 0;
        if (excess > 0) loadLb += loadWeight * excess;
      }
    }
    lb += loadLb;
    // Every open cycle takes at least one theme when min ≥ 1; cycles beyond the themes able to give a
    // side lack it. Available counts include optional themes, so the bound stays admissible.
    if (min < 1) return lb + coverageGoalBound();
    const dual = problem.dualWeight * Math.max(0, open - wsisAvailable, open - stiAvailable);
    // Or: the sides the required themes leave missing, each made good by an optional theme at its
    // least cost (goal links, and a lead of an agency the required themes already fill) or paid.
    const traded =
      problem.dualWeight > 0 ? Math.max(sideTrade(c, problem.wsis), sideTrade(c, problem.sti)) : 0;
    return lb + Math.max(dual + coverageGoalBound(), traded);
  };

  /**
   * The dual-mandate cost of the open cycles for one side, traded against what optional themes cost
   * to supply it. With D open cycles beyond the unplaced required themes of that side, each of D
   * cycles either lacks the side (its weight) or takes an optional theme of the side, which costs at
   * least its cheapest goal link plus the load weight for each of its agencies that required themes
   * already fill (the lead-load excess is convex in an agency's count, so each extra theme adds at
   * least that). Taking the cheaper of the two per theme, over the cheapest themes, is admissible.
   */
  const saturated = new Uint8Array(A);
  /** The least an optional theme costs taken up: its cheapest goal link, a lead per `saturated` agency. */
  const optionalCost = (t: number): number => {
    let cost = goalMin[t] ?? 0;
    for (const a of leads[t] ?? []) if (saturated[a]) cost += loadWeight;
    return cost;
  };
  const marginal = new Float64Array(T);
  const sideTrade = (c: number, side: Uint8Array): number => {
    const open = C - c - 1;
    let requiredSide = 0;
    let n = 0;
    for (let t = 0; t < T; t++) {
      if (cycleOf[t] !== -2 || !side[t]) continue;
      if (!optional[t]) {
        requiredSide++;
        continue;
      }
      if ((banned[t] ?? 0) > 0 || (lastAllowed[t] ?? -1) <= c) continue;
      marginal[n++] = optionalCost(t);
    }
    const missing = open - requiredSide;
    if (missing <= 0) return 0;
    const w = problem.dualWeight;
    const pool = marginal.subarray(0, n).sort();
    const used = Math.min(missing, n);
    let total = w * (missing - used);
    for (let i = 0; i < used; i++) total += Math.min(pool[i] ?? 0, w);
    return total;
  };

  /**
   * Goal-link and lead-load cost that coverage forces: an uncovered line must get one of its
   * still-placeable coverers, costing at least the cheapest one's own cost. Lines with disjoint coverers add up
   * (picked greedily, dearest first), so the bound stays admissible.
   */
  const taken = new Uint8Array(T);
  const coverageGoalBound = (): number => {
    const needs: { cost: number; themes: readonly number[] }[] = [];
    for (let l = 0; l < problem.coverage.length; l++) {
      if ((covered[l] ?? 0) > 0) continue;
      const themes = problem.coverage[l]?.themes ?? [];
      let low = Number.POSITIVE_INFINITY;
      // A required coverer's cost is already in requiredGoal: the line then adds nothing.
      // An optional one costs its cheapest goal link and a lead of each agency the required themes
      // already fill (countingBound marks them just before; the excess is convex in the count).
      for (const t of themes) {
        if (cycleOf[t] !== -2 || (banned[t] ?? 0) !== 0) continue;
        low = Math.min(low, optional[t] ? optionalCost(t) : 0);
      }
      if (low > 0 && Number.isFinite(low)) needs.push({ cost: low, themes });
    }
    if (needs.length === 0) return 0;
    needs.sort((a, b) => b.cost - a.cost);
    taken.fill(0);
    let total = 0;
    for (const need of needs) {
      if (need.themes.some((t) => taken[t] === 1)) continue;
      for (const t of need.themes) taken[t] = 1;
      total += need.cost;
    }
    return total;
  };

  /** Whether a complete, feasible programme is still reachable with cycle c open from theme `from`. */
  const reachable = (c: number, from: number): boolean => {
    const slotsNow = max - (count[c] ?? 0);
    const later = C - c - 1;
    if (requiredUnplaced > slotsNow + later * max) return false;
    if (min > 0 && later * min + Math.max(0, min - (count[c] ?? 0)) > countPlaceable(c, from)) return false;
    // Lines no unplaced required theme covers each need an optional theme; lines whose placeable
    // coverers share none need one each. With the required themes, they must fit in the slots left.
    stamp++;
    let optionalNeeded = 0;
    for (let l = 0; l < problem.coverage.length; l++) {
      if ((covered[l] ?? 0) > 0) continue;
      const themes = problem.coverage[l]?.themes ?? [];
      let placeable = false;
      let byRequired = false;
      let shared = false;
      for (const t of themes) {
        if (!canStillPlace(t, c, from)) continue;
        placeable = true;
        if (!optional[t]) byRequired = true;
        else if (claimed[t] === stamp) shared = true;
      }
      if (!placeable) return false;
      if (byRequired || shared) continue;
      optionalNeeded++;
      for (const t of themes) claimed[t] = stamp;
    }
    if (requiredUnplaced + optionalNeeded > slotsNow + later * max) return false;
    for (let t = 0; t < T; t++) {
      if (!optional[t] && cycleOf[t] === -2 && !canStillPlace(t, c, from)) return false;
    }
    return true;
  };
  // Optional themes already counted towards an uncovered line in this call of `reachable`.
  const claimed = new Int32Array(T);
  let stamp = 0;
  // The last cycle each theme may take (-1: none): whether a theme can still be placed is then O(1).
  const lastAllowed = new Int32Array(T).fill(-1);
  for (let t = 0; t < T; t++) {
    for (let k = C - 1; k >= 0; k--) {
      if (allowed[t * C + k]) {
        lastAllowed[t] = k;
        break;
      }
    }
  }
  const canStillPlace = (t: number, c: number, from: number): boolean => {
    if (cycleOf[t] !== -2 || (banned[t] ?? 0) > 0) return false;
    return (lastAllowed[t] ?? -1) >= (t >= from ? c : c + 1);
  };
  const countPlaceable = (c: number, from: number): number => {
    let n = 0;
    for (let t = 0; t < T; t++) if (canStillPlace(t, c, from)) n++;
    return n;
  };

  /** Counts theme t in (`by` 1) or out of (`by` -1) cycle c, in every tally the bounds read. */
  const tally = (t: number, c: number, by: 1 | -1): void => {
    count[c] = (count[c] ?? 0) + by;
    for (const a of leads[t] ?? []) {
      load[c * A + a] = (load[c * A + a] ?? 0) + by;
      if (!optional[t]) requiredLeads[a] = (requiredLeads[a] ?? 0) - by;
    }
    if (lagrange !== undefined) muUnplaced -= by * (lagrange.mu[t] ?? 0);
    if (problem.wsis[t]) {
      wsisIn[c] = (wsisIn[c] ?? 0) + by;
      wsisAvailable -= by;
    }
    if (problem.sti[t]) {
      stiIn[c] = (stiIn[c] ?? 0) + by;
      stiAvailable -= by;
    }
    for (const l of linesOf[t] ?? []) covered[l] = (covered[l] ?? 0) + by;
    if (!optional[t]) {
      requiredUnplaced -= by;
      requiredGoal -= by * (goalMin[t] ?? 0);
    }
  };
  const place = (t: number, c: number, delta: number): boolean => {
    // Precedence: successors must not be placed yet; unplaced predecessors must stay out from now on.
    for (const u of problem.mustPrecede[t] ?? []) if ((cycleOf[u] ?? -2) >= 0) return false;
    for (const u of problem.mustFollow[t] ?? []) {
      const cu = cycleOf[u] ?? -2;
      if (cu >= c) return false;
      if (cu === -2 && !optional[u]) return false;
    }
    for (const u of problem.mustFollow[t] ?? [])
      if ((cycleOf[u] ?? -2) === -2) banned[u] = (banned[u] ?? 0) + 1;
    cycleOf[t] = c;
    tally(t, c, 1);
    cost += delta;
    return true;
  };
  const unplace = (t: number, c: number, delta: number): void => {
    cost -= delta;
    tally(t, c, -1);
    cycleOf[t] = -2;
    for (const u of problem.mustFollow[t] ?? [])
      if ((cycleOf[u] ?? -2) === -2) banned[u] = (banned[u] ?? 0) - 1;
  };

  const record = (): void => {
    const assignment = Int32Array.from(cycleOf, (c) => (c >= 0 ? c : -1));
    // The incremental cost must agree with the cost from scratch; the latter is the one reported.
    best = costOf(problem, assignment);
    bestAssignment = assignment;
  };

  const memo = new Map<string, number>();
  const lookBack = Math.max(0, gapCycles - 1);
  const memoKey = (next: number): string | undefined => {
    if (T > 30 || memo.size > 200_000) return undefined;
    let used = 0;
    for (let t = 0; t < T; t++) if ((cycleOf[t] ?? -2) >= 0) used |= 1 << t;
    let recent = "";
    for (let back = 1; back <= lookBack; back++) {
      let mask = 0;
      for (let t = 0; t < T; t++) if (cycleOf[t] === next - back) mask |= 1 << t;
      recent += `|${mask}`;
    }
    return `${next}|${used}${recent}`;
  };

  /** Counts work done outside the search (a futureBound's) as steps; returns the steps left. */
  const charge = (work: number): number => {
    steps += work;
    if (steps > options.maxSteps || options.outOfTime?.() === true) stopped = true;
    return stopped ? 0 : options.maxSteps - steps;
  };

  const closeCycle = (c: number): void => {
    const n = count[c] ?? 0;
    const dual = n > 0 && !((wsisIn[c] ?? 0) > 0 && (stiIn[c] ?? 0) > 0) ? problem.dualWeight : 0;
    cost += dual;
    if (c === C - 1) {
      if (
        requiredUnplaced === 0 &&
        problem.coverage.every((_, l) => (covered[l] ?? 0) > 0) &&
        cost < best - 1e-9
      )
        record();
    } else if (cost + bound(c) < best - 1e-9) {
      // The future depends only on which themes are used and where the last few cycles put theirs
      // (repetition looks back gapCycles − 1 cycles): states reached by another arrangement of the
      // same themes share what their first visit proved about the cost still to come.
      const key = memoKey(c + 1);
      const known = key === undefined ? undefined : memo.get(key);
      const future =
        known === undefined && options.futureBound !== undefined
          ? options.futureBound(cycleOf, banned, c + 1, best - cost, charge)
          : 0;
      if (future > 0 && cost + future >= best - 1e-9) {
        if (key !== undefined) memo.set(key, future);
      } else if (known === undefined || cost + known < best - 1e-9) {
        fill(c + 1, 0);
        if (key !== undefined && !stopped) memo.set(key, Math.max(known ?? 0, best - cost));
      }
    }
    cost -= dual;
  };

  // Each open level holds at most T candidates, and a path is at most T placements and C closes deep:
  // room for that from the start on real sizes (growing took a twentieth of a short search).
  let candT = new Int32Array(Math.min((T + C + 1) * T, 1 << 15) + 16);
  let candD = new Float64Array(candT.length);
  let candK = new Float64Array(candT.length);
  let candO = new Int32Array(candT.length);
  let sp = 0;
  const grow = (): void => {
    const size = candT.length * 2;
    const copy = <A extends Int32Array | Float64Array>(from: A, to: A): A => {
      to.set(from);
      return to;
    };
    candT = copy(candT, new Int32Array(size));
    candD = copy(candD, new Float64Array(size));
    candK = copy(candK, new Float64Array(size));
    candO = copy(candO, new Int32Array(size));
  };

  const fill = (c: number, from: number): void => {
    if (stopped) return;
    steps++;
    if (steps > options.maxSteps || ((steps & 31) === 0 && options.outOfTime?.() === true)) {
      stopped = true;
      return;
    }
    if (!reachable(c, from)) return;
    if (cost + bound(c, from) >= best - 1e-9) return;
    const n = count[c] ?? 0;
    if (n < max) {
      // Candidates live on one shared stack of typed arrays (no objects per step: on 500 themes the
      // garbage collector took a fifth of the time).
      const base = sp;
      let k = 0;
      for (let t = from; t < T; t++) {
        if (cycleOf[t] !== -2 || (banned[t] ?? 0) > 0 || !allowed[t * C + c]) continue;
        // Of two interchangeable themes the later one comes only once the earlier is placed.
        const twin = twinBefore[t] ?? -1;
        if (twin >= 0 && cycleOf[twin] === -2) continue;
        const delta = deltaOf(t, c);
        // Required themes first, then cheaper ones, then those that give the cycle a missing side of
        // the dual mandate; the seed's jitter breaks ties.
        const gives =
          (problem.wsis[t] && !(wsisIn[c] ?? 0)) || (problem.sti[t] && !(stiIn[c] ?? 0)) ? 0.25 : 0;
        if (base + k >= candT.length) grow();
        const at = base + k++;
        candT[at] = t;
        candD[at] = delta;
        candK[at] =
          delta +
          (optional[t] ? 0.5 : 0) -
          gives -
          (options.prefer?.[t] === c ? 0.375 : 0) +
          (jitter[t] ?? 0);
        candO[at] = at;
      }
      sp = base + k;
      candO
        .subarray(base, base + k)
        .sort((x, y) => (candK[x] ?? 0) - (candK[y] ?? 0) || (candT[x] ?? 0) - (candT[y] ?? 0));
      for (let i = 0; i < k; i++) {
        const at = candO[base + i] ?? 0;
        const t = candT[at] ?? 0;
        const delta = candD[at] ?? 0;
        if (cost + delta >= best - 1e-9) continue;
        if (!place(t, c, delta)) continue;
        fill(c, t + 1);
        unplace(t, c, delta);
        if (
          stopped ||
          (options.firstFeasible === true && bestAssignment !== undefined) ||
          best <= rootBound + 1e-9
        ) {
          sp = base;
          return;
        }
      }
      sp = base;
    }
    if (n >= min) closeCycle(c);
  };

  const rootBound = bound(-1);
  if (best > rootBound + 1e-9) fill(0, 0);
  // Stopping at the first feasible assignment (or at the root bound) proves nothing about the rest.
  const cutShort = options.firstFeasible === true && bestAssignment !== undefined && best > rootBound + 1e-9;
  const complete = !stopped && !cutShort;
  return {
    assignment: bestAssignment,
    cost: bestAssignment === undefined ? Number.POSITIVE_INFINITY : best,
    complete,
    steps,
    lowerBound: complete && bestAssignment !== undefined ? best : rootBound,
  };
}

/**
 * For each theme, an earlier theme it is interchangeable with (-1: none): the same requirement,
 * cycles, goal costs, leads, sides, coverage and near-identical themes (apart from each other), no
 * precedence and no preferred cycle. Swapping two such themes changes nothing, so the search places
 * the later one only once the earlier one is placed (the same cycle or before): every programme has
 * an equal one that keeps this order, and the search does not try both.
 */
function twinsOf(
  p: Problem,
  optional: Uint8Array,
  allowed: Uint8Array,
  prefer: Int32Array | undefined,
): Int32Array {
  const { T, C } = p;
  const out = new Int32Array(T).fill(-1);
  const lines = linesByTheme(p);
  // Interchangeable means one of two equivalence relations: the same near-identical themes and not
  // near-identical to each other, or the same ones counting themselves (a clique of twins).
  const bases: (string | undefined)[] = [];
  for (let t = 0; t < T; t++) {
    if (
      (p.mustFollow[t]?.length ?? 0) > 0 ||
      (p.mustPrecede[t]?.length ?? 0) > 0 ||
      (prefer?.[t] ?? -1) >= 0
    ) {
      bases.push(undefined);
      continue;
    }
    let key = `${optional[t]}|${p.wsis[t]}|${p.sti[t]}|${[...(p.leads[t] ?? [])].sort((a, b) => a - b).join(",")}|${(lines[t] ?? []).join(",")}|`;
    for (let c = 0; c < C; c++) key += allowed[t * C + c] ? `${p.goalCost[t * C + c]},` : "x,";
    bases.push(key);
  }
  const classes = (keyOf: (t: number) => string | undefined): number[][] => {
    const groups = new Map<string, number[]>();
    for (let t = 0; t < T; t++) {
      const key = keyOf(t);
      if (key === undefined) continue;
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [t]);
      else group.push(t);
    }
    return [...groups.values()].filter((group) => group.length > 1);
  };
  const neighbours = (t: number, self: boolean): string =>
    [...(p.similar[t] ?? []), ...(self ? [t] : [])].sort((a, b) => a - b).join(",");
  const open = classes((t) => (bases[t] === undefined ? undefined : `${bases[t]}o${neighbours(t, false)}`));
  const grouped = new Uint8Array(T);
  for (const group of open) for (const t of group) grouped[t] = 1;
  const closed = classes((t) =>
    bases[t] === undefined || grouped[t] ? undefined : `${bases[t]}c${neighbours(t, true)}`,
  );
  // Within a class any permutation keeps cost and feasibility: each member waits for the one before.
  for (const group of [...open, ...closed])
    for (let i = 1; i < group.length; i++) out[group[i] ?? 0] = group[i - 1] ?? -1;
  return out;
}
