// Drives the CLI's `main` with an in-memory io: files in, exit code and output back.
import { parseArgs } from "node:util";
import type { CliIo } from "../../src/cli/index.ts";
import { main } from "../../src/cli/index.ts";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Files the command wrote, by path. */
  readonly written: ReadonlyMap<string, string>;
  /** The files written as bytes (Word), in full. */
  readonly bytes: ReadonlyMap<string, Uint8Array>;
}

/** Runs `cstd-planner <argv>` against `files` (path → text); `"-"` is standard input. */
export async function runCli(
  argv: readonly string[],
  files: Readonly<Record<string, string>> = {},
  options: { isTerminal?: boolean; io?: Partial<CliIo> } = {},
): Promise<CliRun> {
  const written = new Map<string, string>();
  const bytes = new Map<string, Uint8Array>();
  let stdout = "";
  let stderr = "";
  let clock = 0;
  let stdinRead = false;
  const io: CliIo = {
    async readFile(path) {
      // Standard input, like the real one, can be read only once.
      if (path === "-") {
        if (stdinRead) return "";
        stdinRead = true;
      }
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return text;
    },
    async writeFile(path, content) {
      // Bytes (a Word file) are kept as Latin-1 text, so tests can look for the zip's "PK" signature.
      written.set(
        path,
        typeof content === "string" ? content : String.fromCharCode(...content.subarray(0, 4096)),
      );
      if (typeof content !== "string") bytes.set(path, content);
    },
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    isTerminal: options.isTerminal ?? false,
    now: () => (clock += 250),
    parseArgs: (config) => parseArgs(config),
    ...options.io,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr, written, bytes };
}
