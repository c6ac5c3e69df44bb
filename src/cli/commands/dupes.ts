import {
  type DuplicatePair,
  type DuplicationReport,
  findDuplicates,
  fromCsv,
  fromIatiXml,
  parseActivities,
} from "../../duplicates/index.ts";
import { type Activity, PlannerInputError } from "../../model/index.ts";
import { type Command, type CommandContext, numberOption } from "../command.ts";
import { EXIT, UsageError } from "../errors.ts";
import { displayName, parseStructured, readText, withFile, withText } from "../input.ts";

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Where record `index` is in the file (`activities.json:12:3`), when that is known. */
type Locate = (index: number) => string | undefined;

function describePair(pair: DuplicatePair, locate: Locate): string[] {
  const kind = pair.kind === "overlap" ? `score ${pair.score.toFixed(2)}` : pair.kind;
  const record = (id: string, agency: string, index: number) => {
    const where = locate(index);
    return `${id} (${agency}${where === undefined ? "" : `, ${where}`})`;
  };
  return [
    `  ${record(pair.a, pair.agencies[0], pair.records[0])} ↔ ${record(pair.b, pair.agencies[1], pair.records[1])}: ${kind}`,
    ...pair.reasons.map((reason) => `      ${reason}`),
  ];
}

/** The formats `dupes` reads, by the file's extension (standard input: by its first character). */
function formatOf(path: string, text: string): "csv" | "tsv" | "xml" | "structured" {
  const extension = /\.([a-z]+)$/iu.exec(path)?.[1]?.toLowerCase();
  if (extension === "csv") return "csv";
  if (extension === "tsv") return "tsv";
  if (extension === "xml") return "xml";
  if (extension === "json" || extension === "yaml" || extension === "yml") return "structured";
  return /^\s*</u.test(text) ? "xml" : "structured";
}

/**
 * The activities in the file and where each record is: JSON or YAML lists through `parseActivities`,
 * CSV and IATI XML through their importers (with `--lenient`, bad records are skipped and listed).
 */
async function readActivities(
  context: CommandContext,
  path: string,
): Promise<{ activities: Activity[]; locate: Locate }> {
  const { io } = context;
  const lenient = context.values["lenient"] === true;
  const text = await readText(io, path);
  const format = formatOf(path, text);
  if (format === "structured") {
    if (lenient) throw new UsageError("dupes: --lenient applies to CSV and IATI XML files", "dupes");
    const file = parseStructured(path, text);
    const activities = withFile(file, (data) => parseActivities(data));
    return {
      activities,
      locate: (index) => {
        const position = file.locate([index]);
        return position === undefined ? undefined : `${file.path}:${position.line}:${position.col}`;
      },
    };
  }
  const delimiter = format === "tsv" ? "\t" : ",";
  if (!lenient) {
    const activities = withText(path, () =>
      format === "xml" ? fromIatiXml(text) : fromCsv(text, { delimiter }),
    );
    return { activities, locate: () => undefined };
  }
  const { activities, problems } = withText(path, () =>
    format === "xml" ? fromIatiXml(text, { lenient: true }) : fromCsv(text, { lenient: true, delimiter }),
  );
  for (const problem of problems)
    io.stderr(`${displayName(path)}:${problem.line}:${problem.column ?? 1}: skipped: ${problem.message}\n`);
  if (problems.length > 0)
    io.stderr(
      `${displayName(path)}: ${count(problems.length, "problem")} skipped; ${count(activities.length, "activity", "activities")} read\n`,
    );
  return { activities, locate: () => undefined };
}

/** The report as text: the counts, each group with its pairs and suggested lead, then the pairs to review. */
function describe(report: DuplicationReport, file: string, locate: Locate): string {
  const matching = report.pairs.filter((pair) => pair.match);
  const review = report.pairs.filter((pair) => !pair.match);
  const { stats } = report;
  const overlaps = matching.filter((pair) => pair.kind === "overlap").length;
  const lines = [
    `${file}: ${count(stats.activities, "activity", "activities")} from ${count(report.byAgency.length, "agency", "agencies")}.`,
    `${count(matching.length, "pair")} at or above the threshold (score ≥ ${stats.threshold.score.toFixed(2)}): ${overlaps} of overlapping work in ${count(report.groups.length, "group")}, ${matching.length - overlaps} reported twice or repeated; ${review.length} more to review (score ≥ ${stats.review.score.toFixed(2)}).`,
  ];
  const grouped = new Set<DuplicatePair>();
  report.groupDetails.forEach((group, k) => {
    const ids = new Set(group.ids);
    lines.push(
      "",
      `Group ${k + 1}: ${group.ids.join(", ")} (${group.agencies.join(", ")}; ${group.actionLines.join(", ") || "no shared line"})`,
    );
    if (group.lead !== undefined) lines.push(`  suggested lead: ${group.lead.agency}: ${group.lead.reason}`);
    for (const pair of matching) {
      if (!ids.has(pair.a) || !ids.has(pair.b)) continue;
      grouped.add(pair);
      lines.push(...describePair(pair, locate));
    }
  });
  const others = matching.filter((pair) => !grouped.has(pair));
  if (others.length > 0) {
    lines.push("", "Reported twice or repeated:");
    for (const pair of others) lines.push(...describePair(pair, locate));
  }
  if (review.length > 0) {
    lines.push("", "To review (below the threshold):");
    for (const pair of review) lines.push(...describePair(pair, locate));
  }
  if (!stats.exact) {
    lines.push("", "The candidate search was cut short (see --all-pairs): some weak pairs may be missing.");
  }
  return `${lines.join("\n")}\n`;
}

/** Options of the command that `findDuplicates` validates, by the option path they come back with. */
const FLAG_OF = new Map([
  ["threshold", "--threshold"],
  ["reviewThreshold", "--review"],
]);

/** `cstd-planner dupes activities.(json|yaml)`: activities that duplicate or overlap across agencies. */
export const dupesCommand: Command = {
  name: "dupes",
  summary: "find agencies' activities that duplicate or overlap each other",
  usage: "activities.(json|yaml|csv|tsv|xml) [--threshold score] [--review score] [--within-agency] [--json]",
  description: [
    "Reads agencies' activities: a JSON or YAML list (`schema activity` describes it), a CSV or TSV",
    "spreadsheet with a header row (docs/activities-csv.md), or an IATI activity file (XML). Finds",
    "those that duplicate or overlap: the same record twice, one activity reported by two agencies, and",
    "work that overlaps by wording, action lines, period, countries and partners. Prints the groups with",
    "a suggested lead agency (the action line's facilitator), each pair with the evidence and where its",
    "records are in the file, and weaker pairs to review.",
  ].join("\n"),
  options: {
    threshold: {
      type: "string",
      value: "<score>",
      help: "score (0–1) from which a pair counts as a duplicate (default 0.5)",
    },
    review: {
      type: "string",
      value: "<score>",
      help: "score (0–1) from which weaker pairs are listed to review (default 0.2)",
    },
    "within-agency": { type: "boolean", help: "also compare an agency's activities with each other" },
    "all-pairs": {
      type: "boolean",
      help: "compare every pair (slow; for audits) instead of candidate pairs",
    },
    lenient: {
      type: "boolean",
      help: "CSV and XML: skip bad records (listed on standard error) instead of stopping",
    },
    json: { type: "boolean", help: "print the whole report as JSON" },
  },
  positionals: [1, 1],
  findings: "activities duplicate or overlap at or above the threshold",
  async run(context) {
    const { io, positionals, values } = context;
    const threshold = numberOption(context, "dupes", "threshold");
    const review = numberOption(context, "dupes", "review");
    const path = positionals[0] ?? "";
    const { activities, locate } = await readActivities(context, path);

    const done = context.progress(`Comparing ${count(activities.length, "record")}`);
    let report: DuplicationReport;
    try {
      report = findDuplicates(activities, {
        ...(threshold === undefined ? {} : { threshold }),
        ...(review === undefined ? {} : { reviewThreshold: review }),
        withinAgency: values["within-agency"] === true,
        method: values["all-pairs"] === true ? "all-pairs" : "indexed",
      });
    } catch (error) {
      // The activities are valid by now, so what is left to reject is an option.
      if (!(error instanceof PlannerInputError)) throw error;
      const [issue] = error.issues;
      const flag = FLAG_OF.get(String(issue?.path[1])) ?? formatFlag(issue?.path);
      throw new UsageError(`dupes: ${flag} ${issue?.message ?? "is invalid"}`, "dupes");
    }
    done();
    io.stdout(
      values["json"] === true
        ? `${JSON.stringify(report, null, 2)}\n`
        : describe(report, displayName(path), locate),
    );
    return report.pairs.some((pair) => pair.match) ? EXIT.findings : EXIT.ok;
  },
};

const formatFlag = (path: readonly (string | number)[] | undefined) =>
  path === undefined ? "an option" : path.join(".");
