import type { Command } from "../command.ts";
import { NotAvailableError } from "../errors.ts";

/** `cstd-planner dupes activities.(json|csv|xml)`: activities that overlap across agencies. */
export const dupesCommand: Command = {
  name: "dupes",
  summary: "find activities that overlap across agencies (JSON, YAML, CSV or IATI XML)",
  usage: "activities.(json|yaml|csv|xml) [--json]",
  description: "Finds pairs and groups of agencies' activities that look like the same work.",
  options: { json: { type: "boolean", help: "print the report as JSON" } },
  positionals: [1, 1],
  findings: "duplicates were found",
  async run() {
    throw new NotAvailableError(
      "dupes: the duplicate finder (findDuplicates, issue #6) is not available yet in this build",
    );
  },
};
