import type { Problem } from "./problem.ts";

/** What a {@link bestSetSearch} found: the cheapest set's cost and, in `members[0…size)`, its themes. */
export interface BestSet {
  /** The cheapest set's cost; undefined when the search passed its budget or no set meets the minimum count. */
  readonly value: number | undefined;
  readonly size: number;
  /** How many nodes the search visited (what its caller charges as work). */
  readonly nodes: number;
  /** The set's themes, in the order they were added; valid until the next search. */
  readonly members: Int32Array;
}

/**
 * The exact cheapest set of themes for one cycle, within the count bounds: a depth-first search over
 * candidates sorted by a per-theme cost (the column bound's reduced placement costs, the Lagrangian's
 * priced goal costs). Adding a theme costs at least its own cost, because lead load (and repetition
 * within the cycle, when counted) only grow, and the dual-mandate term, at least 0, is added when a set
 * is evaluated; so a branch that cannot beat the best set so far is cut.
 *
 * The returned function takes each theme's cost (undefined: not a candidate) and searches the
 * candidates in increasing order of it, then of index. Past `budget` nodes it stops without a value
 * (the set would not be proven cheapest).
 */
export function bestSetSearch(
  p: Problem,
  options: { readonly repetitionInCycle: boolean },
): (costOf: (t: number) => number | undefined, budget: number) => BestSet {
  const { T, min, max, maxLead, loadWeight, dualWeight, repetitionWeight } = p;
  const order = new Int32Array(T);
  const sorted = new Float64Array(T);
  const load = new Int32Array(p.agencies);
  const members = new Int32Array(max);
  const bestMembers = new Int32Array(max);
  const similarSet = options.repetitionInCycle ? p.similar.map((list) => new Set(list)) : undefined;

  return (costOf, budget) => {
    // The candidates by cost, then index (insertion sort: a few dozen themes).
    let n = 0;
    for (let t = 0; t < T; t++) {
      const v = costOf(t);
      if (v === undefined) continue;
      let i = n++;
      for (; i > 0 && (sorted[i - 1] ?? 0) > v; i--) {
        order[i] = order[i - 1] ?? 0;
        sorted[i] = sorted[i - 1] ?? 0;
      }
      order[i] = t;
      sorted[i] = v;
    }
    let best = min === 0 ? 0 : Number.POSITIVE_INFINITY;
    let bestSize = 0;
    let nodes = 0;
    let wsisIn = 0;
    let stiIn = 0;
    let base = 0; // load and repetition of the current set (monotone); the dual term is added at evaluation
    load.fill(0);
    const lowerFrom = (pos: number, size: number, partial: number): number => {
      const need = Math.max(0, min - size);
      let lb = partial;
      for (let j = 0; j < max - size && pos + j < n; j++) {
        const v = sorted[pos + j] ?? 0;
        if (j < need || v < 0) lb += v;
        else break;
      }
      return lb;
    };
    const dfs = (pos: number, size: number, partial: number): boolean => {
      if (++nodes > budget) return false;
      if (size >= min && size > 0) {
        const value = partial + base + (wsisIn > 0 && stiIn > 0 ? 0 : dualWeight);
        if (value < best - 1e-12) {
          best = value;
          bestSize = size;
          bestMembers.set(members.subarray(0, size));
        }
      }
      if (size === max) return true;
      for (let i = pos; i < n; i++) {
        if (lowerFrom(i, size, partial + base) >= best - 1e-12) break;
        const t = order[i] ?? 0;
        let added = 0;
        for (const a of p.leads[t] ?? []) {
          if ((load[a] ?? 0) >= maxLead) added += loadWeight;
          load[a] = (load[a] ?? 0) + 1;
        }
        if (similarSet !== undefined) {
          const similar = similarSet[t];
          for (let k = 0; k < size; k++) if (similar?.has(members[k] ?? -1)) added += repetitionWeight;
        }
        members[size] = t;
        base += added;
        if (p.wsis[t]) wsisIn++;
        if (p.sti[t]) stiIn++;
        const ok = dfs(i + 1, size + 1, partial + (sorted[i] ?? 0));
        if (p.wsis[t]) wsisIn--;
        if (p.sti[t]) stiIn--;
        base -= added;
        for (const a of p.leads[t] ?? []) load[a] = (load[a] ?? 0) - 1;
        if (!ok) return false;
      }
      return true;
    };
    const value = dfs(0, 0, 0) && Number.isFinite(best) ? best : undefined;
    return { value, size: bestSize, nodes, members: bestMembers };
  };
}
