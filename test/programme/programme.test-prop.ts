import { fc, test } from "@fast-check/vitest";
import { applyPatches } from "immer";
import { describe, expect } from "vitest";
import {
  createProgramme,
  edit,
  PlannerInputError,
  type ProgrammeSpec,
  parseProgramme,
  safeParseProgramme,
} from "../../src/index.ts";

const LINES = ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C7.e-health", "C8", "C9", "C10", "C11"];

const specArb: fc.Arbitrary<ProgrammeSpec> = fc
  .record({
    startYear: fc.integer({ min: 1990, max: 2150 }),
    cycleLength: fc.integer({ min: 1, max: 4 }),
    cycleCount: fc.integer({ min: 1, max: 12 }),
    themes: fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(/^[a-z_][a-z0-9_-]{0,8}$/u),
        title: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ""),
        actionLines: fc.subarray(LINES, { minLength: 1 }),
      }),
      { selector: (theme) => theme.id, minLength: 1, maxLength: 8 },
    ),
    seed: fc.nat(),
    // The optional parts a session's keys depend on: its number, extra items, events, the panel, the segment.
    firstSession: fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined }),
    extraItem: fc.boolean(),
    event: fc.option(fc.record({ organiser: fc.boolean(), date: fc.boolean() }), { nil: undefined }),
    panel: fc.boolean(),
    reviewSegment: fc.boolean(),
  })
  .map(({ startYear, cycleLength, cycleCount, themes, seed, ...parts }) => ({
    title: "Property programme",
    startYear,
    cycleLength,
    themes,
    cycles: Array.from({ length: cycleCount }, (_, c) => ({
      themes: themes.filter((_, t) => (seed >> ((c + t) % 16)) & 1).map((theme) => theme.id),
    })),
    ...(parts.firstSession === undefined ? {} : { firstSession: parts.firstSession }),
    agenda: parts.extraItem ? [{ title: "Reform of the Commission", phases: ["review" as const] }] : [],
    events:
      parts.event === undefined
        ? []
        : [
            {
              year: startYear,
              title: "Side event",
              ...(parts.event.date ? { date: `${startYear}-05-12` } : {}),
              ...(parts.event.organiser ? { organiser: "UNCTAD" } : {}),
            },
          ],
    calendar: {
      ...(parts.panel ? {} : { intersessionalPanel: false as const }),
      ...(parts.reviewSegment ? { highLevelSegmentPhases: ["review" as const, "policy" as const] } : {}),
    },
  }));

describe("programme invariants", () => {
  test.prop([specArb])("sessions cover each year of the horizon exactly once, and cycles tile it", (spec) => {
    const p = createProgramme(spec);
    const years = p.sessions.map((s) => s.year);
    const horizon = Array.from({ length: p.endYear - p.startYear + 1 }, (_, i) => p.startYear + i);
    expect(years).toStrictEqual(horizon);
    expect(p.cycles.flatMap((c) => c.years)).toStrictEqual(horizon);
    expect(p.sessions.every((s) => s.opens <= s.closes && s.deadlines.documents < s.opens)).toBe(true);
  });

  test.prop([specArb])("a created programme parses back to itself, and saves to the same bytes", (spec) => {
    const p = createProgramme(spec);
    const parsed = parseProgramme(JSON.parse(JSON.stringify(p)));
    expect(parsed).toStrictEqual(p);
    // The keys in the schema's order, as parseProgramme gives them: a file kept in git does not churn.
    expect(JSON.stringify(parsed)).toBe(JSON.stringify(p));
  });

  test.prop([specArb, fc.nat(), fc.nat()])(
    "applying the inverse patches of an edit gives back the original",
    (spec, i, j) => {
      const p = createProgramme(spec);
      const themeIds = p.themes.map((t) => t.id);
      const { programme, inversePatches } = edit(p, (d) => {
        const cycle = d.cycles[i % d.cycles.length];
        const theme = themeIds[j % themeIds.length];
        if (cycle && theme !== undefined)
          cycle.themes = cycle.themes.includes(theme)
            ? cycle.themes.filter((t) => t !== theme)
            : [...cycle.themes, theme];
      });
      expect(applyPatches(programme, inversePatches)).toStrictEqual(p);
    },
  );

  test.prop([fc.jsonValue()])("parsing arbitrary JSON throws nothing but PlannerInputError", (value) => {
    expect(safeParseProgramme(value).success).toBe(false);
    expect(() => parseProgramme(value)).toThrow(PlannerInputError);
  });

  test.prop([specArb, fc.jsonValue(), fc.nat()])(
    "corrupting one field of a programme throws nothing but PlannerInputError",
    (spec, junk, k) => {
      const p = JSON.parse(JSON.stringify(createProgramme(spec)));
      const keys = Object.keys(p);
      const session = p.sessions[k % p.sessions.length];
      if (k % 2 === 0) p[keys[k % keys.length] as string] = junk;
      else session[Object.keys(session)[k % Object.keys(session).length] as string] = junk;
      try {
        parseProgramme(p);
      } catch (error) {
        expect(error).toBeInstanceOf(PlannerInputError);
      }
    },
  );
});
