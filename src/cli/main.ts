import { version } from "../../package.json";
import { type Command, PROGRAM, runCommand } from "./command.ts";
import { alignCommand } from "./commands/align.ts";
import { checkCommand } from "./commands/check.ts";
import { draftCommand } from "./commands/draft.ts";
import { dupesCommand } from "./commands/dupes.ts";
import { schemaCommand } from "./commands/schema.ts";
import { describeFailure, EXIT, UsageError } from "./errors.ts";
import type { CliIo } from "./io.ts";

/** The subcommands, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [
  draftCommand,
  checkCommand,
  alignCommand,
  dupesCommand,
  schemaCommand,
];

function programHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length)) + 2;
  return [
    `Usage: ${PROGRAM} <command> [arguments] [options]`,
    "",
    "Plans the multi-year thematic work programme of the UN CSTD (WSIS follow-up): drafts programmes,",
    "checks them against the rules, aligns UNGIS plans and finds duplicate activities across agencies.",
    "",
    "Commands:",
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}${command.summary}`),
    "",
    `Run \`${PROGRAM} <command> --help\` for a command's arguments and options; --version prints the version.`,
    "Inputs are YAML or JSON (activities also CSV or IATI XML); `-` reads standard input.",
    "",
    "Exit codes: 0 done, 1 hard findings, 2 bad input (the message names the file, line and path),",
    "3 an unexpected failure (a bug).",
    "",
  ].join("\n");
}

/**
 * Runs the `cstd-planner` command line: parses `argv` (the arguments after the program's name), does
 * the work through `io`, and returns the exit code. Never exits the process and never throws: every
 * failure is printed on `io.stderr` and turned into its exit code.
 *
 * @param argv - The arguments, e.g. `["draft", "spec.yaml", "--out", "out"]`.
 * @param io - Files, standard output and error, and node:util's `parseArgs` (see `cli/bin.ts`).
 * @returns 0 when done, 1 for hard findings, 2 for bad input, 3 on an unexpected failure (a bug).
 * @example
 * await main(["schema", "spec"], io); // 0, and the JSON Schema on io.stdout
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === undefined) {
      io.stderr(programHelp());
      return EXIT.badInput;
    }
    if (name === "--version" || name === "-v") {
      io.stdout(`${version}\n`);
      return EXIT.ok;
    }
    if (name === "--help" || name === "-h" || name === "help") {
      const topic = COMMANDS.find((command) => command.name === rest[0]);
      if (topic !== undefined) return await runCommand(topic, ["--help"], io);
      io.stdout(programHelp());
      return EXIT.ok;
    }
    const command = COMMANDS.find((candidate) => candidate.name === name);
    if (command === undefined) {
      const known = COMMANDS.map((candidate) => candidate.name).join(", ");
      throw new UsageError(`unknown command "${name}" (commands: ${known})`);
    }
    return await runCommand(command, rest, io);
  } catch (error) {
    const { text, code } = describeFailure(error, PROGRAM);
    io.stderr(text);
    return code;
  }
}
