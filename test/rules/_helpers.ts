// Shared helpers of the rules tests: a small valid programme to break one rule at a time.
import {
  type CheckProgrammeOptions,
  type CheckReport,
  checkProgramme,
  createProgramme,
  type Finding,
  type Programme,
  type ProgrammeSpec,
  WSIS_DEFAULT_SPEC,
} from "../../src/index.ts";

export { inputErrorOf } from "../support/errors.ts";

/** The default CSTD programme 2027–2036 (five two-year cycles), which keeps every rule. */
export function defaultProgramme(): Programme {
  return createProgramme(WSIS_DEFAULT_SPEC);
}

/** The default spec with other cycles (and optionally other fields). */
export function specWith(overrides: Partial<ProgrammeSpec>): ProgrammeSpec {
  return { ...WSIS_DEFAULT_SPEC, ...overrides } as ProgrammeSpec;
}

/** A deep copy to break by hand (the engine must accept plain JSON programmes). */
export function copyOf(programme: Programme): Programme {
  return structuredClone(programme);
}

/** The findings of one rule. */
export function findingsOf(report: CheckReport, rule: string): Finding[] {
  return report.findings.filter((finding) => finding.rule === rule);
}

/** The findings of one rule for this programme and options. */
export function check(programme: Programme, rule: string, options: CheckProgrammeOptions = {}): Finding[] {
  return findingsOf(checkProgramme(programme, options), rule);
}

/** The messages of one rule's findings. */
export function messages(programme: Programme, rule: string, options: CheckProgrammeOptions = {}): string[] {
  return check(programme, rule, options).map((finding) => finding.message);
}

/** The item at `index`, failing the test when there is none. */
export function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item at ${index}`);
  return item;
}

/** The programme's session of `year`, failing the test when there is none. */
export function sessionOf(programme: Programme, year: number): Programme["sessions"][number] {
  const session = programme.sessions.find((s) => s.year === year);
  if (session === undefined) throw new Error(`no session in ${year}`);
  return session;
}
