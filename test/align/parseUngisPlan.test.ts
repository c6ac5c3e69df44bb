import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  createProgramme,
  defineCatalogue,
  jsonSchemaFor,
  PlannerInputError,
  parseFora,
  parseUngisPlan,
  safeParseUngisPlan,
  wsis,
} from "../../src/index.ts";
import { CSTD_2008_2009_SPEC, ungisForaYaml, ungisRecordText, ungisRecordYaml } from "../fixtures/ungis.ts";

function issuesOf(fn: () => unknown): PlannerInputError["issues"] {
  try {
    fn();
  } catch (error) {
    if (error instanceof PlannerInputError) return error.issues;
    throw error;
  }
  throw new Error("expected a PlannerInputError, but nothing was thrown");
}

describe("parseUngisPlan", () => {
  it("reads the YAML record of UNGIS's work (reference §4)", () => {
    const plan = parseUngisPlan(parse(ungisRecordText()));
    expect(plan.years.map((y) => [y.year, y.themes.map((t) => t.title)])).toStrictEqual([
      [2006, ["Expanding access to communications"]],
      [2007, []],
      [2008, []],
      [2012, ["ICTs: The Foundation of Our Sustainable Future (Rio+20 side event)"]],
      [2013, ["Joint Statement on the Post-2015 Development Agenda"]],
    ]);
  });

  it("agrees with the catalogue's UNGIS chairs and vice-chairs for every year of the record", () => {
    const terms = wsis.interAgencyGroup?.chairs ?? [];
    for (const year of parseUngisPlan(ungisRecordYaml()).years) {
      const term = terms.find((t) => year.year >= t.from && year.year <= (t.to ?? t.from));
      expect([year.year, year.chair, year.viceChairs ?? []]).toStrictEqual([
        year.year,
        term?.chair,
        term?.viceChairs,
      ]);
    }
  });

  it("returns a new value and leaves the input alone", () => {
    const input = ungisRecordYaml();
    const before = JSON.stringify(input);
    const plan = parseUngisPlan(input);
    expect(plan).not.toBe(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it("names unknown action lines and agencies, with the nearest known id", () => {
    const issues = issuesOf(() =>
      parseUngisPlan({
        years: [
          {
            year: 2027,
            chair: "ITU",
            viceChairs: ["UNDPP"],
            themes: [{ title: "Health", actionLines: ["C7.e-helth"], lead: ["WHO", "Nobody"] }],
          },
        ],
      }),
    );
    expect(issues).toStrictEqual([
      { path: ["years", 0, "viceChairs", 0], message: 'unknown agency "UNDPP"; did you mean "UNDP"?' },
      {
        path: ["years", 0, "themes", 0, "actionLines", 0],
        message: 'unknown action line "C7.e-helth"; did you mean "C7.e-health"?',
      },
      { path: ["years", 0, "themes", 0, "lead", 1], message: 'unknown agency "Nobody"' },
    ]);
  });

  it("reports shape and reference problems together", () => {
    const issues = issuesOf(() =>
      parseUngisPlan({
        years: [{ year: 2027, themes: [{ title: "", actionLines: ["C99"], leads: ["ITU"] }] }],
      }),
    );
    expect(issues.map((issue) => issue.path)).toStrictEqual([
      ["years", 0, "themes", 0, "title"],
      ["years", 0, "themes", 0, "leads"],
      ["years", 0, "themes", 0, "actionLines", 0],
    ]);
    expect(issues[1]?.message).toBe('unknown key "leads"; did you mean "lead"?');
  });

  it("refuses a year given twice and a theme with no action line", () => {
    const issues = issuesOf(() =>
      parseUngisPlan({
        years: [
          { year: 2027, themes: [] },
          { year: 2027, themes: [{ title: "Empty", actionLines: [] }] },
        ],
      }),
    );
    expect(issues).toStrictEqual([
      {
        path: ["years", 1, "themes", 0, "actionLines"],
        message: "a UNGIS theme names at least one action line",
      },
      { path: ["years", 1, "year"], message: "a second entry for 2027 (first at years[0])" },
    ]);
  });

  it("with strict and a programme, refuses years that feed no session and parallels that name no theme", () => {
    const programme = createProgramme(CSTD_2008_2009_SPEC);
    const issues = issuesOf(() =>
      parseUngisPlan(
        {
          years: [
            { year: 2007, themes: [{ title: "Access", actionLines: ["C2"], parallels: "access" }] },
            { year: 2009 },
          ],
        },
        { programme, strict: true },
      ),
    );
    expect(issues).toStrictEqual([
      { path: ["years", 0, "themes", 0, "parallels"], message: 'unknown theme "access"' },
      {
        path: ["years", 1, "year"],
        message:
          "2009 is outside the programme: UNGIS years 2007–2008 feed its sessions of 2008–2009 (UNGIS leading by 1 year)",
      },
    ]);
  });

  it("accepts the same plan without strict", () => {
    const programme = createProgramme(CSTD_2008_2009_SPEC);
    expect(parseUngisPlan({ years: [{ year: 2009 }] }, { programme }).years).toStrictEqual([
      { year: 2009, themes: [] },
    ]);
  });

  it("needs the programme for strict checks", () => {
    expect(issuesOf(() => parseUngisPlan({ years: [] }, { strict: true }))).toStrictEqual([
      { path: ["options", "strict"], message: "strict checks need the programme (options.programme)" },
    ]);
  });

  it("checks ids against the catalogue it is given", () => {
    const csd = defineCatalogue({
      id: "csd",
      name: "CSD",
      actionLines: [{ id: "water", title: "Water" }],
      agencies: [{ id: "UNEP", name: "United Nations Environment Programme", kind: "fund-or-programme" }],
    });
    expect(
      parseUngisPlan(
        { years: [{ year: 2004, themes: [{ title: "Water", actionLines: ["water"], lead: ["UNEP"] }] }] },
        { catalogue: csd },
      ).years[0]?.themes[0]?.lead,
    ).toStrictEqual(["UNEP"]);
    expect(
      issuesOf(() =>
        parseUngisPlan(
          { years: [{ year: 2004, themes: [{ title: "Access", actionLines: ["C2"] }] }] },
          { catalogue: csd },
        ),
      ),
    ).toHaveLength(1);
  });

  it("throws PlannerInputError, not TypeError, for values of the wrong kind", () => {
    for (const input of [
      null,
      undefined,
      42,
      "plan",
      [],
      { years: null },
      { years: [null, 7, { themes: [null] }] },
    ]) {
      expect(() => parseUngisPlan(input)).toThrow(PlannerInputError);
    }
    expect(() => parseUngisPlan({ years: [] }, { strict: "yes" } as never)).toThrow(PlannerInputError);
  });

  it("formats the message with each path", () => {
    expect(() => parseUngisPlan({ years: [{ year: 1800 }] })).toThrowErrorMatchingInlineSnapshot(`
      [PlannerInputError: Invalid UNGIS plan (1 problem):
        - years[0].year: must be 1990 or later]
    `);
  });

  it("has a safe twin that returns the error", () => {
    const result = safeParseUngisPlan({ years: "x" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toStrictEqual(["years"]);
  });

  it("has a JSON Schema for plan files", () => {
    expect(jsonSchemaFor("ungisPlan")).toMatchObject({
      type: "object",
      required: ["years"],
      additionalProperties: false,
    });
    expect(jsonSchemaFor("fora")).toMatchObject({
      type: "array",
      items: { type: "object", required: ["id", "name", "years"] },
    });
  });
});

describe("parseFora", () => {
  it("reads the YAML agendas around the 2008–2009 cycle", () => {
    const fora = parseFora(ungisForaYaml(), { programme: createProgramme(CSTD_2008_2009_SPEC) });
    expect(fora.map((forum) => [forum.id, forum.years.map((y) => y.year)])).toStrictEqual([
      ["WSIS-cluster", [2008]],
      ["ECOSOC", [2009]],
    ]);
  });

  it("names unknown themes, a repeated forum, dates outside their year and half a date range", () => {
    const issues = issuesOf(() =>
      parseFora(
        [
          {
            id: "IGF",
            name: "IGF",
            years: [
              {
                year: 2027,
                items: [{ title: "Access", themes: ["acces"], opens: "2026-12-01", closes: "2027-12-03" }],
              },
            ],
          },
          {
            id: "IGF",
            name: "IGF again",
            years: [{ year: 2028, items: [{ title: "Media", actionLines: ["C9"], opens: "2028-11-01" }] }],
          },
        ],
        {
          programme: createProgramme({
            title: "T",
            startYear: 2027,
            cycles: [{ themes: ["access"] }],
            themes: [{ id: "access", title: "Access", actionLines: ["C2"] }],
          }),
        },
      ),
    );
    expect(issues).toStrictEqual([
      { path: [1, "years", 0, "items", 0, "closes"], message: "give both opens and closes, or neither" },
      {
        path: [0, "years", 0, "items", 0, "themes", 0],
        message: 'unknown theme "acces"; did you mean "access"?',
      },
      { path: [0, "years", 0, "items", 0, "opens"], message: "2026-12-01 is not in 2027" },
      { path: [1, "id"], message: 'a second forum "IGF" (first at [0])' },
    ]);
  });

  it("needs an action line or a theme on every item", () => {
    expect(
      issuesOf(() =>
        parseFora([{ id: "IGF", name: "IGF", years: [{ year: 2027, items: [{ title: "Nothing" }] }] }]),
      ),
    ).toStrictEqual([
      {
        path: [0, "years", 0, "items", 0, "actionLines"],
        message: "an agenda item names at least one action line or theme",
      },
    ]);
  });

  it("throws PlannerInputError, not TypeError, for values of the wrong kind", () => {
    for (const input of [
      null,
      {},
      "fora",
      [null],
      [{ years: [null] }],
      [{ id: "x", years: [{ items: [7] }] }],
    ]) {
      expect(() => parseFora(input)).toThrow(PlannerInputError);
    }
  });
});
