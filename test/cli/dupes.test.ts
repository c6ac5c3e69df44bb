import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "./_run.ts";

const ACTIVITIES = `- id: itu-1
  agency: ITU
  title: Rural broadband for schools in Kenya
  actionLines: [C2]
  start: "2026"
  end: "2027"
  countries: [KEN]
- id: undp-7
  agency: UNDP
  title: Broadband for rural schools, Kenya
  actionLines: [C2]
  start: 2026-03-01
  end: 2027-12-31
  countries: [KEN]
- id: unesco-3
  agency: UNESCO
  title: Open educational resources for teachers in Peru
  actionLines: [C7.e-learning]
  start: "2026"
  end: "2028"
  countries: [PER]
`;

describe("cstd-planner dupes", () => {
  it("groups overlapping activities, places each record in the file, and exits 1", async () => {
    const run = await runCli(["dupes", "activities.yaml"], { "activities.yaml": ACTIVITIES });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^activities\.yaml: 3 activities from 3 agencies\.\n1 pair at or above the threshold \(score ≥ 0\.50\): 1 of overlapping work in 1 group, 0 reported twice or repeated; /u,
    );
    expect(run.stdout).toContain("Group 1: itu-1, undp-7 (ITU, UNDP; C2)\n  suggested lead: ITU: ");
    expect(run.stdout).toMatch(
      /\n {2}itu-1 \(ITU, activities\.yaml:1:3\) ↔ undp-7 \(UNDP, activities\.yaml:8:3\): score 0\.\d\d\n {6}title: /u,
    );
  });

  it("reads activities from standard input", async () => {
    const run = await runCli(["dupes", "-"], { "-": ACTIVITIES });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^\(standard input\): 3 activities from 3 agencies\./u);
  });

  it("exits 0 when nothing reaches the threshold", async () => {
    const run = await runCli(["dupes", "activities.yaml", "--threshold", "0.999"], {
      "activities.yaml": ACTIVITIES,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("0 pairs at or above the threshold");
  });

  const CSV = readFileSync("test/fixtures/activities.csv", "utf8");

  it("reads a CSV spreadsheet and reports one activity reported by two agencies", async () => {
    const run = await runCli(["dupes", "activities.csv"], { "activities.csv": CSV });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "Reported twice or repeated:\n  itu-2026-014 (ITU, activities.csv:2) ↔ undp-ke-0091 (UNDP, activities.csv:3): double-reporting\n",
    );
  });

  it("reads the IATI standard's example activity file", async () => {
    const xml = readFileSync("test/fixtures/iati/activity-standard-example-annotated-203.xml", "utf8");
    const run = await runCli(["dupes", "iati.xml"], { "iati.xml": xml });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^iati\.xml: 1 activity from 1 agency\.\n0 pairs /u);
  });

  it("names the line and column of each bad CSV record, and exits 2", async () => {
    const run = await runCli(["dupes", "activities.csv"], { "activities.csv": CSV.replace("KEN,", "KE,") });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^cstd-planner: invalid activities CSV in activities\.csv \(1 problem\):\n {2}activities\.csv:2:\d+: line 2 \(itu-2026-014\): "KE" is an alpha-2 code; write its alpha-3 code "KEN"\n$/u,
    );
  });

  it("skips bad records with --lenient, listing them on stderr", async () => {
    const run = await runCli(["dupes", "activities.csv", "--lenient"], {
      "activities.csv": CSV.replace("KEN,", "KE,"),
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^activities\.csv:2:\d+: skipped: line 2 \(itu-2026-014\): /u);
    expect(run.stderr).toContain("activities.csv: 1 problem skipped; 3 activities read\n");
    expect(run.stdout).toMatch(/^activities\.csv: 3 activities from 3 agencies\./u);
  });

  it("names the line and column of broken XML, and exits 2", async () => {
    const run = await runCli(["dupes", "iati.xml"], {
      "iati.xml": '<?xml version="1.0"?>\n<iati-activities <>\n',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\n {2}iati\.xml:2:\d+: invalid XML at line 2, column \d+: /u);
  });

  it("prints the whole report as JSON with --json", async () => {
    const run = await runCli(["dupes", "activities.yaml", "--json"], { "activities.yaml": ACTIVITIES });
    expect(JSON.parse(run.stdout)).toMatchObject({ groups: [["itu-1", "undp-7"]] });
  });

  it("names the file, line and path of a bad record, and exits 2", async () => {
    const run = await runCli(["dupes", "activities.yaml"], {
      "activities.yaml": ACTIVITIES.replace("countries: [PER]", "countries: [PE]"),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "  activities.yaml:21:15: [2].countries[0]: must be an ISO 3166-1 alpha-3 code",
    );
  });

  it("names the option when a threshold is out of range, and exits 2", async () => {
    const run = await runCli(["dupes", "activities.yaml", "--threshold", "2"], {
      "activities.yaml": ACTIVITIES,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("dupes: --threshold must be less than 1");
  });

  const REGISTER = readFileSync("test/fixtures/iati/constructed-register-es.xml", "utf8");
  const ILO_CSV = [
    "id;agency;title;description;start;end;countries;sectors",
    'ilo-pe-9;ILO;"Alfabetización digital para comunidades andinas de Cusco";"Talleres de alfabetización digital y conectividad rural para jóvenes y mujeres de comunidades andinas de Cusco.";2026;2028;PER;43081',
    "",
  ].join("\r\n");

  it("compares several files in several formats, each record with its file and line", async () => {
    const run = await runCli(["dupes", "register.xml", "ilo.csv", "activities.yaml"], {
      "register.xml": REGISTER,
      "ilo.csv": `\uFEFF${ILO_CSV}`,
      "activities.yaml": ACTIVITIES,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^register\.xml, ilo\.csv, activities\.yaml: 16 activities from 8 agencies\.\n {2}register\.xml: 12 activities \(10 mapped to action lines, 2 unmapped, 0 rejected\)\n {2}ilo\.csv: 1 activity \(1 mapped to action lines, 0 unmapped, 0 rejected\)\n {2}activities\.yaml: 3 activities /u,
    );
    expect(run.stdout).toContain(
      "XM-DAC-41114-PER-00101 (UNDP, register.xml:6:2) ↔ XM-DAC-41303-PE-2026-07 (ITU, register.xml:28:2): double-reporting",
    );
    expect(run.stdout).toContain(
      "XM-DAC-41114-PER-00130 (UNDP, register.xml:83:2) ↔ XM-DAC-41122-PER-2026-015 (UNICEF, register.xml:99:2)",
    );
    expect(run.stdout).toMatch(/ilo-pe-9 \(ILO, ilo\.csv:2\)/u);
    expect(run.stdout).toMatch(
      /itu-1 \(ITU, activities\.yaml:1:3\) ↔ undp-7 \(UNDP, activities\.yaml:8:3\)/u,
    );
  });

  it("maps organisation refs through --agencies, over the built-in table", async () => {
    const run = await runCli(["dupes", "register.xml", "--agencies", "agencies.yaml", "--json"], {
      "register.xml": REGISTER,
      "agencies.yaml": "XM-DAC-41114: UNDP-Peru\n41122: UNICEF-Peru\n",
    });
    const report = JSON.parse(run.stdout) as { byAgency: { agency: string }[] };
    expect(report.byAgency.map((row) => row.agency)).toStrictEqual([
      "FAO",
      "ITU",
      "UNCTAD",
      "UNDP-Peru",
      "UNESCO",
      "UNICEF",
      "WHO",
    ]);
    const bad = await runCli(["dupes", "register.xml", "--agencies", "agencies.yaml"], {
      "register.xml": REGISTER,
      "agencies.yaml": "XM-DAC-41114: [UNDP]\n",
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("agencies.yaml:1:15: XM-DAC-41114: must be an agency id (text)");
  });

  it("detects a semicolon delimiter, and takes --delimiter to force one", async () => {
    const detected = await runCli(["dupes", "ilo.csv"], { "ilo.csv": ILO_CSV });
    expect(detected.code).toBe(0);
    expect(detected.stdout).toMatch(/^ilo\.csv: 1 activity from 1 agency\./u);
    const forced = await runCli(["dupes", "ilo.csv", "--delimiter", ","], { "ilo.csv": ILO_CSV });
    expect(forced.code).toBe(2);
    expect(forced.stderr).toContain("the header lacks the required columns");
    const wrong = await runCli(["dupes", "ilo.csv", "--delimiter", "|"], { "ilo.csv": ILO_CSV });
    expect(wrong.stderr).toContain('dupes: --delimiter must be ",", ";" or "tab", not "|"');
  });

  it("suggests the column a misspelt CSV header meant", async () => {
    const run = await runCli(["dupes", "ilo.csv"], {
      "ilo.csv": ILO_CSV.replace("description", "descripton"),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'ilo.csv:1:17: line 1: unknown column "descripton"; did you mean "description"?',
    );
  });
});
