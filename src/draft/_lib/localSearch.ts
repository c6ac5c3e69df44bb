import { type Assignment, costOf, fitsAt, linesByTheme, type Problem } from "./problem.ts";
import { seededRandom } from "./random.ts";

/**
 * An assignment with its cost kept up to date move by move: moving one theme changes only its own
 * goal cost, its agencies' load in two cycles, its near-identical themes' repetition and the dual
 * mandate of two cycles, so a move is scored by that delta instead of from scratch.
 */
class Incremental {
  readonly a: Int32Array;
  readonly count: Int32Array;
  readonly load: Int32Array;
  readonly wsisIn: Int32Array;
  readonly stiIn: Int32Array;
  readonly covered: Int32Array;
  readonly linesOf: number[][];
  cost: number;

  readonly #p: Problem;

  constructor(p: Problem, start: Assignment) {
    this.#p = p;
    const { T, C, agencies } = p;
    this.a = Int32Array.from(start);
    this.count = new Int32Array(C);
    this.load = new Int32Array(C * agencies);
    this.wsisIn = new Int32Array(C);
    this.stiIn = new Int32Array(C);
    this.covered = new Int32Array(p.coverage.length);
    this.linesOf = linesByTheme(p);
    for (let t = 0; t < T; t++) {
      const c = this.a[t] ?? -1;
      if (c >= 0) this.#shift(t, c, 1);
    }
    this.cost = costOf(p, this.a);
  }

  #dualOf(c: number): number {
    if ((this.count[c] ?? 0) === 0) return 0;
    return (this.wsisIn[c] ?? 0) > 0 && (this.stiIn[c] ?? 0) > 0 ? 0 : this.#p.dualWeight;
  }

  /** Counts theme t in (`by` 1) or out of (`by` -1) cycle c. */
  #shift(t: number, c: number, by: 1 | -1): void {
    const p = this.#p;
    this.count[c] = (this.count[c] ?? 0) + by;
    for (const ag of p.leads[t] ?? [])
      this.load[c * p.agencies + ag] = (this.load[c * p.agencies + ag] ?? 0) + by;
    if (p.wsis[t]) this.wsisIn[c] = (this.wsisIn[c] ?? 0) + by;
    if (p.sti[t]) this.stiIn[c] = (this.stiIn[c] ?? 0) + by;
    for (const l of this.linesOf[t] ?? []) this.covered[l] = (this.covered[l] ?? 0) + by;
  }

  /**
   * The change in goal-link, lead-load and repetition cost of moving theme t from `from` to `to` (-1:
   * out), the other themes staying where they are; the dual mandate is the callers' (it depends on the
   * cycles' counts after the move).
   */
  #placementDelta(t: number, from: number, to: number): number {
    const p = this.#p;
    const { C, agencies: A, maxLead, loadWeight, gapCycles, repetitionWeight } = p;
    let d = 0;
    if (from >= 0) d -= p.goalCost[t * C + from] ?? 0;
    if (to >= 0) d += p.goalCost[t * C + to] ?? 0;
    if (loadWeight > 0) {
      for (const ag of p.leads[t] ?? []) {
        if (from >= 0 && (this.load[from * A + ag] ?? 0) > maxLead) d -= loadWeight;
        if (to >= 0 && (this.load[to * A + ag] ?? 0) >= maxLead) d += loadWeight;
      }
    }
    if (repetitionWeight > 0) {
      for (const u of p.similar[t] ?? []) {
        const cu = this.a[u] ?? -1;
        if (cu < 0) continue;
        if (from >= 0 && Math.abs(cu - from) < gapCycles) d -= repetitionWeight;
        if (to >= 0 && Math.abs(cu - to) < gapCycles) d += repetitionWeight;
      }
    }
    return d;
  }

  /** Moves theme t to cycle `to` (-1: out) and returns the change in cost. */
  move(t: number, to: number): number {
    const from = this.a[t] ?? -1;
    if (from === to) return 0;
    let d = this.#placementDelta(t, from, to);
    const dualBefore = (from >= 0 ? this.#dualOf(from) : 0) + (to >= 0 ? this.#dualOf(to) : 0);
    if (from >= 0) this.#shift(t, from, -1);
    if (to >= 0) this.#shift(t, to, 1);
    this.a[t] = to;
    d += (from >= 0 ? this.#dualOf(from) : 0) + (to >= 0 ? this.#dualOf(to) : 0) - dualBefore;
    this.cost += d;
    return d;
  }

  /**
   * The change in cost of moving theme t to `to` (-1: out), or undefined when the move would break a
   * hard constraint (t's cycle, precedence, coverage when out, the counts of both cycles); changes
   * nothing. Most moves are rejected, so scoring them without applying and undoing them halves the work.
   */
  peek(t: number, to: number): number | undefined {
    const p = this.#p;
    const { min, max } = p;
    const from = this.a[t] ?? -1;
    if (from >= 0) {
      const n = (this.count[from] ?? 0) - 1;
      if (n < min || n > max) return undefined;
    }
    if (to < 0) {
      if (!p.optional[t]) return undefined;
      for (const l of this.linesOf[t] ?? [])
        if ((this.covered[l] ?? 0) - (from >= 0 ? 1 : 0) === 0) return undefined;
    } else {
      const n = (this.count[to] ?? 0) + 1;
      if (n < min || n > max || !fitsAt(p, this.a, t, to)) return undefined;
    }
    let d = this.#placementDelta(t, from, to);
    const w = p.dualWeight;
    if (from >= 0) {
      const n = (this.count[from] ?? 0) - 1;
      const after =
        n === 0 ||
        ((this.wsisIn[from] ?? 0) - (p.wsis[t] ?? 0) > 0 && (this.stiIn[from] ?? 0) - (p.sti[t] ?? 0) > 0)
          ? 0
          : w;
      d += after - this.#dualOf(from);
    }
    if (to >= 0) {
      const after =
        (this.wsisIn[to] ?? 0) + (p.wsis[t] ?? 0) > 0 && (this.stiIn[to] ?? 0) + (p.sti[t] ?? 0) > 0 ? 0 : w;
      d += after - this.#dualOf(to);
    }
    return d;
  }

  /**
   * The change in cost of swapping the cycles of themes t and u (-1: out); changes nothing. The same
   * as `move(t, a[u])` then `move(u, a[t])`, so a rejected swap costs neither the two moves nor the
   * two that undo them. Whether the swap keeps the hard constraints is `swapHolds`.
   */
  swapDelta(t: number, u: number): number {
    const p = this.#p;
    const a = this.a;
    const from = a[t] ?? -1;
    const to = a[u] ?? -1;
    const { C, agencies: A, maxLead, loadWeight, gapCycles, repetitionWeight } = p;
    // Theme t from `from` to `to`, u still in `to`: as placementDelta.
    let d = this.#placementDelta(t, from, to);
    // Then u from `to` to `from`, with t already moved.
    if (to >= 0) d -= p.goalCost[u * C + to] ?? 0;
    if (from >= 0) d += p.goalCost[u * C + from] ?? 0;
    if (loadWeight > 0) {
      const leadsT = p.leads[t] ?? [];
      for (const ag of p.leads[u] ?? []) {
        let shared = 0;
        for (const other of leadsT) if (other === ag) shared++;
        if (to >= 0 && (this.load[to * A + ag] ?? 0) + shared > maxLead) d -= loadWeight;
        if (from >= 0 && (this.load[from * A + ag] ?? 0) - shared >= maxLead) d += loadWeight;
      }
    }
    if (repetitionWeight > 0) {
      for (const v of p.similar[u] ?? []) {
        const cv = v === t ? to : (a[v] ?? -1);
        if (cv < 0) continue;
        if (to >= 0 && Math.abs(cv - to) < gapCycles) d -= repetitionWeight;
        if (from >= 0 && Math.abs(cv - from) < gapCycles) d += repetitionWeight;
      }
    }
    // The dual mandate of both cycles after the swap (their counts do not change).
    if (from >= 0) d += this.#dualAfterSwap(from, t, u) - this.#dualOf(from);
    if (to >= 0) d += this.#dualAfterSwap(to, u, t) - this.#dualOf(to);
    return d;
  }

  /** The dual-mandate cost of cycle c once theme `leaving` has left it and `joining` has come in. */
  #dualAfterSwap(c: number, leaving: number, joining: number): number {
    const p = this.#p;
    if ((this.count[c] ?? 0) === 0) return 0;
    const wsis = (this.wsisIn[c] ?? 0) - (p.wsis[leaving] ?? 0) + (p.wsis[joining] ?? 0);
    const sti = (this.stiIn[c] ?? 0) - (p.sti[leaving] ?? 0) + (p.sti[joining] ?? 0);
    return wsis > 0 && sti > 0 ? 0 : p.dualWeight;
  }

  /** Whether t and u keep their own hard constraints (cycle, precedence, coverage when out) once swapped. */
  swapHolds(t: number, u: number): boolean {
    const from = this.a[t] ?? -1;
    const to = this.a[u] ?? -1;
    return this.#holdsAfterSwap(t, to, u, from) && this.#holdsAfterSwap(u, from, t, to);
  }

  /**
   * Whether theme x's own hard constraints hold once it is in cycle c and theme y in cycle cy (x's
   * former cycle), the rest unmoved.
   */
  #holdsAfterSwap(x: number, c: number, y: number, cy: number): boolean {
    const p = this.#p;
    const a = this.a;
    if (c < 0) {
      if (!p.optional[x]) return false;
      // x leaves its lines; y, out before, now covers its own.
      const ownY = this.linesOf[y] ?? [];
      for (const l of this.linesOf[x] ?? [])
        if ((this.covered[l] ?? 0) - 1 + (ownY.includes(l) ? 1 : 0) === 0) return false;
      return true;
    }
    if (!p.allowed[x * p.C + c]) return false;
    for (const v of p.mustFollow[x] ?? []) if ((v === y ? cy : (a[v] ?? -1)) >= c) return false;
    for (const v of p.mustPrecede[x] ?? []) {
      const cv = v === y ? cy : (a[v] ?? -1);
      if (cv >= 0 && cv <= c) return false;
    }
    return true;
  }
}

/**
 * Seeded local search from a feasible assignment: moves a theme to another cycle, swaps two themes'
 * cycles, or brings in or drops an optional theme, keeping every hard constraint and accepting moves
 * that do not make the cost worse. Each move is scored by its delta. Returns the best assignment seen.
 */
export function localSearch(
  problem: Problem,
  start: Assignment,
  options: {
    readonly seed: number;
    readonly iterations: number;
    readonly target?: number;
    readonly prefer?: Int32Array;
    /** Deadline check, called every 1,024 iterations; true stops the search. */
    readonly outOfTime?: () => boolean;
  },
): Assignment {
  const { T, C } = problem;
  const random = seededRandom(options.seed ^ 0x5bd1e995);
  const pick = (n: number) => Math.floor(random() * n);
  const state = new Incremental(problem, start);
  const current = state.a;
  // Second criterion: themes away from their preferred cycle, so equal-cost moves drift towards the
  // preferences instead of wandering.
  const prefer = options.prefer;
  const awayOf = (t: number): number => {
    const c = prefer?.[t] ?? -1;
    return c >= 0 && current[t] !== c ? 1 : 0;
  };
  let away = 0;
  for (let t = 0; t < T; t++) away += awayOf(t);
  const tie = 1e-6;
  let bestScore = state.cost + away * tie;
  let best = Int32Array.from(current);
  const target = (options.target ?? 0) + (prefer === undefined ? 0 : -1);

  for (let i = 0; i < options.iterations && bestScore > target + 1e-9; i++) {
    if ((i & 1023) === 1023 && options.outOfTime?.() === true) break;
    const t = pick(T);
    const from = current[t] ?? -1;
    const kind = pick(3);
    const before = state.cost + away * tie;
    if (kind === 0) {
      const to = pick(C + 1) - 1; // -1 leaves the theme out
      if (to === from || (to === -1 && !problem.optional[t])) continue;
      if (to >= 0 && !problem.allowed[t * C + to]) continue;
      const d = state.peek(t, to);
      if (d === undefined) continue;
      const preferred = prefer?.[t] ?? -1;
      const awayAfter = away - awayOf(t) + (preferred >= 0 && to !== preferred ? 1 : 0);
      const score = state.cost + d + awayAfter * tie;
      if (score <= before + 1e-9) {
        state.move(t, to);
        away = awayAfter;
        if (score < bestScore - 1e-9) {
          bestScore = score;
          best = Int32Array.from(current);
        }
      }
      continue;
    }
    const u = pick(T);
    const to = current[u] ?? -1;
    if (u === t || to === from) continue;
    if ((to >= 0 && !problem.allowed[t * C + to]) || (from >= 0 && !problem.allowed[u * C + from])) continue;
    if ((to === -1 && !problem.optional[t]) || (from === -1 && !problem.optional[u])) continue;
    // Most swaps cost more: the hard constraints are looked at only for the others.
    const d = state.swapDelta(t, u);
    const awayAfter =
      away -
      awayOf(t) -
      awayOf(u) +
      ((prefer?.[t] ?? -1) >= 0 && to !== prefer?.[t] ? 1 : 0) +
      ((prefer?.[u] ?? -1) >= 0 && from !== prefer?.[u] ? 1 : 0);
    const score = state.cost + d + awayAfter * tie;
    if (score <= before + 1e-9 && state.swapHolds(t, u)) {
      state.move(t, to);
      state.move(u, from);
      away = awayAfter;
      const moved = state.cost + away * tie;
      if (moved < bestScore - 1e-9) {
        bestScore = moved;
        best = Int32Array.from(current);
      }
    }
  }
  return best;
}
