import { actionLineById, indexOf, rootLineOf, sdgsOf, topLevelLines } from "../../catalogue/index.ts";
import type { Catalogue, ResolvedDraftSpec, Theme } from "../../model/index.ts";
import type { PreparedCheck } from "../../rules/index.ts";
import type { Problem } from "./problem.ts";

/** A constraint of a draft that may appear in an infeasibility explanation. */
export type ConstraintKey =
  | `pin:${number}`
  | `forbid:${number}`
  | `precedence:${number}`
  | `deadline:${number}`
  | "max"
  | "min"
  | `required:${string}`
  | `coverage:${string}`;

/** Weight standing for a soft rule a caller made hard: the search avoids it before anything soft. */
export const HARD_WEIGHT = 1e6;

const MDG_TAG = /^mdg[\s-]?[1-8]$/iu;

/** The weight the search gives a modelled rule: 0 when off, HARD_WEIGHT when made hard. */
export function weightOf(prepared: PreparedCheck, id: string): number {
  const active = prepared.rules.find((entry) => entry.rule.id === id);
  if (active === undefined) return 0;
  return active.severity === "hard" ? HARD_WEIGHT : active.weight;
}

function isActive(prepared: PreparedCheck, id: string): "hard" | "soft" | "off" {
  const active = prepared.rules.find((entry) => entry.rule.id === id);
  return active === undefined ? "off" : active.severity;
}

/**
 * Every constraint key of a spec, in the order the conflict search tries to drop them: the spec's own
 * constraints first, then the requirement to take up each theme, then the rules' capacities and coverage.
 */
export function allConstraints(spec: ResolvedDraftSpec, requiredLines: readonly string[]): ConstraintKey[] {
  return [
    ...spec.pins.map((_, i): ConstraintKey => `pin:${i}`),
    ...spec.forbid.map((_, i): ConstraintKey => `forbid:${i}`),
    ...spec.precedence.map((_, i): ConstraintKey => `precedence:${i}`),
    ...spec.deadlines.map((_, i): ConstraintKey => `deadline:${i}`),
    ...spec.themes.filter((theme) => !theme.optional).map((theme): ConstraintKey => `required:${theme.id}`),
    "min",
    "max",
    ...requiredLines.map((line): ConstraintKey => `coverage:${line}`),
  ];
}

/** The lines the coverage rule requires (empty when the rule is off or soft: the search does not model it then). */
export function requiredLinesOf(prepared: PreparedCheck, catalogue: Catalogue): string[] {
  if (isActive(prepared, "coverage.action-lines") !== "hard") return [];
  const { params } = prepared;
  if (params.coverageLines !== undefined) return [...params.coverageLines];
  const children = indexOf(catalogue).children;
  return params.coverageSubLines
    ? catalogue.actionLines.filter((line) => !children.has(line.id)).map((line) => line.id)
    : topLevelLines(catalogue).map((line) => line.id);
}

/**
 * Adds to `covered` the lines a theme covers: its known lines and their top-level lines (an STI-only
 * theme covers none). Returns `covered`.
 */
export function addCoveredLines(catalogue: Catalogue, theme: Theme, covered: Set<string>): Set<string> {
  if (theme.mandate === "sti") return covered;
  for (const line of theme.actionLines) {
    if (actionLineById(catalogue, line) === undefined) continue;
    covered.add(line);
    covered.add(rootLineOf(catalogue, line));
  }
  return covered;
}

/**
 * Compiles a draft spec into the search's tables, with only the `active` constraints. Soft costs
 * mirror the built-in rules `agency.lead-load`, `theme.repetition`, `cycle.dual-mandate` and
 * `theme.goal-links` exactly (same parameters and weights, from the prepared check).
 */
export function buildProblem(
  spec: ResolvedDraftSpec,
  themes: readonly Theme[],
  catalogue: Catalogue,
  prepared: PreparedCheck,
  active: ReadonlySet<ConstraintKey>,
  leadsOf: (themeId: string) => readonly string[],
  costs = true,
): Problem {
  const T = themes.length;
  const C = spec.cycles;
  const L = spec.cycleLength;
  const { params } = prepared;
  const index = new Map(themes.map((theme, t) => [theme.id, t]));
  const at = (id: string) => index.get(id) ?? -1;

  const countRule = isActive(prepared, "cycle.theme-count");
  const bounds = countRule === "hard" ? params.themesPerCycle : { min: 0, max: T };
  const min = active.has("min") ? bounds.min : 0;
  const max = active.has("max") ? Math.max(bounds.max, 0) : Math.max(T, 1);

  const optional = new Uint8Array(T);
  const wsis = new Uint8Array(T);
  const sti = new Uint8Array(T);
  themes.forEach((theme, t) => {
    optional[t] = active.has(`required:${theme.id}`) ? 0 : 1;
    wsis[t] = theme.mandate !== "sti" ? 1 : 0;
    sti[t] = theme.mandate !== "wsis" ? 1 : 0;
  });
  const allowed = new Uint8Array(T * C).fill(1);
  /** Where the constraint `key` is active, closes to the theme the cycles (0-based) `closed` holds for. */
  const close = (key: ConstraintKey, themeId: string, closed: (c: number) => boolean): void => {
    const t = at(themeId);
    if (!active.has(key) || t < 0) return;
    for (let c = 0; c < C; c++) if (closed(c)) allowed[t * C + c] = 0;
  };
  spec.pins.forEach((pin, i) => {
    // A pin says where, not whether: an optional theme that is pinned may still be left out.
    close(`pin:${i}`, pin.theme, (c) => c !== pin.cycle - 1);
  });
  spec.forbid.forEach((rule, i) => {
    close(`forbid:${i}`, rule.theme, (c) => c === rule.cycle - 1);
  });
  spec.deadlines.forEach((deadline, i) => {
    // A theme is finished in its cycle's last (policy) year.
    close(`deadline:${i}`, deadline.theme, (c) => spec.startYear + (c + 1) * L - 1 > deadline.byYear);
  });
  const mustFollow: number[][] = Array.from({ length: T }, () => []);
  const mustPrecede: number[][] = Array.from({ length: T }, () => []);
  spec.precedence.forEach((rule, i) => {
    const before = at(rule.before);
    const after = at(rule.after);
    if (!active.has(`precedence:${i}`) || before < 0 || after < 0) return;
    mustFollow[after]?.push(before);
    mustPrecede[before]?.push(after);
  });

  const covers = themes.map((theme) => addCoveredLines(catalogue, theme, new Set()));
  const coverersOf = (line: string): number[] => {
    const out: number[] = [];
    for (let t = 0; t < T; t++) if (covers[t]?.has(line)) out.push(t);
    return out;
  };
  const coverage = requiredLinesOf(prepared, catalogue)
    .filter((line) => active.has(`coverage:${line}`))
    .map((line) => ({
      line,
      themes: coverersOf(line),
    }));

  const agencyIndex = new Map<string, number>();
  const leads = themes.map((theme) =>
    leadsOf(theme.id).map((agency) => {
      let a = agencyIndex.get(agency);
      if (a === undefined) {
        a = agencyIndex.size;
        agencyIndex.set(agency, a);
      }
      return a;
    }),
  );

  const similar: number[][] = Array.from({ length: T }, () => []);
  const repetitionWeight = costs ? weightOf(prepared, "theme.repetition") : 0;
  if (repetitionWeight > 0 && params.minGapYears > 0) {
    // No line in common is no overlap, which no threshold (a share, at least 0) lets through: so each
    // theme meets only the earlier themes that take up one of its lines, counting the lines shared.
    const lines = themes.map((theme) => [...new Set(theme.actionLines)]);
    const takenUpBy = new Map<string, number[]>();
    const shared = new Int32Array(T);
    for (let t = 0; t < T; t++) {
      const own = lines[t] as string[];
      const met: number[] = [];
      for (const line of own) {
        const earlier = takenUpBy.get(line);
        if (earlier === undefined) {
          takenUpBy.set(line, [t]);
          continue;
        }
        for (const u of earlier) {
          const count = shared[u] as number;
          if (count === 0) met.push(u);
          shared[u] = count + 1;
        }
        earlier.push(t);
      }
      // In increasing order, so each theme's list is too (the search's tie-breaks depend on it).
      met.sort((a, b) => a - b);
      for (const u of met) {
        const count = shared[u] as number;
        shared[u] = 0;
        if (count / (own.length + (lines[u] as string[]).length - count) > params.overlapThreshold) {
          similar[u]?.push(t);
          similar[t]?.push(u);
        }
      }
    }
  }

  const goalWeight = costs ? weightOf(prepared, "theme.goal-links") : 0;
  const goalCost = new Float64Array(T * C);
  themes.forEach((theme, t) => {
    if (theme.sdgs.length > 0 || goalWeight === 0) return;
    // Linked through its action lines, as rule `theme.goal-links` counts (issue 11).
    if (
      theme.actionLines.some(
        (line) => actionLineById(catalogue, line) !== undefined && sdgsOf(catalogue, line).length > 0,
      )
    )
      return;
    const mdg = theme.tags.some((tag) => MDG_TAG.test(tag));
    for (let c = 0; c < C; c++) {
      const year = spec.startYear + c * L;
      goalCost[t * C + c] = year < params.sdgsFrom && mdg ? 0 : goalWeight;
    }
  });

  const dualRule = costs ? weightOf(prepared, "cycle.dual-mandate") : 0;
  return {
    themeIds: themes.map((theme) => theme.id),
    T,
    C,
    startYear: spec.startYear,
    cycleLength: L,
    min,
    max,
    optional,
    allowed,
    mustFollow,
    mustPrecede,
    coverage,
    leads,
    agencies: agencyIndex.size,
    maxLead: params.maxLeadPerCycle,
    loadWeight: costs ? weightOf(prepared, "agency.lead-load") : 0,
    similar,
    gapCycles: params.minGapYears > 0 ? Math.ceil(params.minGapYears / L) : 0,
    repetitionWeight,
    wsis,
    sti,
    dualWeight: params.dualMandatePer === "session" ? dualRule * L : dualRule,
    goalCost,
  };
}
