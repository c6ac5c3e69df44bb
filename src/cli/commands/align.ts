import { stringify } from "yaml";
import { type AlignmentReport, alignWithUngis, parseUngisPlan, proposeUngisPlan } from "../../align/index.ts";
import type { UngisPlan } from "../../model/index.ts";
import { type Command, numberOption } from "../command.ts";
import { EXIT, type Position } from "../errors.ts";
import { programmeIn, readStructured, type StructuredFile, withFile } from "../input.ts";

const percent = (value: number) => `${Math.round(value * 100)}%`;
const at = (file: StructuredFile, position: Position | undefined) =>
  position === undefined ? file.path : `${file.path}:${position.line}:${position.col}`;

/** The report as text: coherence, each year's pairs and unmatched themes, then the gaps with where they are. */
function describe(report: AlignmentReport, programmeFile: StructuredFile, planFile: StructuredFile): string {
  const lines = [
    `Alignment of ${programmeFile.path} with the UNGIS plan ${planFile.path}`,
    `Coherence ${report.coherence.toFixed(2)}: ${report.counts.matched} pairs among ${report.counts.cstd} Commission and ${report.counts.ungis} UNGIS theme-years; UNGIS works ${report.lead} year${report.lead === 1 ? "" : "s"} ahead of the session it feeds.`,
    "",
  ];
  for (const year of report.byYear) {
    const session = year.session === undefined ? "" : ` (session ${year.session})`;
    lines.push(`${year.year} ${year.phase}${session} ← UNGIS ${year.ungisYear}: ${percent(year.coherence)}`);
    for (const pair of year.pairs) {
      const shared = pair.shared.length === 0 ? "" : `; shared ${pair.shared.join(", ")}`;
      lines.push(`  ${pair.theme} ↔ “${pair.ungis.title}” (overlap ${pair.overlap.toFixed(2)}${shared})`);
    }
    for (const theme of year.unmatched.cstd) lines.push(`  ${theme}: no UNGIS parallel`);
    for (const theme of year.unmatched.ungis) lines.push(`  UNGIS “${theme.title}”: no Commission theme`);
  }
  if (report.gaps.length > 0) {
    lines.push("", `Gaps (${report.gaps.length}):`);
    for (const gap of report.gaps) {
      const file = gap.missingIn === "ungis" ? programmeFile : planFile;
      lines.push(`  ${at(file, file.locate(gap.path))}: ${gap.suggestion}`);
    }
  }
  if (report.outside.length > 0) {
    lines.push("", `Plan years that feed no session of the programme: ${report.outside.join(", ")}`);
  }
  return `${lines.join("\n")}\n`;
}

/** `cstd-planner align programme.json [ungis.yaml]`: how well a UNGIS plan parallels a programme. */
export const alignCommand: Command = {
  name: "align",
  summary: "measure how well a UNGIS plan parallels a programme, or propose one",
  usage: "programme.json [ungis.yaml] [--lead years] [--json]",
  description: [
    "Compares a programme with a UNGIS plan (YAML or JSON) year by year: UNGIS's themes of one year feed",
    "the Commission's session of the next (--lead). Prints the coherence (0–1), the pairs of parallel",
    "themes, and the gaps on either side with who could fill them and where they are in the files.",
    "Without a plan, prints a proposed parallel plan as YAML, to edit and align again.",
  ].join("\n"),
  options: {
    lead: {
      type: "string",
      value: "<years>",
      help: "years UNGIS works ahead of the session it feeds (default 1)",
    },
    json: { type: "boolean", help: "print the report (or the proposal) as JSON" },
  },
  positionals: [1, 2],
  findings: "a Commission theme with a WSIS mandate has no UNGIS parallel",
  async run(context) {
    const { io, positionals } = context;
    const lead = numberOption(context, "align", "lead");
    const json = context.values["json"] === true;
    const [programmePath = "", planPath] = positionals;
    const programmeFile = await readStructured(io, programmePath);
    const programme = programmeIn(programmeFile);
    const leadOption = lead === undefined ? {} : { lead };

    if (planPath === undefined) {
      const plan = proposeUngisPlan(programme, undefined, leadOption);
      io.stdout(json ? `${JSON.stringify(plan, null, 2)}\n` : stringify(plan, { lineWidth: 0 }));
      return EXIT.ok;
    }
    const planFile = await readStructured(io, planPath);
    const plan: UngisPlan = withFile(planFile, (data) => parseUngisPlan(data));
    const done = context.progress("Aligning");
    const report = alignWithUngis(programme, plan, leadOption);
    done();
    io.stdout(json ? `${JSON.stringify(report, null, 2)}\n` : describe(report, programmeFile, planFile));
    return report.gaps.some((gap) => gap.missingIn === "ungis") ? EXIT.findings : EXIT.ok;
  },
};
