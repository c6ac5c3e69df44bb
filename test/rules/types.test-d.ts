import { describe, expectTypeOf, it } from "vitest";
import type {
  CheckReport,
  EligibilityStatus,
  Finding,
  Milestone,
  MilestoneKind,
  ParticipationReport,
  ProgrammeScore,
  Rule,
  RuleParams,
  RuleSetting,
  Severity,
} from "../../src/index.ts";
import {
  checkParticipation,
  checkProgramme,
  createProgramme,
  scoreProgramme,
  sessionCalendar,
} from "../../src/index.ts";

describe("rules, participation and calendar types", () => {
  it("types findings and reports as read-only output", () => {
    expectTypeOf<Finding["severity"]>().toEqualTypeOf<Severity>();
    expectTypeOf<Severity>().toEqualTypeOf<"hard" | "soft">();
    expectTypeOf<Finding["path"]>().toEqualTypeOf<readonly (string | number)[] | undefined>();
    expectTypeOf<CheckReport["score"]>().toEqualTypeOf<ProgrammeScore>();
    expectTypeOf<CheckReport["bySession"][number]["key"]>().toEqualTypeOf<number>();
    const p = createProgramme({ title: "T", startYear: 2027, cycles: 1, themes: [] });
    expectTypeOf(checkProgramme(p)).toEqualTypeOf<CheckReport>();
    expectTypeOf(scoreProgramme(p).ok).toEqualTypeOf<boolean>();
    const finding = checkProgramme(p).findings[0];
    if (finding !== undefined) {
      // @ts-expect-error [ts2540] findings are read-only
      finding.message = "changed";
    }
  });

  it("accepts a custom rule written as a generator", () => {
    const rule = {
      id: "local.example",
      severity: "soft",
      weight: 1,
      description: "An example.",
      refs: [],
      *check(programme, params) {
        if (programme.cycles.length > params.minGapYears) yield { message: "Long." };
      },
    } satisfies Rule;
    expectTypeOf(rule).toMatchTypeOf<Rule>();
  });

  it("types the resolved parameters and the settings", () => {
    expectTypeOf<RuleParams["minGapYears"]>().toEqualTypeOf<number>();
    expectTypeOf<RuleParams["dualMandatePer"]>().toEqualTypeOf<"cycle" | "session">();
    expectTypeOf<"soft">().toMatchTypeOf<RuleSetting>();
    // @ts-expect-error [ts2322] "medium" is not a severity
    const setting: RuleSetting = "medium";
    void setting;
  });

  it("types milestones and participation verdicts", () => {
    const p = createProgramme({ title: "T", startYear: 2027, cycles: 1, themes: [] });
    expectTypeOf(sessionCalendar(p)).toEqualTypeOf<Milestone[]>();
    expectTypeOf<Milestone["kind"]>().toEqualTypeOf<MilestoneKind>();
    expectTypeOf(
      checkParticipation([], { year: 2027, opens: "2027-05-10", closes: "2027-05-14" }),
    ).toEqualTypeOf<ParticipationReport>();
    expectTypeOf<ParticipationReport["entries"][number]["status"]>().toEqualTypeOf<EligibilityStatus>();
  });
});
