// What `draft` tells about its result: the assignment (cycle → years → themes), how the programme was
// made (proven optimal, best found with its bound, laid out as written) and the findings; as text for a
// terminal or as JSON for scripts.
import type { DraftStats } from "../draft/index.ts";
import type { Programme } from "../model/index.ts";
import { type CheckReport, summarizeCheck } from "../rules/index.ts";
import { renderTable, type Style, wrapText } from "./terminal.ts";

/** How the programme came about. */
export type DraftOrigin =
  | { readonly kind: "default" }
  | { readonly kind: "spec" }
  | { readonly kind: "solver"; readonly stats: DraftStats };

/** Fields a newer solver may add to its stats; printed when present. */
interface ExtraStats {
  readonly stoppedBy?: string;
  readonly millis?: number;
}

const percent = (gap: number) => `${(gap * 100).toFixed(gap < 0.1 ? 1 : 0)}%`;
const score = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2));

/** The programme's cycles as a table: cycle number, years (review – policy), and each theme's title and id. */
export function assignmentTable(programme: Programme, width: number, style: Style): string {
  const titles = new Map(programme.themes.map((theme) => [theme.id as string, theme.title]));
  const rows = programme.cycles.map((cycle) => {
    const years = cycle.years.length > 1 ? `${cycle.years[0]}–${cycle.years.at(-1)}` : String(cycle.years[0]);
    const themes = cycle.themes.map((id) => {
      const title = titles.get(id);
      return title === undefined || title === id ? id : `${title} ${style.dim(`(${id})`)}`;
    });
    return [String(cycle.index + 1), years, themes.length === 0 ? [style.dim("(no theme)")] : themes];
  });
  return renderTable({ header: ["Cycle", "Years", "Themes"], rows }, width, style);
}

/** One or two lines on how the programme was made: proven optimal, best found (gap, bound), or laid out. */
export function statusLines(origin: DraftOrigin, style: Style): string[] {
  if (origin.kind === "default") return ["The embedded default programme, laid out as written (no solver)."];
  if (origin.kind === "spec") return ["Laid out as the spec lists each cycle's themes (no solver)."];
  const { stats } = origin;
  const extra = stats as DraftStats & ExtraStats;
  const lines: string[] = [];
  const time = extra.millis === undefined ? "" : `, ${(extra.millis / 1000).toFixed(1)} s`;
  if (stats.optimal) {
    lines.push(
      `${style.green("Proven optimal")}: no programme scores better on the rules (soft score ${score(stats.objective)}; ${stats.steps} search steps${time}).`,
    );
  } else {
    const why =
      extra.stoppedBy === "timeLimit"
        ? "the time limit (timeLimitMs) ran out"
        : extra.stoppedBy === "maxSteps" || extra.stoppedBy === undefined
          ? "the step budget (maxSteps) ran out"
          : `the search stopped (${extra.stoppedBy})`;
    lines.push(
      `${style.yellow("Best found, not proven optimal")}: soft score ${score(stats.objective)}, bound ${score(stats.bound)} (gap ${percent(stats.gap)}); ${why} after ${stats.steps} steps${time}.`,
    );
  }
  if (stats.leftOut.length > 0) {
    lines.push(`Left out (optional themes): ${stats.leftOut.join(", ")}.`);
  }
  return lines;
}

/** The check's summary, each severity's heading coloured. */
function findingsText(report: CheckReport, style: Style): string {
  return summarizeCheck(report)
    .split("\n")
    .map((line) =>
      line === "Hard:"
        ? style.red(style.bold(line))
        : line === "Soft:"
          ? style.yellow(style.bold(line))
          : line,
    )
    .join("\n");
}

/** The whole text summary of a draft, wrapped to `width`. */
export function draftSummary(
  programme: Programme,
  report: CheckReport,
  origin: DraftOrigin,
  width: number,
  style: Style,
): string {
  const hint =
    report.findings.length > 0
      ? "\nRun `cstd-planner check` on the programme for where each finding is and why."
      : "";
  return `${[
    style.bold(wrapText(programme.title, width)),
    wrapText(
      `${programme.startYear}–${programme.endYear}: ${programme.cycles.length} cycle${programme.cycles.length === 1 ? "" : "s"} of ${programme.cycleLength} year${programme.cycleLength === 1 ? "" : "s"}`,
      width,
    ),
    "",
    assignmentTable(programme, width, style),
    "",
    wrapText(statusLines(origin, style).join("\n"), width),
    "",
    wrapText(`${findingsText(report, style)}${hint}`, width),
  ].join("\n")}\n`;
}

/** The machine-readable summary `draft --json` prints. */
export function draftSummaryJson(
  programme: Programme,
  report: CheckReport,
  origin: DraftOrigin,
  files: readonly string[],
): Record<string, unknown> {
  const titles = new Map(programme.themes.map((theme) => [theme.id as string, theme.title]));
  // Every number the solver reports (a newer solver's too: stoppedBy, millis), as it reports it.
  const solver = origin.kind === "solver" ? { ...origin.stats } : null;
  return {
    title: programme.title,
    startYear: programme.startYear,
    endYear: programme.endYear,
    status: origin.kind === "solver" ? (origin.stats.optimal ? "optimal" : "best-found") : "laid-out",
    solver,
    cycles: programme.cycles.map((cycle) => ({
      cycle: cycle.index + 1,
      years: cycle.years,
      themes: cycle.themes.map((id) => ({ id, title: titles.get(id) ?? id })),
    })),
    check: {
      ok: report.ok,
      hard: report.hard,
      soft: report.soft,
      findings: report.findings.map((finding) => ({
        rule: finding.rule,
        severity: finding.severity,
        message: finding.message,
        ...(finding.path === undefined ? {} : { path: finding.path }),
      })),
    },
    files,
  };
}
