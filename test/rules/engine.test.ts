// The rule engine: settings, parameters, custom rules, bad input, order, groups and the score.
import { describe, expect, it } from "vitest";
import {
  BUILTIN_RULES,
  type CheckReport,
  checkProgramme,
  createProgramme,
  defineRule,
  explainFinding,
  isPreparedCheck,
  type Programme,
  prepareCheck,
  type Rule,
  safeCheckProgramme,
  scoreProgramme,
  summarizeCheck,
} from "../../src/index.ts";
import { copyOf, defaultProgramme, findingsOf, inputErrorOf, nth, specWith } from "./_helpers.ts";

/** A programme that breaks a hard rule (three themes in cycle 1) and three soft ones (repetition, ITU's load, no STI theme in cycle 1). */
function troubled(): Programme {
  return createProgramme(
    specWith({
      cycles: [
        { themes: ["inclusive-access", "confidence-security", "diversity-media-ethics"] },
        { themes: ["inclusive-access", "food-security"] },
        { themes: ["digital-economy", "health"] },
        { themes: ["digital-competencies", "global-cooperation"] },
        { themes: ["open-science", "renewable-energy"] },
      ],
    }),
  );
}

const pathsOf = (error: { issues: readonly { path: readonly (string | number)[] }[] }) =>
  error.issues.map((issue) => issue.path);

describe("checkProgramme: the report", () => {
  it("lists hard findings first, then soft, each group in rule order", () => {
    const report = checkProgramme(troubled());
    expect(report.findings.map((f) => `${f.severity} ${f.rule}`)).toStrictEqual([
      "hard cycle.theme-count",
      "soft theme.repetition",
      "soft agency.lead-load",
      "soft cycle.dual-mandate",
    ]);
    expect(report.ok).toBe(false);
    expect(report.hard).toBe(1);
    expect(report.soft).toBe(3);
  });

  it("scores the weights of hard and soft findings separately", () => {
    const report = checkProgramme(troubled());
    expect(report.score).toStrictEqual({ hard: 1, soft: 2 + 1 + 2 });
  });

  it("groups findings by the theme they hurt most, heaviest first", () => {
    const report = checkProgramme(troubled());
    expect(report.byTheme[0]).toMatchObject({ key: "inclusive-access", hard: 1, soft: 3 });
    expect(report.byCycle.map((group) => group.key)).toStrictEqual([0, 1]);
    expect(report.byAgency.map((group) => group.label)).toStrictEqual([
      "ITU (International Telecommunication Union)",
    ]);
    expect(report.byCycle[0]?.label).toBe("cycle 1 (2027–2028)");
    for (const group of report.byTheme)
      for (const index of group.findings)
        expect(report.findings[index]?.involves.themes).toContain(group.key);
  });

  it("gives the same report for the same input", () => {
    expect(JSON.stringify(checkProgramme(troubled()))).toBe(JSON.stringify(checkProgramme(troubled())));
  });

  it("does not change the programme it checks", () => {
    const programme = troubled();
    const before = JSON.stringify(programme);
    checkProgramme(programme, { customRules: [] });
    expect(JSON.stringify(programme)).toBe(before);
  });

  it("lists every rule with the settings it ran with", () => {
    const report = checkProgramme(defaultProgramme(), { rules: { "theme.repetition": false } });
    expect(report.rules).toHaveLength(BUILTIN_RULES.length);
    expect(report.rules.find((rule) => rule.id === "theme.repetition")).toMatchObject({
      enabled: false,
      custom: false,
    });
  });

  it("treats __proto__ and constructor as ordinary theme ids", () => {
    const programme = createProgramme({
      title: "T",
      startYear: 2027,
      cycles: [{ themes: ["__proto__", "constructor", "toString"] }],
      themes: [
        { id: "__proto__", title: "Proto", actionLines: ["C1"], sdgs: [1] },
        { id: "constructor", title: "Constructor", actionLines: ["C2"], sdgs: [2] },
        { id: "toString", title: "To string", mandate: "sti", actionLines: [], sdgs: [3] },
      ],
    });
    const report = checkProgramme(programme);
    expect(findingsOf(report, "cycle.theme-count")[0]?.involves.themes).toStrictEqual([
      "__proto__",
      "constructor",
      "toString",
    ]);
    expect(report.byTheme.map((group) => group.key)).toContain("__proto__");
  });
});

describe("checkProgramme: settings", () => {
  it("switches a rule off", () => {
    const report = checkProgramme(troubled(), { rules: { "cycle.theme-count": false } });
    expect(report.ok).toBe(true);
    expect(findingsOf(report, "cycle.theme-count")).toStrictEqual([]);
  });

  it("changes a rule's severity and weight", () => {
    const report = checkProgramme(troubled(), {
      rules: { "cycle.theme-count": "soft", "theme.repetition": { severity: "hard", weight: 5 } },
    });
    expect(report.findings.map((f) => `${f.severity} ${f.rule} ${f.weight}`)).toStrictEqual([
      "hard theme.repetition 5",
      "soft cycle.theme-count 1",
      "soft agency.lead-load 1",
      "soft cycle.dual-mandate 2",
    ]);
    expect(report.score).toStrictEqual({ hard: 5, soft: 4 });
  });

  it("rejects an unknown rule id with its path and the nearest id", () => {
    const error = inputErrorOf(() =>
      checkProgramme(defaultProgramme(), { rules: { "cycle.theme-cont": false } }),
    );
    expect(error.issues).toStrictEqual([
      {
        path: ["rules", "cycle.theme-cont"],
        message: 'unknown rule id "cycle.theme-cont"; did you mean "cycle.theme-count"?',
      },
    ]);
  });

  it("rejects a negative parameter, an unknown one and an unknown action line, all at once", () => {
    const error = inputErrorOf(() =>
      checkProgramme(defaultProgramme(), {
        params: { minGapYears: -1, maxLeadPerCyle: 2 } as never,
        rules: { "theme.repetition": { weight: -2 } },
      }),
    );
    expect(pathsOf(error)).toStrictEqual([
      ["rules", "theme.repetition", "weight"],
      ["params", "minGapYears"],
      ["params", "maxLeadPerCyle"],
    ]);
    expect(error.issues[2]?.message).toBe('unknown key "maxLeadPerCyle"; did you mean "maxLeadPerCycle"?');
    const lines = inputErrorOf(() =>
      checkProgramme(defaultProgramme(), { params: { coverageLines: ["C12"] } }),
    );
    expect(lines.issues).toStrictEqual([
      { path: ["params", "coverageLines", 0], message: 'unknown action line "C12"; did you mean "C1"?' },
    ]);
  });

  it("rejects an unknown option and a minimum above the maximum", () => {
    const error = inputErrorOf(() =>
      checkProgramme(defaultProgramme(), {
        parms: {},
        params: { themesPerCycle: { min: 3, max: 2 } },
      } as never),
    );
    expect(pathsOf(error)).toStrictEqual([["parms"], ["params", "themesPerCycle", "min"]]);
  });

  it("rejects a malformed programme with the path of each problem", () => {
    const programme = copyOf(defaultProgramme()) as unknown as Record<string, unknown>;
    Object.assign(programme, { startYear: "2027" });
    const error = inputErrorOf(() => checkProgramme(programme as unknown as Programme));
    expect(pathsOf(error)).toStrictEqual([["startYear"]]);
  });

  it("returns the input error as a value from safeCheckProgramme", () => {
    const result = safeCheckProgramme({} as Programme);
    expect(result.success).toBe(false);
    expect(result.error?.issues.length).toBeGreaterThan(0);
    expect(safeCheckProgramme(defaultProgramme()).data?.ok).toBe(true);
  });
});

describe("checkProgramme: custom rules", () => {
  const thirdCycleFree: Rule = {
    id: "local.third-cycle-free",
    severity: "hard",
    weight: 3,
    description: "The third cycle stays free for the WSIS+30 review.",
    refs: ["local decision"],
    *check(programme, _params, context) {
      const cycle = programme.cycles[2];
      if (cycle !== undefined && cycle.themes.length > 0)
        yield {
          message: `${context.cycle(2)} should stay free.`,
          path: ["cycles", 2, "themes"],
          involves: { cycles: [2], themes: cycle.themes },
        };
    },
  };

  it("runs a caller's rule after the built-ins, with its own severity, weight and refs", () => {
    const report = checkProgramme(defaultProgramme(), { customRules: [defineRule(thirdCycleFree)] });
    expect(report.findings).toStrictEqual([
      {
        rule: "local.third-cycle-free",
        severity: "hard",
        weight: 3,
        message: "cycle 3 (2031–2032) should stay free.",
        path: ["cycles", 2, "themes"],
        refs: ["local decision"],
        involves: {
          themes: ["digital-economy", "health"],
          cycles: [2],
          years: [],
          agencies: [],
          actionLines: [],
          stakeholders: [],
        },
      },
    ]);
    expect(report.rules.at(-1)).toMatchObject({ id: "local.third-cycle-free", custom: true });
  });

  it("turns a rule that throws into a finding naming it, and keeps the rest of the report", () => {
    const failing: Rule = {
      ...thirdCycleFree,
      id: "local.failing",
      severity: "soft",
      *check(programme) {
        yield { message: "first" };
        throw new Error(`no cycle ${programme.cycles.length + 1}`);
      },
    };
    const report = checkProgramme(troubled(), { customRules: [failing] });
    expect(findingsOf(report, "local.failing").map((f) => f.message)).toStrictEqual([
      'Rule "local.failing" could not finish its check (Error: no cycle 6); its findings are missing from this report.',
    ]);
    expect(findingsOf(report, "cycle.theme-count")).toHaveLength(1);
  });

  it("gives custom rules a frozen copy, so one cannot change the programme", () => {
    const programme = defaultProgramme();
    const meddling: Rule = {
      ...thirdCycleFree,
      id: "local.meddling",
      check(p) {
        (p.cycles[0] as { themes: string[] }).themes.push("health");
        return [];
      },
    };
    const report = checkProgramme(programme, { customRules: [meddling] });
    expect(findingsOf(report, "local.meddling")[0]?.message).toMatch(
      /^Rule "local\.meddling" could not finish its check \(TypeError: /u,
    );
    expect(programme.cycles[0]?.themes).toStrictEqual(["inclusive-access", "open-science"]);
  });

  it("reports a malformed violation as the rule's failure", () => {
    const sloppy = {
      ...thirdCycleFree,
      id: "local.sloppy",
      check: () => [{ text: "no message" }],
    } as unknown as Rule;
    const report = checkProgramme(defaultProgramme(), { customRules: [sloppy] });
    expect(findingsOf(report, "local.sloppy")[0]?.message).toMatch(/malformed violation \(message: /u);
  });

  it("rejects a rule that reuses a built-in id, and one without a check", () => {
    const error = inputErrorOf(() =>
      checkProgramme(defaultProgramme(), {
        customRules: [
          { ...thirdCycleFree, id: "theme.repetition" },
          { ...thirdCycleFree, id: "local.no-check", check: undefined } as unknown as Rule,
        ],
      }),
    );
    expect(pathsOf(error)).toStrictEqual([
      ["customRules", 0, "id"],
      ["customRules", 1, "check"],
    ]);
    expect(() => defineRule({ ...thirdCycleFree, id: "NoDots" })).toThrow(/dotted kebab-case/u);
  });
});

describe("prepareCheck and scoreProgramme", () => {
  it("score a programme exactly as checkProgramme does", () => {
    const prepared = prepareCheck({ rules: { "theme.repetition": { weight: 4 } } });
    const report: CheckReport = checkProgramme(troubled(), prepared);
    expect(scoreProgramme(troubled(), prepared)).toStrictEqual({ ok: false, ...report.score });
    expect(report.score).toStrictEqual({ hard: 1, soft: 4 + 1 + 2 });
  });

  it("returns frozen, reusable options with the rules that will run", () => {
    const prepared = prepareCheck({ rules: { "theme.repetition": false } });
    expect(isPreparedCheck(prepared)).toBe(true);
    expect(isPreparedCheck({ ...prepared })).toBe(false);
    expect(prepareCheck(prepared)).toBe(prepared);
    expect(prepared.rules.map((active) => active.rule.id)).not.toContain("theme.repetition");
    expect(Object.isFrozen(prepared.params)).toBe(true);
    expect(prepared.params.minGapYears).toBe(6);
    expect(prepared.params.reviewMilestones.map((m) => m.id)).toStrictEqual(["wsis-plus-10", "wsis-plus-20"]);
  });
});

describe("explainFinding and summarizeCheck", () => {
  it("explain a finding in a few lines", () => {
    const finding = nth(checkProgramme(troubled()).findings, 0);
    expect(explainFinding(finding)).toBe(
      [
        "[hard] cycle.theme-count: Cycle 1 (2027–2028) has 3 themes; at most 2 fit.",
        "  where: cycles[0].themes",
        "  involves: themes inclusive-access, confidence-security, diversity-media-ethics; cycles 1; sessions 2027, 2028",
        "  source: docs/sources.md#cstd-sessions: one or two priority themes per session (https://unctad.org/meeting/commission-science-and-technology-development-twelfth-session)",
        "  source: docs/sources.md#cstd-sessions: two-year cycles in 2007–2009, one-year cycles with two priority themes from 2010 (https://unctad.org/meeting/commission-science-and-technology-development-twelfth-session)",
      ].join("\n"),
    );
  });

  it("summarise a clean check in one line", () => {
    expect(summarizeCheck(checkProgramme(defaultProgramme()))).toBe(
      "No hard findings and no soft findings: the programme keeps every rule.",
    );
  });

  it("summarise findings by severity, up to the limit, and what is hurt most", () => {
    const text = summarizeCheck(checkProgramme(troubled()), { limit: 1 });
    expect(text.split("\n")).toStrictEqual([
      "1 hard finding and 3 soft findings (score: hard 1, soft 5). The programme is not acceptable until the hard findings are fixed.",
      "",
      "Hard:",
      "  1. [cycle.theme-count] Cycle 1 (2027–2028) has 3 themes; at most 2 fit.",
      "",
      "Soft:",
      expect.stringMatching(/^ {2}1\. \[theme\.repetition\] Theme ‘Development-oriented/u),
      "  … and 2 more",
      "",
      expect.stringMatching(
        /^Most affected: theme ‘Development-oriented.*’ \(4 findings\); the 30th session \(2027\) \(3 findings\); agency ITU \(International Telecommunication Union\) \(1 finding\); action line C2 .* \(2 findings\)\.$/u,
      ),
    ]);
  });

  it("reject a negative limit", () => {
    expect(
      pathsOf(inputErrorOf(() => summarizeCheck(checkProgramme(troubled()), { limit: -1 }))),
    ).toStrictEqual([["limit"]]);
  });
});
