import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, findDuplicates, fromCsv, PlannerInputError } from "../../src/index.ts";
import { inputErrorOf } from "../support/errors.ts";

const SAMPLE = readFileSync(new URL("../fixtures/activities.csv", import.meta.url), "utf8");
const HEADER = "id,agency,title,action_lines,start,end,countries";

describe("fromCsv", () => {
  it("reads the documented sample: quotes, doubled quotes, a line break in a cell, lists and shares", () => {
    const activities = fromCsv(SAMPLE);
    expect(activities.map((activity) => activity.id)).toStrictEqual([
      "itu-2026-014",
      "undp-ke-0091",
      "unesco-2026-003",
      "who-2025-112",
    ]);
    const [itu, undp, unesco, who] = activities;
    expect(itu).toStrictEqual({
      id: "itu-2026-014",
      agency: "ITU",
      agencyName: "International Telecommunication Union",
      title: "Rural broadband for schools, Kenya",
      description: "Connects 300 rural schools to broadband and trains teachers to use it.",
      actionLines: ["C2", "C7.e-learning"],
      actionLineShares: [70, 30],
      start: "2026",
      end: "2027",
      actualStart: "2026-02-01",
      status: "implementation",
      countries: ["KEN"],
      participants: [
        { name: "Ministry of ICT", role: "implementing" },
        { ref: "UNDP", role: "funding", activityId: "undp-ke-0091" },
      ],
      budgets: [{ value: 2_500_000, currency: "USD" }],
      source: { line: 2 },
    });
    expect(undp?.crossReferences).toStrictEqual(["itu-2026-014"]);
    expect(unesco?.description).toBe(
      'Open textbooks and teacher guides, with a "train the trainer" programme.',
    );
    expect(who?.description).toBe("Links district hospitals to referral centres\nfor remote consultations.");
    expect(who?.countries).toStrictEqual(["global"]);
  });

  it("feeds findDuplicates: the sample's funder and implementer records are double reporting", () => {
    const report = findDuplicates(fromCsv(SAMPLE));
    expect(report.pairs.map((pair) => [pair.a, pair.b, pair.kind])).toContainEqual([
      "itu-2026-014",
      "undp-ke-0091",
      "double-reporting",
    ]);
  });

  it("documents its columns in order", () => {
    expect(SAMPLE.split(/\r?\n/u)[0]?.split(",")).toStrictEqual([...CSV_COLUMNS]);
  });

  it("accepts header names in any case with spaces, a byte order mark and CRLF line ends", () => {
    const text = "\uFEFFID,Agency,Title,Action Lines,Start,End\r\na,ITU,Broadband,C2,2026,2027\r\n";
    expect(fromCsv(text)[0]?.id).toBe("a");
  });

  it("reads semicolon-separated files, with | between list items", () => {
    const text =
      "id;agency;title;action_lines;start;end;countries\na;ITU;Broadband, rural;C2|C4;2026;2027;KEN|UGA\n";
    expect(fromCsv(text, { delimiter: ";" })[0]).toMatchObject({
      title: "Broadband, rural",
      actionLines: ["C2", "C4"],
      countries: ["KEN", "UGA"],
    });
  });

  it("lists every bad row with its line, field and column", () => {
    const text = [
      HEADER,
      "a,ITU,Broadband,C2=60; C4=30,2026,2027,KE",
      'b,ITU,"",C99,2026-02-30,2027,KEN',
      "c,ITU,Broadband,C2,2026,2027",
    ].join("\n");
    const error = inputErrorOf(() => fromCsv(text));
    expect(
      error.issues.map((issue) => [issue.path, (issue as { column?: number }).column, issue.message]),
    ).toStrictEqual([
      [["line", 2, "actionLineShares"], 17, "line 2 (a): shares add up to 90, not 100"],
      [["line", 2, "countries", 0], 40, 'line 2 (a): "KE" is an alpha-2 code; write its alpha-3 code "KEN"'],
      [["line", 3, "title"], 7, "line 3 (b): must not be empty"],
      [["line", 3, "actionLines", 0], 10, 'line 3 (b): unknown action line "C99"; did you mean "C9"?'],
      [["line", 3, "start"], 14, 'line 3 (b): "2026-02-30" is not a date that exists'],
      [
        ["line", 4],
        undefined,
        'line 4 (c): has 6 fields, the header has 7 (a separator too many or too few, or an unquoted "," in a cell?)',
      ],
    ]);
  });

  it("returns the good rows and the problems when lenient", () => {
    const text = [HEADER, "a,ITU,Broadband,C2,2026,2027,KEN", "b,ITU,Broadband,C2,2026,2025,KEN"].join("\n");
    const result = fromCsv(text, { lenient: true });
    expect(result.activities.map((activity) => activity.id)).toStrictEqual(["a"]);
    expect(result.problems).toMatchObject([{ line: 3, id: "b", path: ["line", 3, "end"] }]);
  });

  it("reports a quote left open, and text after a closing quote, with line and column", () => {
    expect(
      inputErrorOf(() => fromCsv(`${HEADER}\na,ITU,"Broadband,C2,2026,2027,KEN\n`)).issues[0],
    ).toMatchObject({
      line: 2,
      column: 7,
    });
    expect(
      inputErrorOf(() => fromCsv(`${HEADER}\na,ITU,"Broad"band,C2,2026,2027,KEN\n`)).issues[0],
    ).toMatchObject({
      line: 2,
      column: 14,
    });
  });

  it("rejects unknown and missing columns", () => {
    const error = inputErrorOf(() => fromCsv("id,agency,titel,start,end\na,ITU,x,2026,2027\n"));
    expect(error.issues.map((issue) => issue.message)).toStrictEqual([
      'line 1: unknown column "titel"; did you mean "title"?',
      "line 1: the header lacks the required column title",
    ]);
  });

  it("reports an empty file", () => {
    expect(inputErrorOf(() => fromCsv("")).issues[0]?.message).toBe(
      "the file has no header row (and no activities)",
    );
  });

  it("detects a semicolon or tab delimiter from the header, and can be told which", () => {
    const semicolons =
      "id;agency;title;action_lines;start;end;countries\na;ITU;Broadband, rural;C2|C4;2026;2027;KEN|UGA\n";
    expect(fromCsv(semicolons)[0]).toMatchObject({ title: "Broadband, rural", actionLines: ["C2", "C4"] });
    const tabs = "id\tagency\ttitle\taction_lines\tstart\tend\na\tITU\tBroadband; rural\tC2\t2026\t2027\n";
    expect(fromCsv(tabs)[0]?.title).toBe("Broadband; rural");
    // A comma header with a semicolon inside a quoted cell is still a comma file.
    expect(fromCsv('id,agency,"title;x",start,end\n', { lenient: true }).problems[0]?.message).toContain(
      'unknown column "title;x"',
    );
    // Forcing the delimiter wins over the detection.
    const forced = fromCsv(semicolons, { delimiter: ",", lenient: true });
    expect(forced.problems.at(-1)?.message).toBe(
      "line 1: the header lacks the required columns id, agency, title, start, end",
    );
  });

  it("reads a spreadsheet's export: byte order mark, CRLF, semicolons and accented text", () => {
    const text =
      "\uFEFFid;agency;title;description;start;end;countries;sectors\r\n" +
      'unesco-1;UNESCO;"Alfabetización digital; docentes";"Formación de docentes\r\nen zonas rurales";2026;2027;PER;43081\r\n';
    const [activity] = fromCsv(text);
    expect(activity).toMatchObject({
      id: "unesco-1",
      title: "Alfabetización digital; docentes",
      description: "Formación de docentes\r\nen zonas rurales",
      actionLines: ["C4"],
      sectors: [{ vocabulary: "1", code: "43081" }],
      source: { line: 2 },
    });
  });

  it("imports a row whose sectors map to no action line, or that names none, as unmapped", () => {
    const text = [
      "id,agency,title,start,end,countries,sectors,action_lines",
      "a,ITU,Water supply,2026,2027,KEN,14010,",
      "b,ITU,Something,2026,2027,KEN,,",
      "c,ITU,Broadband,2026,2027,KEN,2:220=100,",
      "d,ITU,Training,2026,2027,KEN,14010,C4",
    ].join("\n");
    const result = fromCsv(text, { lenient: true });
    expect(
      result.activities.map((activity) => [activity.id, activity.actionLines, activity.unmapped]),
    ).toStrictEqual([
      ["a", [], true],
      ["b", [], true],
      ["c", ["C2"], undefined],
      ["d", ["C4"], undefined],
    ]);
    expect(result.counts).toStrictEqual({ mapped: 2, unmapped: 2, rejected: 0 });
  });

  it("suggests the column a misspelt header meant", () => {
    const error = inputErrorOf(() => fromCsv("id,agncy,title,action_line,start,end,countires\n"));
    expect(error.issues.map((issue) => issue.message)).toStrictEqual([
      'line 1: unknown column "agncy"; did you mean "agency"?',
      'line 1: unknown column "action_line"; did you mean "action_lines"?',
      'line 1: unknown column "countires"; did you mean "countries"?',
      "line 1: the header lacks the required column agency",
    ]);
  });

  it("names the file in problems and on records, and counts rejected rows", () => {
    const text = [HEADER, "a,ITU,Broadband,C2,2026,2027,KEN", "b,ITU,Broadband,C2,2026,2025,KEN"].join("\n");
    const result = fromCsv(text, { lenient: true, file: "itu.csv" });
    expect(result.activities[0]?.source).toStrictEqual({ file: "itu.csv", line: 2 });
    expect(result.problems[0]).toMatchObject({
      file: "itu.csv",
      message: "itu.csv, line 3 (b): ends (2025) before it starts (2026)",
    });
    expect(result.counts).toStrictEqual({ mapped: 1, unmapped: 0, rejected: 1 });
  });

  it("caps the fields of a record: a long line of commas is one problem, not millions of fields", () => {
    const text = `${HEADER}\n${",".repeat(2_000_000)}\na,ITU,Broadband,C2,2026,2027,KEN\n`;
    const result = fromCsv(text, { lenient: true });
    expect(result.problems.map((problem) => [problem.line, problem.message])).toStrictEqual([
      [2, "line 2, column 1: this record has more than 1000 fields (is the delimiter right?); it is skipped"],
    ]);
    expect(result.activities.map((activity) => activity.id)).toStrictEqual(["a"]);
  });

  it("throws for bad arguments even when lenient", () => {
    expect(() => fromCsv(SAMPLE, { lenient: true, delimiter: "#" as "," })).toThrow(PlannerInputError);
  });
});
