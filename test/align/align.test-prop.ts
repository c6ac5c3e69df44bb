import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  alignWithUngis,
  createProgramme,
  PlannerInputError,
  type ProgrammeSpec,
  parseUngisPlan,
  proposeUngisPlan,
  type ThemeInput,
  type UngisPlan,
  wsis,
} from "../../src/index.ts";

const LINES = wsis.actionLines.map((line) => line.id);

const themeArb: fc.Arbitrary<ThemeInput> = fc
  .record({
    id: fc.stringMatching(/^[a-z_][a-z0-9_-]{0,8}$/u),
    mandate: fc.constantFrom("wsis", "both", "sti") as fc.Arbitrary<"wsis" | "both" | "sti">,
    actionLines: fc.subarray(LINES, { minLength: 1, maxLength: 5 }),
  })
  .map(({ id, mandate, actionLines }) => ({ id, title: `Theme ${id}`, mandate, actionLines }));

/** A programme spec of 1–8 cycles, each taking up a subset of 1–6 themes, and a lead of 0–2 years. */
const caseArb = fc
  .record({
    startYear: fc.integer({ min: 1995, max: 2150 }),
    cycleLength: fc.integer({ min: 1, max: 3 }),
    cycleCount: fc.integer({ min: 1, max: 8 }),
    themes: fc.uniqueArray(themeArb, { selector: (theme) => theme.id, minLength: 1, maxLength: 6 }),
    picks: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
    lead: fc.integer({ min: 0, max: 2 }),
  })
  .map(({ startYear, cycleLength, cycleCount, themes, picks, lead }) => {
    const spec: ProgrammeSpec = {
      title: "Property programme",
      startYear,
      cycleLength,
      themes,
      cycles: Array.from({ length: cycleCount }, (_, c) => ({
        // Each cycle takes at least one theme.
        themes: themes
          .filter((_, t) => ((picks[c] ?? 0) >> t) & 1 || t === c % themes.length)
          .map((t) => t.id),
      })),
    };
    return { spec, lead };
  });

/** A random UNGIS plan over the years near a programme. */
const planArb = (first: number, last: number): fc.Arbitrary<UngisPlan> =>
  fc
    .uniqueArray(fc.integer({ min: first - 2, max: last + 2 }), { maxLength: 10 })
    .chain((years) =>
      fc.tuple(
        ...years.map((year) =>
          fc.record({
            year: fc.constant(year),
            themes: fc.array(
              fc.record({
                title: fc.constantFrom("A", "B", "C"),
                actionLines: fc.subarray(LINES, { minLength: 1, maxLength: 4 }),
              }),
              { maxLength: 3 },
            ),
          }),
        ),
      ),
    )
    .map((years) => ({ years }));

describe("alignment invariants", () => {
  test.prop([caseArb])("a programme aligned with its own proposal has coherence 1", ({ spec, lead }) => {
    const programme = createProgramme(spec);
    expect(alignWithUngis(programme, proposeUngisPlan(programme, wsis, { lead }), { lead }).coherence).toBe(
      1,
    );
  });

  test.prop([caseArb, fc.nat()])(
    "removing a theme with a WSIS mandate from the programme lowers coherence below 1",
    ({ spec, lead }, pick) => {
      const programme = createProgramme(spec);
      const plan = proposeUngisPlan(programme, wsis, { lead });
      const cycles = spec.cycles as { themes: string[] }[];
      const wsisThemes = new Set(spec.themes.filter((t) => t.mandate !== "sti").map((t) => t.id));
      const places = cycles.flatMap((cycle, c) =>
        cycle.themes.filter((id) => wsisThemes.has(id)).map((id) => ({ c, id })),
      );
      fc.pre(places.length > 0);
      const place = places[pick % places.length];
      if (place === undefined) return;
      const smaller = createProgramme({
        ...spec,
        cycles: cycles.map((cycle, c) => ({
          themes: cycle.themes.filter((id) => c !== place.c || id !== place.id),
        })),
      });
      expect(alignWithUngis(smaller, plan, { lead }).coherence).toBeLessThan(1);
    },
  );

  test.prop([caseArb, fc.nat()])(
    "removing a theme from the plan lowers coherence below 1",
    ({ spec, lead }, pick) => {
      const programme = createProgramme(spec);
      const plan = proposeUngisPlan(programme, wsis, { lead });
      const places = plan.years.flatMap((year, y) => year.themes.map((_, t) => ({ y, t })));
      fc.pre(places.length > 0);
      const place = places[pick % places.length];
      if (place === undefined) return;
      const smaller: UngisPlan = {
        years: plan.years.map((year, y) => ({
          ...year,
          themes: year.themes.filter((_, t) => y !== place.y || t !== place.t),
        })),
      };
      expect(alignWithUngis(programme, smaller, { lead }).coherence).toBeLessThan(1);
    },
  );

  test.prop([
    caseArb.chain(({ spec, lead }) => {
      const programme = createProgramme(spec);
      return fc.tuple(
        fc.constant(programme),
        planArb(programme.startYear, programme.endYear),
        fc.constant(lead),
      );
    }),
    fc.double({ min: 0.01, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ])(
    "coherence never leaves [0, 1], overall or in any year",
    ([programme, plan, lead], partialCredit, minOverlap) => {
      const report = alignWithUngis(programme, plan, { lead, partialCredit, minOverlap });
      for (const value of [report.coherence, ...report.byYear.map((y) => y.coherence)]) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
      for (const year of report.byYear)
        for (const pair of year.pairs) expect(pair.overlap).toBeLessThanOrEqual(1);
    },
  );

  test.prop([
    caseArb.chain(({ spec, lead }) => {
      const programme = createProgramme(spec);
      return fc.tuple(
        fc.constant(programme),
        planArb(programme.startYear, programme.endYear),
        fc.constant(lead),
      );
    }),
  ])("every theme-year is either paired or reported as a gap, once", ([programme, plan, lead]) => {
    const report = alignWithUngis(programme, plan, { lead });
    const paired = report.byYear.reduce((sum, y) => sum + y.pairs.length, 0);
    expect(report.counts.matched).toBe(paired);
    expect(report.gaps.length).toBe(report.counts.cstd + report.counts.ungis - 2 * paired);
  });

  test.prop([caseArb])("proposals are deterministic, byte for byte", ({ spec, lead }) => {
    const programme = createProgramme(spec);
    const first = JSON.stringify(proposeUngisPlan(programme, wsis, { lead }));
    expect(JSON.stringify(proposeUngisPlan(structuredClone(programme), wsis, { lead }))).toBe(first);
  });

  test.prop([caseArb])(
    "a proposal is a valid plan for its programme, even with strict checks",
    ({ spec, lead }) => {
      const programme = createProgramme(spec);
      const plan = proposeUngisPlan(programme, wsis, { lead });
      expect(
        parseUngisPlan(JSON.parse(JSON.stringify(plan)), { programme, strict: true, lead }),
      ).toStrictEqual(plan);
    },
  );
});

describe("parsing invariants", () => {
  test.prop([fc.anything()])("parseUngisPlan throws nothing but PlannerInputError", (input) => {
    try {
      parseUngisPlan(input);
    } catch (error) {
      expect(error).toBeInstanceOf(PlannerInputError);
    }
  });

  test.prop([
    fc.record({
      years: fc.array(
        fc.record({
          year: fc.oneof(fc.integer({ min: 1980, max: 2210 }), fc.string()),
          chair: fc.oneof(fc.constantFrom("ITU", "UNESCO", "__proto__"), fc.anything()),
          themes: fc.array(
            fc.record({
              title: fc.string(),
              actionLines: fc.array(fc.oneof(fc.constantFrom(...LINES), fc.string(), fc.anything())),
              lead: fc.array(fc.oneof(fc.constantFrom("ITU", "WHO", "constructor"), fc.anything())),
            }),
          ),
        }),
      ),
    }),
  ])("plan-shaped input is parsed or rejected with PlannerInputError, never a TypeError", (input) => {
    try {
      parseUngisPlan(input);
    } catch (error) {
      expect(error).toBeInstanceOf(PlannerInputError);
    }
  });
});
