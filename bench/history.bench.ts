// `checkProgramme` with the Commission's record as `history` (issue 11), against the same check
// without it, in the same run: what reading the record (21 sessions) costs on top of a check.
// Subject and baseline alternate round by round (the machine is shared, so timings are noisy), and
// the findings of both are re-checked: the record adds findings, it never removes one.
import {
  checkProgramme,
  createProgramme,
  cstdRecord,
  type ProgrammeSpec,
  prepareCheck,
  WSIS_DEFAULT_SPEC,
} from "../src/index.ts";
import { isMain, medianMs, table } from "./_lib.ts";

/** The default programme's themes repeated over `cycles` cycles from 2027. */
function specOf(cycles: number): ProgrammeSpec {
  const base = WSIS_DEFAULT_SPEC.cycles;
  return {
    ...WSIS_DEFAULT_SPEC,
    cycles: Array.from({ length: cycles }, (_, i) => base[i % base.length] ?? { themes: [] }),
  };
}

export function run(): string {
  const plain = prepareCheck({});
  const withHistory = prepareCheck({ history: cstdRecord });
  const rows: (string | number)[][] = [];
  for (const cycles of [5, 25, 80]) {
    const programme = createProgramme(specOf(cycles));
    const a = checkProgramme(programme, plain).findings.map((f) => f.message);
    const b = new Set(checkProgramme(programme, withHistory).findings.map((f) => f.message));
    if (!a.every((message) => b.has(message))) throw new Error("the history dropped a finding");
    const repeat = cycles <= 5 ? 200 : cycles <= 25 ? 40 : 10;
    const ratios: number[] = [];
    let subjectMs = 0;
    let baselineMs = 0;
    for (let round = 0; round < 9; round++) {
      const subject = () => {
        for (let i = 0; i < repeat; i++) checkProgramme(programme, withHistory);
      };
      const baseline = () => {
        for (let i = 0; i < repeat; i++) checkProgramme(programme, plain);
      };
      const [s, t] =
        round % 2 === 0
          ? [medianMs(subject, 3, 1), medianMs(baseline, 3, 1)]
          : (() => {
              const t2 = medianMs(baseline, 3, 1);
              return [medianMs(subject, 3, 1), t2];
            })();
      subjectMs += s / repeat;
      baselineMs += t / repeat;
      ratios.push(s / t);
    }
    ratios.sort((x, y) => x - y);
    rows.push([
      `${cycles * 2} years`,
      (baselineMs / 9).toFixed(3),
      (subjectMs / 9).toFixed(3),
      `${(ratios[4] ?? 0).toFixed(2)}× (${(ratios[0] ?? 0).toFixed(2)}–${(ratios[8] ?? 0).toFixed(2)})`,
    ]);
  }
  return table(
    ["programme", "check, ms", "check with history, ms", "ratio, median of 9 rounds (range)"],
    rows,
  );
}

if (isMain(import.meta.url)) console.log(run());
