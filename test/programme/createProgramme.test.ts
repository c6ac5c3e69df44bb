import { describe, expect, it } from "vitest";
import {
  childrenOf,
  createProgramme,
  PlannerInputError,
  type ProgrammeSpec,
  type ThemeInput,
  topLevelLines,
  WSIS_DEFAULT_SPEC,
  wsis,
} from "../../src/index.ts";

const access: ThemeInput = { id: "access", title: "Access to information", actionLines: ["C3"] };
const media: ThemeInput = { id: "media", title: "Media", actionLines: ["C9"] };

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof PlannerInputError)
      return error.issues.map((i) => ({ path: i.path, message: i.message }));
    throw error;
  }
  throw new Error("expected a PlannerInputError");
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const weekday = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay();

describe("createProgramme", () => {
  it("lays out one session a year, review then policy, with the high-level segment in the policy year", () => {
    const p = createProgramme({ title: "T", startYear: 2027, cycles: 2, themes: [access] });
    expect(p.endYear).toBe(2030);
    expect(p.sessions.map((s) => [s.year, s.phase, s.highLevelSegment])).toStrictEqual([
      [2027, "review", false],
      [2028, "policy", true],
      [2029, "review", false],
      [2030, "policy", true],
    ]);
    expect(p.cycles).toStrictEqual([
      { index: 0, years: [2027, 2028], themes: [] },
      { index: 1, years: [2029, 2030], themes: [] },
    ]);
  });

  it("gives annual cycles one combined session a year, as the CSTD has held since 2010", () => {
    const p = createProgramme({ title: "T", startYear: 2010, cycleLength: 1, cycles: 3, themes: [access] });
    expect(p.sessions.map((s) => s.phase)).toStrictEqual(["combined", "combined", "combined"]);
    expect(p.sessions.every((s) => s.highLevelSegment)).toBe(true);
  });

  it("reviews first and decides last in longer cycles", () => {
    const p = createProgramme({ title: "T", startYear: 2027, cycleLength: 3, cycles: 1, themes: [access] });
    expect(p.sessions.map((s) => s.phase)).toStrictEqual(["review", "review", "policy"]);
  });

  it("dates the 2016–2019 sessions as the CSTD held them (second Monday of May, five days)", () => {
    // reference/domain-facts.md §5c: 9–13 May 2016, 8–12 May 2017, 14–18 May 2018, 13–17 May 2019.
    const p = createProgramme({ title: "T", startYear: 2016, cycles: 2, themes: [access] });
    expect(p.sessions.map((s) => [s.opens, s.closes])).toStrictEqual([
      ["2016-05-09", "2016-05-13"],
      ["2017-05-08", "2017-05-12"],
      ["2018-05-14", "2018-05-18"],
      ["2019-05-13", "2019-05-17"],
    ]);
  });

  it("reports to ECOSOC on the first Monday of July, as its substantive sessions opened", () => {
    // reference §5b: ECOSOC opened 3 Jul 2006, 6 Jul 2009, 4 Jul 2011, 1 Jul 2013.
    const p = createProgramme({ title: "T", startYear: 2006, cycleLength: 1, cycles: 8, themes: [access] });
    const report = new Map(p.sessions.map((s) => [s.year, s.deadlines.report]));
    expect([2006, 2009, 2011, 2013].map((y) => report.get(y))).toStrictEqual([
      "2006-07-03",
      "2009-07-06",
      "2011-07-04",
      "2013-07-01",
    ]);
  });

  it("puts documents six weeks before opening, inputs before documents, and the panel in the year before", () => {
    const [session] = createProgramme({ title: "T", startYear: 2027, cycles: 1, themes: [access] }).sessions;
    expect(session?.opens).toBe("2027-05-10");
    expect(session?.deadlines).toStrictEqual({
      consultationOpens: "2027-01-04",
      inputs: "2027-03-01",
      documents: "2027-03-29",
      report: "2027-07-05",
    });
    expect(session?.intersessionalPanel).toStrictEqual({ opens: "2026-11-16", closes: "2026-11-18" });
  });

  it("never dates anything on a weekend, and steps around holidays", () => {
    const p = createProgramme({
      title: "T",
      startYear: 2027,
      cycles: 5,
      themes: [access],
      calendar: { holidays: ["2028-05-11", "2027-03-29"] },
    });
    for (const s of p.sessions) {
      const dates = [s.opens, s.closes, s.deadlines.inputs, s.deadlines.documents, s.deadlines.report];
      for (const date of dates) expect([0, 6]).not.toContain(weekday(date));
    }
    const [first, second] = p.sessions;
    expect(first?.deadlines.documents).toBe("2027-03-26");
    expect([second?.opens, second?.closes]).toStrictEqual(["2028-05-08", "2028-05-15"]);
    expect(second?.highLevelSegmentDates).toStrictEqual({ opens: "2028-05-12", closes: "2028-05-15" });
  });

  it("takes exact opening dates for given years", () => {
    const p = createProgramme({
      title: "T",
      startYear: 2021,
      cycles: 1,
      themes: [access],
      calendar: { sessionDates: [{ year: 2021, opens: "2021-05-17" }] },
    });
    expect([p.sessions[0]?.opens, p.sessions[0]?.closes]).toStrictEqual(["2021-05-17", "2021-05-21"]);
  });

  it("builds each session's agenda: standing item, the cycle's themes, high-level segment, extras", () => {
    const p = createProgramme({
      title: "T",
      startYear: 2027,
      cycles: [{ themes: ["access", "media"] }],
      themes: [access, media],
      agenda: [{ id: "reform", title: "Reform of the Commission", phases: ["review"] }],
    });
    const [review, policy] = p.sessions;
    expect(review?.agenda.map((item) => item.id)).toStrictEqual([
      "organization",
      "standing",
      "review:access",
      "review:media",
      "reform",
      "closing",
    ]);
    expect(policy?.agenda.map((item) => item.id)).toStrictEqual([
      "organization",
      "standing",
      "policy:access",
      "policy:media",
      "high-level-segment",
      "closing",
    ]);
    expect(review?.agenda[1]?.title).toMatch(/World Summit on the Information Society/u);
  });

  it("numbers sessions from firstSession and schedules parallel events", () => {
    const p = createProgramme({
      title: "T",
      startYear: 2027,
      cycles: 1,
      firstSession: 30,
      themes: [access],
      events: [{ year: 2028, title: "Stakeholder dialogue", organiser: "CONGO", themes: ["access"] }],
    });
    expect(p.sessions.map((s) => s.number)).toStrictEqual([30, 31]);
    expect(p.sessions[1]?.parallelEvents).toStrictEqual([
      { id: "event-2028-1", title: "Stakeholder dialogue", organiser: "CONGO", themes: ["access"] },
    ]);
  });

  it("drafts the embedded default programme: 2027–2036, every action line covered", () => {
    const p = createProgramme(WSIS_DEFAULT_SPEC);
    expect([p.startYear, p.endYear, p.sessions.length]).toStrictEqual([2027, 2036, 10]);
    const covered = new Set(p.themes.flatMap((t) => t.actionLines));
    const all = [...topLevelLines(wsis), ...childrenOf(wsis, "C7")].map((l) => l.id);
    expect(all.filter((id) => !covered.has(id))).toStrictEqual([]);
  });

  it("dates each programme by its own calendar, however many were laid out before", () => {
    // Session dates are computed once per calendar and year, then shared between programmes.
    const spec = (calendar: ProgrammeSpec["calendar"]): ProgrammeSpec => ({
      title: "T",
      startYear: 2027,
      cycles: 1,
      themes: [access],
      ...(calendar === undefined ? {} : { calendar }),
    });
    const opens = (calendar: ProgrammeSpec["calendar"]) =>
      createProgramme(spec(calendar)).sessions.map((session) => session.opens);
    const may = opens(undefined);
    expect(may).toStrictEqual(["2027-05-10", "2028-05-08"]);
    expect(opens({ sessionStart: { month: 6, nth: 1 } })).toStrictEqual(["2027-06-07", "2028-06-05"]);
    expect(opens({ holidays: ["2027-05-10"] })).toStrictEqual(["2027-05-11", "2028-05-08"]);
    // More calendars than are kept, then the first again: the same dates, computed anew or not.
    for (let days = 1; days <= 20; days++) opens({ sessionDays: days });
    expect(opens(undefined)).toStrictEqual(may);
  });

  it("freezes every object in a programme, the parts shared with other programmes included", () => {
    const unfrozen = (value: unknown): number =>
      typeof value !== "object" || value === null
        ? 0
        : (Object.isFrozen(value) ? 0 : 1) +
          Object.values(value).reduce((n: number, v) => n + unfrozen(v), 0);
    createProgramme(WSIS_DEFAULT_SPEC);
    expect(unfrozen(createProgramme(WSIS_DEFAULT_SPEC))).toBe(0);
  });

  it("does not mutate a deep-frozen spec", () => {
    const spec = deepFreeze(structuredClone(WSIS_DEFAULT_SPEC)) as ProgrammeSpec;
    expect(() => createProgramme(spec)).not.toThrow();
  });

  it("treats __proto__, constructor and toString as ordinary ids", () => {
    const themes = ["__proto__", "constructor", "toString"].map((id) => ({
      id,
      title: id,
      actionLines: ["C1"],
    }));
    const p = createProgramme({
      title: "T",
      startYear: 2027,
      cycles: [{ themes: ["__proto__", "constructor"] }, { themes: ["toString"] }],
      themes,
    });
    expect(p.cycles.map((c) => c.themes)).toStrictEqual([["__proto__", "constructor"], ["toString"]]);
  });
});

describe("createProgramme with bad input", () => {
  it("names an unknown action line and suggests the nearest", () => {
    expect(
      issuesOf(() =>
        createProgramme({
          title: "T",
          startYear: 2027,
          cycles: 1,
          themes: [{ id: "a", title: "A", actionLines: ["C12"] }],
        }),
      ),
    ).toStrictEqual([
      { path: ["themes", 0, "actionLines", 0], message: 'unknown action line "C12"; did you mean "C1"?' },
    ]);
    expect(
      issuesOf(() =>
        createProgramme({
          title: "T",
          startYear: 2027,
          cycles: 1,
          themes: [{ id: "a", title: "A", actionLines: ["C7.e-helth"] }],
        }),
      )[0]?.message,
    ).toBe('unknown action line "C7.e-helth"; did you mean "C7.e-health"?');
  });

  it("names duplicate theme ids and cycles naming unknown themes", () => {
    expect(
      issuesOf(() =>
        createProgramme({
          title: "T",
          startYear: 2027,
          cycles: [{ themes: ["acess"] }],
          themes: [access, access],
        }),
      ),
    ).toStrictEqual([
      { path: ["themes", 1, "id"], message: 'duplicate theme id "access" (first at themes[0])' },
      {
        path: ["cycles", 0, "themes", 0],
        message: 'cycle 1 names unknown theme "acess"; did you mean "access"?',
      },
    ]);
  });

  it("rejects a start year that is not a whole number or is outside 1990–2200", () => {
    for (const startYear of [2027.5, 1989, 2201]) {
      expect(
        issuesOf(() => createProgramme({ title: "T", startYear, cycles: 1, themes: [] }))[0]?.path,
      ).toStrictEqual(["startYear"]);
    }
  });

  it("rejects fewer than one cycle, an empty title, a WSIS theme without action lines, and non-ISO dates together", () => {
    const issues = issuesOf(() =>
      createProgramme({
        title: " ",
        startYear: 2027,
        cycles: 0,
        themes: [{ id: "a", title: "A", actionLines: [] }],
        calendar: { holidays: ["2027-02-30", "5 May 2027"] },
      }),
    );
    expect(issues.map((i) => i.path)).toStrictEqual([
      ["title"],
      ["cycles"],
      ["themes", 0, "actionLines"],
      ["calendar", "holidays", 0],
      ["calendar", "holidays", 1],
    ]);
  });

  it("lets a science-and-technology theme name no action line", () => {
    const p = createProgramme({
      title: "T",
      startYear: 2027,
      cycles: 1,
      themes: [
        { id: "foresight", title: "Technology foresight", mandate: "sti", actionLines: [], sdgs: [9] },
      ],
    });
    expect(p.themes[0]?.mandate).toBe("sti");
  });

  it("rejects a horizon past 2200", () => {
    expect(
      issuesOf(() => createProgramme({ title: "T", startYear: 2190, cycles: 10, themes: [] }))[0]?.message,
    ).toBe("10 cycles of 2 years from 2190 end in 2209, after 2200");
  });
});
