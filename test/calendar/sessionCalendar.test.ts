// sessionCalendar: every dated milestone in order, with holidays and external events as plain data.
import { describe, expect, it } from "vitest";
import {
  createProgramme,
  type Milestone,
  PlannerInputError,
  type Programme,
  sessionCalendar,
  WSIS_DEFAULT_SPEC,
} from "../../src/index.ts";
import { CSTD_SESSIONS, ECOSOC_SESSIONS, WSIS_FORUMS } from "../fixtures/cstd-record.ts";

const programme = () => createProgramme(WSIS_DEFAULT_SPEC);

/** The 2012 session on its real dates (15th session, 21–25 May 2012, reference §5c). */
const programme2012 = () =>
  createProgramme({
    title: "CSTD 2012",
    startYear: 2012,
    cycleLength: 1,
    firstSession: 15,
    cycles: [{ themes: ["open-access"] }],
    themes: [{ id: "open-access", title: "Open access", mandate: "both", actionLines: ["C3"], sdgs: [4] }],
    calendar: { sessionDates: [{ year: 2012, opens: CSTD_SESSIONS[2012].opens }] },
  });

describe("sessionCalendar", () => {
  it("lists the first session's milestones in date order", () => {
    const first = sessionCalendar(programme()).filter((milestone) => milestone.year === 2027);
    expect(first.map((m) => [m.date, m.end ?? null, m.kind, m.title])).toStrictEqual([
      [
        "2026-11-16",
        "2026-11-18",
        "intersessional-panel",
        "Inter-sessional panel before the 30th session (2027)",
      ],
      [
        "2027-01-04",
        null,
        "consultation-opens",
        "Open consultation and input portal open for the 30th session (2027)",
      ],
      ["2027-03-01", null, "inputs-due", "Stakeholder inputs due for the 30th session (2027)"],
      [
        "2027-03-29",
        null,
        "documents-due",
        "Pre-session documents due for the 30th session (2027) (6 weeks before it opens)",
      ],
      ["2027-05-10", "2027-05-14", "session", "The 30th session (2027), review: Geneva, Palais des Nations"],
      [
        "2027-07-05",
        null,
        "report-to-ecosoc",
        "Report of the 30th session (2027) reaches the Economic and Social Council",
      ],
    ]);
  });

  it("holds the high-level segment on the last days of the policy session", () => {
    const segment = sessionCalendar(programme()).find((m) => m.kind === "high-level-segment");
    expect(segment).toStrictEqual({
      date: "2028-05-11",
      end: "2028-05-12",
      kind: "high-level-segment",
      title: "High-level segment of the 31st session (2028)",
      year: 2028,
      cycle: 0,
      session: 31,
      workingDay: true,
    } satisfies Milestone);
  });

  it("is in date order throughout, six or seven milestones a year", () => {
    const milestones = sessionCalendar(programme());
    const dates = milestones.map((m) => m.date);
    expect(dates).toStrictEqual([...dates].sort());
    expect(milestones).toHaveLength(10 * 6 + 5);
  });

  it("shows the external events within the programme's span and marks the meetings they overlap", () => {
    const moved = createProgramme({
      ...WSIS_DEFAULT_SPEC,
      // The default agenda's 2027 item (A/RES/80/173's task force) has no place in 2012.
      agenda: WSIS_DEFAULT_SPEC.agenda.filter((item) => !("years" in item)),
      startYear: 2012,
      cycles: [{ themes: ["inclusive-access", "open-science"] }],
      firstSession: 15,
      calendar: { sessionDates: [{ year: 2012, opens: "2012-05-14" }] },
    });
    const milestones = sessionCalendar(moved, { externalEvents: [...WSIS_FORUMS, ...ECOSOC_SESSIONS] });
    expect(milestones.filter((m) => m.kind === "external-event").map((m) => m.event)).toStrictEqual([
      "wsis-forum-2012",
      "ecosoc-2013",
    ]);
    expect(milestones.find((m) => m.kind === "session" && m.year === 2012)?.clashes).toStrictEqual([
      "wsis-forum-2012",
    ]);
  });

  it("places the 15th session after the WSIS Forum of 2012, with no clash", () => {
    const milestones = sessionCalendar(programme2012(), { externalEvents: WSIS_FORUMS });
    expect(milestones.map((m) => `${m.date} ${m.kind}`).slice(-4)).toStrictEqual([
      "2012-05-14 external-event",
      "2012-05-21 session",
      "2012-05-24 high-level-segment",
      "2012-07-02 report-to-ecosoc",
    ]);
    expect(milestones.find((m) => m.kind === "session")?.clashes).toBeUndefined();
  });

  it("marks milestones that fall on a configured holiday", () => {
    const milestones = sessionCalendar(programme2012(), { holidays: ["2012-07-02"] });
    expect(milestones.filter((m) => !m.workingDay).map((m) => m.kind)).toStrictEqual(["report-to-ecosoc"]);
  });

  it("keeps only the kinds asked for", () => {
    const kinds = sessionCalendar(programme(), { kinds: ["documents-due"] }).map((m) => m.kind);
    expect(new Set(kinds)).toStrictEqual(new Set(["documents-due"]));
    expect(kinds).toHaveLength(10);
  });

  it("does not change the programme", () => {
    const p = programme();
    const before = JSON.stringify(p);
    sessionCalendar(p, { holidays: ["2027-05-12"] });
    expect(JSON.stringify(p)).toBe(before);
  });

  it("reports a malformed programme or option with its path", () => {
    const broken = structuredClone(programme()) as Programme;
    (broken.sessions[0] as { opens: string }).opens = "2027-02-30";
    expect(() => sessionCalendar(broken)).toThrow(PlannerInputError);
    let caught: unknown;
    try {
      sessionCalendar(programme(), {
        externalEvents: [{ id: "x", title: "X", opens: "2027-05-10", closes: "2027-05-01" }],
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PlannerInputError);
    expect((caught as PlannerInputError).issues.map((issue) => issue.path)).toStrictEqual([
      ["externalEvents", 0, "closes"],
    ]);
    expect(() => sessionCalendar(programme(), { kinds: ["lunch"] } as never)).toThrow(PlannerInputError);
  });
});
