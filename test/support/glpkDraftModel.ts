// The draft problem as a mixed-integer linear programme for GLPK (glpk.js, a dev dependency only):
// the cross-check of the solver's optimality in tests and its baseline in the benchmark. It states
// the same hard constraints and soft costs as src/draft/_lib/problem.ts, independently.
import GLPK, { type LP } from "glpk.js/node";
import type { Problem } from "../../src/draft/_lib/problem.ts";

type Glpk = Awaited<ReturnType<typeof GLPK>>;
let instance: Promise<Glpk> | undefined;

/** The synchronous Node build of GLPK, loaded once. */
export function loadGlpk(): Promise<Glpk> {
  instance ??= GLPK();
  return instance;
}

/** Builds the MILP of a draft problem: minimise the weighted soft cost under the hard constraints. */
export function draftMilp(glpk: Glpk, p: Problem): LP {
  const { T, C } = p;
  const x = (t: number, c: number) => `x_${t}_${c}`;
  const objective: { name: string; coef: number }[] = [];
  const rows: LP["subjectTo"] = [];
  const binaries: string[] = [];
  const bounds: NonNullable<LP["bounds"]> = [];
  const row = (name: string, vars: { name: string; coef: number }[], type: number, lb: number, ub: number) =>
    rows.push({ name, vars, bnds: { type, lb, ub } });
  const allowed = (t: number, c: number) => p.allowed[t * C + c] === 1;

  for (let t = 0; t < T; t++) {
    const vars = [];
    for (let c = 0; c < C; c++) {
      if (!allowed(t, c)) continue;
      binaries.push(x(t, c));
      vars.push({ name: x(t, c), coef: 1 });
      const goal = p.goalCost[t * C + c] ?? 0;
      if (goal !== 0) objective.push({ name: x(t, c), coef: goal });
    }
    if (vars.length === 0) {
      if (!p.optional[t]) row(`placed_${t}`, [{ name: "never", coef: 1 }], glpk.GLP_FX, 1, 1);
      continue;
    }
    row(`placed_${t}`, vars, p.optional[t] ? glpk.GLP_UP : glpk.GLP_FX, p.optional[t] ? 0 : 1, 1);
  }
  bounds.push({ name: "never", type: glpk.GLP_FX, lb: 0, ub: 0 });

  for (let c = 0; c < C; c++) {
    const vars = [];
    for (let t = 0; t < T; t++) if (allowed(t, c)) vars.push({ name: x(t, c), coef: 1 });
    row(`count_${c}`, vars.length > 0 ? vars : [{ name: "never", coef: 1 }], glpk.GLP_DB, p.min, p.max);
  }

  // Precedence: `before` at or after cycle c excludes `after` at or before c.
  for (let a = 0; a < T; a++) {
    for (const b of p.mustFollow[a] ?? []) {
      for (let c = 0; c < C; c++) {
        const vars = [];
        for (let k = 0; k <= c; k++) if (allowed(a, k)) vars.push({ name: x(a, k), coef: 1 });
        for (let k = c; k < C; k++) if (allowed(b, k)) vars.push({ name: x(b, k), coef: 1 });
        if (vars.length > 1) row(`prec_${b}_${a}_${c}`, vars, glpk.GLP_UP, 0, 1);
      }
    }
  }

  p.coverage.forEach(({ themes }, l) => {
    const vars = themes.flatMap((t) =>
      Array.from({ length: C }, (_, c) => c)
        .filter((c) => allowed(t, c))
        .map((c) => ({ name: x(t, c), coef: 1 })),
    );
    row(`cover_${l}`, vars.length > 0 ? vars : [{ name: "never", coef: 1 }], glpk.GLP_LO, 1, 0);
  });

  // Lead load: excess over maxLead per cycle and agency.
  if (p.loadWeight > 0) {
    for (let c = 0; c < C; c++) {
      for (let a = 0; a < p.agencies; a++) {
        const vars = [];
        for (let t = 0; t < T; t++)
          if (allowed(t, c) && (p.leads[t] ?? []).includes(a)) vars.push({ name: x(t, c), coef: 1 });
        if (vars.length <= p.maxLead) continue;
        const e = `load_${c}_${a}`;
        bounds.push({ name: e, type: glpk.GLP_LO, lb: 0, ub: 0 });
        objective.push({ name: e, coef: p.loadWeight });
        row(`loaddef_${c}_${a}`, [...vars, { name: e, coef: -1 }], glpk.GLP_UP, 0, p.maxLead);
      }
    }
  }

  // Repetition: a similar pair closer than gapCycles costs once.
  if (p.repetitionWeight > 0) {
    for (let t = 0; t < T; t++) {
      for (const u of p.similar[t] ?? []) {
        if (u <= t) continue;
        for (let c = 0; c < C; c++) {
          if (!allowed(t, c)) continue;
          const window = [];
          for (let k = Math.max(0, c - p.gapCycles + 1); k < Math.min(C, c + p.gapCycles); k++) {
            if (allowed(u, k)) window.push({ name: x(u, k), coef: 1 });
          }
          if (window.length === 0) continue;
          const r = `rep_${t}_${u}_${c}`;
          bounds.push({ name: r, type: glpk.GLP_LO, lb: 0, ub: 0 });
          objective.push({ name: r, coef: p.repetitionWeight });
          row(
            `repdef_${t}_${u}_${c}`,
            [{ name: x(t, c), coef: 1 }, ...window, { name: r, coef: -1 }],
            glpk.GLP_UP,
            0,
            1,
          );
        }
      }
    }
  }

  // Dual mandate: a used cycle lacking either side costs once.
  if (p.dualWeight > 0) {
    for (let c = 0; c < C; c++) {
      const inCycle: number[] = [];
      for (let t = 0; t < T; t++) if (allowed(t, c)) inCycle.push(t);
      if (inCycle.length === 0) continue;
      const [used, hasW, hasS, pen] = [`used_${c}`, `w_${c}`, `s_${c}`, `dual_${c}`];
      binaries.push(used, hasW, hasS);
      bounds.push({ name: pen, type: glpk.GLP_LO, lb: 0, ub: 0 });
      objective.push({ name: pen, coef: p.dualWeight });
      for (const t of inCycle)
        row(
          `useddef_${c}_${t}`,
          [
            { name: used, coef: 1 },
            { name: x(t, c), coef: -1 },
          ],
          glpk.GLP_LO,
          0,
          0,
        );
      const side = (flags: Uint8Array, v: string) =>
        row(
          `${v}def`,
          [
            { name: v, coef: 1 },
            ...inCycle.filter((t) => flags[t]).map((t) => ({ name: x(t, c), coef: -1 })),
          ],
          glpk.GLP_UP,
          0,
          0,
        );
      side(p.wsis, hasW);
      side(p.sti, hasS);
      row(
        `dualw_${c}`,
        [
          { name: pen, coef: 1 },
          { name: used, coef: -1 },
          { name: hasW, coef: 1 },
        ],
        glpk.GLP_LO,
        0,
        0,
      );
      row(
        `duals_${c}`,
        [
          { name: pen, coef: 1 },
          { name: used, coef: -1 },
          { name: hasS, coef: 1 },
        ],
        glpk.GLP_LO,
        0,
        0,
      );
    }
  }

  if (objective.length === 0) objective.push({ name: "never", coef: 0 });
  return {
    name: "draft",
    objective: { direction: glpk.GLP_MIN, name: "cost", vars: objective },
    subjectTo: rows,
    bounds,
    binaries,
  };
}

/** Solves the draft MILP to optimality; `undefined` when it is infeasible. */
export function solveWithGlpk(glpk: Glpk, p: Problem, timeLimitMs?: number): number | undefined {
  const options = {
    msglev: glpk.GLP_MSG_OFF,
    presol: true,
    ...(timeLimitMs === undefined ? {} : { tmlim: timeLimitMs / 1000 }),
  };
  const result = glpk.solve(draftMilp(glpk, p), options);
  const status = result.result.status;
  if (status !== glpk.GLP_OPT) return undefined;
  return result.result.z;
}
