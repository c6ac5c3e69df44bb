import { alignWithUngis, parseUngisPlan } from "../../align/index.ts";
import { WSIS_DEFAULT_SPEC } from "../../catalogue/index.ts";
import { type DraftResult, draftProgramme } from "../../draft/index.ts";
import { type DraftSpec, PlannerInputError, type Programme, type ProgrammeSpec } from "../../model/index.ts";
import { createProgramme } from "../../programme/index.ts";
import {
  type RenderExtras,
  renderDocx,
  renderHtml,
  renderMarkdown,
  renderTimelineSvg,
  toCsv,
  toICalendar,
  toJson,
  toMermaidGantt,
} from "../../report/index.ts";
import { type CheckReport, checkProgramme } from "../../rules/index.ts";
import { type Command, type CommandContext, stringOption } from "../command.ts";
import { EXIT, FileContentError, FileError, UsageError } from "../errors.ts";
import { readStructured, type StructuredFile, withFile, writeText } from "../input.ts";
import { type DraftOrigin, draftSummary, draftSummaryJson } from "../summary.ts";
import { colorFor, styleOf, widthOf } from "../terminal.ts";

/** One output format of `draft`: the file it writes and how it renders the programme. */
interface Format {
  readonly file: string;
  /** Whether the format is bytes (Word), which go to a file, never to standard output. */
  readonly binary?: boolean;
  readonly render: (
    programme: Programme,
    extras: RenderExtras,
    stamp: Date | undefined,
  ) => string | Promise<Uint8Array>;
}

/** The formats `--format` takes, in the order they are written. */
const FORMATS = new Map<string, Format>([
  ["md", { file: "programme.md", render: (programme, extras) => renderMarkdown(programme, extras) }],
  ["html", { file: "programme.html", render: (programme, extras) => renderHtml(programme, extras) }],
  [
    "docx",
    { file: "programme.docx", binary: true, render: (programme, extras) => renderDocx(programme, extras) },
  ],
  ["svg", { file: "timeline.svg", render: (programme) => renderTimelineSvg(programme) }],
  [
    "ics",
    {
      file: "programme.ics",
      render: (programme, _extras, stamp) => toICalendar(programme, stamp === undefined ? {} : { stamp }),
    },
  ],
  ["csv", { file: "programme.csv", render: (programme) => toCsv(programme) }],
  ["json", { file: "programme.json", render: (programme) => toJson(programme) }],
  ["mermaid", { file: "timeline.mmd", render: (programme) => toMermaidGantt(programme) }],
]);

/** What `--out` writes when `--format` does not say: every format but Mermaid (Markdown embeds it). */
const DEFAULT_FORMATS = ["md", "html", "docx", "svg", "ics", "csv", "json"] as const;

function formatsOf(text: string | undefined): string[] {
  if (text === undefined) return [...DEFAULT_FORMATS];
  const names = text
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== "");
  if (names.length === 0) throw new UsageError("draft: --format needs at least one format", "draft");
  for (const name of names) {
    if (!FORMATS.has(name)) {
      throw new UsageError(
        `draft: unknown format "${name}" (known: ${[...FORMATS.keys()].join(", ")})`,
        "draft",
      );
    }
  }
  return [...new Set(names)];
}

/** A spec whose `cycles` is a number leaves the themes to the solver; one listing each cycle's themes is laid out as written. */
const isDraftSpec = (data: unknown): boolean =>
  typeof data === "object" && data !== null && typeof (data as { cycles?: unknown }).cycles === "number";

/**
 * `cycles` decides which schema the spec is read with, so a value that is neither kind gets a message
 * saying both (zod's union would say only "Invalid input").
 */
function checkCycles(file: StructuredFile): void {
  const data = file.data as { cycles?: unknown } | null;
  if (typeof data !== "object" || data === null || Array.isArray(data) || !("cycles" in data)) return;
  const { cycles } = data;
  if (typeof cycles === "number" || Array.isArray(cycles)) return;
  const got = typeof cycles === "string" ? JSON.stringify(cycles) : cycles === null ? "null" : typeof cycles;
  const message = `must be a number of cycles (the solver assigns the themes, e.g. \`cycles: 5\`) or a list of cycles, each with its themes (e.g. \`- themes: [access, media]\`), not ${got}`;
  throw new FileContentError(
    file.path,
    new PlannerInputError([{ path: ["cycles"], message }], "programme spec"),
    file.locate,
    file.locateAll,
  );
}

const ISO_STAMP = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/u;

/**
 * When the calendar export is dated (`toICalendar`'s `stamp`): `--stamp` (an ISO date or date-time
 * with its zone, or `now`), else `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention),
 * else now. Re-exporting an edited programme later then gives its events a higher SEQUENCE, so
 * calendar clients replace the ones they hold. No clock (a test's io) and no option: the Unix epoch.
 */
function stampOf(text: string | undefined, io: CommandContext["io"]): Date | undefined {
  const now = () => (io.clock === undefined ? undefined : new Date(io.clock()));
  if (text === undefined) {
    const epoch = io.env?.["SOURCE_DATE_EPOCH"];
    if (epoch === undefined || epoch === "") return now();
    if (!/^\d{1,12}$/u.test(epoch)) {
      throw new UsageError(
        `draft: SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01, not "${epoch}"`,
        "draft",
      );
    }
    return new Date(Number(epoch) * 1000);
  }
  if (text.trim().toLowerCase() === "now") return now();
  const instant = ISO_STAMP.test(text)
    ? Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text)
    : Number.NaN;
  if (!Number.isFinite(instant)) {
    throw new UsageError(
      `draft: --stamp must be an ISO date (2027-01-15), a date-time with its zone (2027-01-15T10:00:00Z) or "now", not "${text}"`,
      "draft",
    );
  }
  return new Date(instant);
}

const joinPath = (folder: string, file: string) => `${folder.replace(/\/+$/u, "")}/${file}`;

/**
 * `cstd-planner draft [spec] [--out dir] [--format …]`: lays out a programme from a spec (or the
 * embedded default) and writes it in the chosen formats.
 */
export const draftCommand: Command = {
  name: "draft",
  summary: "lay out a programme from a spec (or the embedded default) and write it out",
  usage: "[spec.yaml|spec.json] [--out dir] [--format json,…] [--ungis plan.yaml] [--stamp date] [--json]",
  description: [
    "Lays out a multi-year programme from a spec in YAML or JSON (without one, the embedded default:",
    "the CSTD's WSIS follow-up 2027–2036). A spec that lists each cycle's themes is laid out as written;",
    "one whose `cycles` is a number is drafted by the solver, which assigns the themes to cycles under",
    "the spec's pins, precedences and deadlines (see `schema draft`). Then the programme is checked",
    "against the rules and the findings are listed.",
    "",
    "With --out, writes programme.<format> files into that folder (every format but mermaid unless",
    "--format says which), lists them and prints the summary: the assignment (cycle, years, themes),",
    "whether the solver proved it optimal (or its bound and gap, and the themes it left out) and the",
    "findings. Without --out, prints one format (JSON by default) on standard output and the summary",
    "on standard error. --json prints the summary as JSON instead.",
    "",
    "The calendar (ics) is dated now, or at --stamp (or SOURCE_DATE_EPOCH): exporting an edited",
    "programme again raises its events' SEQUENCE, so calendar clients update the entries they hold.",
    "",
    "`cstd-planner schema draft` prints the JSON Schema of a spec for the solver (pins, forbid,",
    "precedence, deadlines, themesPerCycle, rules); `schema spec` that of a spec laid out as written.",
  ].join("\n"),
  options: {
    json: {
      type: "boolean",
      help: "print a machine-readable summary (status, assignment, findings, files) instead of text",
    },
    ungis: {
      type: "string",
      value: "<plan.yaml>",
      help: "align with this UNGIS plan: the Markdown and HTML get an alignment section",
    },
    out: { type: "string", short: "o", value: "<dir>", help: "write the files into this folder" },
    stamp: {
      type: "string",
      value: "<date|now>",
      help: "date the calendar (DTSTAMP, and SEQUENCE so calendar clients update edited events): an ISO date or date-time, or now (default; SOURCE_DATE_EPOCH when set)",
    },
    format: {
      type: "string",
      short: "f",
      value: "<list>",
      help: `comma-separated, of ${[...FORMATS.keys()].join(",")} (default: ${DEFAULT_FORMATS.join(",")} with --out, else json)`,
    },
  },
  positionals: [0, 1],
  findings: "the programme breaks a hard rule, or the spec's constraints cannot all hold (each is listed)",
  async run(context) {
    const { io, positionals } = context;
    const out = stringOption(context, "out");
    const json = context.values["json"] === true;
    const formatText = stringOption(context, "format");
    if (json && out === undefined && formatText !== undefined) {
      throw new UsageError(
        "draft: --json prints the summary on standard output; write the documents with --out <dir>",
        "draft",
      );
    }
    const formats = formatsOf(formatText ?? (out === undefined ? "json" : undefined));
    // A --stamp is checked whatever is written; SOURCE_DATE_EPOCH and the clock only date a calendar.
    const stampText = stringOption(context, "stamp");
    const stamp = stampText !== undefined || formats.includes("ics") ? stampOf(stampText, io) : undefined;
    if (out === undefined && formats.length > 1) {
      throw new UsageError("draft: several formats need --out <dir> to write them into", "draft");
    }

    const specPath = positionals[0];
    let programme: Programme;
    let report: CheckReport;
    let origin: DraftOrigin;
    if (specPath === undefined) {
      programme = createProgramme(WSIS_DEFAULT_SPEC);
      report = checkProgramme(programme);
      origin = { kind: "default" };
    } else {
      const file = await readStructured(io, specPath);
      checkCycles(file);
      if (isDraftSpec(file.data)) {
        const done = context.progress(`Drafting ${file.path}`);
        const result: DraftResult = withFile(file, (data) => draftProgramme(data as DraftSpec));
        done();
        programme = result.programme;
        report = result.report;
        origin = { kind: "solver", stats: result.stats };
      } else {
        programme = withFile(file, (data) => createProgramme(data as ProgrammeSpec));
        const done = context.progress("Checking");
        report = checkProgramme(programme);
        done();
        origin = { kind: "spec" };
      }
    }

    const ungisPath = stringOption(context, "ungis");
    let extras: RenderExtras = { check: report };
    if (ungisPath !== undefined) {
      const planFile = await readStructured(io, ungisPath);
      const plan = withFile(planFile, (data) => parseUngisPlan(data));
      extras = { check: report, alignment: alignWithUngis(programme, plan) };
    }

    const written: string[] = [];
    if (out === undefined && !json) {
      const [only = "json"] = formats;
      const format = FORMATS.get(only);
      if (format?.binary === true) {
        throw new UsageError(
          `draft: --format ${only} is a binary file, not text for the terminal: write it with --out <dir>`,
          "draft",
        );
      }
      const text = format === undefined ? "" : await format.render(programme, extras, stamp);
      io.stdout(typeof text === "string" ? text : "");
    } else if (out !== undefined) {
      for (const name of formats) {
        const format = FORMATS.get(name);
        if (format === undefined) continue;
        const path = joinPath(out, format.file);
        try {
          await writeText(io, path, await format.render(programme, extras, stamp));
        } catch (error) {
          // mkdir says EEXIST (or the write ENOTDIR) when --out names a file: say so in the user's terms.
          if (error instanceof FileError && (error.code === "EEXIST" || error.code === "ENOTDIR")) {
            throw new UsageError(
              `draft: --out ${out} is a file, not a folder: give a folder to write into (it is created when missing)`,
              "draft",
            );
          }
          throw error;
        }
        written.push(path);
        if (!json) io.stdout(`wrote ${path}\n`);
      }
    }
    if (json) {
      io.stdout(`${JSON.stringify(draftSummaryJson(programme, report, origin, written), null, 2)}\n`);
    } else {
      // With --out the summary is the command's output; without, the document is, so it goes to stderr.
      const stream = out === undefined ? "stderr" : "stdout";
      const text = draftSummary(programme, report, origin, widthOf(io), styleOf(colorFor(io, stream)));
      if (stream === "stdout") io.stdout(`${written.length > 0 ? "\n" : ""}${text}`);
      else io.stderr(text);
    }
    return report.ok ? EXIT.ok : EXIT.findings;
  },
};
