import { describe, expect, it } from "vitest";
import {
  createProgramme,
  defineCatalogue,
  jsonSchemaFor,
  PlannerInputError,
  parseProgramme,
  parseProgrammeSpec,
  safeParseProgramme,
  WSIS_DEFAULT_SPEC,
} from "../../src/index.ts";

const programme = createProgramme(WSIS_DEFAULT_SPEC);
const json = () => JSON.parse(JSON.stringify(programme));

function pathsOf(input: unknown): unknown[] {
  const result = safeParseProgramme(input);
  if (result.success) throw new Error("expected failure");
  return result.error.issues.map((issue) => issue.path);
}

describe("parseProgramme", () => {
  it("returns a programme it made as it is: deep-frozen, so it cannot have changed", () => {
    expect(parseProgramme(programme)).toBe(programme);
    expect(Object.isFrozen(programme.sessions[0]?.deadlines)).toBe(true);
    expect(() => {
      (programme.sessions[0] as { opens: string }).opens = "2027-01-01";
    }).toThrow(TypeError);
  });

  it("validates again against another catalogue", () => {
    const other = defineCatalogue({ id: "wsis", name: "Other", actionLines: [{ id: "C1", title: "One" }] });
    expect(() => parseProgramme(programme, other)).toThrow(PlannerInputError);
  });

  it("round-trips a programme through JSON", () => {
    expect(parseProgramme(json())).toStrictEqual(programme);
  });

  it("names a missing session and a session in the wrong cycle", () => {
    const input = json();
    input.sessions.splice(3, 1);
    input.sessions[0].cycle = 4;
    expect(pathsOf(input)).toStrictEqual([["sessions", 0, "cycle"], ["sessions"]]);
  });

  it("names unknown themes in cycles and agenda items", () => {
    const input = json();
    input.cycles[0].themes.push("nope");
    input.sessions[0].agenda[0].themes = ["nada"];
    expect(pathsOf(input)).toStrictEqual([
      ["cycles", 0, "themes", 2],
      ["sessions", 0, "agenda", 0, "themes", 0],
    ]);
  });

  it("names an end year that does not follow from the cycles", () => {
    const input = json();
    input.endYear = 2040;
    expect(pathsOf(input)).toStrictEqual([["endYear"]]);
  });

  it("refuses a programme made with another catalogue", () => {
    const other = defineCatalogue({ id: "csd", name: "CSD", actionLines: [{ id: "water", title: "Water" }] });
    expect(() => parseProgramme(json(), other)).toThrow(
      /uses catalogue "wsis" but was checked against "csd"/u,
    );
  });

  it("throws PlannerInputError, not TypeError, for non-objects", () => {
    for (const input of [null, 42, "programme", [], { sessions: "x" }]) {
      expect(() => parseProgramme(input)).toThrow(PlannerInputError);
    }
  });

  it("formats the message with each path", () => {
    expect(() => parseProgramme({ ...json(), title: "" })).toThrowErrorMatchingInlineSnapshot(`
      [PlannerInputError: Invalid programme (1 problem):
        - title: must not be empty]
    `);
  });
});

describe("parseProgrammeSpec", () => {
  it("fills in defaults", () => {
    const spec = parseProgrammeSpec({ title: "T", startYear: 2027, cycles: 1, themes: [] });
    expect([spec.cycleLength, spec.calendar.sessionDays, spec.calendar.documentsWeeks]).toStrictEqual([
      2, 5, 6,
    ]);
  });
});

describe("jsonSchemaFor", () => {
  it("describes the spec with its required fields", () => {
    const schema = jsonSchemaFor("spec");
    expect(schema["required"]).toStrictEqual(["title", "startYear", "cycles", "themes"]);
  });

  it("describes the programme", () => {
    expect(Object.keys(jsonSchemaFor("programme")["properties"] as object)).toContain("sessions");
  });

  it("describes a spec for the solver: cycles counted, and the constraints on them", () => {
    const schema = jsonSchemaFor("draftSpec") as {
      properties: Record<string, { type?: string }>;
      required: string[];
    };
    expect(schema.properties["cycles"]?.type).toBe("integer");
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["pins", "forbid", "precedence", "deadlines", "themesPerCycle", "timeLimitMs"]),
    );
    expect(schema.required).toEqual(expect.arrayContaining(["cycles", "themes"]));
  });
});
