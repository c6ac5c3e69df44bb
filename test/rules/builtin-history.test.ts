// Issue 11: the Commission's record as `history` (reference §5c), cross-cutting themes and the CSD's
// high-level segments in review sessions (§6, §9d). Facts come through test/fixtures/.
import { describe, expect, it } from "vitest";
import {
  checkProgramme,
  createProgramme,
  cstdRecord,
  defineRecord,
  draftProgramme,
  type ProgrammeSpec,
  recordCoverage,
  renderMarkdown,
  renderTimelineSvg,
  WSIS_DEFAULT_SPEC,
  wsis,
} from "../../src/index.ts";
import { CSD_CALENDAR, CSD_CROSS_CUTTING, CSD_CYCLES, csd, csdRecord } from "../fixtures/csd.ts";
import { inputErrorOf } from "../support/errors.ts";

const spec2027 = (themes: ProgrammeSpec["themes"], cycles: string[][]): ProgrammeSpec => ({
  title: "CSTD 2027–2030",
  startYear: 2027,
  firstSession: 30,
  cycles: cycles.map((ids) => ({ themes: ids })),
  themes,
});

const repetition = (report: ReturnType<typeof checkProgramme>) =>
  report.findings.filter((finding) => finding.rule === "theme.repetition");

describe("the Commission's record (cstdRecord)", () => {
  it("holds every session from the 9th (2006) to the 29th (2026), with the dates of reference §5c", () => {
    expect(cstdRecord.sessions.map((session) => session.number)).toStrictEqual(
      Array.from({ length: 21 }, (_, i) => 9 + i),
    );
    expect(cstdRecord.sessions.map((session) => session.year)).toStrictEqual(
      Array.from({ length: 21 }, (_, i) => 2006 + i),
    );
    expect(cstdRecord.sessions.find((s) => s.number === 27)).toMatchObject({
      opens: "2024-04-15",
      closes: "2024-04-19",
    });
    expect(cstdRecord.sessions.find((s) => s.number === 25)).toMatchObject({ opens: "2022-03-28" });
  });

  it("gives the 27th session (2024) its two priority themes", () => {
    expect(cstdRecord.sessions.find((s) => s.year === 2024)?.themes.map((t) => t.title)).toStrictEqual([
      "Data for development",
      "Global cooperation in science, technology and innovation for development",
    ]);
  });

  it("says that the mapping to mandates and action lines is this project's reading", () => {
    expect(cstdRecord.mapping).toMatch(/this project's reading/u);
    for (const session of cstdRecord.sessions)
      expect(session.source, String(session.year)).toMatch(/https?:\/\//u);
  });

  it("never took up C8–C10 since 2010", () => {
    expect(recordCoverage(cstdRecord, { since: 2010 }).uncovered).toStrictEqual(["C8", "C9", "C10"]);
  });
});

describe("checkProgramme with the record as history", () => {
  const data = {
    id: "data",
    title: "Data governance for development",
    mandate: "both" as const,
    actionLines: ["C3", "C5"],
    sdgs: [17],
  };
  const health = { id: "health", title: "E-health", mandate: "both" as const, actionLines: ["C7.e-health"] };

  it("finds a 2027 theme that repeats a 2024 priority theme, naming the 2024 session", () => {
    const programme = createProgramme(spec2027([data, health], [["data"], ["health"]]));
    const findings = repetition(checkProgramme(programme, { history: cstdRecord }));
    expect(findings.map((finding) => finding.message)).toStrictEqual([
      "Theme ‘Data governance for development’ (data) in cycle 1 (2027–2028) is near-identical to ‘Data for development’, a priority theme of the 27th session (2024): their action lines overlap 100 % (C3, C5), and only 3 years pass between them; at least 6 should.",
    ]);
    expect(findings[0]?.involves.years).toStrictEqual([2024, 2027]);
  });

  it("finds nothing of the kind without the history", () => {
    const programme = createProgramme(spec2027([data, health], [["data"], ["health"]]));
    expect(repetition(checkProgramme(programme))).toStrictEqual([]);
  });

  it("finds no repetition in the default programme: its digital-economy theme comes in 2031, six years after the 28th session's", () => {
    const report = checkProgramme(createProgramme(WSIS_DEFAULT_SPEC), { history: cstdRecord });
    expect(repetition(report)).toStrictEqual([]);
    const order = [2, 1, 0, 3, 4];
    const cycles = order.flatMap((i) => WSIS_DEFAULT_SPEC.cycles.slice(i, i + 1));
    const early = createProgramme({ ...WSIS_DEFAULT_SPEC, cycles });
    const findings = repetition(checkProgramme(early, { history: cstdRecord }));
    expect(findings.map((finding) => finding.involves.themes)).toStrictEqual([["digital-economy"]]);
    expect(findings[0]?.message).toContain("a priority theme of the 28th session (2025)");
  });

  it("counts coverage over the record and the horizon", () => {
    const programme = createProgramme(spec2027([data, health], [["data"], ["health"]]));
    const coverage = (report: ReturnType<typeof checkProgramme>) =>
      report.findings.filter((finding) => finding.rule === "coverage.action-lines");
    expect(coverage(checkProgramme(programme)).length).toBeGreaterThan(0);
    expect(coverage(checkProgramme(programme, { history: cstdRecord }))).toStrictEqual([]);
  });

  it("summarises what the record left out longest: C8–C10, last taken up in 2007", () => {
    const programme = createProgramme(spec2027([data, health], [["data"], ["health"]]));
    const { history } = checkProgramme(programme, { history: cstdRecord });
    expect(history?.longestIdle).toStrictEqual({ lines: ["C8", "C9", "C10"], lastYear: 2007 });
    expect(history?.neverCovered).toStrictEqual([]);
    expect(history?.message).toMatch(/^The record \(the 9th to the 29th session, 2006–2026\)/u);
    expect(history?.message).toContain(
      "C8 (Cultural diversity and identity, linguistic diversity and local content), C9 (Media) and C10 (Ethical dimensions of the Information Society) in 2007",
    );
  });

  it("rejects a record with an unknown line or of another catalogue, naming each with its path", () => {
    const programme = createProgramme(WSIS_DEFAULT_SPEC);
    const bad = {
      id: "r",
      commission: "X",
      catalogue: "wsis",
      sessions: [{ year: 2020, themes: [{ id: "t", title: "T", actionLines: ["C12"] }] }],
    };
    expect(
      inputErrorOf(() => checkProgramme(programme, { history: bad })).issues.map((i) => i.path),
    ).toStrictEqual([["history", "sessions", 0, "themes", 0, "actionLines", 0]]);
    expect(
      inputErrorOf(() => checkProgramme(programme, { history: csdRecord })).issues.map((i) => i.path),
    ).toStrictEqual([["history", "catalogue"]]);
    expect(() => defineRecord(bad)).toThrow(/C12/u);
  });
});

// The CSD 2004–2017 programme with its cross-cutting issues (reference §6, §9d).
const csdProgramme = (crossCutting: boolean) =>
  createProgramme(
    {
      title: "CSD multi-year programme of work 2004–2017",
      startYear: 2004,
      firstSession: 12,
      calendar: CSD_CALENDAR,
      cycles: CSD_CYCLES.map((cycle) => ({ themes: [`cycle-${cycle.cycle}`, ...CSD_CROSS_CUTTING] })),
      themes: [
        ...CSD_CYCLES.map((cycle) => ({
          id: `cycle-${cycle.cycle}`,
          title: `Cluster ${cycle.cycle}`,
          actionLines: [...cycle.issues],
        })),
        ...CSD_CROSS_CUTTING.map((id) => ({
          id,
          title: csd.actionLines.find((line) => line.id === id)?.title ?? id,
          actionLines: [id],
          crossCutting,
        })),
      ],
    },
    csd,
  );
const csdOptions = {
  catalogue: csd,
  rules: { "cycle.dual-mandate": false, "theme.goal-links": false },
} as const;

describe("cross-cutting themes", () => {
  it("draw the 44 false repetition findings when not marked", () => {
    expect(repetition(checkProgramme(csdProgramme(false), csdOptions))).toHaveLength(44);
  });

  it("check the CSD 2004–2017 programme with its cross-cutting issues without any finding", () => {
    const report = checkProgramme(csdProgramme(true), csdOptions);
    expect(report.findings).toStrictEqual([]);
  });

  it("do not count towards the themes a cycle takes up", () => {
    const report = checkProgramme(csdProgramme(true), {
      ...csdOptions,
      params: { themesPerCycle: { min: 1, max: 1 } },
    });
    expect(report.findings.filter((f) => f.rule === "cycle.theme-count")).toStrictEqual([]);
  });

  it("are missed in a cycle that leaves them out", () => {
    const programme = csdProgramme(true);
    const cycles = programme.cycles.map((cycle) =>
      cycle.index === 2
        ? { ...cycle, themes: cycle.themes.filter((id) => id !== "poverty-eradication") }
        : cycle,
    );
    const findings = checkProgramme({ ...programme, cycles }, csdOptions).findings;
    expect(findings.map((f) => f.message)).toStrictEqual([
      "Cycle 3 (2008–2009) leaves out the cross-cutting theme ‘Poverty eradication’ (poverty-eradication), which belongs in every cycle.",
    ]);
  });

  it("are never repetitions against the CSD's own record as history", () => {
    const report = checkProgramme(csdProgramme(true), { ...csdOptions, history: csdRecord });
    expect(
      repetition(report).every((f) => !CSD_CROSS_CUTTING.some((id) => f.involves.themes.includes(id))),
    ).toBe(true);
  });
});

describe("the CSD's high-level segments, in review sessions too", () => {
  const programme = csdProgramme(true);

  it("holds three-day segments in CSD-14 (10–12 May 2006) and CSD-16 (14–16 May 2008), review sessions", () => {
    expect(programme.sessions.find((s) => s.year === 2006)).toMatchObject({
      phase: "review",
      opens: "2006-05-01",
      closes: "2006-05-12",
      highLevelSegmentDates: { opens: "2006-05-10", closes: "2006-05-12" },
    });
    expect(programme.sessions.find((s) => s.year === 2008)?.highLevelSegmentDates).toStrictEqual({
      opens: "2008-05-14",
      closes: "2008-05-16",
    });
  });

  it("opens on the first Monday of May in 2006 and 2008–2011, as the CSD's sessions did", () => {
    const opens = (year: number) => programme.sessions.find((s) => s.year === year)?.opens;
    expect([2006, 2008, 2009, 2010, 2011].map(opens)).toStrictEqual([
      "2006-05-01",
      "2008-05-05",
      "2009-05-04",
      "2010-05-03",
      "2011-05-02",
    ]);
    expect([2005, 2007].map(opens)).toStrictEqual(["2005-04-11", "2007-04-30"]);
  });

  it("breaks no high-level segment rule, and is found when a review session lacks one", () => {
    expect(checkProgramme(programme, csdOptions).findings).toStrictEqual([]);
    const fixed = programme.sessions.map((s) => {
      if (s.year !== 2010) return s;
      const { highLevelSegmentDates: _drop, ...without } = s;
      return { ...without, highLevelSegment: false };
    });
    const findings = checkProgramme({ ...programme, sessions: fixed }, csdOptions).findings;
    expect(findings.map((f) => f.rule)).toStrictEqual(["cycle.high-level-segment"]);
    expect(findings[0]?.message).toMatch(
      /^The 18th session \(2010\), a review session, holds no high-level segment/u,
    );
  });
});

describe("draftProgramme with history and cross-cutting themes", () => {
  const themes = [
    {
      id: "data",
      title: "Data governance for development",
      mandate: "both" as const,
      actionLines: ["C3", "C5"],
      sdgs: [17],
    },
    {
      id: "access",
      title: "Access and infrastructure",
      mandate: "both" as const,
      actionLines: ["C1", "C2", "C4", "C6", "C7", "C8", "C9", "C10", "C11"],
      sdgs: [9],
    },
    { id: "health", title: "E-health", mandate: "both" as const, actionLines: ["C7.e-health"], sdgs: [3] },
  ];
  const spec = {
    title: "CSTD 2027–2032",
    startYear: 2027,
    cycles: 3,
    themes,
    themesPerCycle: { min: 1, max: 1 },
  };

  it("keeps a theme away from the 2024 session's near-identical one when given the record", () => {
    const cycleOf = (programme: { cycles: readonly { themes: readonly string[] }[] }, id: string) =>
      programme.cycles.findIndex((cycle) => cycle.themes.includes(id));
    const prefer = [{ theme: "data", cycle: 1 }];
    expect(cycleOf(draftProgramme({ ...spec, prefer }).programme, "data")).toBe(0);
    const withHistory = draftProgramme({ ...spec, prefer, history: cstdRecord });
    expect(cycleOf(withHistory.programme, "data")).toBe(2);
    expect(repetition(withHistory.report)).toStrictEqual([]);
    expect(withHistory.stats.optimal).toBe(true);
  });

  it("places every cross-cutting theme in every cycle, outside the themes a cycle takes up", () => {
    const { programme, report } = draftProgramme(
      {
        title: "CSD 2004–2011",
        startYear: 2004,
        cycles: 4,
        calendar: CSD_CALENDAR,
        themesPerCycle: { min: 1, max: 1 },
        themes: [
          ...CSD_CYCLES.slice(0, 4).map((cycle) => ({
            id: `cycle-${cycle.cycle}`,
            title: `Cluster ${cycle.cycle}`,
            actionLines: [...cycle.issues],
          })),
          ...CSD_CROSS_CUTTING.map((id) => ({ id, title: id, actionLines: [id], crossCutting: true })),
        ],
        rules: { "cycle.dual-mandate": false, "theme.goal-links": false },
        params: { coverageLines: ["water", "energy", "agriculture", "transport", ...CSD_CROSS_CUTTING] },
      },
      csd,
    );
    for (const cycle of programme.cycles)
      expect(cycle.themes).toEqual(expect.arrayContaining([...CSD_CROSS_CUTTING]));
    expect(report.findings).toStrictEqual([]);
  });

  it("rejects a pin on a cross-cutting theme", () => {
    const error = inputErrorOf(() =>
      draftProgramme({
        ...spec,
        themes: [...themes, { id: "cc", title: "Cross", actionLines: ["C1"], crossCutting: true }],
        pins: [{ theme: "cc", cycle: 1 }],
      }),
    );
    expect(error.issues.map((issue) => issue.path)).toStrictEqual([["pins", 0, "theme"]]);
  });
});

describe("documents of the CSD programme", () => {
  const programme = csdProgramme(true);
  const markdown = renderMarkdown(programme, {}, { catalogue: csd });

  it("label the clusters with the CSD catalogue's mandate, never as WSIS follow-up", () => {
    expect(markdown).not.toContain("WSIS follow-up");
    expect(markdown).toContain("Sustainable development (thematic cluster)");
    expect(renderTimelineSvg(programme, { catalogue: csd })).not.toContain("WSIS follow-up");
  });

  it("list the cross-cutting themes apart, once", () => {
    expect(markdown).toContain("*Cross-cutting themes, taken up in every cycle*");
    const glance = markdown.slice(markdown.indexOf("Programme at a glance"));
    const row2006 = glance.split("\n").find((line) => line.startsWith("| 2006 "));
    expect(row2006).toContain("Cluster 2");
    expect(row2006).not.toContain("Poverty eradication");
  });

  it("say that review years hold a high-level segment too", () => {
    expect(markdown).toContain("1 review year, then a policy year, each with a high-level segment");
  });
});

describe("mandates come from the catalogue", () => {
  it("rejects a theme whose mandate the catalogue does not name, with its path", () => {
    const error = inputErrorOf(() =>
      createProgramme(
        {
          title: "CSD",
          startYear: 2004,
          cycles: [{ themes: ["x"] }],
          themes: [{ id: "x", title: "X", mandate: "sti", actionLines: [] }],
        },
        csd,
      ),
    );
    expect(error.issues).toStrictEqual([
      { path: ["themes", 0, "mandate"], message: 'catalogue "csd" has no "sti" mandate (it has "wsis")' },
    ]);
  });

  it("keeps wsis, sti and both in the WSIS catalogue", () => {
    expect(wsis.mandates?.map((entry) => entry.id)).toStrictEqual(["wsis", "sti", "both"]);
  });
});

describe("participation rules under the decisions as written", () => {
  it("do not flag a WSIS-accredited business or academic entity registered for the 2011 session", () => {
    const programme = createProgramme({
      title: "CSTD 2011",
      startYear: 2011,
      cycleLength: 1,
      firstSession: 14,
      cycles: [{ themes: ["measuring"] }],
      themes: [{ id: "measuring", title: "Measuring ICT for development", actionLines: ["C11"], sdgs: [17] }],
      calendar: { sessionDates: [{ year: 2011, opens: "2011-05-23" }] },
    });
    const report = checkProgramme(programme, {
      rules: { "coverage.action-lines": false, "cycle.dual-mandate": false },
      params: {
        participation: {
          stakeholders: [
            { id: "biz", name: "A company", kind: "private-sector", accreditedTo: ["WSIS"] },
            { id: "uni", name: "A university", kind: "academia", accreditedTo: ["WSIS"] },
            { id: "ngo", name: "An NGO", kind: "civil-society", accreditedTo: ["WSIS"] },
          ],
          sessions: [{ year: 2011, stakeholders: ["biz", "uni", "ngo"] }],
        },
      },
    });
    const flagged = report.findings.filter((f) => f.rule === "participation.eligibility");
    expect(flagged.map((f) => f.involves.stakeholders)).toStrictEqual([["ngo"]]);
  });
});
