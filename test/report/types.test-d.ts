import { describe, expectTypeOf, it } from "vitest";
import {
  type AlignmentReport,
  type CheckReport,
  type DuplicationReport,
  findingsToCsv,
  type Milestone,
  type Programme,
  type RenderExtras,
  renderHtml,
  renderMarkdown,
  renderTimelineSvg,
  toCsv,
  toICalendar,
  toJson,
  toMermaidGantt,
} from "../../src/index.ts";

describe("report types", () => {
  it("every renderer returns a string", () => {
    expectTypeOf(renderMarkdown).returns.toEqualTypeOf<string>();
    expectTypeOf(renderHtml).returns.toEqualTypeOf<string>();
    expectTypeOf(renderTimelineSvg).returns.toEqualTypeOf<string>();
    expectTypeOf(toICalendar).returns.toEqualTypeOf<string>();
    expectTypeOf(toCsv).returns.toEqualTypeOf<string>();
    expectTypeOf(toMermaidGantt).returns.toEqualTypeOf<string>();
    expectTypeOf(toJson).returns.toEqualTypeOf<string>();
    expectTypeOf(findingsToCsv).returns.toEqualTypeOf<string>();
  });

  it("takes the analyses' own reports as extras", () => {
    expectTypeOf<{
      check: CheckReport;
      calendar: Milestone[];
      alignment: AlignmentReport;
      duplicates: DuplicationReport;
    }>().toExtend<RenderExtras>();
  });

  it("takes a programme first", () => {
    expectTypeOf(renderMarkdown).parameter(0).toEqualTypeOf<Programme>();
    // @ts-expect-error [ts2345] a spec is not a programme
    renderMarkdown({ title: "x", startYear: 2027, cycles: 1, themes: [] });
  });

  it("rejects an unknown extra at compile time", () => {
    const programme = {} as Programme;
    // @ts-expect-error [ts2353] "checks" is not an extra
    renderMarkdown(programme, { checks: {} });
  });
});
