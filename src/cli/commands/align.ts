import type { Command } from "../command.ts";
import { NotAvailableError } from "../errors.ts";

/** `cstd-planner align programme.json ungis.yaml`: how well a UNGIS plan parallels a programme. */
export const alignCommand: Command = {
  name: "align",
  summary: "measure how well a UNGIS plan parallels a programme",
  usage: "programme.json [ungis.yaml] [--json]",
  description: "Compares a programme with a UNGIS plan year by year: coherence and gaps on either side.",
  options: { json: { type: "boolean", help: "print the report as JSON" } },
  positionals: [1, 2],
  findings: "the plan leaves gaps",
  async run() {
    throw new NotAvailableError(
      "align: the UNGIS alignment (alignWithUngis, issue #5) is not available yet in this build",
    );
  },
};
