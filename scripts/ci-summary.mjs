// Prints "N passed, N failed" from vitest's JSON report and exits non-zero on any failure.
// A failing step outside vitest (typecheck, lint, examples) counts as one failure.
import { existsSync, readFileSync } from "node:fs";

const [reportPath = ".vitest-report.json", statusArg = "0"] = process.argv.slice(2);
const status = Number(statusArg);
let passed = 0;
let failed = 0;
if (existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, "utf8"));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && status === 0 ? 0 : 1;
