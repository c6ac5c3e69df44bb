import { WSIS_DEFAULT_SPEC } from "../../catalogue/index.ts";
import type { Programme, ProgrammeSpec } from "../../model/index.ts";
import { createProgramme } from "../../programme/index.ts";
import {
  renderHtml,
  renderMarkdown,
  renderTimelineSvg,
  toCsv,
  toICalendar,
  toJson,
  toMermaidGantt,
} from "../../report/index.ts";
import { type Command, stringOption } from "../command.ts";
import { UsageError } from "../errors.ts";
import { readStructured, withFile } from "../input.ts";

/** One output format of `draft`: the file it writes and how it renders the programme. */
interface Format {
  readonly file: string;
  readonly render: (programme: Programme) => string;
}

/** The formats `--format` takes, in the order they are written. */
const FORMATS = new Map<string, Format>([
  ["md", { file: "programme.md", render: (programme) => renderMarkdown(programme) }],
  ["html", { file: "programme.html", render: (programme) => renderHtml(programme) }],
  ["svg", { file: "timeline.svg", render: (programme) => renderTimelineSvg(programme) }],
  ["ics", { file: "programme.ics", render: (programme) => toICalendar(programme) }],
  ["csv", { file: "programme.csv", render: (programme) => toCsv(programme) }],
  ["json", { file: "programme.json", render: (programme) => toJson(programme) }],
  ["mermaid", { file: "timeline.mmd", render: (programme) => toMermaidGantt(programme) }],
]);

/** What `--out` writes when `--format` does not say: every format but Mermaid (Markdown embeds it). */
const DEFAULT_FORMATS = ["md", "html", "svg", "ics", "csv", "json"] as const;

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

const joinPath = (folder: string, file: string) => `${folder.replace(/\/+$/u, "")}/${file}`;

/**
 * `cstd-planner draft [spec] [--out dir] [--format …]`: lays out a programme from a spec (or the
 * embedded default) and writes it in the chosen formats.
 */
export const draftCommand: Command = {
  name: "draft",
  summary: "lay out a programme from a spec (or the embedded default) and write it out",
  usage: "[spec.yaml|spec.json] [--out dir] [--format json,…]",
  description: [
    "Lays out a multi-year programme from a spec in YAML or JSON (without one, the embedded default:",
    "the CSTD's WSIS follow-up 2027–2036). With --out, writes programme.<format> files into that folder",
    "(every format unless --format says which); without it, prints one format (JSON by default) on",
    "standard output.",
  ].join("\n"),
  options: {
    out: { type: "string", short: "o", value: "<dir>", help: "write the files into this folder" },
    format: {
      type: "string",
      short: "f",
      value: "<list>",
      help: `comma-separated, of ${[...FORMATS.keys()].join(",")} (default: ${DEFAULT_FORMATS.join(",")} with --out, else json)`,
    },
  },
  positionals: [0, 1],
  findings: "the programme breaks a hard rule (listed on standard error)",
  async run(context) {
    const { io, positionals } = context;
    const out = stringOption(context, "out");
    const formatText = stringOption(context, "format");
    const formats = formatsOf(formatText ?? (out === undefined ? "json" : undefined));
    if (out === undefined && formats.length > 1) {
      throw new UsageError("draft: several formats need --out <dir> to write them into", "draft");
    }

    const specPath = positionals[0];
    let programme: Programme;
    if (specPath === undefined) {
      programme = createProgramme(WSIS_DEFAULT_SPEC);
    } else {
      const file = await readStructured(io, specPath);
      const done = context.progress(`Laying out ${file.path}`);
      programme = withFile(file, (data) => createProgramme(data as ProgrammeSpec));
      done();
    }

    if (out === undefined) {
      const [only = "json"] = formats;
      io.stdout(FORMATS.get(only)?.render(programme) ?? "");
      return 0;
    }
    for (const name of formats) {
      const format = FORMATS.get(name);
      if (format === undefined) continue;
      const path = joinPath(out, format.file);
      await io.writeFile(path, format.render(programme));
      io.stdout(`wrote ${path}\n`);
    }
    return 0;
  },
};
