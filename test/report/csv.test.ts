import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { createProgramme, toCsv, WSIS_DEFAULT_SPEC } from "../../src/index.ts";
import { defaultProgramme } from "./fixtures.ts";

describe("toCsv", () => {
  const records: Record<string, string>[] = parse(toCsv(defaultProgramme()), { columns: true });

  it("writes one row per theme and session year", () => {
    // 10 sessions, each cycle two themes.
    expect(records).toHaveLength(20);
  });

  it("describes a theme-year with its session, phase and dates", () => {
    expect(records[2]).toMatchObject({
      year: "2028",
      session: "31",
      phase: "policy",
      cycle: "1",
      theme_id: "inclusive-access",
      action_lines: "C1; C2; C3; C6",
      high_level_segment_opens: "2028-05-11",
    });
  });

  it("keeps a row for a year whose cycle has no theme yet", () => {
    const empty = createProgramme({ ...WSIS_DEFAULT_SPEC, cycles: 1, themes: [] });
    const rows: Record<string, string>[] = parse(toCsv(empty), { columns: true });
    expect(rows.map((row) => [row["year"], row["theme_id"]])).toStrictEqual([
      ["2027", ""],
      ["2028", ""],
    ]);
  });
});
