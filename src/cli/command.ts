import { UsageError } from "./errors.ts";
import type { ArgOption, CliIo } from "./io.ts";
import { widthOf, wrapText, wrapWords } from "./terminal.ts";

/** The program's name, as users type it. */
export const PROGRAM = "cstd-planner";

/** An option of a command, with its help line. */
export interface OptionSpec extends ArgOption {
  /** One line of help. */
  readonly help: string;
  /** Name of the value in the help (`<dir>`), for options that take one. */
  readonly value?: string;
}

/** What a command gets: its parsed arguments and the outside world. */
export interface CommandContext {
  readonly io: CliIo;
  readonly positionals: readonly string[];
  readonly values: { readonly [name: string]: string | boolean | (string | boolean)[] | undefined };
  /** Shows `label…` on a terminal's standard error and returns a function that ends the line with the time taken. */
  readonly progress: (label: string) => () => void;
}

/** One subcommand of the CLI: its help, its options and what it does. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Arguments after the command's name, as the usage line shows them. */
  readonly usage: string;
  /** What the command does and prints, in a few lines. */
  readonly description: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Least and most positional arguments. */
  readonly positionals: readonly [min: number, max: number];
  /** What exit code 1 means for this command. */
  readonly findings: string;
  readonly run: (context: CommandContext) => Promise<number>;
}

const HELP_OPTION: OptionSpec = { type: "boolean", short: "h", help: "show this help" };

/**
 * A description's paragraphs (blank-line separated) as flowing text wrapped to `width`; a paragraph
 * with indented or listed lines keeps its lines, each wrapped.
 */
function reflow(text: string, width: number): string {
  return text
    .split(/\n{2,}/u)
    .map((paragraph) =>
      /^(?: |[-•*] )/mu.test(paragraph)
        ? wrapText(paragraph, width)
        : wrapWords(paragraph.replace(/\n/gu, " "), width).join("\n"),
    )
    .join("\n\n");
}

/** The `--help` text of a command, wrapped to `width` columns (the terminal's). */
export function commandHelp(command: Command, width = Number.POSITIVE_INFINITY): string {
  const options = { ...command.options, help: HELP_OPTION };
  const rows = Object.entries(options).map(([name, option]) => {
    const flag = `${option.short === undefined ? "    " : `-${option.short}, `}--${name}${option.value === undefined ? "" : ` ${option.value}`}`;
    return [flag, option.help] as const;
  });
  const column = Math.max(...rows.map(([flag]) => flag.length)) + 4;
  // Usage continues under the command's arguments; an option's help hangs under its first word.
  const usage = `Usage: ${PROGRAM} ${command.name} `;
  return [
    usage + wrapWords(command.usage, width, usage.length, usage.length).join("\n"),
    "",
    reflow(command.description, width),
    "",
    "Options:",
    ...rows.map(
      ([flag, help]) => `  ${flag.padEnd(column - 2)}${wrapWords(help, width, column, column).join("\n")}`,
    ),
    "",
    "Exit codes:",
    ...[
      "  0  done",
      `  1  ${command.findings}`,
      "  2  bad input: the message names the file, the line and the path of the value",
      "  3  an unexpected failure (a bug: please report it)",
    ].map((line) => wrapWords(line.slice(5), width, 5, 5).join("\n").replace(/^/u, line.slice(0, 5))),
    "",
  ].join("\n");
}

/** The message of node:util's parseArgs errors, reworded to name the command. */
function usageMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\. To specify a positional argument starting with a '-'.*$/su, ".");
}

/**
 * Parses a command's arguments with the injected `parseArgs` and runs it; `--help` prints the help.
 *
 * @throws {UsageError} For unknown options, missing values, too few or too many arguments.
 */
export async function runCommand(command: Command, args: readonly string[], io: CliIo): Promise<number> {
  const options: Record<string, ArgOption> = { help: HELP_OPTION };
  for (const [name, option] of Object.entries(command.options)) {
    options[name] = {
      type: option.type,
      ...(option.short === undefined ? {} : { short: option.short }),
      ...(option.multiple === undefined ? {} : { multiple: option.multiple }),
    };
  }
  let parsed: ReturnType<CliIo["parseArgs"]>;
  try {
    parsed = io.parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${command.name}: ${usageMessage(error)}`, command.name);
  }
  if (parsed.values["help"] === true) {
    io.stdout(commandHelp(command, widthOf(io)));
    return 0;
  }
  const [min, max] = command.positionals;
  const count = parsed.positionals.length;
  if (count < min) {
    throw new UsageError(
      `${command.name}: missing argument (usage: ${command.name} ${command.usage})`,
      command.name,
    );
  }
  if (count > max) {
    const extra = parsed.positionals.slice(max).join(" ");
    throw new UsageError(`${command.name}: unexpected argument ${extra}`, command.name);
  }
  const progress = (label: string) => {
    if (!io.isTerminal) return () => {};
    const started = io.now();
    io.stderr(`${label}…`);
    return () => io.stderr(` done (${((io.now() - started) / 1000).toFixed(1)} s)\n`);
  };
  return command.run({ io, positionals: parsed.positionals, values: parsed.values, progress });
}

/** The value of a string option, if given. */
export function stringOption(context: CommandContext, name: string): string | undefined {
  const value = context.values[name];
  return typeof value === "string" ? value : undefined;
}

/** A number option, checked: a `UsageError` names the option when the value is not a number. */
export function numberOption(context: CommandContext, command: string, name: string): number | undefined {
  const text = stringOption(context, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value)) {
    throw new UsageError(`${command}: --${name} must be a number, not "${text}"`, command);
  }
  return value;
}
