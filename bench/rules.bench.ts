// checkProgramme with every built-in rule on programmes of 10, 50 and 200 years, against
// createProgramme of the same programme in the same run: the ratio should stay near-constant
// (linear growth) and at most 2.

import { performance } from "node:perf_hooks";
import {
  checkProgramme,
  createProgramme,
  type ExternalEventInput,
  type ProgrammeSpec,
  prepareCheck,
  type StakeholderInput,
  WSIS_DEFAULT_THEMES,
} from "../src/index.ts";
import { isMain, medianMs, table } from "./_lib.ts";

const YEARS = [10, 50, 200] as const;
const START = 1995;

/** A programme of `years` years in two-year cycles, each pairing a WSIS theme and a both-mandate theme. */
export function specOf(years: number): ProgrammeSpec {
  const themes = WSIS_DEFAULT_THEMES.map((theme) => ({
    ...theme,
    actionLines: [...theme.actionLines],
    sdgs: [...theme.sdgs],
    tags: [...theme.tags],
  }));
  const wsisOnly = themes.filter((theme) => theme.mandate === "wsis").map((theme) => theme.id);
  const both = themes.filter((theme) => theme.mandate !== "wsis").map((theme) => theme.id);
  const cycles = Array.from({ length: years / 2 }, (_, c) => ({
    themes: [wsisOnly[c % wsisOnly.length] ?? "", both[(c + 2) % both.length] ?? ""],
  }));
  return { title: `Bench ${years} years`, startYear: START, cycles, themes };
}

/** One WSIS Forum a year (the second week of May, reference §7), so the clash rule has work to do. */
export function forums(years: number): ExternalEventInput[] {
  return Array.from({ length: years }, (_, k) => {
    const year = START + k;
    return {
      id: `wsis-forum-${year}`,
      title: `WSIS Forum ${year}`,
      kind: "wsis-forum",
      opens: `${year}-05-18`,
      closes: `${year}-05-22`,
    };
  });
}

/**
 * A registry of twenty member states (four per regional group), eight NGOs in consultative status,
 * one WSIS-accredited NGO without it (interim participation only in 2007–2010, reference §5a) and
 * one WSIS-accredited business; all registered for every session, so the participation rules judge
 * 30 stakeholders a year and report the two without a basis after 2010.
 */
export function participation(years: number) {
  const regions = ["africa", "asia-pacific", "eastern-europe", "latin-america-caribbean", "weog"];
  const stakeholders: StakeholderInput[] = [
    ...Array.from({ length: 20 }, (_, i) => ({
      id: `state-${i}`,
      name: `State ${i}`,
      kind: "member-state" as const,
      region: regions[i % regions.length] ?? "africa",
    })),
    ...Array.from({ length: 8 }, (_, i) => ({
      id: `ngo-${i}`,
      name: `NGO ${i}`,
      kind: "civil-society" as const,
      consultativeStatus: "special" as const,
    })),
    { id: "wsis-ngo", name: "WSIS NGO", kind: "civil-society", accreditedTo: ["WSIS"] },
    { id: "wsis-business", name: "WSIS business", kind: "private-sector", accreditedTo: ["WSIS"] },
  ];
  const ids = stakeholders.map((stakeholder) => stakeholder.id);
  return {
    stakeholders,
    sessions: Array.from({ length: years }, (_, k) => ({ year: START + k, stakeholders: ids })),
  };
}

/** Milliseconds of `reps` calls of `fn`. */
function timeMs(fn: () => unknown, reps: number): number {
  const start = performance.now();
  for (let i = 0; i < reps; i++) fn();
  return (performance.now() - start) / reps;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

interface Case {
  readonly name: string;
  readonly withRegistry: boolean;
}

const CASES: readonly Case[] = [
  { name: "all rules, no registry", withRegistry: false },
  { name: "all rules + 30 registrations a session", withRegistry: true },
];

export function run(): string {
  const rows: (string | number)[][] = [];
  const worst = new Map<string, number>();
  for (const years of YEARS) {
    const spec = specOf(years);
    const programme = createProgramme(spec);
    for (const { name, withRegistry } of CASES) {
      const options = {
        params: {
          externalEvents: forums(years),
          holidays: [`${START + 1}-05-09`],
          ...(withRegistry ? { participation: participation(years) } : {}),
        },
      };
      const prepared = prepareCheck(options);
      const reps = Math.max(1, Math.round(200 / years));
      medianMs(() => checkProgramme(programme, options), 3, 5);
      medianMs(() => createProgramme(spec), 3, 5);
      // Baseline and subject alternate round by round, so both see the same load on a shared
      // machine; the ratio is the median of the rounds' ratios.
      const base: number[] = [];
      const full: number[] = [];
      const reused: number[] = [];
      const roundRatios: number[] = [];
      for (let round = 0; round < 41; round++) {
        const b = timeMs(() => createProgramme(spec), reps);
        const c = timeMs(() => checkProgramme(programme, options), reps);
        const r = timeMs(() => checkProgramme(programme, prepared), reps);
        base.push(b);
        full.push(c);
        reused.push(r);
        roundRatios.push(c / b);
      }
      const ratio = median(roundRatios);
      worst.set(name, Math.max(worst.get(name) ?? 0, ratio));
      rows.push([
        name,
        years,
        median(base).toFixed(2),
        median(full).toFixed(2),
        median(reused).toFixed(2),
        ratio.toFixed(2),
        ((median(full) / years) * 1000).toFixed(1),
        checkProgramme(programme, prepared).findings.length,
      ]);
    }
  }
  return [
    "checkProgramme (all 18 built-in rules on; 2 themes a cycle, a WSIS Forum every May, one holiday) against",
    "createProgramme of the same programme, alternating in the same run. The second case also registers 30",
    "stakeholders for every session, so the participation rules judge 30 × years registrations.",
    "",
    table(
      [
        "case",
        "years",
        "createProgramme ms",
        "checkProgramme ms",
        "with prepareCheck ms",
        "ratio",
        "check µs / year",
        "findings",
      ],
      rows,
    ),
    "",
    ...[...worst].map(
      ([name, ratio]) =>
        `${name}: worst ratio ${ratio.toFixed(2)} (target ≤ 2) ${ratio <= 2 ? "ok" : "OVER TARGET"}`,
    ),
  ].join("\n");
}

if (isMain(import.meta.url)) console.log(run());
