// checkProgramme with every built-in rule on programmes of 10, 50 and 200 years, against
// createProgramme of the same programme in the same run: the ratio should stay near-constant
// (linear growth) and at most 2.
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

export function run(): string {
  const rows: (string | number)[][] = [];
  const ratios: number[] = [];
  for (const years of YEARS) {
    const spec = specOf(years);
    const programme = createProgramme(spec);
    const options = {
      params: {
        externalEvents: forums(years),
        holidays: [`${START + 1}-05-09`],
        participation: participation(years),
      },
    };
    const runs = years === 200 ? 21 : 41;
    const baseline = medianMs(() => createProgramme(spec), runs, 5);
    const check = medianMs(() => checkProgramme(programme, options), runs, 5);
    const prepared = prepareCheck(options);
    const reused = medianMs(() => checkProgramme(programme, prepared), runs, 5);
    const findings = checkProgramme(programme, prepared).findings.length;
    ratios.push(check / baseline);
    rows.push([
      years,
      baseline.toFixed(2),
      check.toFixed(2),
      reused.toFixed(2),
      (check / baseline).toFixed(2),
      (check / years).toFixed(3),
      findings,
    ]);
  }
  const worst = Math.max(...ratios);
  return [
    table(
      [
        "years",
        "createProgramme ms",
        "checkProgramme ms",
        "with prepareCheck ms",
        "ratio",
        "check ms / year",
        "findings",
      ],
      rows,
    ),
    "",
    `worst ratio ${worst.toFixed(2)} (target ≤ 2) ${worst <= 2 ? "ok" : "OVER TARGET"}`,
  ].join("\n");
}

if (isMain(import.meta.url)) console.log(run());
