import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Activity, fromIatiXml, PlannerInputError } from "../../src/index.ts";
import { inputErrorOf } from "../support/errors.ts";

const EXAMPLE = readFileSync(
  new URL("../fixtures/iati/activity-standard-example-annotated-203.xml", import.meta.url),
  "utf8",
);

/** One minimal IATI activity, with `inner` inside it. */
const activityXml = (id: string, inner: string) => `
 <iati-activity default-currency="USD">
  <iati-identifier>${id}</iati-identifier>
  <reporting-org ref="XM-DAC-41114" type="40"><narrative>UNDP</narrative></reporting-org>
  <title><narrative>Rural broadband for schools</narrative></title>
  <activity-date iso-date="2026-01-01" type="1"/>
  <activity-date iso-date="2027-12-31" type="3"/>
  <recipient-country code="KE"/>
  ${inner}
 </iati-activity>`;
const file = (...activities: string[]) =>
  `<?xml version="1.0"?>\n<iati-activities version="2.03">${activities.join("")}\n</iati-activities>`;

describe("fromIatiXml", () => {
  it("imports the IATI standard's annotated example completely", () => {
    expect(fromIatiXml(EXAMPLE)).toStrictEqual([
      {
        id: "AA-AAA-123456789-ABC123",
        agency: "AA-AAA-123456789",
        agencyName: "Organisation name",
        title: "Activity title",
        description: [
          "General activity description text.  Long description of the activity with no particular structure.",
          "Objectives for the activity, for example from a logical framework.",
          "Statement of groups targeted to benefit from the activity.",
        ].join("\n\n"),
        // DAC 11110 and 11120 (education, level unspecified) fall under C7 e-learning.
        actionLines: ["C7.e-learning"],
        start: "2012-04-15",
        end: "2015-12-31",
        actualStart: "2012-04-28",
        status: "implementation",
        countries: ["AFG", "ATG"],
        regions: [
          { code: "489", vocabulary: "1" },
          { code: "A1", vocabulary: "99", name: "Where is the region with code A1" },
        ],
        participants: [
          {
            ref: "BB-BBB-123456789",
            name: "Name of Agency B",
            role: "funding",
            type: "40",
            activityId: "BB-BBB-123456789-1234",
          },
          {
            ref: "CC-CCC-123456789",
            name: "Name of Agency C",
            role: "accountable",
            type: "10",
            activityId: "CC-CCC-123456789-1234",
          },
          {
            ref: "AA-AAA-123456789",
            name: "Name of Agency A",
            role: "extending",
            type: "21",
            activityId: "AA-AAA-123456789-1234",
          },
        ],
        budgets: [
          {
            value: 1000,
            currency: "AUD",
            start: "2014-01-01",
            end: "2014-12-31",
            kind: "original",
            status: "indicative",
          },
        ],
        sectors: [
          { vocabulary: "1", code: "11110", percentage: 50 },
          { vocabulary: "1", code: "11120", percentage: 50 },
          {
            vocabulary: "98",
            code: "A1",
            percentage: 100,
            name: "Formal and non-formal primary education for children",
          },
        ],
        // No cross-references: participants' ids stay on the participants, the example's related
        // activity is a parent (type 1), and the transactions' provider-activity-id traces money only.
      } satisfies Activity,
    ]);
  });

  it("picks the narratives in the language asked for", () => {
    const [activity] = fromIatiXml(EXAMPLE, { language: "fr" });
    expect(activity?.title).toBe("Titre de l'activité");
    expect(activity?.agencyName).toBe("Nom de l'organisme");
    expect(fromIatiXml(EXAMPLE, { language: "es" })[0]?.title).toBe("Título de la actividad");
  });

  it("maps organisation references to catalogue agencies when told how", () => {
    const [activity] = fromIatiXml(file(activityXml("a-1", '<sector code="22040"/>')), {
      agencyIds: new Map([["XM-DAC-41114", "UNDP"]]),
    });
    expect(activity?.agency).toBe("UNDP");
  });

  it("maps DAC sectors to action lines with shares from their percentages", () => {
    const [activity] = fromIatiXml(
      file(
        activityXml(
          "a-1",
          '<sector vocabulary="1" code="22040" percentage="60"/><sector vocabulary="1" code="12110" percentage="30"/><sector vocabulary="1" code="14010" percentage="10"/>',
        ),
      ),
    );
    expect(activity?.actionLines).toStrictEqual(["C2", "C7.e-health"]);
    expect(activity?.actionLineShares).toStrictEqual([66.67, 33.33]);
  });

  it("reads the reporter's own sector codes when they are action lines", () => {
    const [activity] = fromIatiXml(file(activityXml("a-1", '<sector vocabulary="99" code="C5"/>')));
    expect(activity?.actionLines).toStrictEqual(["C5"]);
  });

  it("makes an activity of global scope with no recipient country global", () => {
    const xml = file(
      activityXml("a-1", '<activity-scope code="1"/><sector code="22040"/>').replace(
        '<recipient-country code="KE"/>',
        "",
      ),
    );
    expect(fromIatiXml(xml)[0]?.countries).toStrictEqual(["global"]);
  });

  it("gives invalid XML's line and column", () => {
    const error = inputErrorOf(() => fromIatiXml("<iati-activities>\n <iati-activity>\n</iati-activities>"));
    expect(error.issues).toMatchObject([{ line: 3, column: 1, path: ["line", 3] }]);
    expect(error.issues[0]?.message).toMatch(/^invalid XML at line 3, column 1: /u);
  });

  it("lists every bad activity with the line it starts on, or returns the good ones with the problems", () => {
    const xml = file(
      activityXml("good", '<sector code="22040"/>'),
      activityXml("bad-country", '<sector code="22040"/><recipient-country code="XX"/>'),
      activityXml("no-line", '<sector code="14010"/>'),
    );
    const error = inputErrorOf(() => fromIatiXml(xml));
    expect(error.issues.map((issue) => [issue.path, (issue as { id?: string }).id])).toStrictEqual([
      [["line", 12, "recipient-country", 1, "code"], "bad-country"],
      [["line", 21, "sector"], "no-line"],
    ]);
    const lenient = fromIatiXml(xml, { lenient: true });
    expect(lenient.activities.map((activity) => activity.id)).toStrictEqual(["good"]);
    expect(lenient.problems.map((problem) => problem.line)).toStrictEqual([12, 21]);
  });

  it("reports dates that end before they start", () => {
    const xml = file(activityXml("a-1", '<sector code="22040"/>').replace("2027-12-31", "2025-12-31"));
    expect(inputErrorOf(() => fromIatiXml(xml)).issues[0]?.message).toBe(
      "line 3 (a-1): ends (2025-12-31) before it starts (2026-01-01)",
    );
  });

  it("rejects a file that is not an IATI activity file, and IATI 1.x", () => {
    expect(inputErrorOf(() => fromIatiXml("<html/>")).issues[0]?.message).toContain(
      "not an IATI activity file",
    );
    expect(inputErrorOf(() => fromIatiXml('<iati-activities version="1.05"/>')).issues[0]?.message).toContain(
      "version 1.05 is not supported",
    );
  });

  it("returns invalid XML as a problem when lenient", () => {
    expect(fromIatiXml("<a><b></a>", { lenient: true })).toMatchObject({
      activities: [],
      problems: [{ line: 1 }],
    });
  });

  it("throws for bad arguments even when lenient", () => {
    expect(() => fromIatiXml(42 as unknown as string, { lenient: true })).toThrow(PlannerInputError);
    expect(() => fromIatiXml(EXAMPLE, { language: "French" })).toThrow(PlannerInputError);
  });

  it("survives deeply nested XML without blowing the stack", () => {
    const deep = `<iati-activities>${"<x>".repeat(50_000)}${"</x>".repeat(50_000)}</iati-activities>`;
    const result = fromIatiXml(deep, { lenient: true });
    expect(result.activities).toStrictEqual([]);
  });
});
