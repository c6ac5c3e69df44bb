import { describe, expect, it } from "vitest";
import {
  renderHtml,
  renderMarkdown,
  renderTimelineSvg,
  toCsv,
  toICalendar,
  toMermaidGantt,
} from "../../src/index.ts";
import { defaultProgramme } from "./fixtures.ts";

describe("golden files for the default programme", () => {
  it("renders the Markdown draft", async () => {
    await expect(renderMarkdown(defaultProgramme())).toMatchFileSnapshot("./__golden__/cstd-2027.md");
  });

  it("renders the HTML page", async () => {
    await expect(renderHtml(defaultProgramme())).toMatchFileSnapshot("./__golden__/cstd-2027.html");
  });

  it("renders the SVG timeline", async () => {
    await expect(renderTimelineSvg(defaultProgramme())).toMatchFileSnapshot("./__golden__/cstd-2027.svg");
  });

  it("renders the iCalendar file", async () => {
    await expect(toICalendar(defaultProgramme())).toMatchFileSnapshot("./__golden__/cstd-2027.ics");
  });

  it("renders the CSV of theme-years", async () => {
    await expect(toCsv(defaultProgramme())).toMatchFileSnapshot("./__golden__/cstd-2027.csv");
  });

  it("renders the Mermaid gantt", async () => {
    await expect(toMermaidGantt(defaultProgramme())).toMatchFileSnapshot("./__golden__/cstd-2027.mmd");
  });
});

describe("determinism", () => {
  it("gives byte-identical output for the same programme", () => {
    const a = defaultProgramme();
    const b = defaultProgramme();
    expect(renderMarkdown(a)).toBe(renderMarkdown(b));
    expect(renderHtml(a)).toBe(renderHtml(b));
    expect(toICalendar(a)).toBe(toICalendar(b));
  });
});
