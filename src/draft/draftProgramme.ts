import { actionLineById, wsis } from "../catalogue/index.ts";
import {
  type Catalogue,
  type Conflict,
  type DraftSpec,
  DraftSpecSchema,
  InfeasibleError,
  type InputIssue,
  type Programme,
  parseWith,
  type ResolvedDraftSpec,
  type ResolvedProgrammeSpec,
  type Theme,
  throwIfAny,
  unknownIdMessage,
} from "../model/index.ts";
import { layOutProgramme, programmeSpecIssues } from "../programme/index.ts";
import {
  BUILTIN_RULES,
  type CheckReport,
  checkSkeleton,
  leadsOfLines,
  type PreparedCheck,
  prepareCheck,
} from "../rules/index.ts";
import { agencyBound } from "./_lib/agencyBound.ts";
import { allConstraints, buildProblem, type ConstraintKey, requiredLinesOf } from "./_lib/buildProblem.ts";
import { type AfterFixed, type CycleSet, columnBound } from "./_lib/columnBound.ts";
import { construct } from "./_lib/construct.ts";
import { CUT_WORK_PER_STEP, cutBound } from "./_lib/cutBound.ts";
import { integralCosts, type Lagrangian, lagrangian } from "./_lib/lagrange.ts";
import { localSearch } from "./_lib/localSearch.ts";
import {
  type Assignment,
  brokenConstraints,
  costOf,
  type Problem,
  repetitionLowerBound,
} from "./_lib/problem.ts";
import { residualBound } from "./_lib/residual.ts";
import { type SearchOptions, search } from "./_lib/search.ts";
import { alreadyCovered, withHistoryAndCrossCutting } from "./_lib/withRecord.ts";

/** Numbers about a draft: whether it is proven best, its objective, and the bound when not proven. */
export interface DraftStats {
  /** True when the search proved no programme scores better on the rules. */
  readonly optimal: boolean;
  /** The weighted soft score `checkProgramme` gives the result (what the solver minimised). */
  readonly objective: number;
  /** A lower bound on the best possible objective (equal to `objective` when optimal). */
  readonly bound: number;
  /** Relative gap between objective and bound, 0 when optimal. */
  readonly gap: number;
  /**
   * Search steps used (the deterministic work budget is `maxSteps`), the work of the bounds counted
   * in: each agency's search, the column generation, the cutting planes, and the bounds asked inside
   * the search (not the Lagrangian prices: 150 subgradient steps at most). It may pass `maxSteps` by
   * the columns one round of those bounds adds (under a hundred steps at real size).
   */
  readonly steps: number;
  /** Optional themes the solver left out. */
  readonly leftOut: readonly string[];
  /**
   * Why the search ended: `"proof"` when the programme is proven best, else the budget that ran out
   * first (`"maxSteps"` or `"timeLimit"`): the programme is then the best found, within `gap` of the bound.
   */
  readonly stoppedBy: "proof" | "maxSteps" | "timeLimit";
  /** Milliseconds the call took, by the `now` clock; present only when `timeLimitMs` was set. */
  readonly millis?: number;
}

/** What `draftProgramme` returns: the best programme found, its check report, and the numbers. */
export interface DraftResult {
  readonly programme: Programme;
  readonly report: CheckReport;
  readonly stats: DraftStats;
}

/** Subgradient steps for the Lagrangian prices (each solves every distinct cycle's best set once). */
const LAGRANGE_ITERATIONS = 150;
/**
 * Past this many themes the prices are not sought: the exact best set of a cycle grows with the
 * themes, and cycles that all look alike make the subgradient oscillate (on 50 × 200 it cost 9 s for
 * a bound far below the counting one).
 */
const LAGRANGE_MAX_THEMES = 60;
/** Steps of the exact search tried before the Lagrangian prices are sought. */
const QUICK_STEPS = 300;
/**
 * Steps of the priced exact search tried before the column-generation bound. The drafts it proves it
 * proves at once (of the wider sample's 394, none needed more than 500 steps of it), so it is kept
 * short: at 20,000 steps it only delayed the bound on 29 of them, by 20,000 steps each.
 */
const PRICED_STEPS = 1_000;
/**
 * Cycles after which the last exact search asks the column-generation bound of the rest (1: once the
 * first cycle is closed; not asked with two cycles or fewer, where the rest is one cycle the search
 * fills on its own bounds). Deeper, the calls multiply faster than they prune: of the wider sample's
 * 16 instances the search alone did not prove, depth 1 proves 4 within the same step budget, depth 2 none more.
 */
const FUTURE_BOUND_CYCLES = 1;
/**
 * Steps the cutting planes at the root may take (real size: 7,000–92,000 when charged at 1,000
 * multiply-adds a step, about 1.5 times that at CUT_WORK_PER_STEP). Past 40 themes the dense
 * tableau's first LP alone can take millions (12 cycles × 60 themes: the whole budget, unsolved),
 * which the last exact search would rather have.
 */
const CUT_STEPS = 200_000;
/** Steps of the exact search for each agency's themes alone (`agencyBound`), real size and past it. */
const AGENCY_STEPS = 60_000;
const AGENCY_STEPS_LARGE = 3_000;
/** Moves of the first local search per theme, up to FIRST_MOVES: a good incumbent makes the proof short. */
const FIRST_MOVES = 200_000;
const FIRST_MOVES_PER_THEME = 1_000;
/**
 * Moves of the second local search, after the column bound. Of the 394 real-size instances it
 * changes one: instance 24, whose first search stops at 3 above a bound of 2, is proven in under
 * 5,000 steps instead of 19,800 (the cuts and the last search found the 2 before).
 */
const SECOND_MOVES = 20_000;
/** Moves of the local search when every bound and search has spent its budget without a proof. */
const LAST_MOVES = 200_000;
/** Local searches from the start again, seeded apart, before the last exact search. */
const RESTARTS = 4;
/** Moves of each of those searches. */
const RESTART_MOVES = 20_000;

/** The default clock of `timeLimitMs`: `performance.now` where the platform has it, else `Date.now`. */
function defaultClock(): () => number {
  const clock = (globalThis as { performance?: { now(): number } }).performance;
  return clock === undefined ? () => Date.now() : () => clock.now();
}

/** Rules whose findings depend on the assignment and that the search models exactly. */
const MODELLED = new Set([
  "cycle.theme-count",
  "coverage.action-lines",
  "agency.lead-load",
  "theme.repetition",
  "cycle.dual-mandate",
  "theme.goal-links",
  "theme.reviewed-before-policy",
]);

function specIssues(spec: ResolvedDraftSpec, catalogue: Catalogue, known: ReadonlySet<string>): InputIssue[] {
  const issues: InputIssue[] = [];
  const themeIds = new Set<string>();
  spec.themes.forEach((theme, i) => {
    if (themeIds.has(theme.id))
      issues.push({ path: ["themes", i, "id"], message: `duplicate theme id "${theme.id}"` });
    themeIds.add(theme.id);
    theme.actionLines.forEach((line, j) => {
      if (actionLineById(catalogue, line) === undefined) {
        issues.push({
          path: ["themes", i, "actionLines", j],
          message: unknownIdMessage(
            catalogue.lineNoun,
            line,
            catalogue.actionLines.map((l) => l.id),
          ),
        });
      }
    });
  });
  // Issue 11: a cross-cutting theme goes in every cycle, so no constraint may place it.
  const crossCutting = new Set(spec.themes.filter((t) => t.crossCutting === true).map((t) => t.id));
  const theme = (id: string, path: (string | number)[]) => {
    if (!themeIds.has(id)) issues.push({ path, message: unknownIdMessage("theme", id, themeIds) });
    else if (crossCutting.has(id))
      issues.push({
        path,
        message: `theme "${id}" is cross-cutting: it goes in every cycle, so it cannot be placed`,
      });
  };
  const cycle = (n: number, path: (string | number)[]) => {
    if (n > spec.cycles) issues.push({ path, message: `cycle ${n} is past the last cycle (${spec.cycles})` });
  };
  const placements: [string, readonly { readonly theme: string; readonly cycle: number }[]][] = [
    ["pins", spec.pins],
    ["prefer", spec.prefer],
    ["forbid", spec.forbid],
  ];
  for (const [key, list] of placements)
    list.forEach((entry, i) => {
      theme(entry.theme, [key, i, "theme"]);
      cycle(entry.cycle, [key, i, "cycle"]);
    });
  spec.precedence.forEach((rule, i) => {
    theme(rule.before, ["precedence", i, "before"]);
    theme(rule.after, ["precedence", i, "after"]);
    if (rule.before === rule.after) {
      issues.push({ path: ["precedence", i], message: `theme "${rule.before}" cannot come before itself` });
    }
  });
  spec.deadlines.forEach((deadline, i) => {
    theme(deadline.theme, ["deadlines", i, "theme"]);
  });
  for (const id of Object.keys(spec.weights)) {
    if (!known.has(id))
      issues.push({ path: ["weights", id], message: unknownIdMessage("rule id", id, known) });
  }
  return issues;
}

/** The plain-English statement of a constraint, for conflicts. */
function describe(
  key: ConstraintKey,
  spec: ResolvedDraftSpec,
  programme: Programme,
  catalogue: Catalogue,
): Conflict {
  const title = (id: string) => {
    const theme = spec.themes.find((t) => t.id === id);
    return theme === undefined ? `“${id}”` : `‘${theme.title}’ (${id})`;
  };
  const cycle = (n: number) => `cycle ${n} (${programme.cycles[n - 1]?.years.join("–") ?? "?"})`;
  const [kind, rest = ""] = key.split(/:(.*)/su) as [string, string?];
  const i = Number(rest);
  switch (kind) {
    case "pin": {
      const pin = spec.pins[i];
      return {
        kind: "pin",
        path: ["pins", i],
        message: `Theme ${title(pin?.theme ?? "")} is pinned to ${cycle(pin?.cycle ?? 0)}.`,
      };
    }
    case "forbid": {
      const rule = spec.forbid[i];
      return {
        kind: "forbid",
        path: ["forbid", i],
        message: `Theme ${title(rule?.theme ?? "")} may not go in ${cycle(rule?.cycle ?? 0)}.`,
      };
    }
    case "precedence": {
      const rule = spec.precedence[i];
      return {
        kind: "precedence",
        path: ["precedence", i],
        message: `Theme ${title(rule?.before ?? "")} must come in an earlier cycle than ${title(rule?.after ?? "")}.`,
      };
    }
    case "deadline": {
      const deadline = spec.deadlines[i];
      return {
        kind: "deadline",
        path: ["deadlines", i],
        message: `Theme ${title(deadline?.theme ?? "")} must be finished (its policy year) by ${deadline?.byYear}.`,
      };
    }
    case "max":
      return {
        kind: "capacity",
        path: ["themesPerCycle", "max"],
        message: `A cycle takes up at most ${spec.themesPerCycle.max} themes (${spec.cycles} cycles).`,
      };
    case "min":
      return {
        kind: "capacity",
        path: ["themesPerCycle", "min"],
        message: `Each of the ${spec.cycles} cycles takes up at least ${spec.themesPerCycle.min} themes.`,
      };
    case "required":
      return {
        kind: "capacity",
        path: ["themes", spec.themes.findIndex((t) => t.id === rest)],
        message: `Theme ${title(rest)} must be taken up (it is not marked optional).`,
      };
    default: {
      const line = actionLineById(catalogue, rest);
      return {
        kind: "coverage",
        message: `Action line ${rest}${line === undefined ? "" : ` (${line.title})`} must be covered by a theme with a WSIS mandate.`,
      };
    }
  }
}

/** Everything a draft needs before the search: the resolved spec, the checker, the problem tables. */
export interface CompiledDraft {
  readonly spec: ResolvedDraftSpec;
  readonly prepared: PreparedCheck;
  readonly themes: readonly Theme[];
  readonly problem: Problem;
  readonly constraints: readonly ConstraintKey[];
  readonly leadsOf: (themeId: string) => readonly string[];
  readonly programmeFor: (cycles: string[][]) => Programme;
  /** `checkProgramme(programme, prepared)` for a programme from `programmeFor`, the date-only rules' findings reused. */
  readonly check: (programme: Programme) => CheckReport;
  readonly empty: Programme;
}

/**
 * Validates a draft spec and compiles it for the search (shared by `draftProgramme` and the
 * cross-checks against a general MILP solver).
 *
 * @throws {PlannerInputError} For a malformed spec.
 * @throws {InfeasibleError} When a hard rule that no assignment affects already fails.
 */
export function compileDraft(
  spec: DraftSpec,
  catalogue: Catalogue,
  onParsed?: (resolved: ResolvedDraftSpec) => void,
): CompiledDraft {
  const resolved = parseWith(DraftSpecSchema, spec, "draft spec");
  // The time limit starts here, once the spec says whether there is one and which clock to read.
  onParsed?.(resolved);
  const known = new Set(BUILTIN_RULES.map((rule) => rule.id));
  throwIfAny(specIssues(resolved, catalogue, known), "draft spec");

  const settings: Record<string, unknown> = { ...(resolved.rules ?? {}) };
  for (const [id, weight] of Object.entries(resolved.weights)) {
    const current = settings[id];
    settings[id] = typeof current === "object" && current !== null ? { ...current, weight } : { weight };
  }
  const prepared: PreparedCheck = prepareCheck({
    catalogue,
    rules: settings as never,
    params: { ...((resolved.params as object | undefined) ?? {}), themesPerCycle: resolved.themesPerCycle },
    ...(resolved.history === undefined ? {} : { history: resolved.history }),
  });

  // The draft theme schema is the theme schema and `optional`: without it, each is a parsed theme already.
  const allThemes: Theme[] = resolved.themes.map(({ optional: _optional, ...theme }) => theme);
  // ---- issue 11 (fidelity): cross-cutting themes go in every cycle, outside the search ----
  const crossCutting = allThemes.filter((theme) => theme.crossCutting === true).map((theme) => theme.id);
  const themes = allThemes.filter((theme) => theme.crossCutting !== true);
  // ---- end issue 11 ----
  // The programme spec: its fields were parsed with the draft spec (the same schemas), so only the
  // checks past their shape remain (the horizon, dates in it, the catalogue's mandates). Each programme
  // is laid out from it with its cycles' themes (known, distinct ids, as createProgramme would check).
  const layout: ResolvedProgrammeSpec = {
    title: resolved.title,
    startYear: resolved.startYear,
    cycleLength: resolved.cycleLength,
    themes: allThemes,
    calendar: resolved.calendar,
    agenda: resolved.agenda,
    events: resolved.events,
    ...(resolved.firstSession === undefined ? {} : { firstSession: resolved.firstSession }),
    cycles: resolved.cycles,
  };
  throwIfAny(programmeSpecIssues(layout, catalogue), "programme spec");
  const programmeFor = (cycles: string[][], draft = false): Programme =>
    layOutProgramme(
      { ...layout, cycles: cycles.map((ids) => ({ themes: [...ids, ...crossCutting] })) },
      catalogue,
      draft,
    );
  // Looked at here and in conflicts only, never returned: laid out, not frozen.
  const empty = programmeFor(
    Array.from({ length: resolved.cycles }, () => []),
    true,
  );

  // Hard findings that no assignment can fix (the calendar, the phases) make the spec infeasible as it stands.
  const skeleton = checkSkeleton(empty, prepared);
  const fixed = skeleton.hardFindings(MODELLED);
  if (fixed.length > 0) {
    throw new InfeasibleError(
      fixed.map((finding) => ({ kind: "rule", message: finding.message, path: finding.path ?? [] })),
    );
  }

  // The rule's own reading of who leads a theme, so the search and the checker count alike.
  const themeById = new Map(themes.map((theme) => [theme.id, theme]));
  const leadCache = new Map<string, string[]>();
  const leadsOf = (themeId: string): string[] => {
    let out = leadCache.get(themeId);
    if (out === undefined) {
      const theme = themeById.get(themeId);
      // The theme is parsed already: the rule's own reading without parsing it again.
      out = theme === undefined ? [] : leadsOfLines(catalogue, theme.actionLines, resolved.startYear);
      leadCache.set(themeId, out);
    }
    return out;
  };

  // ---- issue 11 (fidelity): lines the cross-cutting themes or the record cover need no searched theme ----
  const covered = alreadyCovered(allThemes, prepared, catalogue, resolved.startYear);
  const requiredLines = requiredLinesOf(prepared, catalogue).filter((line) => !covered.has(line));
  const searchedSpec = {
    ...resolved,
    themes: resolved.themes.filter((theme) => theme.crossCutting !== true),
  };
  const constraints = allConstraints(searchedSpec, requiredLines);
  const built = buildProblem(searchedSpec, themes, catalogue, prepared, new Set(constraints), leadsOf);
  const problem = withHistoryAndCrossCutting(built, allThemes, prepared, resolved);
  // ---- end issue 11 ----
  return {
    spec: resolved,
    prepared,
    themes,
    problem,
    constraints,
    leadsOf,
    programmeFor,
    check: skeleton.check,
    empty,
  };
}

/**
 * Drafts the best programme for a spec: assigns themes to cycles (leaving out optional themes where
 * that helps) so that every hard rule of `checkProgramme` holds and the weighted soft findings are
 * fewest. The search models the assignment rules exactly — themes per cycle, coverage, facilitator
 * lead load, repetition, dual mandate, goal links — with their parameters and weights from the same
 * rule options, and the result is checked by `checkProgramme` itself. Exact branch and bound proves
 * optimality on real sizes, from an incumbent a seeded local search finds, starting from a greedy
 * construction (with a repair of the minimum counts); past the `maxSteps` budget the local search
 * improves the best found. When the budget or `timeLimitMs` runs out before the search finds any
 * programme, the construction supplies one, so a spent limit still returns.
 *
 * @param spec - Title, years, cycles (a count), themes (with `optional`), `themesPerCycle`, `pins`,
 *   `forbid`, `precedence`, `deadlines`, `weights` (by rule id), `rules`/`params` for the checker, `seed`.
 * @param catalogue - Where action lines resolve; the WSIS catalogue by default.
 * @returns The programme, its check report and `stats` (`optimal`, `objective`, `bound`, `gap`).
 * @throws {PlannerInputError} For a malformed spec: unknown themes in constraints, cycles past the end, `min > max`.
 * @throws {InfeasibleError} When no programme meets the hard constraints; `conflicts` is a smallest set that cannot hold together.
 * @example
 * const { programme, stats } = draftProgramme({ title: "CSTD 2027–2036", startYear: 2027, cycles: 5,
 *   themes: distilThemes(wsis, { count: 10 }), pins: [{ theme: "c8_c9_c10", cycle: 1 }] });
 * stats.optimal; // true
 */
export function draftProgramme(spec: DraftSpec, catalogue: Catalogue = wsis): DraftResult {
  // The clock is read only when a time limit is set, so a draft without one is reproducible.
  let now: (() => number) | undefined;
  let deadline = 0;
  const compiled = compileDraft(spec, catalogue, (parsed) => {
    if (parsed.timeLimitMs === undefined) return;
    now = parsed.now ?? defaultClock();
    deadline = now() + parsed.timeLimitMs;
  });
  const clock = now;
  const { spec: resolved, themes, problem, programmeFor, check } = compiled;
  const { assignment, optimal, lowerBound, steps, stoppedBy } = solveCompiled(
    compiled,
    catalogue,
    clock === undefined ? undefined : () => clock() > deadline,
  );

  const cycles: string[][] = Array.from({ length: resolved.cycles }, () => []);
  const leftOut: string[] = [];
  themes.forEach((theme, t) => {
    const c = assignment[t] ?? -1;
    if (c >= 0) cycles[c]?.push(theme.id);
    else leftOut.push(theme.id);
  });
  const programme = programmeFor(cycles);
  const report = check(programme);
  // Soft findings that do not depend on the assignment are the same in every draft: part of the bound too.
  const constant = report.score.soft - costOf(problem, assignment);
  const objective = report.score.soft;
  const bound = optimal ? objective : Math.min(objective, lowerBound + constant);
  return {
    programme,
    report,
    stats: {
      optimal,
      objective,
      bound,
      gap: objective === 0 ? 0 : (objective - bound) / objective,
      steps,
      leftOut,
      stoppedBy,
      ...(clock === undefined ? {} : { millis: clock() - deadline + (resolved.timeLimitMs ?? 0) }),
    },
  };
}

/** What the search found for a compiled draft: the assignment, whether it is proven best, the bound. */
export interface Solved {
  readonly assignment: Assignment;
  readonly optimal: boolean;
  /** A lower bound on the problem's cost (`costOf`, without the assignment-free findings). */
  readonly lowerBound: number;
  readonly steps: number;
  readonly stoppedBy: DraftStats["stoppedBy"];
}

/**
 * The search of `draftProgramme` on a compiled draft: from its problem to the best assignment, with
 * the proof or the bound (the part a general MILP solver does, given the same problem; the benchmark
 * times the two alike). Leaves `compiled` as it was.
 *
 * @throws {InfeasibleError} When no assignment meets the hard constraints (or none was found in time).
 */
export function solveCompiled(
  compiled: CompiledDraft,
  catalogue: Catalogue,
  outOfTime?: () => boolean,
): Solved {
  const { spec: resolved, prepared, themes, problem, constraints, leadsOf, empty } = compiled;
  /** Whether every cost is whole (then bounds round up). */
  const integral = integralCosts(problem);
  const timed = outOfTime ? { outOfTime } : {};

  // A first feasible programme, improved by local search, gives the exact search a strong incumbent:
  // often it already meets the root bound, and the proof is immediate.
  const index = new Map(themes.map((theme, t) => [theme.id, t]));
  const prefer = new Int32Array(themes.length).fill(-1);
  for (const hint of resolved.prefer) {
    const t = index.get(hint.theme);
    if (t !== undefined && hint.cycle <= resolved.cycles) prefer[t] = hint.cycle - 1;
  }
  // The greedy construction weighs costs, the search's first feasible programme does not: when the
  // construction finds one, the search gives only its root bound (no steps). Drafting against earlier
  // cycles (`prefer`: a scenario's base), the search's first programme follows them, and the cheaper
  // of the two starts the local search.
  const built = construct(problem);
  const hinted = prefer.some((cycle) => cycle >= 0);
  const first = search(problem, {
    prefer,
    maxSteps: built === undefined || hinted ? resolved.maxSteps : 0,
    seed: resolved.seed,
    firstFeasible: true,
    ...timed,
  });
  let steps = first.steps;
  let start = built;
  if (
    first.assignment !== undefined &&
    (start === undefined || costOf(problem, first.assignment) <= costOf(problem, start))
  )
    start = first.assignment;
  if (start === undefined && !first.complete) {
    // The budget ran out before any programme was found and the constructive one failed: look for a feasible one alone (no
    // costs, so no bound to keep), bounded only by the time limit. The budget limits optimisation,
    // never whether a feasible spec gets a programme.
    const bare = buildProblem(resolved, themes, catalogue, prepared, new Set(constraints), leadsOf, false);
    const feasible = search(bare, {
      maxSteps: Number.POSITIVE_INFINITY,
      seed: resolved.seed,
      firstFeasible: true,
      ...timed,
    });
    steps += feasible.steps;
    start = feasible.assignment;
    if (start === undefined && !feasible.complete) {
      throw new InfeasibleError([
        {
          kind: "rule",
          path: ["timeLimitMs"],
          message: `No programme meeting every constraint was found within the time limit of ${resolved.timeLimitMs} ms; the spec was not proven impossible. Raise timeLimitMs.`,
        },
      ]);
    }
  }
  if (start === undefined) {
    throw new InfeasibleError(
      conflictsOf(resolved, themes, catalogue, prepared, constraints, leadsOf, empty, outOfTime),
    );
  }
  // The search's root bound, plus the repetition that required near-identical themes cannot avoid
  // (a separate rule's cost, so the two add up).
  const rootBound = first.complete ? first.lowerBound : first.lowerBound + repetitionLowerBound(problem);
  const hints = resolved.prefer.length > 0 ? { prefer } : {};
  const improved = localSearch(problem, start, {
    seed: resolved.seed,
    iterations: Math.min(FIRST_MOVES, FIRST_MOVES_PER_THEME * problem.T),
    target: rootBound,
    ...hints,
    ...timed,
  });
  const origin: Assignment = start;
  let assignment: Assignment = improved;
  let lowerBound = rootBound;
  let optimal = costOf(problem, improved) <= rootBound + 1e-9;
  let stoppedBy: DraftStats["stoppedBy"] = "proof";
  /** Whether the incumbent's cost meets the bound (the proof). */
  const meetsBound = (): boolean => costOf(problem, assignment) <= lowerBound + 1e-9;
  /** Raises the bound to `bound` where there is one and it is higher; the incumbent may then be proven. */
  const raiseBound = (bound: number | undefined): void => {
    if (bound === undefined) return;
    lowerBound = Math.max(lowerBound, bound);
    optimal = meetsBound();
  };
  /** Whether there is still something to prove and time to prove it. */
  const stillOpen = (): boolean => !optimal && outOfTime?.() !== true;
  /** A bound rounded up when every cost is whole. */
  const rounded = (bound: number): number => (integral ? Math.ceil(bound - 1e-6) : bound);
  const exactSearch = (
    budget: number,
    lagrange?: Lagrangian,
    futureBound?: SearchOptions["futureBound"],
  ): void => {
    const exact = search(problem, {
      prefer,
      maxSteps: Math.max(1, budget),
      seed: resolved.seed,
      incumbent: { assignment, cost: costOf(problem, assignment) },
      ...(lagrange === undefined ? {} : { lagrange }),
      ...(futureBound === undefined ? {} : { futureBound }),
      ...timed,
    });
    steps += exact.steps;
    assignment = exact.assignment ?? assignment;
    optimal = exact.complete;
    if (optimal) lowerBound = costOf(problem, assignment);
  };
  /** A local search from the incumbent, aimed at the bound; proven when it reaches it. */
  const improve = (seed: number, iterations: number): void => {
    assignment = localSearch(problem, assignment, {
      seed,
      iterations,
      target: lowerBound,
      ...hints,
      ...timed,
    });
    optimal = meetsBound();
  };
  /** A local search from the start again, seeded apart: kept only where it does better than the incumbent. */
  const restart = (seed: number, iterations: number): void => {
    const found = localSearch(problem, origin, { seed, iterations, target: lowerBound, ...hints, ...timed });
    if (costOf(problem, found) < costOf(problem, assignment) - 1e-9) assignment = found;
    optimal = meetsBound();
  };
  // Not proven yet: a short exact search first (most real-size drafts are proven in a few dozen
  // steps once the incumbent is good), before the prices, which cost more than such a proof.
  if (stillOpen()) exactSearch(Math.min(QUICK_STEPS, resolved.maxSteps - steps));
  // Still open: the bound where lead load and repetition interact (each agency's required themes
  // placed alone), plus the other rules' counting bound (goal links, dual mandate) apart.
  if (stillOpen()) {
    const rest = search(
      { ...problem, loadWeight: 0, repetitionWeight: 0 },
      { maxSteps: 0, seed: resolved.seed },
    );
    const budget = problem.T <= LAGRANGE_MAX_THEMES ? AGENCY_STEPS : AGENCY_STEPS_LARGE;
    const agencies = agencyBound(problem, budget, resolved.maxSteps - steps, outOfTime, assignment);
    steps += agencies.steps;
    raiseBound(rounded(rest.lowerBound + agencies.bound));
  }
  // Still not proven: price the themes (Lagrangian relaxation of "each theme once") for a bound that
  // sees how the rules interact within a cycle; the exact search then uses the prices at every node.
  if (stillOpen() && steps < resolved.maxSteps) {
    let lagrange: Lagrangian | undefined;
    let rootColumns: readonly CycleSet[] | undefined;
    let rootAfterFixed: AfterFixed | undefined;
    if (problem.T <= LAGRANGE_MAX_THEMES) {
      lagrange = lagrangian(problem, {
        upper: costOf(problem, assignment),
        iterations: LAGRANGE_ITERATIONS,
        ...timed,
      });
      if (lagrange !== undefined) raiseBound(rounded(lagrange.bound));
    }
    if (stillOpen()) exactSearch(Math.min(PRICED_STEPS, resolved.maxSteps - steps), lagrange);
    // Still open after a longer search: the column-generation bound (each cycle a combination of
    // whole theme sets, the rules across cycles as the tight MILP's rows), often the incumbent's cost.
    if (stillOpen() && problem.T <= LAGRANGE_MAX_THEMES) {
      const root = columnBound(problem, {
        upper: costOf(problem, assignment),
        incumbent: assignment,
        integral,
        charge: (work) => {
          steps += work;
          return resolved.maxSteps - steps;
        },
        ...timed,
      });
      rootColumns = root.columns;
      rootAfterFixed = root.afterFixed;
      raiseBound(root.bound);
    }
    // Still open with the bounds above: the incumbent may be what is wrong. A second local search,
    // seeded apart, aimed at the bound, before the cuts (which can only raise the bound).
    if (stillOpen()) improve(resolved.seed + 2, SECOND_MOVES);
    // Still open: Gomory cuts on the tight compact formulation, at the root. Where lead load and the
    // dual mandate meet, the column bound's LP often stops at the optimum − 1; a round or two of cuts
    // lifts the compact LP past it (its work counts against the step budget, CUT_STEPS at most).
    if (stillOpen() && problem.T <= LAGRANGE_MAX_THEMES && steps < resolved.maxSteps) {
      const cut = cutBound(problem, {
        upper: costOf(problem, assignment),
        integral,
        maxWork: Math.min(CUT_STEPS, resolved.maxSteps - steps) * CUT_WORK_PER_STEP,
        ...timed,
      });
      steps += Math.ceil(cut.work / CUT_WORK_PER_STEP);
      raiseBound(cut.bound);
    }
    // Still open: the incumbent may be stuck where the first local search left it; start again, seeded apart.
    for (let k = 1; k <= RESTARTS && stillOpen(); k++) restart(resolved.seed + 2 + k, RESTART_MOVES);
    // Still open: the last search asks the column-generation bound of what is left once the first
    // cycle is closed (one call per distinct first cycle, started from the columns above), and every
    // state first the duals of the last master it descends from, the root's included (its work counts
    // against the step budget).
    if (stillOpen() && steps < resolved.maxSteps) {
      const futureBound =
        rootColumns !== undefined && problem.C > 2
          ? residualBound(problem, rootColumns, assignment, {
              cycles: FUTURE_BOUND_CYCLES,
              integral,
              ...(rootAfterFixed === undefined ? {} : { root: rootAfterFixed }),
              ...timed,
            })
          : undefined;
      exactSearch(resolved.maxSteps - steps, lagrange, futureBound);
    }
  }
  if (stillOpen()) improve(resolved.seed + 1, LAST_MOVES);
  if (!optimal) stoppedBy = outOfTime?.() === true ? "timeLimit" : "maxSteps";
  return { assignment, optimal, lowerBound, steps, stoppedBy };
}

/**
 * A smallest set of constraints that cannot hold together (deletion filter: drop each constraint in
 * turn and keep it out when the rest stays infeasible). Removing any one of the result makes the rest feasible.
 */
function conflictsOf(
  spec: ResolvedDraftSpec,
  themes: readonly Theme[],
  catalogue: Catalogue,
  prepared: PreparedCheck,
  constraints: readonly ConstraintKey[],
  leadsOf: (themeId: string) => readonly string[],
  programme: Programme,
  outOfTime?: () => boolean,
): Conflict[] {
  const feasible = (active: ReadonlySet<ConstraintKey>): boolean | undefined => {
    const problem = buildProblem(spec, themes, catalogue, prepared, active, leadsOf, false);
    const result = search(problem, {
      maxSteps: spec.maxSteps,
      seed: spec.seed,
      firstFeasible: true,
      ...(outOfTime ? { outOfTime } : {}),
    });
    if (result.assignment !== undefined) return brokenConstraints(problem, result.assignment).length === 0;
    return result.complete ? false : undefined;
  };
  const kept = new Set(constraints);
  for (const key of constraints) {
    // Out of time: the constraints not yet tried stay in (the set still cannot hold together).
    if (outOfTime?.() === true) break;
    kept.delete(key);
    // Inconclusive (budget) counts as feasible: the constraint stays in the explanation.
    if (feasible(kept) !== false) kept.add(key);
  }
  return [...kept].map((key) => describe(key, spec, programme, catalogue));
}
