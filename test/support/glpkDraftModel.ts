// GLPK (glpk.js, a dev dependency only) on the tight MILP of a draft (draftMilp.ts): the cross-check
// of the solver's optimality in tests and one of its peers in the benchmark.
import GLPK, { type LP } from "glpk.js/node";
import type { Assignment, Problem } from "../../src/draft/_lib/problem.ts";
import { decode, draftMilp } from "./draftMilp.ts";

type Glpk = Awaited<ReturnType<typeof GLPK>>;
let instance: Promise<Glpk> | undefined;

/** The synchronous Node build of GLPK, loaded once. */
export function loadGlpk(): Promise<Glpk> {
  instance ??= GLPK();
  return instance;
}

/** The tight draft MILP in glpk.js's form. */
export function glpkModel(glpk: Glpk, p: Problem): LP {
  const m = draftMilp(p);
  const vars = (terms: readonly (readonly [string, number])[]) =>
    terms.map(([name, coef]) => ({ name, coef }));
  return {
    name: "draft",
    objective: {
      direction: glpk.GLP_MIN,
      name: "cost",
      vars: m.objective.length > 0 ? vars(m.objective) : [{ name: m.binaries[0] ?? "zero", coef: 0 }],
    },
    subjectTo: m.rows.map((row) => {
      const type =
        row.lb !== undefined && row.ub !== undefined
          ? row.lb === row.ub
            ? glpk.GLP_FX
            : glpk.GLP_DB
          : row.lb !== undefined
            ? glpk.GLP_LO
            : glpk.GLP_UP;
      return { name: row.name, vars: vars(row.terms), bnds: { type, lb: row.lb ?? 0, ub: row.ub ?? 0 } };
    }),
    bounds: m.continuous.map((name) => ({ name, type: glpk.GLP_LO, lb: 0, ub: 0 })),
    binaries: [...m.binaries],
  };
}

/** What a peer returned: proven optimal, proven infeasible, or stopped at its limit (with its incumbent, if any). */
export interface PeerResult {
  readonly status: "optimal" | "infeasible" | "limit";
  /** The peer's own objective for its incumbent. */
  readonly objective?: number;
  /** The incumbent decoded into the solver's assignment (cycle per theme, -1 out). */
  readonly assignment?: Assignment;
}

/** Solves the tight draft MILP with GLPK (presolve on, exact MIP gap 0), within an optional time limit. */
export function solveGlpk(glpk: Glpk, p: Problem, timeLimitMs?: number): PeerResult {
  const options = {
    msglev: glpk.GLP_MSG_OFF,
    presol: true,
    ...(timeLimitMs === undefined ? {} : { tmlim: timeLimitMs / 1000 }),
  };
  const { result } = glpk.solve(glpkModel(glpk, p), options);
  if (result.status === glpk.GLP_NOFEAS) return { status: "infeasible" };
  const has = result.status === glpk.GLP_OPT || result.status === glpk.GLP_FEAS;
  if (!has) return { status: "limit" };
  return {
    status: result.status === glpk.GLP_OPT ? "optimal" : "limit",
    objective: result.z,
    assignment: decode(p, (name) => result.vars[name] ?? 0),
  };
}

/** Solves the draft MILP to optimality; `undefined` when it is infeasible (or not proven in time). */
export function solveWithGlpk(glpk: Glpk, p: Problem, timeLimitMs?: number): number | undefined {
  const result = solveGlpk(glpk, p, timeLimitMs);
  return result.status === "optimal" ? result.objective : undefined;
}
