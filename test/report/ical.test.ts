import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { createProgramme, toICalendar, WSIS_DEFAULT_SPEC } from "../../src/index.ts";
import { defaultProgramme } from "./fixtures.ts";

function events(ics: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
}

const value = (event: ICAL.Component, name: string) => String(event.getFirstPropertyValue(name));

describe("toICalendar", () => {
  const ics = toICalendar(defaultProgramme());
  const all = events(ics);

  it("holds, per session, its panel, consultation, two deadlines, the session and the report, plus each high-level segment", () => {
    // 10 sessions × 6 entries, and 5 policy sessions with a high-level segment.
    expect(all).toHaveLength(65);
    const kinds = all.map((event) => value(event, "categories"));
    expect(kinds.filter((kind) => kind === "high-level-segment")).toHaveLength(5);
    expect(kinds.filter((kind) => kind === "panel")).toHaveLength(10);
  });

  it("writes all-day events ending the day after their last day", () => {
    const session = all.find((event) => value(event, "summary").startsWith("30th session"));
    const start = session?.getFirstPropertyValue("dtstart") as ICAL.Time;
    const end = session?.getFirstPropertyValue("dtend") as ICAL.Time;
    expect([start.isDate, start.toString(), end.isDate, end.toString()]).toStrictEqual([
      true,
      "2027-05-10",
      true,
      "2027-05-15",
    ]);
  });

  it("gives every event a distinct UID", () => {
    const uids = all.map((event) => value(event, "uid"));
    expect(new Set(uids).size).toBe(uids.length);
  });

  it("keeps UIDs when the programme changes in other respects", () => {
    const moved = createProgramme({ ...WSIS_DEFAULT_SPEC, calendar: { sessionStart: { month: 4, nth: 1 } } });
    const uids = (text: string) => events(text).map((event) => value(event, "uid"));
    expect(uids(toICalendar(moved)).sort()).toStrictEqual(uids(ics).sort());
  });

  it("changes UIDs with the programme title", () => {
    const renamed = createProgramme({ ...WSIS_DEFAULT_SPEC, title: "Another programme" });
    expect(value(events(toICalendar(renamed))[0] as ICAL.Component, "uid")).not.toBe(
      value(all[0] as ICAL.Component, "uid"),
    );
  });

  it("stamps every event with a fixed instant in the past, not the clock, and SEQUENCE 0", () => {
    const stamps = new Set(all.map((event) => value(event, "dtstamp")));
    expect([...stamps]).toStrictEqual(["1970-01-01T00:00:00Z"]);
    expect(new Set(all.map((event) => value(event, "sequence")))).toStrictEqual(new Set(["0"]));
    expect(toICalendar(defaultProgramme())).toBe(ics);
  });

  it("takes a stamp from the options, in UTC, as a date, a date-time or a Date", () => {
    const stampOf = (stamp: string | Date) =>
      value(events(toICalendar(defaultProgramme(), { stamp }))[0] as ICAL.Component, "dtstamp");
    expect(stampOf("2026-02-03T04:05:06Z")).toBe("2026-02-03T04:05:06Z");
    expect(stampOf("2026-02-03T05:05:06.789+01:00")).toBe("2026-02-03T04:05:06Z");
    expect(stampOf("2026-02-03")).toBe("2026-02-03T00:00:00Z");
    expect(stampOf(new Date(Date.UTC(2026, 1, 3, 4, 5, 6)))).toBe("2026-02-03T04:05:06Z");
  });

  it("raises SEQUENCE with each later stamp, so a client replaces the events it holds", () => {
    const sequenceOf = (stamp: string) =>
      Number(value(events(toICalendar(defaultProgramme(), { stamp }))[0] as ICAL.Component, "sequence"));
    const first = sequenceOf("2026-12-01T09:00:00Z");
    expect(sequenceOf("2026-12-01T09:01:00Z")).toBe(first + 1);
    expect(sequenceOf("2027-03-01T00:00:00Z")).toBeGreaterThan(first);
    const explicit = toICalendar(defaultProgramme(), { stamp: "2026-12-01T09:00:00Z", sequence: 7 });
    expect(events(explicit).map((event) => value(event, "sequence"))).toSatisfy((all: string[]) =>
      all.every((sequence) => sequence === "7"),
    );
  });

  it.each([
    [{ stamp: "yesterday" }, "stamp"],
    [{ stamp: new Date(Number.NaN) }, "stamp"],
    [{ sequence: -1 }, "sequence"],
    [{ sequence: 1.5 }, "sequence"],
  ])("rejects the bad option %j with its path", (options, key) => {
    expect(() => toICalendar(defaultProgramme(), options as never)).toThrow(
      expect.objectContaining({ name: "PlannerInputError", message: expect.stringContaining(key) }),
    );
  });

  it("ends every line with CRLF", () => {
    expect(ics.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/u);
  });
});
