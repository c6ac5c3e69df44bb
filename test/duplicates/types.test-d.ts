import { describe, expectTypeOf, it } from "vitest";
import {
  type Activity,
  type ActivityInput,
  type DuplicationReport,
  findDuplicates,
  fromCsv,
  fromIatiXml,
  type ImportResult,
} from "../../src/index.ts";

describe("duplicates types", () => {
  it("returns activities, or a lenient result when lenient is true", () => {
    expectTypeOf(fromCsv("")).toEqualTypeOf<Activity[]>();
    expectTypeOf(fromCsv("", { lenient: true })).toEqualTypeOf<ImportResult>();
    expectTypeOf(fromIatiXml("", { lenient: false })).toEqualTypeOf<Activity[]>();
    expectTypeOf(fromIatiXml("", { lenient: true })).toEqualTypeOf<ImportResult>();
  });

  it("takes plain activity inputs and gives a report", () => {
    const input: ActivityInput = {
      id: "a",
      agency: "ITU",
      title: "T",
      actionLines: ["C2"],
      start: "2026",
      end: "2027",
    };
    expectTypeOf(findDuplicates([input])).toEqualTypeOf<DuplicationReport>();
    expectTypeOf<DuplicationReport["groups"]>().toEqualTypeOf<readonly (readonly string[])[]>();
    expectTypeOf<Activity["countries"]>().toEqualTypeOf<string[] | undefined>();
  });

  it("rejects a status the register does not know", () => {
    const base: ActivityInput = {
      id: "a",
      agency: "ITU",
      title: "T",
      actionLines: ["C2"],
      start: "2026",
      end: "2027",
    };
    const bad: ActivityInput = {
      ...base,
      // @ts-expect-error [ts2322] "ongoing" is not an IATI activity status
      status: "ongoing",
    };
    expectTypeOf(bad).toEqualTypeOf<ActivityInput>();
  });
});
