// The engine's short cuts, each against the plain reading it replaces: the report's order without a
// sort, the draft's skeleton check against checkProgramme, the groups' order, the leads of a theme
// and the repetition rule's overlap (bit masks that wrap past 31 lines).
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  BUILTIN_RULES,
  type CheckProgrammeOptions,
  type CheckReport,
  checkProgramme,
  createProgramme,
  facilitatorsOf,
  type Programme,
  type ProgrammeSpec,
  prepareCheck,
  type Rule,
  type RuleContext,
  themeRepetition,
  WSIS_DEFAULT_THEMES,
  wsis,
} from "../../src/index.ts";
import { checkSkeleton } from "../../src/rules/checkProgramme.ts";
import { leadsOfLines } from "../../src/rules/themeLeads.ts";

const THEME_IDS = WSIS_DEFAULT_THEMES.map((theme) => theme.id);
const LINES = wsis.actionLines.map((line) => line.id);

/** Default themes with random lines, mandates and links; random cycles that repeat themes. */
const specArb: fc.Arbitrary<ProgrammeSpec> = fc
  .record({
    startYear: fc.integer({ min: 2000, max: 2060 }),
    cycleLength: fc.integer({ min: 1, max: 3 }),
    cycles: fc.array(fc.subarray(THEME_IDS, { maxLength: 4 }), { minLength: 1, maxLength: 8 }),
    lines: fc.array(fc.subarray(LINES, { minLength: 1, maxLength: 4 }), {
      minLength: THEME_IDS.length,
      maxLength: THEME_IDS.length,
    }),
    mandates: fc.array(fc.constantFrom("wsis", "sti", "both"), {
      minLength: THEME_IDS.length,
      maxLength: THEME_IDS.length,
    }),
    drop: fc.subarray(THEME_IDS, { maxLength: 6 }),
  })
  .map(({ startYear, cycleLength, cycles, lines, mandates, drop }) => ({
    title: "Fast paths",
    startYear,
    cycleLength,
    cycles: cycles.map((themes) => ({ themes })),
    themes: WSIS_DEFAULT_THEMES.map((theme, i) => ({
      ...theme,
      mandate: mandates[i] ?? "wsis",
      actionLines: [...(lines[i] ?? ["C1"])],
      sdgs: drop.includes(theme.id) ? [] : [...theme.sdgs],
      tags: [...theme.tags],
    })),
  }));

const optionsArb: fc.Arbitrary<CheckProgrammeOptions> = fc
  .record({
    off: fc.subarray(
      BUILTIN_RULES.map((rule) => rule.id),
      { maxLength: 4 },
    ),
    flip: fc.subarray(
      BUILTIN_RULES.map((rule) => rule.id),
      { maxLength: 4 },
    ),
    minGapYears: fc.integer({ min: 0, max: 12 }),
    overlapThreshold: fc.constantFrom(0, 0.25, 0.5, 1),
    maxLeadPerCycle: fc.integer({ min: 1, max: 3 }),
    dualMandatePer: fc.constantFrom("cycle" as const, "session" as const),
  })
  .map(({ off, flip, minGapYears, overlapThreshold, maxLeadPerCycle, dualMandatePer }) => ({
    rules: {
      ...Object.fromEntries(
        flip.map((id) => [id, BUILTIN_RULES.find((r) => r.id === id)?.severity === "hard" ? "soft" : "hard"]),
      ),
      ...Object.fromEntries(off.map((id) => [id, false])),
    },
    params: { minGapYears, overlapThreshold, maxLeadPerCycle, dualMandatePer },
  }));

/** The report with every key in order (toStrictEqual does not compare key order). */
const keyed = (report: CheckReport): string => JSON.stringify(report);

describe("the report's order", () => {
  test.prop([specArb, optionsArb], { numRuns: 80 })(
    "is the stable sort of the findings, hard first, then by rule order",
    (spec, options) => {
      const prepared = prepareCheck(options);
      const report = checkProgramme(createProgramme(spec), prepared);
      const order = new Map(prepared.rules.map((active) => [active.rule.id, active.order]));
      const sorted = report.findings
        .map((finding, index) => ({ finding, index }))
        .sort(
          (a, b) =>
            (a.finding.severity === b.finding.severity ? 0 : a.finding.severity === "hard" ? -1 : 1) ||
            (order.get(a.finding.rule) ?? 0) - (order.get(b.finding.rule) ?? 0) ||
            a.index - b.index,
        )
        .map(({ finding }) => finding);
      expect(report.findings).toStrictEqual(sorted);
      // Every view's groups heaviest first, then more findings, then by key (keys are distinct).
      for (const groups of [
        report.byTheme,
        report.byCycle,
        report.bySession,
        report.byAgency,
        report.byActionLine,
      ]) {
        const expected = [...groups].sort(
          (a, b) =>
            b.score.hard - a.score.hard ||
            b.score.soft - a.score.soft ||
            b.findings.length - a.findings.length ||
            (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
        );
        expect(groups).toStrictEqual(expected);
      }
    },
  );

  it("keeps the sorted order when a caller's rule object takes another rule's id after preparing", () => {
    // A class instance is kept as it is (not copied), so its id can change after prepareCheck.
    class Local implements Rule {
      id = "local.rule";
      severity = "soft" as const;
      weight = 1;
      description = "Always one finding.";
      refs: readonly string[] = [];
      *check() {
        yield { message: `from ${this.id}` };
      }
    }
    const local = new Local();
    const prepared = prepareCheck({ customRules: [local] });
    local.id = "agency.lead-load";
    // Three themes in cycle 1: ITU leads two (lead load), none has the STI mandate (dual mandate).
    const programme = createProgramme({
      title: "Shared id",
      startYear: 2027,
      themes: WSIS_DEFAULT_THEMES.map((theme) => ({
        ...theme,
        actionLines: [...theme.actionLines],
        sdgs: [...theme.sdgs],
        tags: [...theme.tags],
      })),
      cycles: [{ themes: ["inclusive-access", "confidence-security", "diversity-media-ethics"] }],
    });
    const rules = checkProgramme(programme, prepared).findings.map((finding) => finding.rule);
    // The id now names the built-in and the caller's rule, so both sort at the later place: after
    // the dual mandate, the built-in's findings first (run order).
    const soft = rules.slice(rules.indexOf("cycle.dual-mandate"));
    expect(soft[0]).toBe("cycle.dual-mandate");
    expect(soft.slice(-2)).toStrictEqual(["agency.lead-load", "agency.lead-load"]);
    expect(rules.filter((rule) => rule === "agency.lead-load")).toHaveLength(2);
  });
});

describe("the draft's skeleton check", () => {
  test.prop([specArb, optionsArb], { numRuns: 60 })(
    "gives checkProgramme's report, key for key, for programmes of the skeleton's spec",
    (spec, options) => {
      const prepared = prepareCheck(options);
      let programme: Programme;
      let skeleton: Programme;
      try {
        programme = createProgramme(spec);
        skeleton = createProgramme({
          ...spec,
          cycles: (spec.cycles as readonly unknown[]).map(() => ({ themes: [] })),
        });
      } catch {
        return; // a spec createProgramme rejects (e.g. a theme twice in a cycle) has no report
      }
      const fast = checkSkeleton(skeleton, prepared);
      const report = checkProgramme(programme, prepared);
      expect(keyed(fast.check(programme))).toBe(keyed(report));
      expect(fast.check(programme)).toStrictEqual(report);
    },
  );
});

/** `leadsOfLines` as the rule reads it, with a Map: the agencies that lead the most of the lines. */
function referenceLeads(lines: readonly string[], year?: number): string[] {
  const counts = new Map<string, number>();
  for (const line of lines)
    for (const agency of facilitatorsOf(wsis, line, year).lead)
      counts.set(agency, (counts.get(agency) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  return [...counts].filter(([, n]) => n === most).map(([agency]) => agency);
}

describe("leadsOfLines", () => {
  test.prop(
    [fc.array(fc.constantFrom(...LINES), { maxLength: 6 }), fc.constantFrom(undefined, 2006, 2009, 2027)],
    {
      numRuns: 300,
    },
  )("gives the agencies that lead the most of the lines, in the lines' order", (lines, year) => {
    expect(leadsOfLines(wsis, lines, year)).toStrictEqual(referenceLeads(lines, year));
  });
});

describe("theme.repetition's overlap", () => {
  // Seventy lines, so the rule's bit per line wraps (past 31) and unrelated lines share bits.
  const POOL = Array.from({ length: 70 }, (_, i) => `L${i}`);
  const themesArb = fc.array(fc.uniqueArray(fc.constantFrom(...POOL), { maxLength: 5 }), {
    minLength: 2,
    maxLength: 12,
  });

  test.prop([themesArb, fc.constantFrom(0, 0.2, 0.5, 0.99)], { numRuns: 200 })(
    "finds exactly the pairs whose lines overlap more than the threshold",
    (lineLists, overlapThreshold) => {
      const ids = lineLists.map((_, i) => `t${i}`);
      const themes = new Map(
        lineLists.map((actionLines, i) => [`t${i}`, { id: `t${i}`, title: `T${i}`, actionLines }]),
      );
      // One cycle a year, one theme a cycle: every pair within the gap is compared.
      const programme = {
        startYear: 2000,
        cycles: ids.map((id, index) => ({ index, years: [2000 + index], themes: [id] })),
      } as unknown as Programme;
      const context = {
        themes,
        theme: (id: string) => id,
        cycle: (index: number) => `cycle ${index + 1}`,
      } as unknown as RuleContext;
      const params = { minGapYears: 100, overlapThreshold } as never;
      const found = [...themeRepetition.check(programme, params, context)].map((v) => v.involves?.themes);
      const expected: (readonly string[])[] = [];
      lineLists.forEach((later, j) => {
        lineLists.slice(0, j).forEach((earlier, i) => {
          const shared = later.filter((line) => earlier.includes(line)).length;
          const share =
            later.length === 0 || earlier.length === 0
              ? 0
              : shared / (later.length + earlier.length - shared);
          if (share > overlapThreshold) expected.push([`t${i}`, `t${j}`]);
        });
      });
      expect(found).toStrictEqual(expected);
    },
  );
});
