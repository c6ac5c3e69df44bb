import { type InputIssue, PlannerInputError, type Programme } from "../../model/index.ts";
import {
  type CheckReport,
  checkProgramme,
  explainFinding,
  type RuleSetting,
  summarizeCheck,
} from "../../rules/index.ts";
import type { Command, CommandContext } from "../command.ts";
import { EXIT, FileContentError, UsageError } from "../errors.ts";
import { programmeIn, readStructured, type StructuredFile } from "../input.ts";
import { widthOf, wrapText } from "../terminal.ts";

/** A rule setting as an object, when it is one of the forms `checkProgramme` takes; else undefined. */
function asObject(
  setting: unknown,
): { enabled?: boolean; severity?: "hard" | "soft"; weight?: number } | undefined {
  if (typeof setting === "boolean") return { enabled: setting };
  if (setting === "hard" || setting === "soft") return { severity: setting };
  if (typeof setting === "object" && setting !== null && !Array.isArray(setting)) return { ...setting };
  return undefined;
}

/**
 * `--rule id=setting`: `off`/`on` (or `false`/`true`), `hard`/`soft`, `weight:N` (or `weight=N`), several
 * joined by commas (`soft,weight:2`).
 */
export function parseRuleFlag(text: string): [id: string, setting: RuleSetting] {
  const bad = (why: string) =>
    new UsageError(
      `check: --rule ${text}: ${why} (give id=off, id=on, id=hard, id=soft or id=weight:N, or several joined by commas)`,
      "check",
    );
  const equals = text.indexOf("=");
  if (equals <= 0) throw bad("no setting after the rule id");
  const id = text.slice(0, equals).trim();
  const setting: { enabled?: boolean; severity?: "hard" | "soft"; weight?: number } = {};
  for (const part of text.slice(equals + 1).split(",")) {
    const word = part.trim().toLowerCase();
    if (word === "off" || word === "false") setting.enabled = false;
    else if (word === "on" || word === "true") setting.enabled = true;
    else if (word === "hard" || word === "soft") setting.severity = word;
    else {
      const weight = /^weight[:=](.*)$/u.exec(word)?.[1];
      if (weight === undefined) throw bad(`"${part.trim()}" is not a setting`);
      const value = Number(weight);
      if (weight.trim() === "" || !Number.isFinite(value))
        throw bad(`weight must be a number, not "${weight}"`);
      setting.weight = value;
    }
  }
  return [id, setting];
}

/** The rule settings of `--rules file` and `--rule` flags (flags win, setting by setting); and the file. */
async function ruleSettings(
  context: CommandContext,
): Promise<{ rules: Record<string, unknown>; file: StructuredFile | undefined; fromFlags: Set<string> }> {
  const path = context.values["rules"];
  const file = typeof path === "string" ? await readStructured(context.io, path) : undefined;
  const rules = new Map<string, unknown>();
  if (file !== undefined) {
    const data = file.data;
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      throw new FileContentError(
        file.path,
        new PlannerInputError(
          [{ path: [], message: "must map rule ids to settings, e.g. `agency.lead-load: false`" }],
          "rule settings",
        ),
        file.locate,
        file.locateAll,
      );
    }
    for (const [id, setting] of Object.entries(data)) rules.set(id, setting);
  }
  const flags = context.values["rule"];
  const fromFlags = new Set<string>();
  for (const text of Array.isArray(flags) ? flags : []) {
    if (typeof text !== "string") continue;
    const [id, setting] = parseRuleFlag(text);
    const before = asObject(rules.get(id));
    rules.set(id, before === undefined ? setting : { ...before, ...(setting as object) });
    fromFlags.add(id);
  }
  return { rules: Object.fromEntries(rules), file, fromFlags };
}

/**
 * Checks with the rule settings; a bad setting is placed in the rules file, or named with its --rule
 * flag, rather than reported at `rules.<id>` of an options object the user never wrote.
 */
function checkWith(programme: Programme, settings: Awaited<ReturnType<typeof ruleSettings>>): CheckReport {
  try {
    return checkProgramme(programme, { rules: settings.rules as Record<string, RuleSetting> });
  } catch (error) {
    if (!(error instanceof PlannerInputError)) throw error;
    const inFile: InputIssue[] = [];
    for (const issue of error.issues) {
      const [head, id] = issue.path;
      if (head === "rules" && typeof id === "string" && settings.fromFlags.has(id)) {
        throw new UsageError(`check: --rule ${id}: ${issue.message}`, "check");
      }
      inFile.push(head === "rules" ? { ...issue, path: issue.path.slice(1) } : issue);
    }
    if (settings.file === undefined) throw error;
    throw new FileContentError(
      settings.file.path,
      new PlannerInputError(inFile, "rule settings"),
      settings.file.locate,
      settings.file.locateAll,
    );
  }
}

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
  usage: "programme.json [--rule id=off|on|hard|soft|weight:N]… [--rules rules.yaml] [--json]",
  description: [
    "Checks a programme (JSON or YAML, as `draft` writes it) against the built-in rules: cycle structure,",
    "themes per cycle, coverage of the action lines, repetition, facilitator load, the calendar, goal",
    "links, the dual mandate. Each finding says where it is in the file, what it involves and which",
    "source the rule rests on; hard findings make the programme unacceptable, soft ones cost score.",
    "",
    "Rules can be switched off or on, made hard or soft and re-weighed, one by one with --rule",
    "(`--rule agency.lead-load=off`, `--rule theme.repetition=hard`, `--rule cycle.dual-mandate=weight:3`)",
    "or from a YAML/JSON file with --rules that maps rule ids to `false`, `true`, `hard`, `soft` or",
    "`{ enabled, severity, weight }` (--rule flags win over the file). The rules set are listed last.",
  ].join("\n"),
  options: {
    rule: {
      type: "string",
      multiple: true,
      value: "<id=setting>",
      help: "set one rule: off, on, hard, soft, weight:N (commas join them; repeatable)",
    },
    rules: { type: "string", value: "<rules.yaml>", help: "rule settings from a file: rule id → setting" },
    json: { type: "boolean", help: "print the whole report as JSON" },
  },
  positionals: [1, 1],
  findings: "the programme breaks a hard rule",
  async run(context) {
    const { io, positionals } = context;
    const file = await readStructured(io, positionals[0] ?? "");
    const programme = programmeIn(file);
    const settings = await ruleSettings(context);
    const done = context.progress("Checking");
    const report = checkWith(programme, settings);
    done();
    const changed = new Set(Object.keys(settings.rules));
    const set = report.rules
      .filter((rule) => changed.has(rule.id))
      .map((rule) => `${rule.id} ${rule.enabled ? `${rule.severity}, weight ${rule.weight}` : "off"}`);
    const text = `${describeCheck(report, file)}${set.length === 0 ? "" : `Rules set: ${set.join("; ")}.\n`}`;
    // On a terminal, wrapped to its width; piped, one line a finding's part, for grep and editors.
    io.stdout(
      context.values["json"] === true
        ? `${JSON.stringify(report, null, 2)}\n`
        : io.isTTY === true
          ? wrapText(text, widthOf(io))
          : text,
    );
    return report.ok ? EXIT.ok : EXIT.findings;
  },
};
