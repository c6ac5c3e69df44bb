#!/usr/bin/env node
// The Node glue of the `cstd-planner` command: the only file that imports node:*.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { performance } from "node:perf_hooks";
import process from "node:process";
import { parseArgs } from "node:util";
import { EXIT } from "./errors.ts";
import type { CliIo } from "./io.ts";
import { main } from "./main.ts";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** The exit code when standard output cannot be written (as for any file the CLI cannot write). */
const OUTPUT_FAILED = EXIT.badInput;

// Standard output can fail (a full disk, `> /dev/full`, a closed pipe). Node reports that as an 'error'
// event, after the write: without a listener it is an uncaught exception with a stack trace.
let stdoutFailed = false;
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (stdoutFailed) return;
  stdoutFailed = true;
  // A reader that stopped reading (`| head`) is no failure to report; anything else is.
  if (error.code !== "EPIPE") {
    const reason = error.code === "ENOSPC" ? "no space left on the device" : error.message;
    process.stderr.write(`cstd-planner: cannot write to standard output: ${reason}\n`);
  }
  process.exitCode = OUTPUT_FAILED;
});

const io: CliIo = {
  readFile: (path) => (path === "-" ? readStdin() : readFile(path, "utf8")),
  async writeFile(path, content) {
    await mkdir(dirname(path), { recursive: true });
    await (typeof content === "string" ? writeFile(path, content, "utf8") : writeFile(path, content));
  },
  stdout: (text) => {
    if (!stdoutFailed) process.stdout.write(text);
  },
  stderr: (text) => process.stderr.write(text),
  isTerminal: process.stderr.isTTY === true,
  isTTY: process.stdout.isTTY === true,
  ...((process.stdout.columns ?? process.stderr.columns)
    ? { columns: process.stdout.columns ?? process.stderr.columns }
    : {}),
  env: process.env,
  now: () => performance.now(),
  clock: () => Date.now(),
  parseArgs: (config) => parseArgs(config),
};

// No top-level await: the CommonJS build of this file must load too.
void main(process.argv.slice(2), io).then((code) => {
  process.exitCode = stdoutFailed ? OUTPUT_FAILED : code;
});
