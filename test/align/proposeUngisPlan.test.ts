import { describe, expect, it } from "vitest";
import {
  alignWithUngis,
  createProgramme,
  cstdRecord,
  defineCatalogue,
  PlannerInputError,
  type Programme,
  proposeUngisPlan,
  type ThemeInput,
  UNGIS_MEETINGS,
  type UngisPlan,
  WSIS_DEFAULT_SPEC,
  wsis,
} from "../../src/index.ts";
import { CSTD_2008_2009_SPEC } from "../fixtures/ungis.ts";
import { inputErrorOf } from "../support/errors.ts";

const theme = (id: string, actionLines: string[], mandate: ThemeInput["mandate"] = "wsis"): ThemeInput => ({
  id,
  title: `Theme ${id}`,
  mandate,
  actionLines,
});

function programmeOf(
  startYear: number,
  cycleLength: number,
  themes: ThemeInput[],
  cycles: string[][],
): Programme {
  return createProgramme({
    title: "Test",
    startYear,
    cycleLength,
    cycles: cycles.map((ids) => ({ themes: ids })),
    themes,
  });
}

/** How many themes-in-a-cycle each agency leads (a theme's leads repeat in each year of its cycle). */
function leadLoads(plan: UngisPlan): Map<string, number> {
  const seen = new Set<string>();
  const loads = new Map<string, number>();
  for (const year of plan.years) {
    for (const t of year.themes) {
      for (const agency of t.lead ?? []) {
        const key = `${t.parallels}|${t.lead?.join()}|${agency}|${t.title}`;
        if (seen.has(key)) continue;
        seen.add(key);
        loads.set(agency, (loads.get(agency) ?? 0) + 1);
      }
    }
  }
  return loads;
}

describe("proposeUngisPlan", () => {
  const programme = createProgramme(CSTD_2008_2009_SPEC);

  it("mirrors each WSIS theme in the UNGIS year that feeds its session, with leads from its facilitators", () => {
    expect(proposeUngisPlan(programme)).toStrictEqual({
      title: 'UNGIS parallel plan for "CSTD 2007–2009 cycle: 11th and 12th sessions"',
      years: [2007, 2008].map((year) => ({
        year,
        // ITU chaired in 2007; UNESCO took over after the July 2007 meeting (reference §9b).
        chair: year === 2007 ? "ITU" : "UNESCO",
        themes: [
          {
            title:
              "Development-oriented policies for a socio-economically inclusive information society, including access, infrastructure and an enabling environment",
            actionLines: ["C1", "C2", "C3", "C6"],
            lead: ["ITU", "UNDESA"],
            parallels: "inclusive-policies",
          },
          {
            title:
              "Science, technology and engineering for innovation and capacity-building in education and research",
            actionLines: ["C4", "C7.e-learning", "C7.e-science"],
            // The facilitators of 2007 (reference §9c): UNDP, provisional focal point for C4 (and C6),
            // and UNESCO for e-learning and e-science; ITU already leads the first theme.
            lead: ["UNDP", "UNESCO"],
            parallels: "sti-capacity",
          },
        ],
      })),
    } satisfies UngisPlan);
  });

  it("aligns with its programme with coherence 1", () => {
    expect(alignWithUngis(programme, proposeUngisPlan(programme)).coherence).toBe(1);
    const defaults = createProgramme(WSIS_DEFAULT_SPEC);
    expect(alignWithUngis(defaults, proposeUngisPlan(defaults)).coherence).toBe(1);
  });

  it("aligns with coherence 1 under the same lead, whatever it is", () => {
    const plan = proposeUngisPlan(programme, wsis, { lead: 2 });
    expect(plan.years.map((y) => y.year)).toStrictEqual([2006, 2007]);
    expect(alignWithUngis(programme, plan, { lead: 2 }).coherence).toBe(1);
    expect(alignWithUngis(programme, plan, { lead: 1 }).coherence).toBeLessThan(1);
  });

  it("gives STI-only themes no parallel", () => {
    const p = programmeOf(
      2027,
      1,
      [theme("access", ["C2"]), theme("cities", [], "sti")],
      [["access", "cities"]],
    );
    expect(proposeUngisPlan(p).years[0]?.themes.map((t) => t.parallels)).toStrictEqual(["access"]);
  });

  it("keeps a theme's leads through the years of its cycle", () => {
    const plan = proposeUngisPlan(createProgramme(WSIS_DEFAULT_SPEC));
    for (let i = 0; i < plan.years.length; i += 2) {
      expect(plan.years[i]?.themes).toStrictEqual(plan.years[i + 1]?.themes);
    }
  });

  it("lets a co-facilitator lead rather than give an agency more than its fair share", () => {
    // C5 has only ITU; C4's lead facilitator is ITU too. With one lead a theme, ITU can lead one of
    // them and C4 goes to a co-facilitator (UNCTAD, first by id among UNDP, UNESCO, UNCTAD, UNDESA).
    const p = programmeOf(
      2027,
      1,
      [theme("skills", ["C4"]), theme("security", ["C5"])],
      [["skills", "security"]],
    );
    const plan = proposeUngisPlan(p, wsis, { leadsPerTheme: 1, chairs: false });
    expect(plan.years[0]?.themes.map((t) => [t.parallels, t.lead])).toStrictEqual([
      ["skills", ["UNCTAD"]],
      ["security", ["ITU"]],
    ]);
  });

  it("leads no theme with more than the fewest themes any agency must lead (the default programme: 3)", () => {
    const plan = proposeUngisPlan(createProgramme(WSIS_DEFAULT_SPEC));
    // ITU is the only UNGIS facilitator of C5, and one of two for e-health and e-agriculture (with
    // WHO and FAO), so with two leads a theme it must lead those three themes; nobody needs more.
    const loads = leadLoads(plan);
    expect(loads.get("ITU")).toBe(3);
    expect(Math.max(...loads.values())).toBe(3);
  });

  it("chooses leads among UNGIS members only", () => {
    // C1's co-facilitators include ECOSOC and the UN Regional Commissions, which are not UNGIS members.
    const p = programmeOf(2027, 1, [theme("governance", ["C1"])], [["governance"]]);
    const plan = proposeUngisPlan(p, wsis, { leadsPerTheme: 5 });
    expect(plan.years[0]?.themes[0]?.lead).toStrictEqual(["UNDESA", "ITU"]);
  });

  it("leaves out leads when asked for none", () => {
    const plan = proposeUngisPlan(programme, wsis, { leadsPerTheme: 0 });
    expect(plan.years[0]?.themes.every((t) => !("lead" in t))).toBe(true);
  });

  it("keeps the recorded chairs and vice-chairs (reference §4)", () => {
    const p = programmeOf(
      2007,
      1,
      [theme("access", ["C2"])],
      Array.from({ length: 8 }, () => ["access"]),
    );
    const plan = proposeUngisPlan(p);
    expect(plan.years.map((y) => [y.year, y.chair, y.viceChairs])).toStrictEqual([
      [2006, "ITU", ["UNESCO", "UNDP", "WHO"]],
      [2007, "ITU", undefined],
      // Reference §9b: UNESCO after the July 2007 meeting; ITU with four co-chairs in 2009.
      [2008, "UNESCO", undefined],
      [2009, "ITU", ["UNCTAD", "UNESCO", "UNDP", "ECA"]],
      [2010, "ITU", undefined],
      [2011, "ITU", undefined],
      [2012, "UNCTAD", ["ITU", "UNESCO", "UNDP", "UNDESA"]],
      [2013, "UNESCO", undefined],
    ]);
  });

  it("rotates the chair among ITU, UNESCO and UNCTAD (in order of first term) after the last recorded term (ITU, 2019)", () => {
    const p = programmeOf(
      2019,
      1,
      [theme("access", ["C2"])],
      Array.from({ length: 6 }, () => ["access"]),
    );
    expect(proposeUngisPlan(p).years.map((y) => [y.year, y.chair])).toStrictEqual([
      [2018, "UNCTAD"],
      [2019, "ITU"],
      [2020, "UNESCO"],
      [2021, "UNCTAD"],
      [2022, "ITU"],
      [2023, "UNESCO"],
    ]);
  });

  it("follows the rotation and term given in options", () => {
    const p = programmeOf(
      2030,
      1,
      [theme("access", ["C2"])],
      Array.from({ length: 5 }, () => ["access"]),
    );
    const plan = proposeUngisPlan(p, wsis, {
      chairs: { rotation: ["UNDP", "UNESCO"], termYears: 2, knownTerms: false },
    });
    expect(plan.years.map((y) => y.chair)).toStrictEqual(["UNDP", "UNDP", "UNESCO", "UNESCO", "UNDP"]);
  });

  it("leaves chairs out with chairs: false", () => {
    const plan = proposeUngisPlan(programme, wsis, { chairs: false });
    expect(plan.years.every((y) => !("chair" in y))).toBe(true);
  });

  it("gives the same plan for the same programme", () => {
    const defaults = createProgramme(WSIS_DEFAULT_SPEC);
    expect(JSON.stringify(proposeUngisPlan(structuredClone(defaults)))).toBe(
      JSON.stringify(proposeUngisPlan(defaults)),
    );
  });

  it("does not change the programme", () => {
    const before = JSON.stringify(programme);
    proposeUngisPlan(programme);
    expect(JSON.stringify(programme)).toBe(before);
  });

  it("names an unknown agency in the rotation and a plan that would start before 1990", () => {
    const early = programmeOf(1990, 1, [theme("access", ["C2"])], [["access"]]);
    const error = inputErrorOf(() =>
      proposeUngisPlan(early, wsis, { chairs: { rotation: ["ITU", "UNESC"] } }),
    );
    expect(error.issues).toStrictEqual([
      {
        path: ["options", "chairs", "rotation", 1],
        message: 'unknown agency "UNESC"; did you mean "UNESCO"?',
      },
      {
        path: ["options", "lead"],
        message: "with UNGIS leading by 1 year(s), the plan would start in 1989, before 1990",
      },
    ]);
  });

  it("throws PlannerInputError, not TypeError, for a bad programme or options", () => {
    expect(() => proposeUngisPlan(null as unknown as Programme)).toThrow(PlannerInputError);
    expect(() => proposeUngisPlan(programme, wsis, { leadsPerTheme: 9 })).toThrow(PlannerInputError);
    expect(() => proposeUngisPlan(programme, wsis, "x" as never)).toThrow(PlannerInputError);
  });

  it("names a catalogue argument that is not a catalogue", () => {
    expect(inputErrorOf(() => proposeUngisPlan(programme, null as never)).issues).toStrictEqual([
      { path: ["catalogue"], message: "must be a catalogue (see defineCatalogue)" },
    ]);
  });
});

// Issue 11, reference §9b and §9c: a plan uses the members and facilitators of its years.
describe("proposeUngisPlan over time", () => {
  it("proposes UNDP, the 2006 provisional focal point, to lead a C6 theme in 2006, and ITU from 2008", () => {
    const lead = (year: number) =>
      proposeUngisPlan(programmeOf(year, 1, [theme("enabling", ["C6"])], [["enabling"]])).years[0]?.themes[0]
        ?.lead;
    expect(lead(2007)).toStrictEqual(["UNDP", "ITU"]);
    expect(lead(2009)?.[0]).toBe("ITU");
  });

  it("does not count UN Women, created in 2010, as a member in a plan for 2006", () => {
    const catalogue = defineCatalogue({
      ...wsis,
      facilitation: [
        ...wsis.facilitation.filter((entry) => entry.actionLine !== "C4"),
        { actionLine: "C4", lead: ["UN-Women"], co: [], status: "inferred" },
      ],
    });
    const lead = (year: number) =>
      proposeUngisPlan(programmeOf(year, 1, [theme("skills", ["C4"])], [["skills"]]), catalogue).years[0]
        ?.themes[0]?.lead;
    expect(lead(2007)).toBeUndefined();
    expect(lead(2011)).toStrictEqual(["UN-Women"]);
  });
});

// Issue 11, reference §4 and §9b: the one-year lead has the right reason in every year on record.
describe("the default lead of one year", () => {
  it("holds because every UNGIS meeting on record came after the same year's documents were due", () => {
    for (const meeting of UNGIS_MEETINGS) {
      const session = cstdRecord.sessions.find((s) => s.year === meeting.year);
      if (session?.opens === undefined) continue;
      const opens = new Date(`${session.opens}T00:00:00Z`);
      const documentsDue = new Date(opens.getTime() - 6 * 7 * 86_400_000).toISOString().slice(0, 7);
      expect(meeting.date.slice(0, 7) > documentsDue, String(meeting.year)).toBe(true);
    }
  });
});
