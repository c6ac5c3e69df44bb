// createProgramme + parseProgramme on a 200-year, 400-theme spec, against the floor: JSON.parse and
// a bare zod parse of the same spec and programme (no cross-checks, no dating, no agendas).
import {
  createProgramme,
  ProgrammeSchema,
  type ProgrammeSpec,
  ProgrammeSpecSchema,
  parseProgramme,
  WSIS_DEFAULT_THEMES,
} from "../src/index.ts";
import { isMain, medianMs, table } from "./_lib.ts";

/** A spec of `years` years (2-year cycles) and `themeCount` themes spread over the cycles. */
export function bigSpec(years: number, themeCount: number): ProgrammeSpec {
  const base = WSIS_DEFAULT_THEMES;
  const themes = Array.from({ length: themeCount }, (_, i) => {
    const source = base[i % base.length] ?? base[0];
    return {
      ...source,
      id: `theme-${i}`,
      title: `${source.title} (${i})`,
      actionLines: [...source.actionLines],
    };
  });
  const cycleCount = years / 2;
  const perCycle = Math.ceil(themeCount / cycleCount);
  const cycles = Array.from({ length: cycleCount }, (_, c) => ({
    themes: themes.slice(c * perCycle, (c + 1) * perCycle).map((theme) => theme.id),
  }));
  return { title: `Bench ${years} years`, startYear: 1995, cycles, themes };
}

export function run(): string {
  const spec = bigSpec(200, 400);
  const specText = JSON.stringify(spec);
  const programmeText = JSON.stringify(createProgramme(spec));

  const runSubject = () => {
    createProgramme(JSON.parse(specText));
    parseProgramme(JSON.parse(programmeText));
  };
  const runFloor = () => {
    ProgrammeSpecSchema.parse(JSON.parse(specText));
    ProgrammeSchema.parse(JSON.parse(programmeText));
  };
  // Alternate the two, round by round, so drift in the machine's load touches both alike.
  for (let i = 0; i < 5; i++) {
    runSubject();
    runFloor();
  }
  const subjectTimes: number[] = [];
  const floorTimes: number[] = [];
  for (let round = 0; round < 41; round++) {
    subjectTimes.push(medianMs(runSubject, 1, 0));
    floorTimes.push(medianMs(runFloor, 1, 0));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
  const subject = median(subjectTimes);
  const floor = median(floorTimes);
  const ratio = subject / floor;
  return [
    table(
      ["case", "median ms"],
      [
        ["createProgramme + parseProgramme (200 years, 400 themes)", subject.toFixed(2)],
        ["floor: JSON.parse + bare zod parse of spec and programme", floor.toFixed(2)],
      ],
    ),
    "",
    `ratio ${ratio.toFixed(2)} (target ≤ 3) ${ratio <= 3 ? "ok" : "OVER TARGET"}`,
  ].join("\n");
}

if (isMain(import.meta.url)) console.log(run());
