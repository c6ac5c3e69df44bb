// Inputs the full `npm run fuzz` campaign found escaping, kept as plain regression tests.
import { describe, expect, it } from "vitest";
import { cstdRecord, defineRecord, PlannerInputError, parseActivities, wsis } from "../../src/index.ts";

describe("fuzz regressions", () => {
  it("parseActivities: a list of 100,000 bad items inside an activity is an input error, not a RangeError", () => {
    const activity = {
      id: "a1",
      agency: "ITU",
      title: "Rural broadband",
      actionLines: ["C2"],
      start: "2026",
      end: "2027",
      countries: Array.from({ length: 100_000 }, () => "not a country"),
    };
    expect(() => parseActivities([activity, activity])).toThrow(PlannerInputError);
  });

  it("defineRecord: a catalogue with a throwing getter is an input error naming it", () => {
    const catalogue = {
      ...JSON.parse(JSON.stringify(wsis)),
      get id(): string {
        throw new Error("hostile");
      },
    };
    const record = JSON.parse(JSON.stringify(cstdRecord));
    expect(() => defineRecord(record, catalogue)).toThrow(PlannerInputError);
    expect(() => defineRecord(record, { ...JSON.parse(JSON.stringify(wsis)), toString: 0 })).toThrow(
      PlannerInputError,
    );
  });
});
