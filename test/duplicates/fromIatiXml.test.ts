import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type Activity,
  DAC_CATEGORIES,
  DAC_PURPOSES,
  fromIatiXml,
  IATI_ORGANISATIONS,
  PlannerInputError,
} from "../../src/index.ts";
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
        source: { line: 8, column: 2 },
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
      agencyIds: new Map([["XM-DAC-41114", "UNDP-KE"]]),
    });
    expect(activity?.agency).toBe("UNDP-KE");
    // A plain object works as well as a Map, and "__proto__" in it is just a reference.
    const plain = JSON.parse('{"__proto__": "ITU", "XM-DAC-41114": "UNDP-KE"}') as Record<string, string>;
    const xml = file(activityXml("a-1", '<sector code="22040"/>')).replace(
      'ref="XM-DAC-41114"',
      'ref="__proto__"',
    );
    expect(fromIatiXml(xml, { agencyIds: plain })[0]?.agency).toBe("ITU");
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
  });

  it("maps UN agencies' own IATI refs to catalogue agencies through the built-in table", () => {
    const withRef = (ref: string, participant = "") =>
      fromIatiXml(
        file(activityXml("a-1", `<sector code="22040"/>${participant}`)).replace("XM-DAC-41114", ref),
      )[0];
    expect(withRef("XM-DAC-41114")?.agency).toBe("UNDP");
    expect(withRef("XM-DAC-41304")?.agency).toBe("UNESCO");
    expect(withRef("41303")?.agency).toBe("ITU");
    expect(withRef("xm-dac-41301")?.agency).toBe("FAO");
    expect(withRef("44000")?.agency).toBe("World-Bank");
    expect(withRef("GB-GOV-1")?.agency).toBe("GB-GOV-1");
    expect(
      withRef("XM-DAC-41114", '<participating-org ref="XM-DAC-41122" role="1"/>')?.participants,
    ).toStrictEqual([{ ref: "UNICEF", role: "funding" }]);
    const off = fromIatiXml(file(activityXml("a-1", '<sector code="22040"/>')), { builtInAgencies: false });
    expect(off[0]?.agency).toBe("XM-DAC-41114");
  });

  it("decodes numeric character references in text and attributes", () => {
    const xml = file(
      activityXml(
        "a-&#x31;",
        '<sector code="22040"/><description><narrative>Caf&#233; &#x263A; &amp;amp; &#38;lt;</narrative></description>',
      ).replace("Rural broadband for schools", "Conectividad rural en Per&#xFA;"),
    ).replace('<recipient-country code="KE"/>', '<recipient-country code="K&#69;"/>');
    const [activity] = fromIatiXml(xml);
    expect(activity?.id).toBe("a-1");
    expect(activity?.title).toBe("Conectividad rural en Perú");
    // Decoded once: "&amp;amp;" is the text "&amp;", "&#38;lt;" the text "&lt;".
    expect(activity?.description).toBe("Café ☺ &amp; &lt;");
    expect(activity?.countries).toStrictEqual(["KEN"]);
  });

  it('reports a role or status of "__proto__" as not an IATI code', () => {
    const xml = file(
      activityXml(
        "a-1",
        '<sector code="22040"/><participating-org ref="X" role="__proto__"/><participating-org ref="Y" role="constructor"/><activity-status code="__proto__"/>',
      ),
    );
    expect(inputErrorOf(() => fromIatiXml(xml)).issues.map((issue) => issue.message)).toStrictEqual([
      'line 3 (a-1): role "__proto__" is not an IATI organisation role (1–4)',
      'line 3 (a-1): role "constructor" is not an IATI organisation role (1–4)',
      'line 3 (a-1): status "__proto__" is not an IATI activity status (1–6)',
    ]);
  });

  it("imports an activity whose sectors map to no action line, flagged unmapped with its sectors", () => {
    const xml = file(
      activityXml("water", '<sector vocabulary="1" code="14010"/>'),
      activityXml("none", ""),
      activityXml("ict", '<sector vocabulary="1" code="22040"/>'),
    );
    const activities = fromIatiXml(xml);
    expect(
      activities.map((activity) => [activity.id, activity.actionLines, activity.unmapped]),
    ).toStrictEqual([
      ["water", [], true],
      ["none", [], true],
      ["ict", ["C2"], undefined],
    ]);
    expect(activities[0]?.sectors).toStrictEqual([{ vocabulary: "1", code: "14010" }]);
    expect(fromIatiXml(xml, { lenient: true }).counts).toStrictEqual({ mapped: 1, unmapped: 2, rejected: 0 });
  });

  it("maps the purpose codes agencies use for ICT-related work", () => {
    const linesOf = (code: string) =>
      fromIatiXml(file(activityXml("a-1", `<sector vocabulary="1" code="${code}"/>`)))[0]?.actionLines;
    expect(linesOf("43081")).toStrictEqual(["C4"]);
    expect(linesOf("43082")).toStrictEqual(["C7.e-science"]);
    expect(linesOf("15150")).toStrictEqual(["C1"]);
    expect(linesOf("32182")).toStrictEqual(["C7.e-science"]);
    expect(linesOf("16062")).toStrictEqual(["C4"]);
    // 32172 is the transport equipment industry in IATI's list: no WSIS line.
    expect(linesOf("32172")).toStrictEqual([]);
  });

  it("names the file in every problem and keeps it on every record, when given", () => {
    const xml = file(
      activityXml("good", '<sector code="22040"/>'),
      activityXml("bad", '<sector code="22040"/><recipient-country code="XX"/>'),
    );
    const result = fromIatiXml(xml, { lenient: true, file: "undp.xml" });
    expect(result.activities[0]?.source).toStrictEqual({ file: "undp.xml", line: 3, column: 2 });
    expect(result.problems[0]).toMatchObject({
      file: "undp.xml",
      line: 12,
      message: 'undp.xml, line 12 (bad): "XX" is not an ISO 3166-1 alpha-2 country code',
    });
    expect(fromIatiXml("<a>", { lenient: true, file: "x.xml" }).problems[0]?.message).toMatch(
      /^x\.xml: invalid XML/u,
    );
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
    ]);
    const lenient = fromIatiXml(xml, { lenient: true });
    // A sector with no action line (14010, water) is no malformation: imported, flagged unmapped.
    expect(lenient.activities.map((activity) => [activity.id, activity.unmapped])).toStrictEqual([
      ["good", undefined],
      ["no-line", true],
    ]);
    expect(lenient.problems.map((problem) => problem.line)).toStrictEqual([12]);
    expect(lenient.counts).toStrictEqual({ mapped: 1, unmapped: 1, rejected: 1 });
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
    expect(result.problems.map((problem) => problem.message)).toStrictEqual([
      "the XML could not be read: its elements are nested too deeply",
    ]);
  });

  it("never expands entities a DOCTYPE declares: entity bombs and external entities are invalid XML", () => {
    const laughs = [
      '<!ENTITY a "ha">',
      ...Array.from(
        { length: 9 },
        (_, k) => `<!ENTITY ${"bcdefghij"[k]} "${`&${"abcdefghi"[k]};`.repeat(10)}">`,
      ),
    ].join("");
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE iati-activities [${laughs}]>\n<iati-activities version="2.03">&j;</iati-activities>`;
    const error = inputErrorOf(() => fromIatiXml(bomb));
    expect(error.issues).toMatchObject([{ line: 3, path: ["line", 3] }]);
    expect(error.issues[0]?.message).toMatch(
      /^invalid XML at line 3, column \d+: Named entity isn't defined: &j;$/u,
    );
    const external = `<!DOCTYPE iati-activities [<!ENTITY x SYSTEM "file:///etc/passwd">]><iati-activities>&x;</iati-activities>`;
    expect(inputErrorOf(() => fromIatiXml(external)).issues[0]?.message).toContain(
      "Named entity isn't defined: &x;",
    );
    // HTML's named entities are not XML's: "&eacute;" is reported where it is, not guessed at.
    const html = file(activityXml("a-1", '<sector code="22040"/>').replace("Rural", "R&eacute;seau"));
    expect(inputErrorOf(() => fromIatiXml(html)).issues[0]?.message).toMatch(
      /^invalid XML at line 6, column 22: Named entity isn't defined: &eacute;$/u,
    );
  });

  it("documents every row of its sector and organisation tables, with the reasons and statuses", () => {
    const docs = readFileSync(new URL("../../docs/activities-csv.md", import.meta.url), "utf8");
    for (const row of [...DAC_CATEGORIES, ...DAC_PURPOSES]) {
      expect(docs).toContain(
        `| ${row.code} | ${row.name} | ${row.actionLines.join(", ") || "none"} | ${row.reason} |`,
      );
      expect(row.reason.length).toBeGreaterThan(3);
    }
    for (const entry of IATI_ORGANISATIONS) {
      expect(docs).toContain(
        `| XM-DAC-${entry.code} (or ${entry.code}) | ${entry.listedAs} | ${entry.agency} | ${entry.status}`,
      );
      expect(entry.status === "confirmed" || entry.note !== undefined).toBe(true);
    }
  });
});
