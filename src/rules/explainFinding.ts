import * as z from "zod/mini";
import { formatPath, parseWith } from "../model/index.ts";
import { capital, count } from "./_lib/words.ts";
import type { CheckReport, Finding } from "./types.ts";

const FindingShape = z.object({
  rule: z.string(),
  severity: z.enum(["hard", "soft"]),
  weight: z.number(),
  message: z.string(),
  path: z.optional(z.array(z.union([z.string(), z.number()]))),
  refs: z.array(z.string()),
  involves: z.object({
    themes: z.array(z.string()),
    cycles: z.array(z.number()),
    years: z.array(z.number()),
    agencies: z.array(z.string()),
    actionLines: z.array(z.string()),
    stakeholders: z.array(z.string()),
  }),
});

const GroupShape = z.looseObject({ label: z.string(), findings: z.array(z.number()) });
const Score = z.looseObject({ hard: z.number(), soft: z.number() });
/** The parts of a check report the summary reads (a report is library output, so other fields may follow). */
const ReportShape = z.looseObject({
  ok: z.boolean(),
  hard: z.number(),
  soft: z.number(),
  score: Score,
  findings: z.array(FindingShape),
  byTheme: z.array(GroupShape),
  bySession: z.array(GroupShape),
  byAgency: z.array(GroupShape),
  byActionLine: z.array(GroupShape),
});

const SummaryOptionsSchema = z.strictObject({
  /** Findings listed per severity before "… and N more". */
  limit: z._default(z.number().check(z.int(), z.gte(0, "must not be negative")), 10),
});

/** Options of `summarizeCheck`. */
export type SummarizeCheckOptions = z.input<typeof SummaryOptionsSchema>;

function involvesLine(finding: Finding): string | undefined {
  const { themes, cycles, years, agencies, actionLines, stakeholders } = finding.involves;
  const parts = (
    [
      ["themes", themes],
      ["cycles", cycles.map((c) => c + 1)],
      ["sessions", years],
      ["agencies", agencies],
      ["action lines", actionLines],
      ["stakeholders", stakeholders],
    ] as const
  )
    .filter(([, ids]) => ids.length > 0)
    .map(([words, ids]) => `${words} ${ids.join(", ")}`);
  return parts.length === 0 ? undefined : parts.join("; ");
}

/**
 * A finding as a few lines of plain text: severity, rule and message, then where it is, what it
 * involves, and the references the rule rests on.
 *
 * @param finding - A finding from `checkProgramme`.
 * @returns Lines joined with "\n", no trailing newline.
 * @throws {PlannerInputError} When `finding` is not a finding.
 * @example
 * explainFinding(report.findings[0]);
 * // "[hard] cycle.theme-count: Cycle 2 (2029–2030) has 3 themes; at most 2 fit.\n  where: cycles[1].themes\n  involves: themes a, b, c; cycles 2; sessions 2029, 2030\n  source: reference/domain-facts.md §5c: one or two priority themes per session"
 */
export function explainFinding(finding: Finding): string {
  const checked = parseWith(FindingShape, finding, "finding") as Finding;
  const lines = [`[${checked.severity}] ${checked.rule}: ${checked.message}`];
  if (checked.path !== undefined) lines.push(`  where: ${formatPath(checked.path)}`);
  const involves = involvesLine(checked);
  if (involves !== undefined) lines.push(`  involves: ${involves}`);
  for (const ref of checked.refs) lines.push(`  source: ${ref}`);
  return lines.join("\n");
}

/**
 * A short text summary of a check for the command line and reports: the verdict, the weighted score,
 * the findings by severity (up to `limit` each), and what is hurt most.
 *
 * @param report - A report from `checkProgramme`.
 * @param options - `limit`: findings listed per severity (default 10).
 * @returns Lines joined with "\n", no trailing newline.
 * @throws {PlannerInputError} When the report or the options are malformed.
 * @example
 * summarizeCheck(checkProgramme(createProgramme(WSIS_DEFAULT_SPEC)));
 * // "No hard findings and no soft findings: the programme keeps every rule."
 */
export function summarizeCheck(input: CheckReport, options: SummarizeCheckOptions = {}): string {
  const { limit } = parseWith(SummaryOptionsSchema, options, "summary options");
  const report = parseWith(ReportShape, input, "check report");
  const findingWords = (n: number, what: string) =>
    `${n === 0 ? "no" : n} ${what} finding${n === 1 ? "" : "s"}`;
  const head = `${report.ok ? "No hard findings" : capital(findingWords(report.hard, "hard"))} and ${findingWords(report.soft, "soft")}`;
  if (report.findings.length === 0) return `${head}: the programme keeps every rule.`;
  const lines = [
    `${head} (score: hard ${round(report.score.hard)}, soft ${round(report.score.soft)}).${report.ok ? "" : " The programme is not acceptable until the hard findings are fixed."}`,
  ];
  for (const severity of ["hard", "soft"] as const) {
    const findings = report.findings.filter((finding) => finding.severity === severity);
    if (findings.length === 0) continue;
    lines.push("", `${capital(severity)}:`);
    findings.slice(0, limit).forEach((finding, i) => {
      lines.push(`  ${i + 1}. [${finding.rule}] ${finding.message}`);
    });
    if (findings.length > limit) lines.push(`  … and ${findings.length - limit} more`);
  }
  const most = [
    ["theme ‘", report.byTheme[0], "’"],
    ["", report.bySession[0], ""],
    ["agency ", report.byAgency[0], ""],
    ["action line ", report.byActionLine[0], ""],
  ] as const;
  const hurt = most.flatMap(([before, group, after]) =>
    group === undefined
      ? []
      : [`${before}${group.label}${after} (${count(group.findings.length, "finding")})`],
  );
  if (hurt.length > 0) lines.push("", `Most affected: ${hurt.join("; ")}.`);
  return lines.join("\n");
}

function round(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}
