// HiGHS (the `highs` package: HiGHS compiled to WebAssembly, a dev dependency only) on the tight MILP
// of a draft (draftMilp.ts): a peer of the solver in the benchmark and a cross-check in tests.
import loadHighsModule from "highs";
import type { Problem } from "../../src/draft/_lib/problem.ts";
import { decode, draftMilp, toLpText } from "./draftMilp.ts";
import type { PeerResult } from "./glpkDraftModel.ts";

type Highs = Awaited<ReturnType<typeof loadHighsModule>>;
let instance: Promise<Highs> | undefined;

/** The HiGHS WebAssembly module, loaded once. */
export function loadHighs(): Promise<Highs> {
  instance ??= loadHighsModule();
  return instance;
}

/** The tight draft MILP as CPLEX LP text (HiGHS's input). */
export function highsModel(p: Problem): string {
  return toLpText(draftMilp(p));
}

/** The LP relaxation of the tight draft MILP as CPLEX LP text. */
export function highsRelaxation(p: Problem): string {
  return toLpText(draftMilp(p), true);
}

/** Solves the tight draft MILP with HiGHS (its defaults: presolve, cuts, heuristics), within an optional time limit. */
export function solveHighs(highs: Highs, p: Problem, timeLimitMs?: number, text = highsModel(p)): PeerResult {
  const result = highs.solve(text, {
    output_flag: false,
    ...(timeLimitMs === undefined ? {} : { time_limit: timeLimitMs / 1000 }),
  });
  if (result.Status === "Infeasible") return { status: "infeasible" };
  const columns = result.Columns as Record<string, { Primal?: number }>;
  const has = Object.values(columns).some((column) => typeof column.Primal === "number");
  if (!has || !Number.isFinite(result.ObjectiveValue)) return { status: "limit" };
  return {
    status: result.Status === "Optimal" ? "optimal" : "limit",
    objective: result.ObjectiveValue,
    assignment: decode(p, (name) => columns[name]?.Primal ?? 0),
  };
}
