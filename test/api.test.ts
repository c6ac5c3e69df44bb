import { describe, expect, it } from "vitest";
import * as api from "../src/index.ts";

// The public API contract of DESIGN.md: these names are fixed.
const CONTRACT = [
  "wsis",
  "defineCatalogue",
  "createProgramme",
  "parseProgramme",
  "edit",
  "diffProgrammes",
  "facilitatorsOf",
  "sessionCalendar",
  "checkProgramme",
  "draftProgramme",
  "distilThemes",
  "draftScenarios",
  "alignWithUngis",
  "proposeUngisPlan",
  "findForumOverlaps",
  "findDuplicates",
  "fromIatiXml",
  "fromCsv",
  "checkParticipation",
  "renderMarkdown",
  "renderHtml",
  "toICalendar",
  "toCsv",
  "toMermaidGantt",
  "renderTimelineSvg",
  "PlannerInputError",
  "InfeasibleError",
] as const;

describe("the public API", () => {
  it("exports every name DESIGN.md fixes", () => {
    const exported = api as Record<string, unknown>;
    expect(CONTRACT.filter((name) => exported[name] === undefined)).toStrictEqual([]);
  });

  it("exports functions and classes under those names, and the catalogue as data", () => {
    const exported = api as Record<string, unknown>;
    for (const name of CONTRACT.filter((n) => n !== "wsis")) expect(typeof exported[name]).toBe("function");
    expect(api.wsis.actionLines).toHaveLength(19);
  });
});
