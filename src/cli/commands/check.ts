import { type CheckReport, checkProgramme, explainFinding, summarizeCheck } from "../../rules/index.ts";
import type { Command } from "../command.ts";
import { EXIT } from "../errors.ts";
import { programmeIn, readStructured, type StructuredFile } from "../input.ts";

/**
 * The findings as text, each led by where it is in the file (`programme.json:12:7:`) so editors can
 * jump to it, then the verdict.
 */
export function describeCheck(report: CheckReport, file: StructuredFile): string {
  const found = file.locateAll(report.findings.map((finding) => finding.path ?? []));
  const blocks = report.findings.map((finding, k) => {
    const position = finding.path === undefined ? undefined : found[k];
    const where = position === undefined ? file.path : `${file.path}:${position.line}:${position.col}`;
    return `${where}: ${explainFinding(finding)}`;
  });
  const verdict = summarizeCheck(report).split("\n")[0] ?? "";
  return `${[...blocks, ...(blocks.length > 0 ? [""] : []), verdict].join("\n")}\n`;
}

/** `cstd-planner check programme.json`: lists what breaks the rules, and why. */
export const checkCommand: Command = {
  name: "check",
  summary: "check a programme against the rules and list what breaks them, and why",
  usage: "programme.json [--json]",
  description: [
    "Checks a programme (JSON or YAML, as `draft` writes it) against the built-in rules: cycle structure,",
    "themes per cycle, coverage of the action lines, repetition, facilitator load, the calendar, goal",
    "links, the dual mandate. Each finding says where it is in the file, what it involves and which",
    "source the rule rests on; hard findings make the programme unacceptable, soft ones cost score.",
  ].join("\n"),
  options: { json: { type: "boolean", help: "print the whole report as JSON" } },
  positionals: [1, 1],
  findings: "the programme breaks a hard rule",
  async run(context) {
    const { io, positionals } = context;
    const file = await readStructured(io, positionals[0] ?? "");
    const programme = programmeIn(file);
    const done = context.progress("Checking");
    const report = checkProgramme(programme);
    done();
    io.stdout(
      context.values["json"] === true ? `${JSON.stringify(report, null, 2)}\n` : describeCheck(report, file),
    );
    return report.ok ? EXIT.ok : EXIT.findings;
  },
};
