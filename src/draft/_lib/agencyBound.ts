import { type Assignment, costOf, type Problem } from "./problem.ts";
import { search } from "./search.ts";

/**
 * A bound where lead load and repetition interact: for each agency, the required themes it leads,
 * placed alone (their own cycles, themes-per-cycle maximum) to minimise that agency's lead-load
 * excess plus the repetition among them. An agency's many themes must double up somewhere, and
 * near-identical ones among them then often cannot keep their distance; no per-rule count sees it.
 *
 * Each agency's excess is its own cost term, and each near-identical pair is charged to one agency
 * only (the first that leads both), so the per-agency optima add up; so does the cost of the other
 * rules (goal links, dual mandate), bounded apart. Each agency's problem is solved by the exact search
 * within `stepsPerAgency` and what is left of `maxSteps` (the steps of them all); an unfinished one
 * contributes its root bound. Admissible either way.
 */
export function agencyBound(
  p: Problem,
  stepsPerAgency: number,
  maxSteps: number,
  outOfTime?: () => boolean,
  incumbent?: Assignment,
): { readonly bound: number; readonly steps: number } {
  const { T, C } = p;
  if (p.loadWeight === 0) return { bound: 0, steps: 0 };
  const owner = new Int32Array(T * T).fill(-1);
  let total = 0;
  let steps = 0;
  for (let a = 0; a < p.agencies; a++) {
    if (outOfTime?.() === true) break;
    const ids: number[] = [];
    for (let t = 0; t < T; t++) if (!p.optional[t] && (p.leads[t] ?? []).includes(a)) ids.push(t);
    if (ids.length <= p.maxLead) continue;
    const local = new Map(ids.map((t, i) => [t, i]));
    const similar = ids.map((t) =>
      (p.similar[t] ?? []).flatMap((u) => {
        const i = local.get(u);
        if (i === undefined) return [];
        const key = Math.min(t, u) * T + Math.max(t, u);
        if (owner[key] === -1) owner[key] = a;
        return owner[key] === a ? [i] : [];
      }),
    );
    const n = ids.length;
    const allowed = new Uint8Array(n * C);
    ids.forEach((t, i) => {
      for (let c = 0; c < C; c++) allowed[i * C + c] = p.allowed[t * C + c] ?? 0;
    });
    const none = ids.map((): number[] => []);
    const sub: Problem = {
      ...p,
      themeIds: ids.map((t) => p.themeIds[t] ?? ""),
      T: n,
      min: 0,
      optional: new Uint8Array(n),
      allowed,
      mustFollow: none,
      mustPrecede: none,
      coverage: [],
      leads: ids.map(() => [0]),
      agencies: 1,
      similar,
      wsis: new Uint8Array(n),
      sti: new Uint8Array(n),
      dualWeight: 0,
      goalCost: new Float64Array(n * C),
    };
    // The draft's incumbent, cut down to these themes, is a placement of them: a first upper bound.
    const start = incumbent === undefined ? undefined : Int32Array.from(ids, (t) => incumbent[t] ?? -1);
    const result = search(sub, {
      maxSteps: Math.max(0, Math.min(stepsPerAgency, maxSteps - steps)),
      seed: 0,
      symmetry: true,
      ...(start === undefined ? {} : { incumbent: { assignment: start, cost: costOf(sub, start) } }),
      ...(outOfTime ? { outOfTime } : {}),
    });
    steps += result.steps;
    const value = result.complete ? result.cost : result.lowerBound;
    if (Number.isFinite(value)) total += value;
  }
  return { bound: total, steps };
}
