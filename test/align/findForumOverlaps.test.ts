import { describe, expect, it } from "vitest";
import {
  createProgramme,
  type ForaInput,
  findForumOverlaps,
  PlannerInputError,
  type Programme,
} from "../../src/index.ts";
import { CSTD_2008_2009_SPEC, ungisForaYaml } from "../fixtures/ungis.ts";

const programme = createProgramme(CSTD_2008_2009_SPEC);

/** A one-year programme in 2027 (session 10–14 May, inputs due 1 March) with two themes. */
const p2027: Programme = createProgramme({
  title: "2027",
  startYear: 2027,
  cycleLength: 1,
  cycles: [{ themes: ["access", "cities"] }],
  themes: [
    { id: "access", title: "Access", actionLines: ["C2", "C3"] },
    { id: "cities", title: "STI for sustainable cities", mandate: "sti", actionLines: [] },
  ],
});

const forum = (id: string, items: NonNullable<ForaInput[number]["years"][number]["items"]>, year = 2027) => ({
  id,
  name: id,
  years: [{ year, items }],
});

describe("findForumOverlaps on the 2008–2009 cycle", () => {
  const report = findForumOverlaps(programme, ungisForaYaml() as ForaInput);

  it("reports the May 2008 cluster of WSIS events, which met with the 11th session, as duplication", () => {
    expect(
      report.overlaps
        .filter((o) => o.year === 2008)
        .map((o) => [o.kind, o.timing, (o.a as { theme: string }).theme, o.shared]),
    ).toStrictEqual([
      ["duplication", "concurrent", "inclusive-policies", ["C1", "C2", "C3", "C6"]],
      ["duplication", "concurrent", "sti-capacity", ["C4"]],
    ]);
  });

  it("reports ECOSOC's July 2009 session as fed by the 12th session, not as duplication", () => {
    const ecosoc = report.overlaps.filter((o) => o.year === 2009);
    expect(ecosoc.map((o) => [o.kind, o.a.kind, o.b.kind, o.explicit])).toStrictEqual([
      ["complementary", "programme", "forum", true],
      ["complementary", "programme", "forum", true],
    ]);
    expect(ecosoc[0]?.message).toBe(
      `In 2009 the Commission's theme "inclusive-policies" closes on 2009-05-29, before ECOSOC's "Follow-up to the World Summit on the Information Society" takes inputs (2009-07-06), so it can feed it on C1, C2, C3, C6.`,
    );
  });

  it("counts both kinds", () => {
    expect([report.duplications, report.complementary]).toStrictEqual([2, 2]);
  });
});

describe("findForumOverlaps", () => {
  it("has a forum that closes before the session's input deadline feed the session", () => {
    const report = findForumOverlaps(p2027, [
      forum("IGF", [{ title: "Access", actionLines: ["C2"], opens: "2027-01-11", closes: "2027-01-15" }]),
    ]);
    expect(report.overlaps[0]).toMatchObject({
      kind: "complementary",
      timing: "sequential",
      a: { kind: "forum", forum: "IGF" },
      b: { kind: "programme", theme: "access", inputs: "2027-03-01" },
      shared: ["C2"],
    });
  });

  it("calls it a possible duplication when the item has no dates", () => {
    const report = findForumOverlaps(p2027, [forum("GAID", [{ title: "Access", actionLines: ["C3"] }])]);
    expect(report.overlaps.map((o) => [o.kind, o.timing])).toStrictEqual([["duplication", "unknown"]]);
  });

  it("matches an item that names an STI-only theme, which has no action lines", () => {
    const report = findForumOverlaps(p2027, [forum("HLPF", [{ title: "Cities", themes: ["cities"] }])]);
    expect(report.overlaps.map((o) => [(o.a as { theme: string }).theme, o.explicit])).toStrictEqual([
      ["cities", true],
    ]);
  });

  it("understands the hierarchy: an item on C7 touches a theme on e-health", () => {
    const p = createProgramme({
      title: "Health",
      startYear: 2027,
      cycleLength: 1,
      cycles: [{ themes: ["health"] }],
      themes: [{ id: "health", title: "Health", actionLines: ["C7.e-health"] }],
    });
    const report = findForumOverlaps(p, [
      forum("WSIS-Forum", [{ title: "ICT applications", actionLines: ["C7"] }]),
    ]);
    expect(report.overlaps[0]).toMatchObject({
      overlap: 0.5,
      shared: [],
      related: [{ a: "C7.e-health", b: "C7" }],
    });
  });

  it("ignores items of other years and items below the overlap threshold", () => {
    const report = findForumOverlaps(p2027, [
      forum("IGF", [{ title: "Access", actionLines: ["C2"] }], 2028),
      forum("WSIS-Forum", [
        { title: "Everything else", actionLines: ["C2", "C4", "C5", "C6", "C8", "C9", "C10", "C11"] },
      ]),
    ]);
    expect(report.overlaps).toStrictEqual([]);
  });

  it("compares items of two fora in the same year, and not items of one forum", () => {
    const fora = [
      forum("IGF", [
        { title: "Access", actionLines: ["C2"], opens: "2027-12-06", closes: "2027-12-10" },
        { title: "Infrastructure", actionLines: ["C2"], opens: "2027-12-06", closes: "2027-12-10" },
      ]),
      forum("WSIS-Forum", [
        { title: "Infrastructure", actionLines: ["C2"], opens: "2027-05-03", closes: "2027-05-07" },
      ]),
    ];
    const between = findForumOverlaps(p2027, fora).overlaps.filter(
      (o) => o.a.kind === "forum" && o.b.kind === "forum",
    );
    expect(
      between.map((o) => [o.kind, (o.a as { forum: string }).forum, (o.b as { forum: string }).forum]),
    ).toStrictEqual([
      ["complementary", "WSIS-Forum", "IGF"],
      ["complementary", "WSIS-Forum", "IGF"],
    ]);
    expect(
      findForumOverlaps(p2027, fora, { betweenFora: false }).overlaps.every((o) => o.a.kind === "programme"),
    ).toBe(true);
  });

  it("names unknown themes and action lines with paths under fora", () => {
    try {
      findForumOverlaps(p2027, [forum("IGF", [{ title: "X", themes: ["acess"], actionLines: ["C33"] }])]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PlannerInputError);
      expect((error as PlannerInputError).issues.map((issue) => issue.path)).toStrictEqual([
        ["fora", 0, "years", 0, "items", 0, "actionLines", 0],
        ["fora", 0, "years", 0, "items", 0, "themes", 0],
      ]);
    }
  });

  it("throws PlannerInputError, not TypeError, for values of the wrong kind", () => {
    for (const [p, f, o] of [
      [null, [], {}],
      [p2027, null, {}],
      [p2027, [{ id: "x", name: "x", years: [{ year: 2027, items: [null] }] }], {}],
      [p2027, [], { minOverlap: 2 }],
    ] as const) {
      expect(() => findForumOverlaps(p as Programme, f as unknown as ForaInput, o as object)).toThrow(
        PlannerInputError,
      );
    }
  });

  it("does not change its inputs", () => {
    const fora = ungisForaYaml() as ForaInput;
    const before = JSON.stringify([programme, fora]);
    findForumOverlaps(programme, fora);
    expect(JSON.stringify([programme, fora])).toBe(before);
  });
});
