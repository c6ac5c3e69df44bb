import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import {
  alignWithUngis,
  checkProgramme,
  createProgramme,
  duplicatePairsToCsv,
  findDuplicates,
  findingsToCsv,
  PlannerInputError,
  proposeUngisPlan,
  renderHtml,
  renderMarkdown,
  sessionCalendar,
  type UngisPlan,
  WSIS_DEFAULT_SPEC,
} from "../../src/index.ts";
import { defaultProgramme } from "./fixtures.ts";

/** The proposed UNGIS plan with one theme too many in its first year and one missing in its second. */
function unevenAlignment() {
  const programme = defaultProgramme();
  const plan = structuredClone(proposeUngisPlan(programme)) as UngisPlan;
  plan.years[0]?.themes.push({ title: "Media literacy | <i>pilot</i>", actionLines: ["C9"] });
  plan.years[1]?.themes.pop();
  return { programme, alignment: alignWithUngis(programme, plan) };
}

describe("extras: UNGIS alignment", () => {
  it("renders the alignment section", async () => {
    const { programme, alignment } = unevenAlignment();
    const markdown = renderMarkdown(programme, { alignment }, { timeline: false });
    await expect(markdown.slice(markdown.indexOf("## UNGIS alignment"))).toMatchFileSnapshot(
      "./__golden__/alignment.md",
    );
  });

  it("renders nothing of the alignment when it is not given", () => {
    expect(renderMarkdown(defaultProgramme())).not.toContain("UNGIS alignment");
  });

  it("escapes UNGIS theme titles in HTML", () => {
    const { programme, alignment } = unevenAlignment();
    const html = renderHtml(programme, { alignment });
    expect(html).toContain("Media literacy | &lt;i&gt;pilot&lt;/i&gt;");
    expect(html).not.toContain("<i>pilot");
  });
});

/** The default themes crowded into two cycles: hard findings (coverage, theme count) and soft ones. */
function crowded() {
  return createProgramme({
    ...WSIS_DEFAULT_SPEC,
    cycles: [
      { themes: ["inclusive-access", "open-science", "health", "food-security"] },
      { themes: ["inclusive-access"] },
    ],
  });
}

describe("extras: rule check", () => {
  it("renders the findings section", async () => {
    const programme = crowded();
    const markdown = renderMarkdown(programme, { check: checkProgramme(programme) }, { timeline: false });
    await expect(markdown.slice(markdown.indexOf("## Rule check"))).toMatchFileSnapshot(
      "./__golden__/check.md",
    );
  });

  it("says so when the programme keeps every hard rule", () => {
    const programme = defaultProgramme();
    const report = checkProgramme(programme);
    expect(report.ok).toBe(true);
    expect(renderMarkdown(programme, { check: report })).toContain("No hard finding");
  });

  it("exports the findings as CSV, one row per finding", () => {
    const report = checkProgramme(crowded());
    const rows: Record<string, string>[] = parseCsv(findingsToCsv(report), { columns: true });
    expect(rows.map((row) => [row["rule"], row["severity"], row["message"]])).toStrictEqual(
      report.findings.map((finding) => [finding.rule, finding.severity, finding.message]),
    );
    expect(rows.find((row) => row["rule"] === "cycle.theme-count")?.["path"]).toBe("cycles[0].themes");
  });

  it("rejects a malformed report with the path of the problem", () => {
    const error = (() => {
      try {
        findingsToCsv({ ok: true, hard: 0, soft: 0, findings: [{ rule: 1 }] } as never);
      } catch (caught) {
        return caught as PlannerInputError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(PlannerInputError);
    expect(error?.issues.map((issue) => issue.path.join("."))).toContain("findings.0.rule");
  });
});

describe("extras: calendar", () => {
  it("shows the milestones it is given, with clashes and days off", () => {
    const programme = defaultProgramme();
    const calendar = sessionCalendar(programme, {
      holidays: ["2027-03-01"],
      externalEvents: [
        { id: "wsis-forum-2027", title: "WSIS Forum 2027", opens: "2027-05-11", closes: "2027-05-13" },
      ],
    });
    const markdown = renderMarkdown(programme, { calendar });
    expect(markdown).toContain(
      "| 10–14 May 2027 | The 30th session (2027), review: Geneva, Palais des Nations (clashes with wsis-forum-2027) | 30th (2027) |",
    );
    expect(markdown).toContain("| 11–13 May 2027 | WSIS Forum 2027 | 2027 |");
  });

  it("uses sessionCalendar when no calendar is given", () => {
    const programme = defaultProgramme();
    const titles = sessionCalendar(programme).map((milestone) => milestone.title);
    const markdown = renderMarkdown(programme);
    expect(titles.every((title) => markdown.includes(title))).toBe(true);
  });
});

/** Three agencies' activities: one listed twice, two overlapping, one apart; hostile ids and names. */
function duplicationReport() {
  return findDuplicates([
    {
      id: "itu-1",
      agency: "ITU",
      title: "Broadband for rural schools in East Africa",
      actionLines: ["C2"],
      start: "2027",
      end: "2028",
      countries: ["KEN"],
    },
    {
      id: "=cmd|' /C calc'!A0",
      agency: "UNESCO",
      title: "Rural schools broadband in East Africa",
      actionLines: ["C2", "C7.e-learning"],
      start: "2027",
      end: "2029",
      countries: ["KEN"],
    },
    {
      id: "itu-1",
      agency: "ITU",
      title: "Broadband for rural schools in East Africa",
      actionLines: ["C2"],
      start: "2027",
      end: "2028",
      countries: ["KEN"],
    },
    {
      id: "<script>alert(1)</script>",
      agency: "WHO",
      title: "Electronic health records",
      actionLines: ["C7.e-health"],
      start: "2027",
      end: "2028",
    },
  ]);
}

describe("extras: duplication", () => {
  it("renders the duplication summary", async () => {
    const markdown = renderMarkdown(
      defaultProgramme(),
      { duplicates: duplicationReport() },
      { timeline: false },
    );
    await expect(markdown.slice(markdown.indexOf("## Duplication across agencies"))).toMatchFileSnapshot(
      "./__golden__/duplicates.md",
    );
  });

  it("exports the pairs as CSV that parses back, ids intact and formulas neutralised", () => {
    const report = duplicationReport();
    const rows: Record<string, string>[] = parseCsv(duplicatePairsToCsv(report), { columns: true });
    expect(rows.map((row) => [row["a"], row["b"], Number(row["score"])])).toStrictEqual(
      report.pairs.map((pair) => [
        pair.a.startsWith("=") ? `'${pair.a}` : pair.a,
        pair.b.startsWith("=") ? `'${pair.b}` : pair.b,
        pair.score,
      ]),
    );
    expect(rows.some((row) => row["b"] === "'=cmd|' /C calc'!A0" || row["a"] === "'=cmd|' /C calc'!A0")).toBe(
      true,
    );
    expect(rows[0]?.["reasons"]?.split("\n")).toStrictEqual(report.pairs[0]?.reasons);
  });

  it("escapes activity ids in HTML", () => {
    const html = renderHtml(defaultProgramme(), { duplicates: duplicationReport() });
    expect(html).not.toContain("<script>");
  });

  it("rejects a malformed report with the path of the problem", () => {
    expect(() =>
      duplicatePairsToCsv({ pairs: [{ a: "x", b: "y", score: 3, reasons: [] }], groups: [] } as never),
    ).toThrow(/pairs\[0\]\.score/u);
  });
});
