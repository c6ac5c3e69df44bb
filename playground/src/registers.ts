// Agencies' activity registers dropped on the page: each file read with the importer its format needs
// (IATI XML or the CSV layout), then all records compared at once.

import {
  type Activity,
  findDuplicates,
  formatPath,
  fromCsv,
  fromIatiXml,
  PlannerInputError,
} from "cstd-planner";
import type { RegisterFile, RegistersResult } from "./protocol.ts";

/** IATI XML by its name or by its first character; anything else is read as the CSV layout. */
const isXml = (file: RegisterFile) => /\.xml$/iu.test(file.name) || /^\s*</u.test(file.text);

export function analyseRegisters(files: readonly RegisterFile[]): RegistersResult {
  const activities: Activity[] = [];
  const problems: RegistersResult["problems"][number][] = [];
  const read: RegistersResult["files"][number][] = [];
  for (const file of files) {
    const format = isXml(file) ? "iati" : "csv";
    try {
      const imported =
        format === "iati" ? fromIatiXml(file.text, { lenient: true }) : fromCsv(file.text, { lenient: true });
      activities.push(...imported.activities);
      for (const problem of imported.problems) {
        problems.push({
          file: file.name,
          line: problem.line,
          where: formatPath(problem.path),
          message: problem.message,
        });
      }
      read.push({ name: file.name, format, activities: imported.activities.length });
    } catch (error) {
      // A file the importer cannot read at all (not CSV, no activities element): say so, keep the others.
      if (!(error instanceof PlannerInputError)) throw error;
      for (const issue of error.issues) {
        problems.push({ file: file.name, line: 1, where: formatPath(issue.path), message: issue.message });
      }
      read.push({ name: file.name, format, activities: 0 });
    }
  }
  const records: Record<string, { title: string; agency: string }> = Object.create(null);
  for (const activity of activities)
    records[activity.id] = { title: activity.title, agency: activity.agency };
  return {
    files: read,
    problems,
    report: activities.length === 0 ? undefined : findDuplicates(activities),
    records,
  };
}
