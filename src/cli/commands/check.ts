import type { Command } from "../command.ts";
import { NotAvailableError } from "../errors.ts";

/** `cstd-planner check programme.json`: lists what breaks the rules, and why. */
export const checkCommand: Command = {
  name: "check",
  summary: "check a programme against the rules and list the findings",
  usage: "programme.json [--json]",
  description:
    "Checks a programme (JSON or YAML) against the built-in rules and lists each finding with why.",
  options: { json: { type: "boolean", help: "print the report as JSON" } },
  positionals: [1, 1],
  findings: "the programme breaks a hard rule",
  async run() {
    throw new NotAvailableError(
      "check: the rule engine (checkProgramme, issue #3) is not available yet in this build",
    );
  },
};
