import { formatPath, InfeasibleError, type InputIssue, PlannerInputError } from "../model/index.ts";

/** A line and column in a file, both counted from 1. */
export interface Position {
  readonly line: number;
  readonly col: number;
}

/** Exit codes: 0 fine, 1 hard findings, 2 bad input, 3 an unexpected failure (a bug). */
export const EXIT = { ok: 0, findings: 1, badInput: 2, internal: 3 } as const;

/** The command line itself is wrong: an unknown command or option, a missing argument. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  /** The command whose `--help` explains the usage, when there is one. */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}

/** A file cannot be read or parsed (missing, not JSON, bad YAML), with where the problem is. */
export class FileError extends Error {
  override readonly name = "FileError";
  readonly file: string;
  readonly position: Position | undefined;
  /** The Node error code behind it (`ENOENT`, `EEXIST`, …), when there is one. */
  readonly code: string | undefined;

  constructor(file: string, message: string, position?: Position, code?: string) {
    super(message);
    this.file = file;
    this.position = position;
    this.code = code;
  }
}

/** Finds each path's line and column in a file (or its nearest ancestor's), in one go. */
export type Locate = (paths: readonly (readonly (string | number)[])[]) => (Position | undefined)[];

/** Where a single path is in a file (or its nearest ancestor), as `StructuredFile.locate`. */
export type LocateOne = (path: readonly (string | number)[]) => Position | undefined;

const nowhere: LocateOne = () => undefined;

/** A file whose text parsed but whose content is invalid: the library's issues, placed in the file. */
export class FileContentError extends Error {
  override readonly name = "FileContentError";
  readonly file: string;
  readonly error: PlannerInputError;
  readonly locate: LocateOne;
  /** `locate` for many paths in one go (one pass over a JSON file's text); by default, `locate` each. */
  readonly locateAll: Locate;

  constructor(file: string, error: PlannerInputError, locate: LocateOne = nowhere, locateAll?: Locate) {
    super(error.message);
    this.file = file;
    this.error = error;
    this.locate = locate;
    this.locateAll = locateAll ?? ((paths) => paths.map(locate));
  }
}

/** A spec read from a file whose constraints cannot all hold: the solver's conflicts, placed in the file. */
export class FileInfeasibleError extends Error {
  override readonly name = "FileInfeasibleError";
  readonly file: string;
  readonly error: InfeasibleError;
  readonly locate: LocateOne;
  /** `locate` for many paths in one go (one pass over a JSON file's text); by default, `locate` each. */
  readonly locateAll: Locate;

  constructor(file: string, error: InfeasibleError, locate: LocateOne = nowhere, locateAll?: Locate) {
    super(error.message);
    this.file = file;
    this.error = error;
    this.locate = locate;
    this.locateAll = locateAll ?? ((paths) => paths.map(locate));
  }
}

/** The line and column an issue carries itself (the CSV and IATI importers give them). */
export function ownPosition(issue: InputIssue): Position | undefined {
  const { line, column } = issue as InputIssue & { line?: unknown; column?: unknown };
  if (typeof line !== "number") return undefined;
  return { line, col: typeof column === "number" ? column : 1 };
}

const where = (file: string, position: Position | undefined) =>
  position === undefined ? file : `${file}:${position.line}:${position.col}`;

/** "programme" from a `PlannerInputError`'s first line, "Invalid programme (2 problems):". */
function subjectOf(error: PlannerInputError): string {
  return /^Invalid (.+?) \(\d+ problems?\):/u.exec(error.message)?.[1] ?? "input";
}

/**
 * The text to print for a failure and the exit code to return. Input problems name the file, the line
 * and column where the file has one, and the path of the value.
 */
export function describeFailure(error: unknown, program: string): { text: string; code: number } {
  if (error instanceof UsageError) {
    const help = error.command === undefined ? program : `${program} ${error.command}`;
    return { text: `${program}: ${error.message}\nRun \`${help} --help\` for usage.\n`, code: EXIT.badInput };
  }
  if (error instanceof FileError) {
    return { text: `${where(error.file, error.position)}: ${error.message}\n`, code: EXIT.badInput };
  }
  if (error instanceof FileContentError) {
    const { issues } = error.error;
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    // An unknown key is best shown where it is written, not at the start of its object.
    const keyOf = (message: string) => /^Unrecognized keys?: "([^"]+)"/u.exec(message)?.[1];
    // Every position in one go: for JSON that is one pass over the text, however many issues.
    const wanted = issues.flatMap((issue) => {
      const key = keyOf(issue.message);
      return key === undefined ? [issue.path] : [[...issue.path, key], issue.path];
    });
    const found = error.locateAll(wanted);
    let next = 0;
    const lines = issues.map((issue) => {
      const own = ownPosition(issue);
      const key = keyOf(issue.message);
      const atKey = key === undefined ? undefined : found[next++];
      const atPath = found[next++];
      // Importers' issues say their line in the message, under a ["line", n, …] path: no path then.
      if (own !== undefined && issue.path[0] === "line")
        return `  ${where(error.file, own)}: ${issue.message}`;
      const position = own ?? atKey ?? atPath;
      return `  ${where(error.file, position)}: ${formatPath(issue.path)}: ${issue.message}`;
    });
    return {
      text: `${program}: invalid ${subjectOf(error.error)} in ${error.file} (${count}):\n${lines.join("\n")}\n`,
      code: EXIT.badInput,
    };
  }
  if (error instanceof FileInfeasibleError || error instanceof InfeasibleError) {
    const file = error instanceof FileInfeasibleError ? error.file : "the spec";
    const { conflicts } = error instanceof FileInfeasibleError ? error.error : error;
    const found =
      error instanceof FileInfeasibleError
        ? error.locateAll(conflicts.map((conflict) => conflict.path ?? []))
        : conflicts.map(() => undefined);
    const lines = conflicts.map((conflict, k) => {
      const position = conflict.path === undefined ? undefined : found[k];
      const path = conflict.path === undefined ? "" : `${formatPath(conflict.path)}: `;
      return `  ${where(file, position)}: ${path}${conflict.message}`;
    });
    return {
      text: `${program}: no programme satisfies these constraints of ${file} together (give up any one and the rest can hold):\n${lines.join("\n")}\n`,
      code: EXIT.findings,
    };
  }
  if (error instanceof PlannerInputError) {
    return { text: `${program}: ${error.message}\n`, code: EXIT.badInput };
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { text: `${program}: unexpected failure (please report it):\n${detail}\n`, code: EXIT.internal };
}
