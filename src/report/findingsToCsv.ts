import { formatPath, parseWith } from "../model/index.ts";
import type { CheckReport } from "../rules/index.ts";
import { csvRow } from "./_lib/escapeCsv.ts";
import { CheckSchema } from "./_lib/extras.ts";

/**
 * Exports the findings of `checkProgramme` as CSV (RFC 4180: header row, CRLF line ends), one row
 * per finding in the report's order: rule, severity, message, path (as `sessions[3].deadlines`) and
 * references (joined with "; "). Cells a spreadsheet would run as a formula get a leading `'`.
 *
 * @param report - A check report.
 * @returns The CSV text.
 * @throws {PlannerInputError} When the report is malformed, listing each problem with its path.
 * @example
 * findingsToCsv(checkProgramme(programme)).split("\r\n")[0]; // "rule,severity,message,path,refs"
 */
export function findingsToCsv(report: CheckReport): string {
  const valid = parseWith(CheckSchema, report, "check report");
  let out = csvRow(["rule", "severity", "message", "path", "refs"]);
  for (const finding of valid.findings) {
    out += csvRow([
      finding.rule,
      finding.severity,
      finding.message,
      finding.path === undefined ? "" : formatPath(finding.path),
      finding.refs.join("; "),
    ]);
  }
  return out;
}
