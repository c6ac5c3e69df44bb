import { describe, expect, it } from "vitest";
import { type ActivityInput, jsonSchemaFor, parseActivities, safeParseActivities } from "../../src/index.ts";
import { inputErrorOf } from "../support/errors.ts";

const base: ActivityInput = {
  id: "itu-1",
  agency: "ITU",
  title: "Rural broadband for schools",
  actionLines: ["C2"],
  start: "2026",
  end: "2027",
  countries: ["KEN"],
};

const issuesFor = (activity: Record<string, unknown>) =>
  inputErrorOf(() => parseActivities([{ ...base, ...activity }])).issues.map((issue) => [
    issue.path,
    issue.message,
  ]);

describe("parseActivities", () => {
  it("accepts a minimal activity and returns a copy", () => {
    const input = [base];
    const parsed = parseActivities(input);
    expect(parsed).toStrictEqual([{ ...base }]);
    expect(parsed[0]).not.toBe(base);
  });

  it("accepts every register field: participants, status, actual dates, shares, regions, budgets, sectors, cross-references", () => {
    const full: ActivityInput = {
      ...base,
      agencyName: "International Telecommunication Union",
      description: "Connects schools.",
      actionLines: ["C2", "C7.e-learning"],
      actionLineShares: [70, 30],
      actualStart: "2026-02-01",
      actualEnd: "2027-11-30",
      status: "implementation",
      regions: [{ code: "289", name: "South of Sahara, regional" }],
      participants: [{ ref: "UNDP", role: "funding", activityId: "undp-9" }],
      budgets: [
        { value: 2_500_000, currency: "USD", start: "2026-01-01", end: "2026-12-31", kind: "original" },
      ],
      sectors: [{ code: "22040", percentage: 100 }],
      crossReferences: ["undp-9"],
    };
    const [parsed] = parseActivities([full]);
    expect(parsed?.regions).toStrictEqual([
      { code: "289", vocabulary: "1", name: "South of Sahara, regional" },
    ]);
    expect(parsed?.sectors).toStrictEqual([{ vocabulary: "1", code: "22040", percentage: 100 }]);
    expect(parsed?.actionLineShares).toStrictEqual([70, 30]);
  });

  it("reports a malformed date with its path", () => {
    expect(issuesFor({ start: "2026-02-30" })).toStrictEqual([
      [[0, "start"], '"2026-02-30" is not a date that exists'],
    ]);
    expect(issuesFor({ end: "next year" })).toStrictEqual([
      [[0, "end"], '"next year" is not a year (YYYY) or a date (YYYY-MM-DD)'],
    ]);
  });

  it("checks the activity as a whole beside a date that is wrong on its own", () => {
    // A field's issue does not stop the checks across fields: both problems are listed in one pass.
    expect(
      issuesFor({ start: "2026-02-30", countries: ["KEN", "KEN"], actualStart: "2027", actualEnd: "2026" }),
    ).toStrictEqual([
      [[0, "start"], '"2026-02-30" is not a date that exists'],
      [[0, "actualEnd"], "actually ended (2026) before it actually started (2027)"],
      [[0, "countries", 1], "names KEN twice"],
    ]);
  });

  it("reports an end before the start", () => {
    expect(issuesFor({ start: "2027-06-01", end: "2026" })).toStrictEqual([
      [[0, "end"], "ends (2026) before it starts (2027-06-01)"],
    ]);
  });

  it("reports an unknown action line with a suggestion", () => {
    expect(issuesFor({ actionLines: ["C12"] })).toStrictEqual([
      [[0, "actionLines", 0], 'unknown action line "C12"; did you mean "C1"?'],
    ]);
  });

  it("reports shares that do not add up to 100, and shares that do not match the lines", () => {
    expect(issuesFor({ actionLines: ["C2", "C4"], actionLineShares: [60, 30] })).toStrictEqual([
      [[0, "actionLineShares"], "shares add up to 90, not 100"],
    ]);
    expect(issuesFor({ actionLines: ["C2", "C4"], actionLineShares: [100] })[0]?.[0]).toStrictEqual([
      0,
      "actionLineShares",
    ]);
  });

  it("accepts shares rounded to two decimals", () => {
    expect(() =>
      parseActivities([
        { ...base, actionLines: ["C2", "C3", "C4"], actionLineShares: [33.33, 33.33, 33.33] },
      ]),
    ).not.toThrow();
  });

  it("reports a country code that is not alpha-3, and an alpha-3 code that is not assigned", () => {
    expect(issuesFor({ countries: ["KE"] })[0]?.[0]).toStrictEqual([0, "countries", 0]);
    expect(issuesFor({ countries: ["ZZZ"] })).toStrictEqual([
      [[0, "countries", 0], '"ZZZ" is not an ISO 3166-1 alpha-3 country code'],
    ]);
  });

  it('reports "global" mixed with countries', () => {
    expect(issuesFor({ countries: ["global", "KEN"] })).toStrictEqual([
      [[0, "countries"], '"global" stands alone: it already covers every country'],
    ]);
  });

  it("reports an empty title", () => {
    expect(issuesFor({ title: "   " })).toStrictEqual([[[0, "title"], "must not be empty"]]);
  });

  it("lists every problem of every activity", () => {
    const error = inputErrorOf(() =>
      parseActivities([
        { ...base, title: "" },
        { ...base, id: "b", countries: ["XX"], actionLines: ["C99"] },
      ]),
    );
    expect(error.issues.map((issue) => issue.path)).toStrictEqual([
      [0, "title"],
      [1, "countries", 0],
      [1, "actionLines", 0],
    ]);
  });

  it("treats __proto__ and constructor as ordinary ids and agencies", () => {
    const parsed = parseActivities([
      { ...base, id: "__proto__", agency: "constructor" },
      { ...base, id: "constructor", agency: "__proto__" },
    ]);
    expect(parsed.map((activity) => [activity.id, activity.agency])).toStrictEqual([
      ["__proto__", "constructor"],
      ["constructor", "__proto__"],
    ]);
  });

  it("does not mutate its input", () => {
    const input = [{ ...base, countries: ["KEN"], regions: [{ code: "289" }] }];
    const before = structuredClone(input);
    parseActivities(input);
    expect(input).toStrictEqual(before);
  });

  it("returns a failed result instead of throwing from safeParseActivities", () => {
    const result = safeParseActivities([{ ...base, start: "soon" }]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toStrictEqual([0, "start"]);
  });

  it("rejects input that is not a list", () => {
    expect(inputErrorOf(() => parseActivities({ id: "x" })).issues[0]?.path).toStrictEqual([]);
  });

  it("publishes a JSON Schema for activity files", () => {
    const schema = jsonSchemaFor("activities") as { type: string; items: { required: string[] } };
    expect(schema.type).toBe("array");
    expect(schema.items.required).toStrictEqual(["id", "agency", "title", "actionLines", "start", "end"]);
  });
});
