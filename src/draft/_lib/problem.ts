/**
 * The solver's view of a draft: themes × cycles as small integer tables, with the hard constraints
 * and the soft rules that depend on which cycle takes up which theme. Built once per draft from the
 * spec, the catalogue and the rule engine's resolved parameters and weights (one source of truth).
 */
export interface Problem {
  readonly themeIds: readonly string[];
  /** Number of themes and cycles. */
  readonly T: number;
  readonly C: number;
  readonly startYear: number;
  readonly cycleLength: number;
  readonly min: number;
  readonly max: number;
  /** 1 when the theme may be left out. */
  readonly optional: Uint8Array;
  /** `allowed[t * C + c]` is 1 when theme t may go in cycle c (pins, forbids, deadlines). */
  readonly allowed: Uint8Array;
  /** For each theme, the themes that must come in an earlier cycle, and those that must come later. */
  readonly mustFollow: readonly (readonly number[])[];
  readonly mustPrecede: readonly (readonly number[])[];
  /** For each required line, the themes that cover it (hard coverage rule). */
  readonly coverage: readonly { readonly line: string; readonly themes: readonly number[] }[];
  /** Soft rule `agency.lead-load`: per theme, indices of the agencies leading it. */
  readonly leads: readonly (readonly number[])[];
  readonly agencies: number;
  readonly maxLead: number;
  readonly loadWeight: number;
  /** Soft rule `theme.repetition`: per theme, the near-identical themes and the cycle distance below which they clash. */
  readonly similar: readonly (readonly number[])[];
  readonly gapCycles: number;
  readonly repetitionWeight: number;
  /** Soft rule `cycle.dual-mandate`: which side(s) each theme counts for; cost per cycle lacking one. */
  readonly wsis: Uint8Array;
  readonly sti: Uint8Array;
  readonly dualWeight: number;
  /**
   * The cost of taking up theme t in cycle c that depends on that placement alone (`goalCost[t * C + c]`):
   * soft rule `theme.goal-links`, plus repeating a past session's theme (`withHistoryAndCrossCutting`).
   */
  readonly goalCost: Float64Array;
}

/** A complete assignment: the cycle of each theme, or -1 when it is left out. */
export type Assignment = Int32Array;

/** The weighted soft cost of a complete assignment, computed from scratch (for checks and local search). */
export function costOf(problem: Problem, assignment: Assignment): number {
  const { T, C, leads, agencies, maxLead, loadWeight, similar, gapCycles, repetitionWeight } = problem;
  let cost = 0;
  const load = new Int32Array(C * agencies);
  const hasWsis = new Uint8Array(C);
  const hasSti = new Uint8Array(C);
  const used = new Uint8Array(C);
  for (let t = 0; t < T; t++) {
    const c = assignment[t] ?? -1;
    if (c < 0) continue;
    cost += problem.goalCost[t * C + c] ?? 0;
    used[c] = 1;
    if (problem.wsis[t]) hasWsis[c] = 1;
    if (problem.sti[t]) hasSti[c] = 1;
    for (const a of leads[t] ?? []) load[c * agencies + a] = (load[c * agencies + a] ?? 0) + 1;
    for (const u of similar[t] ?? []) {
      const cu = assignment[u] ?? -1;
      if (u > t && cu >= 0 && Math.abs(cu - c) < gapCycles) cost += repetitionWeight;
    }
  }
  for (let i = 0; i < load.length; i++) {
    const n = load[i] ?? 0;
    if (n > maxLead) cost += loadWeight * (n - maxLead);
  }
  for (let c = 0; c < C; c++) {
    if (used[c] && !(hasWsis[c] && hasSti[c])) cost += problem.dualWeight;
  }
  return cost;
}

/** The hard constraints a complete assignment breaks, as short codes (empty when it is feasible). */
export function brokenConstraints(problem: Problem, assignment: Assignment): string[] {
  const { T, C } = problem;
  const out: string[] = [];
  const count = new Int32Array(C);
  for (let t = 0; t < T; t++) {
    const c = assignment[t] ?? -1;
    if (c < 0) {
      if (!problem.optional[t]) out.push(`required:${t}`);
      continue;
    }
    count[c] = (count[c] ?? 0) + 1;
    if (!problem.allowed[t * C + c]) out.push(`allowed:${t}`);
    for (const u of problem.mustFollow[t] ?? []) {
      const cu = assignment[u] ?? -1;
      if (cu >= 0 && cu >= c) out.push(`precedence:${u}<${t}`);
    }
  }
  for (let c = 0; c < C; c++) {
    const n = count[c] ?? 0;
    if (n > problem.max || n < problem.min) out.push(`count:${c}`);
  }
  for (const { line, themes } of problem.coverage) {
    if (!themes.some((t) => (assignment[t] ?? -1) >= 0)) out.push(`coverage:${line}`);
  }
  return out;
}

/** For each theme, the indices of the required lines (`problem.coverage`) it covers. */
export function linesByTheme(problem: Problem): number[][] {
  const out: number[][] = Array.from({ length: problem.T }, () => []);
  problem.coverage.forEach(({ themes }, l) => {
    for (const t of themes) out[t]?.push(l);
  });
  return out;
}

/**
 * `problem.optional`, with a theme that alone covers a required line counted as required (every
 * programme takes it up).
 */
export function optionalInEffect(problem: Problem): Uint8Array {
  const optional = Uint8Array.from(problem.optional);
  for (const { themes } of problem.coverage) if (themes.length === 1) optional[themes[0] ?? 0] = 0;
  return optional;
}

/**
 * Whether theme t may go in cycle c, the other themes where `cycleOf` has them (-1: not placed): the
 * cycle is allowed to it, after those it must follow and before those it must precede.
 */
export function fitsAt(problem: Problem, cycleOf: Int32Array, t: number, c: number): boolean {
  if (!problem.allowed[t * problem.C + c]) return false;
  for (const u of problem.mustFollow[t] ?? []) if ((cycleOf[u] ?? -1) >= c) return false;
  for (const u of problem.mustPrecede[t] ?? []) {
    const cu = cycleOf[u] ?? -1;
    if (cu >= 0 && cu <= c) return false;
  }
  return true;
}

/** The least goal cost of theme t over the cycles `allowed` opens to it (infinite where it opens none). */
export function cheapestGoalCost(problem: Problem, allowed: Uint8Array, t: number): number {
  const { C, goalCost } = problem;
  let low = Number.POSITIVE_INFINITY;
  for (let c = 0; c < C; c++) if (allowed[t * C + c]) low = Math.min(low, goalCost[t * C + c] ?? 0);
  return low;
}

/**
 * The window of cycles of each theme `isIn` holds for, under precedence among those themes (longest
 * paths both ways) and the cycles allowed to it: `earliest[t]` … `latest[t]`. Undefined when a
 * precedence cycle or an empty window means those themes cannot all be placed.
 */
export function precedenceWindows(
  problem: Problem,
  isIn: (t: number) => boolean,
): { readonly earliest: Int32Array; readonly latest: Int32Array } | undefined {
  const { T, C, allowed } = problem;
  const earliest = new Int32Array(T);
  const latest = new Int32Array(T).fill(C - 1);
  for (let round = 0, changed = true; changed; round++) {
    if (round > T + 1) return undefined; // a precedence cycle
    changed = false;
    for (let t = 0; t < T; t++) {
      if (!isIn(t)) continue;
      let low = earliest[t] ?? 0;
      let high = latest[t] ?? C - 1;
      for (const u of problem.mustFollow[t] ?? []) if (isIn(u)) low = Math.max(low, (earliest[u] ?? 0) + 1);
      for (const u of problem.mustPrecede[t] ?? [])
        if (isIn(u)) high = Math.min(high, (latest[u] ?? C - 1) - 1);
      while (low < C && !allowed[t * C + low]) low++;
      while (high >= 0 && !allowed[t * C + high]) high--;
      if (low > high) return undefined;
      if (low !== earliest[t] || high !== latest[t]) changed = true;
      earliest[t] = low;
      latest[t] = high;
    }
  }
  return { earliest, latest };
}

/**
 * A lower bound on the repetition cost every assignment pays: required themes that are pairwise
 * near-identical (greedy disjoint cliques) cannot all be a repetition gap apart. Cut the cycles into
 * blocks of `gapCycles`; any two themes in one block clash, and spreading a clique evenly over the
 * blocks is the best it can do. Admissible, and independent of the search's own bound (other rules).
 * A theme that alone covers a required line counts as required (every programme takes it up).
 */
export function repetitionLowerBound(problem: Problem): number {
  const { T, C, gapCycles, similar, repetitionWeight } = problem;
  if (repetitionWeight === 0 || gapCycles === 0) return 0;
  const blocks = Math.ceil(C / gapCycles);
  const optional = optionalInEffect(problem);
  const taken = new Uint8Array(T);
  let pairs = 0;
  for (let t = 0; t < T; t++) {
    if (taken[t] || optional[t]) continue;
    const clique = [t];
    taken[t] = 1;
    for (const u of similar[t] ?? []) {
      if (taken[u] || optional[u]) continue;
      if (clique.every((v) => (similar[v] ?? []).includes(u))) {
        clique.push(u);
        taken[u] = 1;
      }
    }
    const k = clique.length;
    const q = Math.floor(k / blocks);
    const r = k % blocks;
    pairs += (r * ((q + 1) * q)) / 2 + ((blocks - r) * (q * (q - 1))) / 2;
  }
  return pairs * repetitionWeight;
}
