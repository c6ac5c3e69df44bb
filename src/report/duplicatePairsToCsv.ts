import type { DuplicationReport } from "../duplicates/index.ts";
import { parseWith } from "../model/index.ts";
import { csvRow } from "./_lib/escapeCsv.ts";
import { DuplicatesSchema } from "./_lib/extras.ts";

/**
 * Exports the pairs of `findDuplicates` as CSV (RFC 4180: header row, CRLF line ends), one row per
 * pair in the report's order: both ids, the score, kind, whether it matches, both agencies, the
 * shared action lines (joined with "; ") and the evidence (one reason a line, inside the cell).
 * Cells a spreadsheet would run as a formula get a leading `'`.
 *
 * @param report - A duplication report.
 * @returns The CSV text.
 * @throws {PlannerInputError} When the report is malformed, listing each problem with its path.
 * @example
 * duplicatePairsToCsv(findDuplicates(activities)).split("\r\n")[0];
 * // "a,b,score,kind,match,agency_a,agency_b,action_lines,reasons"
 */
export function duplicatePairsToCsv(report: DuplicationReport): string {
  const valid = parseWith(DuplicatesSchema, report, "duplication report");
  let out = csvRow(["a", "b", "score", "kind", "match", "agency_a", "agency_b", "action_lines", "reasons"]);
  for (const pair of valid.pairs) {
    out += csvRow([
      pair.a,
      pair.b,
      String(pair.score),
      pair.kind ?? "",
      pair.match === undefined ? "" : String(pair.match),
      pair.agencies?.[0] ?? "",
      pair.agencies?.[1] ?? "",
      pair.actionLines?.join("; ") ?? "",
      pair.reasons.join("\n"),
    ]);
  }
  return out;
}
