import { type AfterFixed, type CycleSet, columnBound } from "./columnBound.ts";
import type { Assignment, Problem } from "./problem.ts";
import type { SearchOptions } from "./search.ts";

/** Whether a theme is still to be placed: not placed yet, nor banned. */
const isOpen =
  (cycleOf: Int32Array, banned: Int32Array) =>
  (t: number): boolean =>
    cycleOf[t] === -2 && (banned[t] ?? 0) === 0;

/**
 * What is left of `p` once cycles 0 … next − 1 are closed with the themes `cycleOf` places there
 * (-2: unplaced, ≥ 0: a cycle before `next`): the cycles from `next` on and the themes not yet placed,
 * a problem of the same form, whose optimal cost is the cost still to come. Placed themes and those
 * `banned` (a successor came first) stay in the tables, optional and allowed nowhere, so theme
 * indices are unchanged. Repetition with a placed theme depends only on the unplaced theme's cycle:
 * it joins that theme's placement cost. Lines the placed themes cover are dropped, and so is
 * precedence with a placed theme (the search keeps it: a successor of a placed theme comes later
 * anyway, and a predecessor is banned). Rules inside a cycle (goal links, lead load, dual mandate)
 * are the same, as are the count bounds.
 */
export function residualProblem(p: Problem, cycleOf: Int32Array, banned: Int32Array, next: number): Problem {
  const { T, C, gapCycles, repetitionWeight } = p;
  const R = C - next;
  const open = isOpen(cycleOf, banned);
  const optional = new Uint8Array(T);
  const allowed = new Uint8Array(T * R);
  const goalCost = new Float64Array(T * R);
  for (let t = 0; t < T; t++) {
    if (!open(t)) {
      optional[t] = 1;
      continue;
    }
    optional[t] = p.optional[t] ?? 0;
    for (let k = 0; k < R; k++) {
      allowed[t * R + k] = p.allowed[t * C + next + k] ?? 0;
      let cost = p.goalCost[t * C + next + k] ?? 0;
      for (const u of p.similar[t] ?? []) {
        const cu = cycleOf[u] ?? -2;
        if (cu >= 0 && next + k - cu < gapCycles) cost += repetitionWeight;
      }
      goalCost[t * R + k] = cost;
    }
  }
  const among = (list: readonly (readonly number[])[]) =>
    list.map((themes, t) => (open(t) ? themes.filter(open) : []));
  const coverage = p.coverage
    .filter(({ themes }) => !themes.some((t) => (cycleOf[t] ?? -2) >= 0))
    .map(({ line, themes }) => ({ line, themes: themes.filter(open) }));
  return {
    ...p,
    C: R,
    startYear: p.startYear + next * p.cycleLength,
    optional,
    allowed,
    goalCost,
    mustFollow: among(p.mustFollow),
    mustPrecede: among(p.mustPrecede),
    coverage,
    similar: among(p.similar),
  };
}

/**
 * First columns for `residualProblem(…, next)`, in its cycle numbers: the sets of cycles from `next`
 * on that hold only open themes (from an earlier column generation on the whole problem), and the
 * incumbent's sets from `next` on without the themes already placed or banned. Column generation
 * started from them needs a fraction of the rounds.
 */
export function residualColumns(
  columns: readonly CycleSet[],
  incumbent: Assignment,
  cycleOf: Int32Array,
  banned: Int32Array,
  next: number,
): CycleSet[] {
  const open = isOpen(cycleOf, banned);
  const out: CycleSet[] = [];
  for (const { cycle, set } of columns)
    if (cycle >= next && set.every(open)) out.push({ cycle: cycle - next, set });
  const sets = new Map<number, number[]>();
  incumbent.forEach((c, t) => {
    if (c < next || !open(t)) return;
    const set = sets.get(c) ?? [];
    set.push(t);
    sets.set(c, set);
  });
  for (const [cycle, set] of sets) out.push({ cycle: cycle - next, set });
  return out;
}

/**
 * The exact search's `futureBound` for `p`: the column-generation bound of `residualProblem`, started
 * from `residualColumns` of `columns` and `incumbent`, asked only after the first `cycles` cycles
 * (0 after none; the search then prunes on its own bounds alone). Every state is first offered the
 * `afterFixed` of the deepest master it descends from (that master's last duals, priced once more
 * with the cycles closed since fixed and without the themes now placed or banned): a bound for a few
 * pricing searches, where a master would take a hundred pivots.
 */
export function residualBound(
  p: Problem,
  columns: readonly CycleSet[],
  incumbent: Assignment,
  options: {
    readonly cycles: number;
    readonly integral: boolean;
    readonly outOfTime?: () => boolean;
    /** The whole problem's master's `afterFixed`, offered to the states no other master is for. */
    readonly root?: AfterFixed;
  },
): NonNullable<SearchOptions["futureBound"]> {
  /** The last master asked after `next` cycles, by `next`: the state it was asked in, and its duals' bound. */
  const parents: { cycleOf: Int32Array; banned: Int32Array; afterFixed: AfterFixed }[] = [];
  if (options.root !== undefined)
    parents[0] = {
      cycleOf: new Int32Array(p.T).fill(-2),
      banned: new Int32Array(p.T),
      afterFixed: options.root,
    };
  return (cycleOf, banned, next, target, charge) => {
    let cheap = 0;
    for (let j = next - 1; j >= 0; j--) {
      const parent = parents[j];
      if (parent === undefined || !sameBefore(parent, cycleOf, banned, j)) continue;
      const fixed = Array.from({ length: next - j }, (): number[] => []);
      for (let t = 0; t < p.T; t++) fixed[(cycleOf[t] ?? -2) - j]?.push(t);
      cheap = parent.afterFixed(fixed, isOpen(cycleOf, banned), charge) ?? 0;
      break;
    }
    if (cheap >= target - 1e-9) return cheap;
    if (next > options.cycles) return cheap;
    const result = columnBound(residualProblem(p, cycleOf, banned, next), {
      upper: target,
      columns: residualColumns(columns, incumbent, cycleOf, banned, next),
      integral: options.integral,
      charge,
      ...(options.outOfTime === undefined ? {} : { outOfTime: options.outOfTime }),
    });
    if (result.afterFixed !== undefined)
      parents[next] = {
        cycleOf: Int32Array.from(cycleOf),
        banned: Int32Array.from(banned),
        afterFixed: result.afterFixed,
      };
    return Math.max(cheap, result.bound ?? 0);
  };
}

/**
 * Whether a state deeper than `parent` (`next` cycles closed there) descends from it: the same themes
 * in the same cycles before `next`, and every theme banned there placed or banned still (the parent's
 * master then relaxes what is left here).
 */
function sameBefore(
  parent: { readonly cycleOf: Int32Array; readonly banned: Int32Array },
  cycleOf: Int32Array,
  banned: Int32Array,
  next: number,
): boolean {
  for (let t = 0; t < cycleOf.length; t++) {
    const was = parent.cycleOf[t] ?? -2;
    const now = cycleOf[t] ?? -2;
    if ((was >= 0 && was < next) !== (now >= 0 && now < next) || (was >= 0 && was < next && was !== now))
      return false;
    if ((parent.banned[t] ?? 0) > 0 && (banned[t] ?? 0) === 0 && now < 0) return false;
  }
  return true;
}
