// Inputs the full `npm run fuzz` campaign found escaping, kept as plain regression tests.
import { describe, expect, it } from "vitest";
import {
  cstdRecord,
  defineRecord,
  draftScenarios,
  PlannerInputError,
  parseActivities,
  wsis,
} from "../../src/index.ts";

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

  it("draftScenarios: 100,000 copies of one variation are an input error, not 4 GB of drafts", () => {
    // Seed 8 of the campaign (FUZZ_SEED=8 FUZZ_INPUTS=50000): the variations list replaced by 100,000
    // copies of its first item ran the heap out of memory before the limit on variations.
    const spec = {
      title: "Sweep",
      startYear: 2027,
      cycles: 1,
      themes: [
        {
          id: "media",
          title: "Media",
          actionLines: ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11"],
        },
      ],
    };
    const copies = Array.from({ length: 100_000 }, () => ({
      name: "media first",
      change: { pins: [{ theme: "media", cycle: 1 }] },
    }));
    expect(() => draftScenarios(spec, copies)).toThrow(PlannerInputError);
  });
});
