// alignWithUngis on programmes of 2, 20 and 200 years (two themes a two-year cycle) against UNGIS
// plans of 10, 100 and 1,000 themes (five a year), against the baseline of parsing the same inputs
// (JSON.parse + parseProgramme + parseUngisPlan, all of which alignWithUngis also does, so the ratio
// is at least 1). Near-linear growth shows as a time ratio of about 10 (or less, while fixed costs
// weigh) between sizes ten times apart, and an align/parse ratio that does not climb with size.
import {
  alignWithUngis,
  createProgramme,
  type ProgrammeSpec,
  parseProgramme,
  parseUngisPlan,
  type UngisPlan,
  wsis,
} from "../src/index.ts";
import { isMain, medianMs, table } from "./_lib.ts";

const LINES = wsis.actionLines.map((line) => line.id);

/** A small deterministic generator (LCG), so every run times the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function linesOf(next: () => number, count: number): string[] {
  const out = new Set<string>();
  while (out.size < count) out.add(LINES[Math.floor(next() * LINES.length)] ?? "C1");
  return [...out];
}

/** A programme of `years` years in two-year cycles, two themes a cycle, each theme with 1–4 action lines. */
export function benchProgrammeSpec(years: number): ProgrammeSpec {
  const next = random(years);
  const cycleCount = years / 2;
  const themes = Array.from({ length: cycleCount * 2 }, (_, i) => ({
    id: `theme-${i}`,
    title: `Theme ${i}`,
    mandate: i % 5 === 4 ? ("sti" as const) : ("wsis" as const),
    actionLines: linesOf(next, 1 + Math.floor(next() * 4)),
  }));
  return {
    title: `Bench ${years} years`,
    startYear: 1991,
    cycles: Array.from({ length: cycleCount }, (_, c) => ({
      themes: [`theme-${2 * c}`, `theme-${2 * c + 1}`],
    })),
    themes,
  };
}

/** A UNGIS plan of five themes a year over the years that feed the programme: two near-mirrors, three random. */
export function benchPlan(spec: ProgrammeSpec, years: number): UngisPlan {
  const next = random(years * 7 + 1);
  const themes = new Map(spec.themes.map((theme) => [theme.id, theme]));
  const cycles = spec.cycles as { themes: string[] }[];
  return {
    years: Array.from({ length: years }, (_, k) => {
      const year = spec.startYear - 1 + k;
      const cycle = cycles[Math.floor(k / 2)]?.themes ?? [];
      const mirrors = cycle.map((id, j) => {
        const lines = themes.get(id)?.actionLines ?? ["C1"];
        return {
          title: `Mirror ${year}-${j}`,
          actionLines: next() < 0.7 ? [...lines] : linesOf(next, 2),
          lead: ["ITU"],
        };
      });
      const others = Array.from({ length: 3 }, (_, j) => ({
        title: `Other ${year}-${j}`,
        actionLines: linesOf(next, 1 + Math.floor(next() * 3)),
      }));
      return { year, chair: "ITU", themes: [...mirrors, ...others] };
    }),
  };
}

interface Row {
  readonly years: number;
  readonly themes: number;
  readonly align: number;
  readonly parse: number;
}

/** Median ms per call of `align` and `parse`, timed in alternating rounds so drift hits both alike. */
function interleaved(
  align: () => void,
  parse: () => void,
  reps: number,
  rounds = 9,
): { align: number; parse: number } {
  const once = (fn: () => void) =>
    medianMs(
      () => {
        for (let r = 0; r < reps; r++) fn();
      },
      1,
      0,
    );
  for (let w = 0; w < 2; w++) {
    once(parse);
    once(align);
  }
  const times = { align: [] as number[], parse: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    times.parse.push(once(parse));
    times.align.push(once(align));
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
  return { align: median(times.align) / reps, parse: median(times.parse) / reps };
}

function measure(years: number, reps: number): Row {
  const spec = benchProgrammeSpec(years);
  const programmeText = JSON.stringify(createProgramme(spec));
  const plan = benchPlan(spec, years);
  const planText = JSON.stringify(plan);
  const { align, parse } = interleaved(
    () => void alignWithUngis(JSON.parse(programmeText), JSON.parse(planText)),
    () => {
      parseProgramme(JSON.parse(programmeText));
      parseUngisPlan(JSON.parse(planText));
    },
    reps,
  );
  const themes = plan.years.reduce((sum, year) => sum + year.themes.length, 0);
  return { years, themes, align, parse };
}

export function run(): string {
  const rows = [measure(2, 400), measure(20, 40), measure(200, 4)];
  const lines = table(
    ["programme years", "UNGIS themes", "align ms", "parse ms", "align / parse", "growth vs previous size"],
    rows.map((row, i) => {
      const previous = rows[i - 1];
      return [
        row.years,
        row.themes,
        row.align.toFixed(3),
        row.parse.toFixed(3),
        (row.align / row.parse).toFixed(2),
        previous === undefined ? "–" : `${(row.align / previous.align).toFixed(1)}× for 10× the size`,
      ];
    }),
  );
  const last = rows[rows.length - 1];
  const middle = rows[rows.length - 2];
  const growth = last !== undefined && middle !== undefined ? last.align / middle.align : 0;
  const ratio = last === undefined ? 0 : last.align / last.parse;
  return [
    lines,
    "",
    `growth 20→200 years: ${growth.toFixed(1)}× (near-linear target ≤ 15×) ${growth <= 15 ? "ok" : "OVER TARGET"}`,
    `align / parse at 200 years, 1,000 themes: ${ratio.toFixed(2)} (target ≤ 3) ${ratio <= 3 ? "ok" : "OVER TARGET"}`,
  ].join("\n");
}

if (isMain(import.meta.url)) console.log(run());
