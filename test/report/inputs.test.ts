import { describe, expect, it } from "vitest";
import {
  PlannerInputError,
  type Programme,
  parseProgramme,
  renderHtml,
  renderMarkdown,
  renderTimelineSvg,
  toCsv,
  toICalendar,
  toJson,
  toMermaidGantt,
} from "../../src/index.ts";
import { defaultProgramme } from "./fixtures.ts";

const RENDERERS = {
  renderMarkdown: (programme: unknown) => renderMarkdown(programme as Programme),
  renderHtml: (programme: unknown) => renderHtml(programme as Programme),
  renderTimelineSvg: (programme: unknown) => renderTimelineSvg(programme as Programme),
  toICalendar: (programme: unknown) => toICalendar(programme as Programme),
  toCsv: (programme: unknown) => toCsv(programme as Programme),
  toMermaidGantt: (programme: unknown) => toMermaidGantt(programme as Programme),
  toJson: (programme: unknown) => toJson(programme as Programme),
};

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe.each(Object.entries(RENDERERS))("%s", (_name, render) => {
  it("throws PlannerInputError, not a TypeError, for a value that is not a programme", () => {
    for (const input of [undefined, null, 42, "text", [], {}]) {
      expect(thrown(() => render(input))).toBeInstanceOf(PlannerInputError);
    }
  });

  it("lists every problem with its path", () => {
    const broken = { ...defaultProgramme(), title: "", sessions: [{ year: "2027" }] };
    const error = thrown(() => render(broken)) as PlannerInputError;
    const paths = error.issues.map((issue) => issue.path.join("."));
    expect(paths).toContain("title");
    expect(paths.some((path) => path.startsWith("sessions.0"))).toBe(true);
  });

  it("does not mutate the programme", () => {
    const programme = defaultProgramme();
    const before = structuredClone(programme);
    render(programme);
    expect(programme).toStrictEqual(before);
  });
});

describe("options and extras", () => {
  it("rejects an unknown option, naming it", () => {
    const error = thrown(() => renderMarkdown(defaultProgramme(), {}, { timelne: false } as never));
    expect(error).toBeInstanceOf(PlannerInputError);
    expect((error as PlannerInputError).message).toMatch(/timelne/u);
  });

  it("rejects an unknown extra", () => {
    expect(thrown(() => renderHtml(defaultProgramme(), { checks: {} } as never))).toBeInstanceOf(
      PlannerInputError,
    );
  });

  it("rejects a malformed alignment report with the path of the problem", () => {
    const error = thrown(() =>
      renderMarkdown(defaultProgramme(), { alignment: { coherence: 2 } } as never),
    ) as PlannerInputError;
    expect(error.issues.map((issue) => issue.path.join("."))).toContain("alignment.coherence");
  });

  it("rejects a programme checked against another catalogue", () => {
    const programme = { ...defaultProgramme(), catalogue: "csd" };
    expect(thrown(() => toCsv(programme))).toBeInstanceOf(PlannerInputError);
  });

  it("leaves the timeline out on request", () => {
    expect(renderMarkdown(defaultProgramme(), {}, { timeline: false })).not.toContain("```mermaid");
    expect(renderHtml(defaultProgramme(), {}, { timeline: false })).not.toContain("<svg");
  });

  it("rejects a stamp that is not a date or UTC date-time", () => {
    expect(thrown(() => toICalendar(defaultProgramme(), { stamp: "yesterday" }))).toBeInstanceOf(
      PlannerInputError,
    );
  });
});

describe("toJson", () => {
  it("round-trips through parseProgramme", () => {
    const programme = defaultProgramme();
    expect(parseProgramme(JSON.parse(toJson(programme)))).toStrictEqual(programme);
  });
});
