import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { createProgramme, PlannerInputError, sessionCalendar, WSIS_DEFAULT_THEMES } from "../../src/index.ts";

describe("sessionCalendar invariants", () => {
  test.prop(
    [
      fc.integer({ min: 1995, max: 2150 }),
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 1, max: 6 }),
      fc.integer({ min: 1, max: 12 }),
      fc.array(fc.date({ min: new Date("1994-01-01"), max: new Date("2199-12-31"), noInvalidDate: true }), {
        maxLength: 5,
      }),
    ],
    { numRuns: 60 },
  )(
    "lists milestones in date order, every kind for every session",
    (startYear, cycleLength, cycles, month, days) => {
      const holidays = days.map((day) => day.toISOString().slice(0, 10));
      const programme = createProgramme({
        title: "P",
        startYear,
        cycleLength,
        cycles: Array.from({ length: cycles }, () => ({ themes: [WSIS_DEFAULT_THEMES[0].id] })),
        themes: [{ ...WSIS_DEFAULT_THEMES[0], actionLines: ["C1"], sdgs: [9], tags: [] }],
        calendar: { sessionStart: { month, nth: 2 }, holidays },
      });
      const milestones = sessionCalendar(programme, { holidays });
      const dates = milestones.map((m) => m.date);
      expect(dates).toStrictEqual([...dates].sort());
      for (const session of programme.sessions) {
        const own = milestones.filter((m) => m.year === session.year).map((m) => m.kind);
        const expected = [
          ...ORDER,
          "intersessional-panel",
          ...(session.highLevelSegment ? ["high-level-segment"] : []),
        ];
        expect(new Set(own)).toStrictEqual(new Set(expected));
      }
    },
  );

  test.prop([fc.anything(), fc.anything()], { numRuns: 200 })(
    "throws nothing but PlannerInputError for any input",
    (programme, options) => {
      try {
        sessionCalendar(programme as never, options as never);
      } catch (error) {
        expect(error).toBeInstanceOf(PlannerInputError);
      }
    },
  );
});

/** The milestones every session has (the panel and the high-level segment come with options). */
const ORDER = ["consultation-opens", "inputs-due", "documents-due", "session", "report-to-ecosoc"];
