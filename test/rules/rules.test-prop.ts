import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  BUILTIN_RULES,
  type CheckProgrammeOptions,
  checkProgramme,
  createProgramme,
  PlannerInputError,
  type ProgrammeSpec,
  prepareCheck,
  scoreProgramme,
  WSIS_DEFAULT_THEMES,
} from "../../src/index.ts";

const THEME_IDS = WSIS_DEFAULT_THEMES.map((theme) => theme.id);

/** Programmes built from the default themes: random cycles, lengths, years and calendars. */
const specArb: fc.Arbitrary<ProgrammeSpec> = fc
  .record({
    startYear: fc.integer({ min: 2000, max: 2100 }),
    cycleLength: fc.integer({ min: 1, max: 3 }),
    cycles: fc.array(fc.subarray(THEME_IDS, { maxLength: 3 }), { minLength: 1, maxLength: 8 }),
    documentsWeeks: fc.integer({ min: 3, max: 8 }),
    inputsWeeks: fc.integer({ min: 0, max: 4 }),
    sessionMonth: fc.integer({ min: 2, max: 6 }),
    drop: fc.subarray(THEME_IDS, { maxLength: 3 }),
  })
  .map(({ startYear, cycleLength, cycles, documentsWeeks, inputsWeeks, sessionMonth, drop }) => ({
    title: "Property programme",
    startYear,
    cycleLength,
    cycles: cycles.map((themes) => ({ themes })),
    // Some themes lose their SDG links, so the goal rule has work too.
    themes: WSIS_DEFAULT_THEMES.map((theme) => ({
      ...theme,
      actionLines: [...theme.actionLines],
      sdgs: drop.includes(theme.id) ? [] : [...theme.sdgs],
      tags: [...theme.tags],
    })),
    calendar: { documentsWeeks, inputsWeeks, sessionStart: { month: sessionMonth, nth: 2 as const } },
  }));

const settingsArb: fc.Arbitrary<CheckProgrammeOptions> = fc
  .record({
    off: fc.subarray(BUILTIN_RULES.map((rule) => rule.id)),
    minGapYears: fc.integer({ min: 0, max: 12 }),
    weight: fc.integer({ min: 0, max: 5 }),
  })
  .map(({ off, minGapYears, weight }) => ({
    rules: { ...Object.fromEntries(off.map((id) => [id, false])), "cycle.dual-mandate": { weight } },
    params: { minGapYears },
  }));

describe("checkProgramme invariants", () => {
  test.prop([fc.anything(), fc.anything()], { numRuns: 200 })(
    "throws nothing but PlannerInputError for any input",
    (programme, options) => {
      try {
        checkProgramme(programme as never, options as never);
      } catch (error) {
        expect(error).toBeInstanceOf(PlannerInputError);
      }
    },
  );

  test.prop([specArb, settingsArb], { numRuns: 60 })(
    "reports hard findings first, counts and weights that add up, and the same score as scoreProgramme",
    (spec, options) => {
      const programme = createProgramme(spec);
      const report = checkProgramme(programme, options);
      const severities = report.findings.map((finding) => finding.severity);
      expect(severities).toStrictEqual([...severities].sort());
      expect(report.hard).toBe(severities.filter((s) => s === "hard").length);
      expect(report.ok).toBe(report.hard === 0);
      const sum = (severity: string) =>
        report.findings.filter((f) => f.severity === severity).reduce((total, f) => total + f.weight, 0);
      expect(report.score).toStrictEqual({ hard: sum("hard"), soft: sum("soft") });
      expect(scoreProgramme(programme, prepareCheck(options))).toStrictEqual({
        ok: report.ok,
        ...report.score,
      });
    },
  );

  test.prop([specArb], { numRuns: 40 })("gives byte-identical reports for the same input", (spec) => {
    const programme = createProgramme(spec);
    expect(JSON.stringify(checkProgramme(programme))).toBe(
      JSON.stringify(checkProgramme(structuredClone(programme))),
    );
  });

  test.prop([specArb, fc.constantFrom(...BUILTIN_RULES.map((rule) => rule.id))], { numRuns: 60 })(
    "switching a rule off removes its findings and nothing else",
    (spec, id) => {
      const programme = createProgramme(spec);
      const all = checkProgramme(programme).findings;
      const without = checkProgramme(programme, { rules: { [id]: false } }).findings;
      expect(without).toStrictEqual(all.filter((finding) => finding.rule !== id));
    },
  );

  test.prop([specArb], { numRuns: 40 })("groups point at findings that involve their key", (spec) => {
    const report = checkProgramme(createProgramme(spec));
    for (const group of report.byTheme)
      for (const i of group.findings) expect(report.findings[i]?.involves.themes).toContain(group.key);
    for (const group of report.bySession)
      for (const i of group.findings) expect(report.findings[i]?.involves.years).toContain(group.key);
  });
});
