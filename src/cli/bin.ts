#!/usr/bin/env node
// The Node glue of the `cstd-planner` command: the only file that imports node:*.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { performance } from "node:perf_hooks";
import process from "node:process";
import { parseArgs } from "node:util";
import type { CliIo } from "./io.ts";
import { main } from "./main.ts";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const io: CliIo = {
  readFile: (path) => (path === "-" ? readStdin() : readFile(path, "utf8")),
  async writeFile(path, text) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, "utf8");
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTerminal: process.stderr.isTTY === true,
  now: () => performance.now(),
  parseArgs: (config) => parseArgs(config),
};

// No top-level await: the CommonJS build of this file must load too.
void main(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
