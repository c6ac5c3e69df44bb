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
}

/** Runs `cstd-planner <argv>` against `files` (path → text); `"-"` is standard input. */
export async function runCli(
  argv: readonly string[],
  files: Readonly<Record<string, string>> = {},
  options: { isTerminal?: boolean; io?: Partial<CliIo> } = {},
): Promise<CliRun> {
  const written = new Map<string, string>();
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
    async writeFile(path, text) {
      written.set(path, text);
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
  return { code, stdout, stderr, written };
}
