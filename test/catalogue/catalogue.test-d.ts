// Issue 11: the public types of the record and of facilitation over time.
import { describe, expectTypeOf, it } from "vitest";
import {
  type CommissionRecord,
  type CommissionRecordInput,
  cstdRecord,
  type DefaultSource,
  defineRecord,
  facilitatorsOf,
  PLANNER_DEFAULTS,
  type RecordCoverage,
  recordCoverage,
  type ThemeInput,
  wsis,
} from "../../src/index.ts";

describe("catalogue types", () => {
  it("types cstdRecord as a CommissionRecord that defineRecord also returns", () => {
    expectTypeOf(cstdRecord).toEqualTypeOf<CommissionRecord>();
    expectTypeOf(defineRecord).parameter(0).toEqualTypeOf<CommissionRecordInput>();
    expectTypeOf(recordCoverage(cstdRecord)).toEqualTypeOf<RecordCoverage>();
  });

  it("keeps facilitatorsOf(catalogue, line) and adds an optional year", () => {
    expectTypeOf(facilitatorsOf(wsis, "C6")).toEqualTypeOf<{ lead: string[]; co: string[] }>();
    expectTypeOf(facilitatorsOf(wsis, "C6", 2006)).toEqualTypeOf<{ lead: string[]; co: string[] }>();
    // @ts-expect-error [ts2345] the year is a number, not a date string
    facilitatorsOf(wsis, "C6", "2006");
  });

  it("lets a theme be cross-cutting, and lists defaults with their basis", () => {
    expectTypeOf<ThemeInput["crossCutting"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf(PLANNER_DEFAULTS).toEqualTypeOf<readonly DefaultSource[]>();
    expectTypeOf<DefaultSource["basis"]>().toEqualTypeOf<"rule" | "fact" | "judgement">();
  });
});
