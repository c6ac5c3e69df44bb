// The draft solver against honest peers (issue #14), every figure from this one run:
// 1. real size, 7 cycles × 20 themes: 20 DISTINCT instances (themes with varied lines, mandates,
//    goals, optional themes, pins, forbids, a precedence) that need branching: the first feasible
//    seeds whose LP relaxation of the tight MILP (truly relaxed: no Binary section) is fractional;
//    the table gives each one's LP bound. Ours against GLPK (glpk.js) and
//    HiGHS (the `highs` wasm build) on the TIGHT formulation (test/support/draftMilp.ts: one
//    dual-mandate inequality per side, clique-window cuts for repetition), each solved to a proof.
//    Two comparisons, each doing the same work on both sides:
//    - solve alone: from the same compiled problem to a decoded assignment (ours: draftProgramme's
//      search, `solveCompiled`; a peer: its model built from the problem (HiGHS's LP text built
//      beforehand, untimed: its best case), solved, decoded);
//    - whole call: from the spec to a checked programme (ours: draftProgramme; a peer: the same
//      compilation, its solve, the same layout and check: what a user drafting through GLPK does).
//    Before, draftProgramme's whole call was timed against a peer's solve alone; that ratio is
//    still printed, marked as unequal work.
//    Each solver is first warmed on 10 other instances (3 rounds, untimed: a JIT needs more than one
//    call). Six timed rounds, one in each order of the three solvers, so each runs first, second and
//    third and after each of the others alike (a call after another solver's runs from colder caches);
//    per instance the median of the rounds, wall and CPU time (user + system: the peers run in this
//    process). Every answer of every round is decoded into a programme and re-scored with
//    checkProgramme's own score; any disagreement (a peer's objective that is not the re-score, two
//    proven optima that differ, a whole call that scores other than its solve) fails the benchmark.
// 2. 1,000 real-size scenario drafts: total time.
// 3. large cases: an easy 50 × 200, the hard 50 × 200 (scarce STI, one or two lines a theme), a
//    40 × 200 with 140 optional themes, each within draftProgramme's default budget, against HiGHS
//    given the same wall time (its incumbent, re-scored); and 150 × 500 under `timeLimitMs: 300`.
// 4. a wider sample: every feasible real-size instance of seeds 1–400 drafted once with the default
//    budget (the timed 20 are among them, and none is hard for us; about one in thirty of the
//    rest is), how many are proven and how long they take; each one not proven also solved by GLPK
//    and HiGHS (10 s each), their answers re-scored, so the table says whether ours found the optimum.
import { performance } from "node:perf_hooks";
import { type Assignment, costOf, type Problem } from "../src/draft/_lib/problem.ts";
import { seededRandom } from "../src/draft/_lib/random.ts";
import { compileDraft, type Solved, solveCompiled } from "../src/draft/draftProgramme.ts";
import {
  checkProgramme,
  type DraftResult,
  type DraftSpec,
  distilThemes,
  draftProgramme,
  InfeasibleError,
  type ThemeInput,
  WSIS_DEFAULT_THEMES,
  wsis,
} from "../src/index.ts";
import { loadGlpk, type PeerResult, solveGlpk } from "../test/support/glpkDraftModel.ts";
import { highsModel, highsRelaxation, loadHighs, solveHighs } from "../test/support/highsDraftModel.ts";
import { isMain, table } from "./_lib.ts";

interface DraftTheme {
  id: string;
  title: string;
  mandate: "wsis" | "sti" | "both";
  actionLines: string[];
  sdgs: number[];
  optional: boolean;
}

/** The first real-size instance: 14 distilled WSIS themes and 6 with the STI mandate too, all optional; 7 cycles. */
export function realSpec(seed = 0): DraftSpec {
  const sti = WSIS_DEFAULT_THEMES.filter((theme) => theme.mandate === "both").map((theme) => ({
    ...theme,
    id: `sti-${theme.id}`,
    actionLines: [...theme.actionLines],
    sdgs: [...theme.sdgs],
    tags: [...theme.tags],
    optional: true,
  }));
  const foresight = {
    id: "sti-foresight",
    title: "Technology foresight for sustainable development",
    mandate: "sti" as const,
    actionLines: [],
    sdgs: [9, 17],
    optional: true,
  };
  return {
    title: "Real size",
    startYear: 2027,
    cycles: 7,
    themes: [
      ...distilThemes(wsis, { count: 14 }).map((theme) => ({ ...theme, optional: true })),
      ...sti,
      foresight,
    ],
    precedence: [{ before: "c1_c11", after: "c8_c9" }],
    seed,
  };
}

/** A seeded integer in [0, n) from the PRNG's high bits (mulberry32 returns a uniform fraction). */
function draws(seed: number): (n: number) => number {
  const random = seededRandom(seed);
  return (n: number) => Math.floor(random() * n);
}

/**
 * A distinct real-size instance: 20 themes over 7 cycles, up to 3 a cycle. Each theme gets one to
 * three lines (top-level or sub-lines), a mandate (about half WSIS, a third both, the rest STI only),
 * usually one or two SDGs; some are near-variants of another (so repetition matters); 4–8 optional
 * themes, 1–2 pins, 0–2 forbids, 0–1 precedence. Every top-level line has a WSIS coverer.
 */
export function realInstance(
  seed: number,
  shape: { variants?: number; perCycle?: number; sti?: number } = {},
): DraftSpec {
  const { variants = 4, perCycle = 3, sti = 10 } = shape;
  const next = draws(0x9e3779b9 ^ (seed * 7919));
  const all = wsis.actionLines.map((line) => line.id);
  const top = all.filter((id) => !id.includes("."));
  const T = 20;
  const mandates = Array.from({ length: T }, () => {
    const r = next(20);
    return r < 20 - sti
      ? ("wsis" as const)
      : r < 20 - sti + (sti * 7) / 10
        ? ("both" as const)
        : ("sti" as const);
  });
  const themes: DraftTheme[] = [];
  let coverer = 0;
  for (let i = 0; i < T; i++) {
    const mandate = mandates[i] ?? "wsis";
    let lines: string[];
    const variantOf = i > 2 && next(variants) === 0 ? themes[next(i)] : undefined;
    if (variantOf !== undefined && variantOf.actionLines.length > 0) {
      lines = [...variantOf.actionLines];
      if (next(2) === 0) lines.push(all[next(all.length)] ?? "C1");
    } else {
      lines = Array.from({ length: 1 + next(3) }, () => all[next(all.length)] ?? "C1");
    }
    if (mandate !== "sti" && coverer < top.length) lines.unshift(top[coverer++] ?? "C1");
    themes.push({
      id: `s${seed}t${i}`,
      title: `Instance ${seed} theme ${i}`,
      mandate,
      actionLines: [...new Set(lines)],
      sdgs: next(5) === 0 ? [] : [...new Set(Array.from({ length: 1 + next(2) }, () => 1 + next(17)))],
      optional: false,
    });
  }
  // Lines no WSIS theme took: give them to WSIS themes in turn.
  const wsisThemes = themes.filter((theme) => theme.mandate !== "sti");
  for (let k = coverer; k < top.length; k++)
    wsisThemes[k % wsisThemes.length]?.actionLines.push(top[k] ?? "C1");
  const optionalCount = 4 + next(5);
  for (let k = 0; k < optionalCount; k++) {
    const theme = themes[next(T)];
    if (theme !== undefined) theme.optional = true;
  }
  const id = (k: number) => themes[k]?.id ?? "";
  const pins = Array.from({ length: 1 + next(2) }, () => ({ theme: id(next(T)), cycle: 1 + next(7) }));
  const forbid = Array.from({ length: next(3) }, () => ({ theme: id(next(T)), cycle: 1 + next(7) }));
  const a = next(T);
  const b = (a + 1 + next(T - 1)) % T;
  const precedence = next(2) === 0 ? [{ before: id(a), after: id(b) }] : [];
  return {
    title: `Real-size instance ${seed}`,
    startYear: 2027,
    cycles: 7,
    themes,
    themesPerCycle: { min: 1, max: perCycle },
    pins: pins.filter((pin, k) => pins.findIndex((other) => other.theme === pin.theme) === k),
    forbid,
    precedence,
    seed,
  };
}

/** A large synthetic instance: `count` themes of one to three lines, a third with the STI mandate too. */
export function largeSpec(cycles: number, count: number, cycleLength = 2): DraftSpec {
  const lines = wsis.actionLines.map((line) => line.id);
  let state = 12345;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const themes: ThemeInput[] & { optional: boolean }[] = Array.from({ length: count }, (_, i) => {
    const own = [...new Set(Array.from({ length: 1 + next(3) }, () => lines[next(lines.length)] ?? "C1"))];
    return {
      id: `t${i}`,
      title: `Theme ${i}`,
      mandate: next(3) === 0 ? ("both" as const) : ("wsis" as const),
      actionLines: own,
      sdgs: next(5) === 0 ? [] : [1 + next(17)],
      optional: true,
    };
  });
  return { title: "Large", startYear: 2027, cycles, cycleLength, themes };
}

/**
 * A harder large instance: lines from a small set (so many themes are near-identical), one or two
 * lines a theme, one theme in eight with the STI mandate too, up to three themes a cycle; the first
 * `required` themes must be taken up. Draws come from the PRNG's high bits (an LCG's low bits
 * cycle with a short period: the old generator gave 198 of 200 themes the STI side and one line each).
 */
export function hardLargeSpec(cycles: number, count: number, required = Math.round(count * 0.6)): DraftSpec {
  const lines = ["C1", "C2", "C3", "C4", "C5", "C6", "C7.e-health", "C8", "C9", "C10", "C11"];
  const next = draws(777);
  const themes = Array.from({ length: count }, (_, i) => ({
    id: `t${i}`,
    title: `Theme ${i}`,
    mandate: next(8) === 0 ? ("both" as const) : ("wsis" as const),
    actionLines: [...new Set(Array.from({ length: 1 + next(2) }, () => lines[next(lines.length)] ?? "C1"))],
    sdgs: next(3) === 0 ? [] : [1 + next(17)],
    optional: i >= required,
  }));
  return { title: "Hard large", startYear: 2027, cycles, themes, themesPerCycle: { min: 1, max: 3 } };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** An assignment (cycle per theme, -1 out) as the cycles' theme ids. */
function cyclesOf(themes: readonly { id: string }[], assignment: Assignment, cycles: number): string[][] {
  const out: string[][] = Array.from({ length: cycles }, () => []);
  themes.forEach((theme, t) => {
    const c = assignment[t] ?? -1;
    if (c >= 0) out[c]?.push(theme.id);
  });
  return out;
}

interface Rescorer {
  readonly problem: Problem;
  /** checkProgramme's soft score (and whether it has a hard finding) of an assignment. */
  readonly score: (assignment: Assignment) => { soft: number; ok: boolean };
  /** Our result's assignment in the problem's indices. */
  readonly ours: (result: DraftResult) => Assignment;
}

function rescorer(spec: DraftSpec): Rescorer {
  const { problem, programmeFor, prepared, themes } = compileDraft(spec, wsis);
  const index = new Map(themes.map((theme, t) => [theme.id, t]));
  return {
    problem,
    score: (assignment) => {
      const report = checkProgramme(programmeFor(cyclesOf(themes, assignment, problem.C)), prepared);
      return { soft: report.score.soft, ok: report.ok };
    },
    ours: (result) => {
      const out = new Int32Array(problem.T).fill(-1);
      result.programme.cycles.forEach((cycle, c) => {
        for (const id of cycle.themes) out[index.get(id) ?? 0] = c;
      });
      return out;
    },
  };
}

/**
 * A draft through a peer, doing the work draftProgramme does around its search: the same compilation
 * of the spec, the peer's solve (its model built from the problem, solved, decoded), and the same
 * layout and check of the programme. Its objective is the check's soft score, as draftProgramme's is.
 */
function peerDraft(
  spec: DraftSpec,
  solve: (problem: Problem) => PeerResult,
): { objective: number | undefined; ok: boolean } {
  const { problem, themes, programmeFor, check } = compileDraft(spec, wsis);
  const { assignment } = solve(problem);
  if (assignment === undefined) return { objective: undefined, ok: false };
  const report = check(programmeFor(cyclesOf(themes, assignment, problem.C)));
  return { objective: report.score.soft, ok: report.ok };
}

/** Time limit of each peer's solve at real size (an instance a peer cannot prove by then says so). */
const PEER_LIMIT_MS = 10_000;
/**
 * The order of the three solvers (0 ours, 1 GLPK, 2 HiGHS) in each timed round of a real-size
 * instance: every permutation once, so each solver is timed first, second and third twice, and runs
 * after each of the others about equally often. A call runs slower after another solver's call (its
 * caches are cold: ours takes about 0.8 ms a call warm, 1.0 ms after GLPK's and 1.3 ms after HiGHS's),
 * so who goes before whom matters: with the three rotations this benchmark used before, ours followed
 * HiGHS in 4 of 7 rounds and GLPK never did. Two rounds were too few: a solver's first calls on an
 * instance run cold, and a median of two keeps that.
 */
const ROUND_ORDERS = [
  [0, 1, 2],
  [0, 2, 1],
  [1, 0, 2],
  [1, 2, 0],
  [2, 0, 1],
  [2, 1, 0],
] as const;
const ROUNDS = ROUND_ORDERS.length;
/** Untimed warm-up: instances (seeds from 1001, none of the timed ones), rounds, and a peer's limit. */
const WARM_INSTANCES = 10;
const WARM_ROUNDS = 3;
const WARM_LIMIT_MS = 500;
/** The wider sample's seeds: 1 to this. */
const WIDE_SEEDS = 400;
/** Real-size instances' shape: a quarter of the themes near-variants of another. */
const REAL_SHAPE = { variants: 4 };

const failures: string[] = [];
/** Equal up to the peers' own tolerances (HiGHS accepts x = 1 − 1e-6 as integral). */
function agree(what: string, a: number, b: number): void {
  if (Math.abs(a - b) > 1e-3 * Math.max(1, Math.abs(b))) failures.push(`${what}: ${a} ≠ ${b}`);
}

/** A peer's answer re-scored: its own objective must be the re-score minus the assignment-free constant. */
function checkPeer(name: string, r: Rescorer, peer: PeerResult, constant: number): number | undefined {
  if (peer.assignment === undefined || peer.objective === undefined) return undefined;
  const { soft, ok } = r.score(peer.assignment);
  if (!ok) failures.push(`${name}: its programme has a hard finding`);
  if (peer.status === "optimal") {
    agree(`${name}: objective vs checkProgramme's re-score`, peer.objective + constant, soft);
    agree(`${name}: objective vs the solver's costOf`, peer.objective, costOf(r.problem, peer.assignment));
  } else if (peer.objective + constant < soft - 1e-3 * Math.max(1, soft)) {
    // Stopped at its limit, a peer's cost variables need not be tight yet (its objective is then an
    // upper bound on its placements' cost), but never below what its placements cost.
    failures.push(`${name}: objective ${peer.objective + constant} below its programme's re-score ${soft}`);
  }
  return soft;
}

/** Wall and CPU (user + system) milliseconds of a call; the peers are WebAssembly in this process, so both count alike. */
function timed<T>(fn: () => T): { value: T; ms: number; cpu: number } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return { value, ms: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

export async function run(): Promise<string> {
  const lines: string[] = [];
  const glpk = await loadGlpk();
  const highs = await loadHighs();
  // Warm the peers and ours outside the timings (wasm compilation, JIT), on instances that are not
  // timed: one call is not enough for a JIT (ours took 3–10 ms a call on the first timed instances,
  // 1–3 ms once warm), so each solver gets WARM_ROUNDS rounds on WARM_INSTANCES other real-size
  // instances, in rotating order; a peer's warm-up call stops at WARM_LIMIT_MS.
  {
    const warm: DraftSpec[] = [];
    for (let seed = 1001; warm.length < WARM_INSTANCES; seed++) {
      const spec = realInstance(seed, REAL_SHAPE);
      try {
        compileDraft(spec, wsis);
        warm.push(spec);
      } catch (error) {
        if (!(error instanceof InfeasibleError)) throw error;
      }
    }
    for (let round = 0; round < WARM_ROUNDS; round++)
      for (const spec of warm) {
        const r = rescorer(spec);
        const solvers = [
          () => solveGlpk(glpk, r.problem, WARM_LIMIT_MS),
          () => solveHighs(highs, r.problem, WARM_LIMIT_MS),
          () => draftProgramme(spec),
        ];
        for (let k = 0; k < 3; k++) solvers[(k + round) % 3]?.();
      }
  }

  // Which parts to run: DRAFT_BENCH_PARTS=large,real,sweep (all by default).
  const parts = (process.env["DRAFT_BENCH_PARTS"] ?? "large,real,wide,sweep").split(",");
  if (parts.includes("large")) {
    // 3 (run first). Large cases, each in draftProgramme's default budget; HiGHS gets the same wall time.
    const large: (string | number)[][] = [];
    const cases: [string, DraftSpec, number | undefined][] = [
      ["easy 50 × 200, all optional, 2 a cycle", largeSpec(50, 200), 120_000],
      ["hard 50 × 200, 120 required, 3 a cycle, scarce STI", hardLargeSpec(50, 200), undefined],
      ["40 × 200, 60 required, 140 optional", hardLargeSpec(40, 200, 60), undefined],
    ];
    for (const [name, spec, highsLimit] of cases) {
      const r = rescorer(spec);
      const ours = timed(() => draftProgramme(spec));
      const assignment = r.ours(ours.value);
      const constant = ours.value.stats.objective - costOf(r.problem, assignment);
      // The easy case: HiGHS to its proof; the hard ones: HiGHS's incumbent at our time.
      const limit = highsLimit ?? Math.max(ours.ms, 1000);
      const h = timed(() => solveHighs(highs, r.problem, limit));
      const hs = checkPeer(`${name} HiGHS`, r, h.value, constant);
      if (ours.value.stats.optimal && h.value.status === "optimal")
        agree(`${name}: ours vs HiGHS`, ours.value.stats.objective, hs ?? Number.NaN);
      const { stats } = ours.value;
      console.error(
        `${name}: ours ${stats.objective} (bound ${stats.bound}) in ${ours.ms.toFixed(0)} ms; HiGHS ${hs} (${h.value.status}) in ${h.ms.toFixed(0)} ms`,
      );
      large.push([
        name,
        `${ours.ms.toFixed(0)} (CPU ${ours.cpu.toFixed(0)})`,
        stats.objective,
        stats.bound,
        `${(stats.gap * 100).toFixed(1)} %`,
        stats.optimal ? "yes" : `no (${stats.stoppedBy})`,
        stats.leftOut.length,
        `${hs ?? "none"} (${h.value.status}${h.value.status === "limit" ? `, own objective ${h.value.objective === undefined ? "-" : (h.value.objective + constant).toFixed(0)}` : ""}) in ${h.ms.toFixed(0)} ms`,
        highsLimit === undefined
          ? "equal time"
          : `${(ours.ms / h.ms).toFixed(3)} (CPU ${(ours.cpu / h.cpu).toFixed(3)})`,
      ]);
    }
    {
      // One-year cycles: 150 two-year cycles from 2027 would end after 2200, the calendar's limit.
      const spec = { ...largeSpec(150, 500, 1), timeLimitMs: 300 };
      let ours: { value: DraftResult | undefined; ms: number };
      const start = performance.now();
      try {
        ours = timed(() => draftProgramme(spec));
      } catch (error) {
        if (!(error instanceof InfeasibleError)) throw error;
        // No programme found within the limit (the solver says so rather than make one up): a miss.
        ours = { value: undefined, ms: performance.now() - start };
      }
      const stats = ours.value?.stats ?? {
        objective: "none",
        bound: "-",
        gap: Number.NaN,
        optimal: false,
        stoppedBy: "timeLimit, no programme found",
        leftOut: [],
      };
      large.push([
        "150 one-year cycles × 500, timeLimitMs 300",
        ours.ms.toFixed(0),
        stats.objective,
        stats.bound,
        `${(stats.gap * 100).toFixed(1)} %`,
        stats.optimal ? "yes" : `no (${stats.stoppedBy})`,
        stats.leftOut.length,
        "-",
        `${ours.ms <= 300 ? `within the limit, ${(300 - ours.ms).toFixed(0)} ms to spare` : `over the limit by ${(ours.ms - 300).toFixed(0)} ms`} (target ≤ 400 over)`,
      ]);
    }
    lines.push(
      "### Large cases",
      "",
      table(
        [
          "case",
          "ours ms",
          "objective",
          "bound",
          "gap",
          "proven",
          "left out",
          "HiGHS (re-scored)",
          "ours/HiGHS",
        ],
        large,
      ),
      "",
      "targets: easy ≤ 0.2× HiGHS; hard cases gap ≤ 2 % or proven, and no worse than HiGHS's incumbent at equal time",
    );
  }
  if (parts.includes("real")) {
    // 1. Real size: distinct instances that need branching.
    const instances: { seed: number; spec: DraftSpec; lp: number }[] = [];
    // Seeds passed over because the tight LP relaxation is already integral (no branching needed).
    const integral: number[] = [];
    for (let seed = 1; instances.length < 20 && seed < 400; seed++) {
      const spec = realInstance(seed, REAL_SHAPE);
      let problem: Problem;
      try {
        problem = compileDraft(spec, wsis).problem;
      } catch (error) {
        if (error instanceof InfeasibleError) continue;
        throw error;
      }
      // Whether the LP relaxation of the tight MILP has a fractional placement (then it needs branching).
      // (A model with a Binary section is solved as a MILP whatever the solver option: the relaxation
      // drops it. An earlier version of this benchmark did not, and called every relaxation integral.)
      const relaxed = highs.solve(highsRelaxation(problem), { output_flag: false });
      if (relaxed.Status !== "Optimal") continue;
      const columns = relaxed.Columns as Record<string, { Primal?: number }>;
      const fractional = Object.entries(columns).some(
        ([name, column]) =>
          name.startsWith("x_") && Math.abs((column.Primal ?? 0) - Math.round(column.Primal ?? 0)) > 1e-6,
      );
      // Only those that need branching are timed (issue 14): a peer proves an integral one at its root.
      if (fractional) instances.push({ seed, spec, lp: relaxed.ObjectiveValue });
      else integral.push(seed);
    }
    const rows: (string | number)[][] = [];
    // Per instance: [solve, whole call] × [wall, CPU] ratios against each peer, and the unequal one.
    const ratios = {
      solve: { glpk: [] as number[], highs: [] as number[] },
      solveCpu: { glpk: [] as number[], highs: [] as number[] },
      whole: { glpk: [] as number[], highs: [] as number[] },
      wholeCpu: { glpk: [] as number[], highs: [] as number[] },
      unequal: { glpk: [] as number[], highs: [] as number[] },
    };
    let proven = 0;
    for (const { seed, spec, lp } of instances) {
      const r = rescorer(spec);
      // Compiled once, untimed, for the solve-alone part: each solver then starts from the same problem.
      const compiled = compileDraft(spec, wsis);
      const text = highsModel(compiled.problem);
      const names = ["ours", "glpk", "highs"] as const;
      type Name = (typeof names)[number];
      const blank = () => ({ ours: [] as number[], glpk: [] as number[], highs: [] as number[] });
      const times = { solve: blank(), whole: blank() };
      const cpu = { solve: blank(), whole: blank() };
      const solved: Solved[] = [];
      const peers: Record<"glpk" | "highs", PeerResult[]> = { glpk: [], highs: [] };
      const drafts: Record<Name, { objective: number | undefined; ok: boolean }[]> = {
        ours: [],
        glpk: [],
        highs: [],
      };
      let result: DraftResult | undefined;
      const record = <T>(part: "solve" | "whole", name: Name, fn: () => T): T => {
        const t = timed(fn);
        times[part][name].push(t.ms);
        cpu[part][name].push(t.cpu);
        return t.value;
      };
      const peerSolve = {
        glpk: (problem: Problem) => solveGlpk(glpk, problem, PEER_LIMIT_MS),
        highs: (problem: Problem, model = highsModel(problem)) =>
          solveHighs(highs, problem, PEER_LIMIT_MS, model),
      };
      const solveAlone: Record<Name, () => void> = {
        ours: () => solved.push(record("solve", "ours", () => solveCompiled(compiled, wsis))),
        glpk: () => peers.glpk.push(record("solve", "glpk", () => peerSolve.glpk(compiled.problem))),
        highs: () =>
          peers.highs.push(record("solve", "highs", () => peerSolve.highs(compiled.problem, text))),
      };
      const wholeCall: Record<Name, () => void> = {
        ours: () => {
          result = record("whole", "ours", () => draftProgramme(spec));
          drafts.ours.push({ objective: result.stats.objective, ok: result.report.ok });
        },
        glpk: () => drafts.glpk.push(record("whole", "glpk", () => peerDraft(spec, peerSolve.glpk))),
        highs: () => drafts.highs.push(record("whole", "highs", () => peerDraft(spec, peerSolve.highs))),
      };
      // ROUNDS rounds, each in another order (see ROUND_ORDERS): the three solves alone, then the three whole calls.
      for (const order of ROUND_ORDERS) {
        for (const k of order) solveAlone[names[k]]();
        for (const k of order) wholeCall[names[k]]();
      }
      if (result === undefined) throw new Error("a solver did not run");
      const assignment = r.ours(result);
      const constant = result.stats.objective - costOf(r.problem, assignment);
      agree(
        `instance ${seed}: ours vs checkProgramme's re-score`,
        result.stats.objective,
        r.score(assignment).soft,
      );
      // Every round's answers re-checked, not only the last: the search leaves the compiled draft as it was.
      for (const s of solved) {
        const cost = costOf(r.problem, s.assignment);
        agree(
          `instance ${seed}: our solve alone vs draftProgramme`,
          r.score(s.assignment).soft,
          result.stats.objective,
        );
        if (s.lowerBound > cost + 1e-9)
          failures.push(
            `instance ${seed}: our solve alone bounds ${s.lowerBound} above its own cost ${cost}`,
          );
        if (s.optimal !== result.stats.optimal)
          failures.push(`instance ${seed}: our solve alone and draftProgramme differ on the proof`);
      }
      const status = { glpk: "", highs: "" };
      const score: Record<"glpk" | "highs", number | undefined> = { glpk: undefined, highs: undefined };
      for (const peer of ["glpk", "highs"] as const) {
        const label = peer === "glpk" ? "GLPK" : "HiGHS";
        for (const answer of peers[peer]) {
          const soft = checkPeer(`instance ${seed} ${label}`, r, answer, constant);
          score[peer] = soft;
          status[peer] = answer.status;
          if (result.stats.optimal && answer.status === "optimal")
            agree(`instance ${seed}: ours vs ${label}`, result.stats.objective, soft ?? Number.NaN);
        }
        // The peer's whole call: its programme, checked as ours is, scores what its solve alone did.
        for (const draft of drafts[peer]) {
          if (!draft.ok)
            failures.push(`instance ${seed} ${label} whole call: its programme has a hard finding`);
          agree(
            `instance ${seed} ${label}: whole call vs solve alone`,
            draft.objective ?? Number.NaN,
            score[peer] ?? Number.NaN,
          );
        }
      }
      if (result.stats.optimal) proven++;
      const m = (part: "solve" | "whole", name: Name) => median(times[part][name]);
      const c = (part: "solve" | "whole", name: Name) => median(cpu[part][name]);
      for (const peer of ["glpk", "highs"] as const) {
        ratios.solve[peer].push(m("solve", "ours") / m("solve", peer));
        ratios.solveCpu[peer].push(c("solve", "ours") / c("solve", peer));
        ratios.whole[peer].push(m("whole", "ours") / m("whole", peer));
        ratios.wholeCpu[peer].push(c("whole", "ours") / c("whole", peer));
        ratios.unequal[peer].push(m("whole", "ours") / m("solve", peer));
      }
      console.error(
        `instance ${seed}: ours ${result.stats.objective} ${result.stats.optimal ? "proven" : `not proven (bound ${result.stats.bound})`}, GLPK ${status.glpk} ${score.glpk}, HiGHS ${status.highs} ${score.highs}; solve ${m("solve", "ours").toFixed(2)} / ${m("solve", "glpk").toFixed(2)} / ${m("solve", "highs").toFixed(1)} ms, whole ${m("whole", "ours").toFixed(2)} / ${m("whole", "glpk").toFixed(2)} / ${m("whole", "highs").toFixed(1)} ms`,
      );
      const ms = (part: "solve" | "whole", name: Name) => {
        const value = m(part, name).toFixed(name === "highs" ? 1 : 2);
        const peerStatus = name === "ours" ? "optimal" : status[name];
        return peerStatus === "optimal" ? value : `${value} (${peerStatus})`;
      };
      const last = <T>(values: T[]) => values[values.length - 1] as T;
      rows.push([
        seed,
        `${result.stats.objective}${result.stats.optimal ? "" : " (not proven)"}`,
        (lp + constant).toFixed(2),
        last(solved).steps,
        `${ms("solve", "ours")} / ${ms("solve", "glpk")} / ${ms("solve", "highs")}`,
        `${last(ratios.solve.glpk).toFixed(3)} / ${last(ratios.solve.highs).toFixed(3)}`,
        `${ms("whole", "ours")} / ${ms("whole", "glpk")} / ${ms("whole", "highs")}`,
        `${last(ratios.whole.glpk).toFixed(3)} / ${last(ratios.whole.highs).toFixed(3)}`,
      ]);
    }
    const pair = (values: { glpk: number[]; highs: number[] }) =>
      `${median(values.glpk).toFixed(3)}× GLPK, ${median(values.highs).toFixed(3)}× HiGHS`;
    lines.push(
      `### Real size, 7 cycles × 20 themes: ${instances.length} distinct feasible instances that need branching (the tight MILP's LP relaxation is fractional; seeds ${integral.join(", ")} passed over: theirs is integral); peers limited to ${PEER_LIMIT_MS / 1000} s`,
      "",
      "Solve alone: each solver from the same compiled problem (ours: the search of draftProgramme; a peer: its model built, solved, decoded). Whole call: from the spec to the checked programme (ours: draftProgramme; a peer: the same compilation, its solve, the same layout and check). Times are wall ms, ours / GLPK / HiGHS; ratios ours/GLPK / ours/HiGHS.",
      "",
      table(
        [
          "instance",
          "optimum",
          "LP bound",
          "our steps",
          "solve ms",
          "solve ratios",
          "whole call ms",
          "whole ratios",
        ],
        rows,
      ),
      "",
      `medians (target ≤ 0.5× each): solve alone ${pair(ratios.solve)} (CPU ${pair(ratios.solveCpu)}); whole call ${pair(ratios.whole)} (CPU ${pair(ratios.wholeCpu)}); draftProgramme's whole call against a peer's solve alone (unequal work, as this benchmark compared before) ${pair(ratios.unequal)}. Proven optimal ${proven}/${instances.length}; each time the median of ${ROUNDS} rounds, one in each order of the three solvers`,
      "",
    );
  }
  if (parts.includes("wide")) {
    // 4. Every feasible real-size instance of seeds 1–400, once each with the default budget.
    const times: number[] = [];
    const open: (string | number)[][] = [];
    let proven = 0;
    for (let seed = 1; seed <= WIDE_SEEDS; seed++) {
      const spec = realInstance(seed, REAL_SHAPE);
      let ours: ReturnType<typeof timed<DraftResult>>;
      try {
        ours = timed(() => draftProgramme(spec));
      } catch (error) {
        if (error instanceof InfeasibleError) continue;
        throw error;
      }
      times.push(ours.ms);
      const { stats } = ours.value;
      if (stats.optimal) {
        proven++;
        continue;
      }
      const r = rescorer(spec);
      const constant = stats.objective - costOf(r.problem, r.ours(ours.value));
      const g = timed(() => solveGlpk(glpk, r.problem, PEER_LIMIT_MS));
      const h = timed(() => solveHighs(highs, r.problem, PEER_LIMIT_MS));
      const gs = checkPeer(`wide instance ${seed} GLPK`, r, g.value, constant);
      const hs = checkPeer(`wide instance ${seed} HiGHS`, r, h.value, constant);
      // A peer's proven optimum is a bound too: ours must not be below it.
      for (const [name, peer, soft] of [
        ["GLPK", g.value, gs],
        ["HiGHS", h.value, hs],
      ] as const) {
        if (peer.status === "optimal" && soft !== undefined && stats.objective < soft - 1e-6)
          failures.push(
            `wide instance ${seed}: ours ${stats.objective} below ${name}'s proven optimum ${soft}`,
          );
        if (peer.status === "optimal" && soft !== undefined && stats.bound > soft + 1e-6)
          failures.push(
            `wide instance ${seed}: our bound ${stats.bound} above ${name}'s proven optimum ${soft}`,
          );
      }
      const peerCell = (peer: PeerResult, soft: number | undefined, ms: number) =>
        `${soft ?? "none"} (${peer.status}) in ${ms.toFixed(0)} ms`;
      open.push([
        seed,
        `${stats.objective} (bound ${stats.bound}, stopped by ${stats.stoppedBy})`,
        ours.ms.toFixed(0),
        peerCell(g.value, gs, g.ms),
        peerCell(h.value, hs, h.ms),
      ]);
      console.error(
        `wide instance ${seed}: ours ${stats.objective} not proven in ${ours.ms.toFixed(0)} ms; GLPK ${gs} (${g.value.status}), HiGHS ${hs} (${h.value.status})`,
      );
    }
    const sorted = [...times].sort((a, b) => a - b);
    const at = (q: number) =>
      (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(1);
    lines.push(
      `### Wider sample: every feasible real-size instance of seeds 1–${WIDE_SEEDS}, draftProgramme once each (default budget)`,
      "",
      `${times.length} feasible instances; proven optimal ${proven}/${times.length}; ms a call: median ${at(0.5)}, 90th percentile ${at(0.9)}, 99th ${at(0.99)}, most ${sorted[sorted.length - 1]?.toFixed(0)}`,
      "",
      ...(open.length === 0
        ? []
        : [
            "Not proven (re-scored objectives; peers limited to 10 s):",
            "",
            table(["instance", "ours", "ours ms", "GLPK", "HiGHS"], open),
            "",
          ]),
    );
  }
  if (parts.includes("sweep")) {
    // 2. A thousand scenario drafts: each pins a different theme to a different cycle, with its own seed.
    const base = realSpec();
    const ids = (base.themes ?? []).map((theme) => theme.id);
    const sweepStart = performance.now();
    let sweepProven = 0;
    let infeasible = 0;
    for (let i = 0; i < 1000; i++) {
      try {
        const { stats } = draftProgramme({
          ...base,
          seed: i,
          pins: [{ theme: ids[i % ids.length] ?? "c2", cycle: 1 + (i % 7) }],
        });
        if (stats.optimal) sweepProven++;
      } catch {
        infeasible++;
      }
    }
    const sweepMs = performance.now() - sweepStart;
    lines.push(
      `1,000 real-size scenario drafts: ${(sweepMs / 1000).toFixed(2)} s in all (target ≤ 30 s); ${sweepProven} proven optimal, ${infeasible} infeasible`,
      "",
    );
  }
  if (failures.length > 0) {
    throw new Error(`the solvers disagree:\n${failures.join("\n")}`);
  }
  return lines.join("\n");
}

if (isMain(import.meta.url)) console.log(await run());
