import {
  type DuplicatePair,
  type DuplicationReport,
  findDuplicates,
  fromCsv,
  fromIatiXml,
  type ImportCounts,
  type ImportResult,
  parseActivities,
} from "../../duplicates/index.ts";
import { type Activity, PlannerInputError } from "../../model/index.ts";
import { type Command, type CommandContext, numberOption, stringOption } from "../command.ts";
import { EXIT, FileContentError, UsageError } from "../errors.ts";
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

const DELIMITERS = new Map<string, "," | ";" | "\t">([
  [",", ","],
  [";", ";"],
  ["tab", "\t"],
  ["\t", "\t"],
  ["\\t", "\t"],
]);

/** `--delimiter`: ",", ";" or "tab"; undefined lets the importer detect it from the header. */
function delimiterOption(context: CommandContext): "," | ";" | "\t" | undefined {
  const value = stringOption(context, "delimiter");
  if (value === undefined) return undefined;
  const delimiter = DELIMITERS.get(value);
  if (delimiter === undefined)
    throw new UsageError(`dupes: --delimiter must be ",", ";" or "tab", not "${value}"`, "dupes");
  return delimiter;
}

/**
 * `--agencies file.yaml`: organisation references → agency ids, a mapping of text to text (it wins over
 * the built-in table of UN agencies' IATI refs).
 */
async function agenciesOption(context: CommandContext): Promise<Map<string, string> | undefined> {
  const path = stringOption(context, "agencies");
  if (path === undefined) return undefined;
  const file = parseStructured(path, await readText(context.io, path));
  const { data } = file;
  const isMapping = typeof data === "object" && data !== null && !Array.isArray(data);
  const issues: { path: (string | number)[]; message: string }[] = [];
  if (!isMapping)
    issues.push({
      path: [],
      message: 'must map organisation references to agency ids, e.g. "XM-DAC-41114: UNDP"',
    });
  const map = new Map<string, string>();
  if (isMapping)
    for (const [ref, agency] of Object.entries(data as Record<string, unknown>)) {
      if (typeof agency === "string" && agency.trim() !== "") map.set(ref, agency.trim());
      else issues.push({ path: [ref], message: "must be an agency id (text)" });
    }
  if (issues.length > 0)
    throw new FileContentError(file.path, new PlannerInputError(issues, "agencies file"), file.locate);
  return map;
}

/** One file's activities, each with where it is (`source`), and what its import came to. */
interface FileActivities {
  readonly name: string;
  readonly activities: Activity[];
  readonly counts: ImportCounts;
}

const located = (activity: Activity, file: string, at?: { line: number; col: number }): Activity => ({
  ...activity,
  source: {
    ...activity.source,
    file,
    ...(at === undefined ? {} : { line: at.line, column: at.col }),
  },
});

/**
 * The activities in one file, each keeping its file and line: JSON or YAML lists through
 * `parseActivities`, CSV and IATI XML through their importers (with `--lenient`, bad records are
 * skipped and listed on standard error).
 */
async function readActivities(
  context: CommandContext,
  path: string,
  agencies: Map<string, string> | undefined,
  delimiter: "," | ";" | "\t" | undefined,
): Promise<FileActivities> {
  const { io } = context;
  const lenient = context.values["lenient"] === true;
  const text = await readText(io, path);
  const name = displayName(path);
  const format = formatOf(path, text);
  if (format === "structured") {
    if (lenient) throw new UsageError("dupes: --lenient applies to CSV and IATI XML files", "dupes");
    const file = parseStructured(path, text);
    const activities = withFile(file, (data) => parseActivities(data)).map((activity, index) => {
      const agency = agencies?.get(activity.agency);
      return located(agency === undefined ? activity : { ...activity, agency }, name, file.locate([index]));
    });
    return { name, activities, counts: countsOf(activities) };
  }
  const csvDelimiter = delimiter ?? (format === "tsv" ? "\t" : undefined);
  const options = {
    ...(agencies === undefined ? {} : { agencyIds: agencies }),
    ...(format === "xml" || csvDelimiter === undefined ? {} : { delimiter: csvDelimiter }),
  };
  const read = (lenientRead: boolean): ImportResult => {
    if (lenientRead)
      return format === "xml"
        ? fromIatiXml(text, { ...options, lenient: true })
        : fromCsv(text, { ...options, lenient: true });
    // Strict: throws, listing every problem.
    if (format === "xml") fromIatiXml(text, options);
    else fromCsv(text, options);
    throw new Error("unreachable: the strict import had problems");
  };
  const { activities, problems, counts } = withText(path, () => read(true));
  if (!lenient && problems.length > 0) withText(path, () => read(false)); // throws, listing every problem
  for (const problem of problems)
    io.stderr(`${name}:${problem.line}:${problem.column ?? 1}: skipped: ${problem.message}\n`);
  if (problems.length > 0)
    io.stderr(
      `${name}: ${count(problems.length, "problem")} skipped; ${count(activities.length, "activity", "activities")} read\n`,
    );
  return { name, activities: activities.map((activity) => located(activity, name)), counts };
}

function countsOf(activities: readonly Activity[]): ImportCounts {
  const unmapped = activities.filter((activity) => activity.unmapped === true).length;
  return { mapped: activities.length - unmapped, unmapped, rejected: 0 };
}

/** "register.xml:12:3": where a record is. */
const whereIs = (activity: Activity | undefined): string | undefined => {
  const source = activity?.source;
  if (source?.file === undefined) return undefined;
  if (source.line === undefined) return source.file;
  return `${source.file}:${source.line}${source.column === undefined ? "" : `:${source.column}`}`;
};

/** The report as text: the counts, each group with its pairs and suggested lead, then the pairs to review. */
function describe(report: DuplicationReport, files: readonly FileActivities[], locate: Locate): string {
  const matching = report.pairs.filter((pair) => pair.match);
  const review = report.pairs.filter((pair) => !pair.match);
  const { stats } = report;
  const overlaps = matching.filter((pair) => pair.kind === "overlap").length;
  const name = files.map((file) => file.name).join(", ");
  const perFile =
    files.length > 1 || files.some((file) => file.counts.unmapped > 0 || file.counts.rejected > 0)
      ? files.map(
          ({ name: file, counts }) =>
            `  ${file}: ${count(counts.mapped + counts.unmapped, "activity", "activities")} (${counts.mapped} mapped to action lines, ${counts.unmapped} unmapped, ${counts.rejected} rejected)`,
        )
      : [];
  const lines = [
    `${name}: ${count(stats.activities, "activity", "activities")} from ${count(report.byAgency.length, "agency", "agencies")}.`,
    ...perFile,
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
  usage:
    "activities.(json|yaml|csv|tsv|xml)... [--agencies file.yaml] [--delimiter ,|;|tab] [--threshold score] [--review score] [--within-agency] [--lenient] [--json]",
  description: [
    "Reads agencies' activities from one or more files, in any mix of formats: JSON or YAML lists",
    "(`schema activity` describes them), CSV or TSV spreadsheets with a header row (the delimiter is",
    "detected; docs/activities-csv.md), and IATI activity files (XML). IATI organisation refs of UN",
    "agencies (XM-DAC-41114 …) become catalogue agencies (UNDP …); --agencies maps others. Activities",
    "whose sectors map to no action line are compared all the same. Finds those that duplicate or",
    "overlap: the same record twice, one activity reported by two agencies, and work that overlaps by",
    "wording, action lines, period, countries and partners. Prints the groups with a suggested lead",
    "agency (the action line's facilitator), each pair with the evidence and the file and line of its",
    "records, and weaker pairs to review.",
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
    agencies: {
      type: "string",
      value: "<file>",
      help: "YAML or JSON mapping organisation references to agency ids (e.g. XM-DAC-41114: UNDP)",
    },
    delimiter: {
      type: "string",
      value: "<,|;|tab>",
      help: "CSV: the field separator (default: detected from the header row)",
    },
    json: { type: "boolean", help: "print the whole report as JSON" },
  },
  positionals: [1, Number.POSITIVE_INFINITY],
  findings: "activities duplicate or overlap at or above the threshold",
  async run(context) {
    const { io, positionals, values } = context;
    const threshold = numberOption(context, "dupes", "threshold");
    const review = numberOption(context, "dupes", "review");
    const delimiter = delimiterOption(context);
    const agencies = await agenciesOption(context);
    const files: FileActivities[] = [];
    for (const path of positionals) files.push(await readActivities(context, path, agencies, delimiter));
    const activities = files.flatMap((file) => file.activities);
    const locate: Locate = (index) => whereIs(activities[index]);

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
      values["json"] === true ? `${JSON.stringify(report, null, 2)}\n` : describe(report, files, locate),
    );
    return report.pairs.some((pair) => pair.match) ? EXIT.findings : EXIT.ok;
  },
};

const formatFlag = (path: readonly (string | number)[] | undefined) =>
  path === undefined ? "an option" : path.join(".");
