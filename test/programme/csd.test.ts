import { describe, expect, it } from "vitest";
import { createProgramme, PlannerInputError } from "../../src/index.ts";
import { CSD_CYCLES, csd } from "../fixtures/csd.ts";

// The CSD's 2004–2017 multi-year programme (reference §6): seven two-year cycles, each a review year
// and a policy year, expressed with the CSD's own catalogue of thematic issues.
const programme = createProgramme(
  {
    title: "CSD multi-year programme of work 2004–2017",
    startYear: 2004,
    firstSession: 12,
    calendar: { sessionStart: { month: 4, nth: 2 }, sessionDays: 10, intersessionalPanel: false },
    cycles: CSD_CYCLES.map((cycle) => ({ themes: [`cycle-${cycle.cycle}`] })),
    themes: CSD_CYCLES.map((cycle) => ({
      id: `cycle-${cycle.cycle}`,
      title: `Cluster ${cycle.cycle}`,
      actionLines: [...cycle.issues],
    })),
  },
  csd,
);

describe("the CSD 2004–2017 precedent", () => {
  it("has seven cycles from a 2004 review session to a 2017 policy session", () => {
    expect(programme.cycles).toHaveLength(7);
    expect(programme.sessions[0]).toMatchObject({ year: 2004, phase: "review", number: 12 });
    expect(programme.sessions.at(-1)).toMatchObject({
      year: 2017,
      phase: "policy",
      number: 25,
      highLevelSegment: true,
    });
    expect(programme.catalogue).toBe("csd");
  });

  it("lasts two weeks a session, as the CSD's did", () => {
    expect(programme.sessions.find((s) => s.year === 2005)).toMatchObject({
      opens: "2005-04-11",
      closes: "2005-04-22",
    });
  });

  it("rejects WSIS action lines against the CSD catalogue", () => {
    expect(() =>
      createProgramme(
        { title: "T", startYear: 2004, cycles: 1, themes: [{ id: "x", title: "X", actionLines: ["C1"] }] },
        csd,
      ),
    ).toThrow(PlannerInputError);
  });
});
