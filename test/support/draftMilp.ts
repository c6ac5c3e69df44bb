// The draft problem as a mixed-integer linear programme in its TIGHT formulation, written once and
// handed to GLPK (glpkDraftModel.ts) and HiGHS (highsDraftModel.ts): the independent cross-check of
// the solver in tests and its peers in the benchmark. It states the same hard constraints and soft
// costs as src/draft/_lib/problem.ts, from the problem's tables only:
// - placement, themes per cycle, precedence (one row per cycle boundary) and coverage as usual;
// - lead load: one excess variable per cycle and agency;
// - dual mandate: one inequality per side and cycle (`d ≥ 1 − Σ side`) when every cycle is used
//   (min ≥ 1); otherwise one per theme lacking the side, which is as tight;
// - repetition: a pair variable per near-identical pair, forced by windows of `gapCycles`
//   consecutive cycles (`y ≥ Σ_window (x_t + x_u) − 1`), and CLIQUE-WINDOW cuts: for a clique K of
//   near-identical themes and a window W, the pairs within K cost at least the tangents of
//   n(n−1)/2 at n = Σ_{K,W} x, i.e. `Σ y ≥ j·n − j(j+1)/2` for j = 1, 2, …
import type { Assignment, Problem } from "../../src/draft/_lib/problem.ts";

export interface MilpRow {
  readonly name: string;
  readonly terms: readonly (readonly [string, number])[];
  readonly lb?: number;
  readonly ub?: number;
}

export interface Milp {
  /** Binary variables (the placements x and, when needed, nothing else). */
  readonly binaries: readonly string[];
  /** Continuous variables, each ≥ 0 (excess, pair and dual-mandate costs). */
  readonly continuous: readonly string[];
  readonly objective: readonly (readonly [string, number])[];
  readonly rows: readonly MilpRow[];
}

export const placement = (t: number, c: number): string => `x_${t}_${c}`;

/** Greedy cliques of the near-identical graph that cover every pair (each clique of size ≥ 3). */
export function cliquesOf(p: Problem): number[][] {
  const covered = new Set<string>();
  const cliques: number[][] = [];
  for (let t = 0; t < p.T; t++) {
    for (const u of p.similar[t] ?? []) {
      if (u <= t || covered.has(`${t},${u}`)) continue;
      const clique = [t, u];
      for (const v of p.similar[t] ?? []) {
        if (v === u || clique.includes(v)) continue;
        if (clique.every((w) => (p.similar[w] ?? []).includes(v))) clique.push(v);
      }
      clique.sort((a, b) => a - b);
      for (const a of clique) for (const b of clique) if (a < b) covered.add(`${a},${b}`);
      if (clique.length >= 3) cliques.push(clique);
    }
  }
  return cliques;
}

export function draftMilp(p: Problem): Milp {
  const { T, C } = p;
  const allowed = (t: number, c: number) => p.allowed[t * C + c] === 1;
  const x = placement;
  const binaries: string[] = [];
  const continuous: string[] = [];
  const objective: [string, number][] = [];
  const rows: MilpRow[] = [];
  const row = (name: string, terms: [string, number][], lb?: number, ub?: number) =>
    rows.push({ name, terms, ...(lb === undefined ? {} : { lb }), ...(ub === undefined ? {} : { ub }) });
  const inCycle = (c: number) => Array.from({ length: T }, (_, t) => t).filter((t) => allowed(t, c));

  for (let t = 0; t < T; t++) {
    const terms: [string, number][] = [];
    for (let c = 0; c < C; c++) {
      if (!allowed(t, c)) continue;
      binaries.push(x(t, c));
      terms.push([x(t, c), 1]);
      const goal = p.goalCost[t * C + c] ?? 0;
      if (goal !== 0) objective.push([x(t, c), goal]);
    }
    if (terms.length === 0 && !p.optional[t]) {
      // A required theme with no cycle: the model is infeasible (0 ≥ 1).
      continuous.push("never");
      row(`placed_${t}`, [["never", 0]], 1);
      continue;
    }
    if (terms.length > 0) row(`placed_${t}`, terms, p.optional[t] ? undefined : 1, 1);
  }

  for (let c = 0; c < C; c++) {
    const terms = inCycle(c).map((t): [string, number] => [x(t, c), 1]);
    if (terms.length === 0) {
      if (p.min > 0) {
        continuous.push(`never_${c}`);
        row(`count_${c}`, [[`never_${c}`, 0]], p.min);
      }
      continue;
    }
    row(`count_${c}`, terms, p.min > 0 ? p.min : undefined, p.max);
  }

  // Precedence: `before` at or after cycle c excludes `after` at or before c.
  for (let a = 0; a < T; a++) {
    for (const b of p.mustFollow[a] ?? []) {
      for (let c = 0; c < C; c++) {
        const terms: [string, number][] = [];
        for (let k = 0; k <= c; k++) if (allowed(a, k)) terms.push([x(a, k), 1]);
        for (let k = c; k < C; k++) if (allowed(b, k)) terms.push([x(b, k), 1]);
        if (terms.length > 1) row(`prec_${b}_${a}_${c}`, terms, undefined, 1);
      }
    }
  }

  p.coverage.forEach(({ themes }, l) => {
    const terms = themes.flatMap((t) =>
      Array.from({ length: C }, (_, c) => c)
        .filter((c) => allowed(t, c))
        .map((c): [string, number] => [x(t, c), 1]),
    );
    if (terms.length === 0) {
      continuous.push(`never_cover_${l}`);
      row(`cover_${l}`, [[`never_cover_${l}`, 0]], 1);
    } else row(`cover_${l}`, terms, 1);
  });

  if (p.loadWeight > 0) {
    for (let c = 0; c < C; c++) {
      for (let ag = 0; ag < p.agencies; ag++) {
        const terms = inCycle(c)
          .filter((t) => (p.leads[t] ?? []).includes(ag))
          .map((t): [string, number] => [x(t, c), 1]);
        if (terms.length <= p.maxLead) continue;
        const e = `load_${c}_${ag}`;
        continuous.push(e);
        objective.push([e, p.loadWeight]);
        row(`loaddef_${c}_${ag}`, [...terms, [e, -1]], undefined, p.maxLead);
      }
    }
  }

  if (p.repetitionWeight > 0 && p.gapCycles > 0) {
    const g = Math.min(p.gapCycles, C);
    const windows = Array.from({ length: C - g + 1 }, (_, s) => Array.from({ length: g }, (_, k) => s + k));
    const pair = (t: number, u: number) => `y_${Math.min(t, u)}_${Math.max(t, u)}`;
    for (let t = 0; t < T; t++) {
      for (const u of p.similar[t] ?? []) {
        if (u <= t) continue;
        const y = pair(t, u);
        continuous.push(y);
        objective.push([y, p.repetitionWeight]);
        windows.forEach((window, w) => {
          const terms: [string, number][] = [];
          for (const c of window) {
            if (allowed(t, c)) terms.push([x(t, c), 1]);
            if (allowed(u, c)) terms.push([x(u, c), 1]);
          }
          if (terms.length >= 2) row(`rep_${t}_${u}_${w}`, [...terms, [y, -1]], undefined, 1);
        });
      }
    }
    cliquesOf(p).forEach((clique, k) => {
      const pairs: [string, number][] = [];
      for (const a of clique) for (const b of clique) if (a < b) pairs.push([pair(a, b), 1]);
      const most = Math.min(clique.length, g * p.max);
      windows.forEach((window, w) => {
        const terms: [string, number][] = [];
        for (const t of clique) for (const c of window) if (allowed(t, c)) terms.push([x(t, c), 1]);
        for (let j = 1; j < most; j++) {
          // Σ pairs ≥ j·n − j(j+1)/2  ⇔  Σ pairs − j·n ≥ −j(j+1)/2
          row(
            `clique_${k}_${w}_${j}`,
            [...pairs, ...terms.map(([name]): [string, number] => [name, -j])],
            -(j * (j + 1)) / 2,
          );
        }
      });
    });
  }

  if (p.dualWeight > 0) {
    for (let c = 0; c < C; c++) {
      const themes = inCycle(c);
      if (themes.length === 0) continue;
      const d = `dual_${c}`;
      continuous.push(d);
      objective.push([d, p.dualWeight]);
      for (const [side, flags] of [
        ["w", p.wsis],
        ["s", p.sti],
      ] as const) {
        const giving = themes.filter((t) => flags[t]).map((t): [string, number] => [x(t, c), 1]);
        if (p.min >= 1) {
          // Every cycle is used: d ≥ 1 − Σ side  ⇔  d + Σ side ≥ 1
          row(`dual${side}_${c}`, [[d, 1], ...giving], 1);
        } else {
          for (const t of themes.filter((t) => !flags[t]))
            row(`dual${side}_${c}_${t}`, [[d, 1], [x(t, c), -1], ...giving], 0);
        }
      }
    }
  }

  return { binaries, continuous, objective, rows };
}

/** The assignment a MILP solution stands for: the cycle of each theme whose x is 1, else -1. */
export function decode(p: Problem, value: (name: string) => number): Assignment {
  const out = new Int32Array(p.T).fill(-1);
  for (let t = 0; t < p.T; t++)
    for (let c = 0; c < p.C; c++) if (p.allowed[t * p.C + c] && value(placement(t, c)) > 0.5) out[t] = c;
  return out;
}

/**
 * The MILP in CPLEX LP text (what HiGHS reads); with `relax`, its LP relaxation (the binaries as
 * continuous variables in [0, 1], no Binary section: HiGHS solves a model with one as a MILP).
 */
export function toLpText(m: Milp, relax = false): string {
  const expr = (terms: readonly (readonly [string, number])[]) => {
    const parts = terms.map(([name, coef]) => `${coef < 0 ? "-" : "+"} ${Math.abs(coef)} ${name}`);
    const lines: string[] = [];
    for (let i = 0; i < parts.length; i += 12) lines.push(parts.slice(i, i + 12).join(" "));
    return lines.join("\n   ");
  };
  const out = ["Minimize", ` obj: ${m.objective.length > 0 ? expr(m.objective) : "0 zero"}`, "Subject To"];
  for (const r of m.rows) {
    if (r.lb !== undefined && r.ub !== undefined && r.lb === r.ub)
      out.push(` ${r.name}: ${expr(r.terms)} = ${r.ub}`);
    else {
      if (r.lb !== undefined) out.push(` ${r.name}_lo: ${expr(r.terms)} >= ${r.lb}`);
      if (r.ub !== undefined) out.push(` ${r.name}_up: ${expr(r.terms)} <= ${r.ub}`);
    }
  }
  out.push("Bounds");
  for (const v of m.continuous) out.push(` ${v} >= 0`);
  if (m.objective.length === 0) out.push(" zero = 0");
  if (relax) for (const v of m.binaries) out.push(` 0 <= ${v} <= 1`);
  else {
    out.push("Binary");
    for (let i = 0; i < m.binaries.length; i += 20) out.push(` ${m.binaries.slice(i, i + 20).join(" ")}`);
  }
  out.push("End");
  return out.join("\n");
}
