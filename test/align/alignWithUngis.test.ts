import { describe, expect, it } from "vitest";
import {
  type AlignmentGap,
  type AlignmentReport,
  alignWithUngis,
  createProgramme,
  PlannerInputError,
  type Programme,
  parseUngisPlan,
  type ThemeInput,
  type UngisPlanInput,
} from "../../src/index.ts";
import { CSTD_2007_SPEC, CSTD_2008_2009_SPEC, ungisRecordYaml } from "../fixtures/ungis.ts";
import { inputErrorOf } from "../support/errors.ts";

/** A programme of one-year cycles from 2027, each cycle taking up the themes given for it. */
function annual(themes: ThemeInput[], cycles: string[][]): Programme {
  return createProgramme({
    title: "Test programme",
    startYear: 2027,
    cycleLength: 1,
    cycles: cycles.map((ids) => ({ themes: ids })),
    themes,
  });
}

const record = parseUngisPlan(ungisRecordYaml());

describe("alignWithUngis on the record (reference §4, §5c)", () => {
  it("pairs the 10th session (2007) with UNGIS's first-year theme, expanding access to communications", () => {
    const report = alignWithUngis(createProgramme(CSTD_2007_SPEC), record);
    expect(report.byYear).toStrictEqual([
      {
        year: 2007,
        ungisYear: 2006,
        phase: "combined",
        session: 10,
        coherence: 0.5,
        pairs: [
          {
            theme: "people-centred",
            ungis: {
              year: 2006,
              title: "Expanding access to communications",
              path: ["years", 0, "themes", 0],
            },
            overlap: 0.5,
            shared: ["C3"],
            related: [],
          },
        ],
        unmatched: { cstd: [], ungis: [] },
        stiOnly: [],
      },
    ] satisfies AlignmentReport["byYear"]);
    expect(report.coherence).toBe(0.5);
  });

  it("lists the plan years that feed no session of the programme as outside", () => {
    expect(alignWithUngis(createProgramme(CSTD_2007_SPEC), record).outside).toStrictEqual([
      2007, 2008, 2012, 2013,
    ]);
  });

  it("finds no UNGIS parallel on record for the 2008–2009 cycle, and names who could lead one", () => {
    const report = alignWithUngis(createProgramme(CSTD_2008_2009_SPEC), record);
    expect(report.coherence).toBe(0);
    expect(report.counts).toStrictEqual({ cstd: 4, ungis: 0, matched: 0 });
    expect(report.gaps.map((gap) => [gap.year, gap.ungisYear, gap.theme, gap.missingIn])).toStrictEqual([
      [2008, 2007, "inclusive-policies", "ungis"],
      [2008, 2007, "sti-capacity", "ungis"],
      [2009, 2008, "inclusive-policies", "ungis"],
      [2009, 2008, "sti-capacity", "ungis"],
    ]);
    expect(report.gaps[1]).toStrictEqual({
      year: 2008,
      ungisYear: 2007,
      theme: "sti-capacity",
      title:
        "Science, technology and engineering for innovation and capacity-building in education and research",
      missingIn: "ungis",
      actionLines: ["C4", "C7.e-learning", "C7.e-science"],
      // Lead facilitators of 2007 first (UNDP for C4, provisional focal point since 2006, reference
      // §9c; UNESCO for e-learning and e-science), then co-facilitators that are UNGIS members.
      agencies: ["UNDP", "UNESCO", "ITU", "UNCTAD", "UNDESA", "UNIDO", "WHO"],
      suggestion:
        'UNGIS has no theme in 2007 to feed "Science, technology and engineering for innovation and capacity-building in education and research" (C4, C7.e-learning, C7.e-science) at the 2008 session; UNDP, UNESCO and ITU, which facilitate these lines, could lead one.',
      path: ["cycles", 0, "themes", 1],
    } satisfies AlignmentGap);
  });

  it("points a gap to the nearest UNGIS year on related lines", () => {
    const gap = alignWithUngis(createProgramme(CSTD_2008_2009_SPEC), record).gaps[0];
    expect(gap?.nearest).toStrictEqual({ year: 2006, theme: "Expanding access to communications" });
    expect(gap?.suggestion).toMatch(
      /UNGIS takes up related lines in 2006 \("Expanding access to communications"\)\.$/u,
    );
  });

  it("reads the same year when UNGIS leads by 0 years", () => {
    const report = alignWithUngis(createProgramme(CSTD_2007_SPEC), record, { lead: 0 });
    expect(report.byYear[0]?.ungisYear).toBe(2007);
    expect(report.coherence).toBe(0);
    expect(report.outside).toStrictEqual([2006, 2008, 2012, 2013]);
  });
});

describe("overlap by action line", () => {
  const theme = (id: string, actionLines: string[]): ThemeInput => ({ id, title: id, actionLines });
  const planOf = (
    ...themes: { title: string; actionLines: string[]; lead?: string[] }[]
  ): UngisPlanInput => ({
    years: [{ year: 2026, themes }],
  });

  it("counts a sub-line towards its parent by half (C7.e-health towards C7)", () => {
    const report = alignWithUngis(
      annual([theme("apps", ["C7"])], [["apps"]]),
      planOf({ title: "Health", actionLines: ["C7.e-health"] }),
    );
    expect(report.byYear[0]?.pairs[0]).toMatchObject({
      overlap: 0.5,
      shared: [],
      related: [{ cstd: "C7", ungis: "C7.e-health" }],
    });
    expect(report.coherence).toBe(0.5);
  });

  it("takes the partial credit from options", () => {
    const report = alignWithUngis(
      annual([theme("apps", ["C7"])], [["apps"]]),
      planOf({ title: "Health", actionLines: ["C7.e-health"] }),
      { partialCredit: 0.3 },
    );
    expect(report.coherence).toBeCloseTo(0.3, 12);
  });

  it("gives sibling sub-lines no overlap, leaving a gap on each side", () => {
    const report = alignWithUngis(
      annual([theme("business", ["C7.e-business"])], [["business"]]),
      planOf({ title: "Health", actionLines: ["C7.e-health"] }),
    );
    expect(report.coherence).toBe(0);
    expect(report.gaps.map((gap) => gap.missingIn)).toStrictEqual(["ungis", "cstd"]);
  });

  it("computes the soft Dice overlap of the formula", () => {
    // A = {C1, C2, C7}, B = {C2, C7.e-health}: A scores 0 + 1 + 0.5, B scores 1 + 0.5; (1.5 + 1.5) / 5.
    const report = alignWithUngis(
      annual([theme("mixed", ["C1", "C2", "C7"])], [["mixed"]]),
      planOf({ title: "Mixed", actionLines: ["C2", "C7.e-health"] }),
    );
    expect(report.byYear[0]?.pairs[0]?.overlap).toBeCloseTo(0.6, 12);
  });

  it("does not pair themes that overlap less than minOverlap", () => {
    // A = {C1, C2, C3, C4}, B = {C4, C5, C6, C7, C8}: 2 / 9 ≈ 0.22.
    const programme = annual([theme("wide", ["C1", "C2", "C3", "C4"])], [["wide"]]);
    const plan = planOf({ title: "Other", actionLines: ["C4", "C5", "C6", "C7", "C8"] });
    expect(alignWithUngis(programme, plan).byYear[0]?.pairs).toStrictEqual([]);
    expect(alignWithUngis(programme, plan, { minOverlap: 0.2 }).byYear[0]?.pairs).toHaveLength(1);
  });

  it("explains a pair below the threshold in the gap's suggestion", () => {
    const programme = annual([theme("wide", ["C1", "C2", "C3", "C4"])], [["wide"]]);
    const plan = planOf({ title: "Other", actionLines: ["C4", "C5", "C6", "C7", "C8"] });
    expect(alignWithUngis(programme, plan).gaps[0]?.suggestion).toMatch(
      /its 2026 theme "Other" touches them too little to count \(overlap under 0\.25\)\.$/u,
    );
  });
});

describe("pairing", () => {
  const theme = (id: string, actionLines: string[], mandate: ThemeInput["mandate"] = "wsis"): ThemeInput => ({
    id,
    title: `Theme ${id}`,
    mandate,
    actionLines,
  });

  it("pairs one to one, so a UNGIS theme parallels one Commission theme at most", () => {
    const programme = annual([theme("a", ["C5"]), theme("b", ["C5"])], [["a", "b"]]);
    const report = alignWithUngis(programme, {
      years: [{ year: 2026, themes: [{ title: "Security", actionLines: ["C5"] }] }],
    });
    expect(report.byYear[0]?.pairs.map((pair) => pair.theme)).toStrictEqual(["a"]);
    expect(report.byYear[0]?.unmatched.cstd).toStrictEqual(["b"]);
    expect(report.coherence).toBeCloseTo(2 / 3, 12);
    expect(report.gaps[0]?.suggestion).toMatch(
      /its 2026 theme "Security" is paired with another of the session's themes\.$/u,
    );
  });

  it("chooses the pairing with the largest total overlap, not the first best match", () => {
    // Greedy would pair a with "Both" (overlap 1 vs 2/3) and leave b unmatched.
    const programme = annual([theme("a", ["C5", "C6"]), theme("b", ["C6"])], [["a", "b"]]);
    const report = alignWithUngis(programme, {
      years: [
        {
          year: 2026,
          themes: [
            { title: "Both", actionLines: ["C5", "C6"] },
            { title: "Security", actionLines: ["C5"] },
          ],
        },
      ],
    });
    expect(report.byYear[0]?.pairs.map((pair) => [pair.theme, pair.ungis.title])).toStrictEqual([
      ["a", "Security"],
      ["b", "Both"],
    ]);
  });

  it("asks no parallel of STI-only themes and lists them apart", () => {
    const programme = annual(
      [
        theme("access", ["C2"]),
        { id: "cities", title: "STI for sustainable cities", mandate: "sti", actionLines: [] },
      ],
      [["access", "cities"]],
    );
    const report = alignWithUngis(programme, {
      years: [{ year: 2026, themes: [{ title: "Access", actionLines: ["C2"] }] }],
    });
    expect(report.coherence).toBe(1);
    expect(report.byYear[0]?.stiOnly).toStrictEqual(["cities"]);
    expect(report.gaps).toStrictEqual([]);
  });

  it("counts a theme with both mandates as needing a parallel", () => {
    const programme = annual([theme("health", ["C7.e-health"], "both")], [["health"]]);
    expect(alignWithUngis(programme, { years: [] }).gaps.map((gap) => gap.theme)).toStrictEqual(["health"]);
  });

  it("is 1 when neither side has anything to align", () => {
    const programme = annual(
      [{ id: "cities", title: "Cities", mandate: "sti", actionLines: [] }],
      [["cities"]],
    );
    expect(alignWithUngis(programme, { years: [] }).coherence).toBe(1);
  });

  it("reports a UNGIS theme with no Commission counterpart, with its own leads and where the programme takes its lines up", () => {
    const programme = annual(
      [theme("access", ["C2"]), theme("security", ["C5"])],
      [["access"], ["security"]],
    );
    const report = alignWithUngis(programme, {
      years: [
        {
          year: 2026,
          themes: [
            { title: "Access", actionLines: ["C2"] },
            { title: "Cybersecurity", actionLines: ["C5"], lead: ["ITU", "UNODC"] },
          ],
        },
      ],
    });
    expect(report.gaps).toStrictEqual([
      {
        year: 2027,
        ungisYear: 2026,
        theme: "Cybersecurity",
        title: "Cybersecurity",
        missingIn: "cstd",
        actionLines: ["C5"],
        agencies: ["ITU", "UNODC"],
        nearest: { year: 2028, theme: "security" },
        suggestion:
          'UNGIS\'s 2026 theme "Cybersecurity" (C5) feeds no theme of the 2027 session; the Commission takes up related lines in 2028 ("security"), so UNGIS could move it to 2027.',
        path: ["years", 0, "themes", 1],
      },
      {
        year: 2028,
        ungisYear: 2027,
        theme: "security",
        title: "Theme security",
        missingIn: "ungis",
        actionLines: ["C5"],
        agencies: ["ITU"],
        nearest: { year: 2026, theme: "Cybersecurity" },
        suggestion:
          'UNGIS has no theme in 2027 to feed "Theme security" (C5) at the 2028 session; ITU, which facilitates this line, could lead one; UNGIS takes up related lines in 2026 ("Cybersecurity").',
        path: ["cycles", 1, "themes", 0],
      },
    ] satisfies AlignmentGap[]);
  });

  it("treats __proto__ and constructor as ordinary theme ids", () => {
    const programme = annual(
      [theme("__proto__", ["C2"]), theme("constructor", ["C5"])],
      [["__proto__", "constructor"]],
    );
    const report = alignWithUngis(programme, {
      years: [
        {
          year: 2026,
          themes: [
            { title: "Security", actionLines: ["C5"] },
            { title: "Access", actionLines: ["C2"] },
          ],
        },
      ],
    });
    expect(report.byYear[0]?.pairs.map((pair) => [pair.theme, pair.ungis.title])).toStrictEqual([
      ["__proto__", "Access"],
      ["constructor", "Security"],
    ]);
  });
});

describe("alignWithUngis input", () => {
  const programme = createProgramme(CSTD_2008_2009_SPEC);

  it("rejects plan years outside the programme when strict", () => {
    const error = inputErrorOf(() => alignWithUngis(programme, record, { strict: true }));
    expect(error.issues.map((issue) => issue.path)).toStrictEqual([
      ["plan", "years", 0, "year"],
      ["plan", "years", 3, "year"],
      ["plan", "years", 4, "year"],
    ]);
    expect(error.issues[0]?.message).toBe(
      "2006 is outside the programme: UNGIS years 2007–2008 feed its sessions of 2008–2009 (UNGIS leading by 1 year)",
    );
  });

  it("lists every problem of the programme, the plan and the options together", () => {
    const bad = { ...programme, endYear: 2012 };
    const error = inputErrorOf(() =>
      alignWithUngis(
        bad,
        { years: [{ year: 2007, themes: [{ title: "Access", actionLines: ["C22"], lead: ["UNESC"] }] }] },
        { lead: -1 },
      ),
    );
    expect(error.issues).toStrictEqual([
      { path: ["options", "lead"], message: "must be 0 (same year) or more" },
      { path: ["programme", "endYear"], message: "1 cycles of 2 years from 2008 end in 2009, not 2012" },
      {
        path: ["plan", "years", 0, "themes", 0, "actionLines", 0],
        message: 'unknown action line "C22"; did you mean "C2"?',
      },
      {
        path: ["plan", "years", 0, "themes", 0, "lead", 0],
        message: 'unknown agency "UNESC"; did you mean "UNESCO"?',
      },
    ]);
  });

  it("throws PlannerInputError, not TypeError, for values of the wrong kind", () => {
    for (const [p, plan, options] of [
      [null, record, {}],
      [programme, null, {}],
      [programme, { years: "2006" }, {}],
      [programme, record, "strict"],
      [programme, { years: [{ year: 2007, themes: [null] }] }, {}],
      [programme, record, { catalogue: { id: "wsis", actionLines: [] } }],
    ] as const) {
      expect(() => alignWithUngis(p as Programme, plan as UngisPlanInput, options as object)).toThrow(
        PlannerInputError,
      );
    }
  });

  it("does not change its inputs", () => {
    const p = structuredClone(programme);
    const plan = structuredClone(ungisRecordYaml()) as UngisPlanInput;
    const before = JSON.stringify([p, plan]);
    alignWithUngis(p, plan);
    expect(JSON.stringify([p, plan])).toBe(before);
  });
});
