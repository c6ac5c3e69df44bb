/** The kinds of option `parseArgs` reads: a flag, or an option that takes a value. */
export interface ArgOption {
  readonly type: "string" | "boolean";
  readonly short?: string;
  readonly multiple?: boolean;
}

/** What `parseArgs` is asked to read (the subset of node:util's config the CLI uses). */
export interface ArgsConfig {
  readonly args: string[];
  readonly options: Record<string, ArgOption>;
  readonly allowPositionals: true;
  readonly strict: true;
}

/** What `parseArgs` returns for an `ArgsConfig`. */
export interface ParsedArgs {
  readonly values: { readonly [name: string]: string | boolean | (string | boolean)[] | undefined };
  readonly positionals: string[];
}

/**
 * Everything the CLI needs from the outside world. `cli/bin.ts` builds it over Node; tests pass a fake,
 * so `main` runs without spawning a process or touching the disk.
 */
export interface CliIo {
  /** Reads a text file (UTF-8). `"-"` is standard input. Rejects with an error carrying `code` (`ENOENT`, …). */
  readonly readFile: (path: string) => Promise<string>;
  /** Writes a file (text as UTF-8, bytes as they are), creating its folder first. */
  readonly writeFile: (path: string, content: string | Uint8Array) => Promise<void>;
  /** Writes to standard output. */
  readonly stdout: (text: string) => void;
  /** Writes to standard error. */
  readonly stderr: (text: string) => void;
  /** Whether standard error is a terminal: progress messages are shown only then. */
  readonly isTerminal: boolean;
  /** Whether standard output is a terminal (colour is used only then). */
  readonly isTTY?: boolean;
  /** The terminal's width in characters, when there is a terminal. */
  readonly columns?: number;
  /** Environment variables the CLI reads: `NO_COLOR` (no colour when set), `COLUMNS` (width without a terminal). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Milliseconds from some fixed point, for progress timings. */
  readonly now: () => number;
  /**
   * The current time in milliseconds since the Unix epoch (`Date.now`), which dates a calendar export
   * (DTSTAMP, and SEQUENCE so calendar clients update edited events). Without it, and without
   * `--stamp` or `SOURCE_DATE_EPOCH`, the calendar is stamped at the Unix epoch with SEQUENCE 0.
   */
  readonly clock?: () => number;
  /** node:util's `parseArgs`, passed in so that only `cli/bin.ts` imports `node:*`. */
  readonly parseArgs: (config: ArgsConfig) => ParsedArgs;
}
