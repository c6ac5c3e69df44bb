// Builds the `cstd-planner` bin with the package's tsup config and runs it as a real process.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "tsup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import config from "../../tsup.config.ts";

// Inside the project, so the bundle's bare imports (zod, yaml, …) resolve from node_modules; a fresh
// folder per run, so runs side by side do not clean each other's build.
const cache = join("node_modules", ".cache");
mkdirSync(cache, { recursive: true });
const outDir = mkdtempSync(join(cache, "cstd-planner-bin-"));
const bin = join(outDir, "cli.js");
const work = mkdtempSync(join(tmpdir(), "cstd-planner-bin-work-"));

beforeAll(async () => {
  // The config entry that builds the bin (an object, or one of a list of objects).
  const candidates = Array.isArray(config) ? config : [config];
  const options = candidates.find(
    (entry) =>
      typeof entry === "object" &&
      typeof entry.entry === "object" &&
      !Array.isArray(entry.entry) &&
      "cli" in entry.entry,
  );
  if (
    options === undefined ||
    typeof options !== "object" ||
    typeof options.entry !== "object" ||
    Array.isArray(options.entry)
  ) {
    throw new Error("tsup.config.ts should build the cli entry from a config object with named entries");
  }
  // The cli entry alone, ESM only, no declarations: what `npm run build` makes of it, minus the slow parts.
  await build({
    ...options,
    entry: { cli: String(options.entry["cli"]) },
    format: ["esm"],
    dts: false,
    sourcemap: false,
    outDir,
    silent: true,
  });
}, 60_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

const run = (args: readonly string[]) =>
  spawnSync(bin, [...args], { encoding: "utf8", cwd: process.cwd(), timeout: 30_000 });

describe("the built cstd-planner binary", () => {
  it("is an executable file starting with a node shebang", () => {
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
  });

  it("writes the default programme into --out and exits 0", () => {
    const result = run(["draft", "--out", work, "--format", "json"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const programme = JSON.parse(readFileSync(join(work, "programme.json"), "utf8")) as { endYear: number };
    expect(programme.endYear).toBe(2036);
  });

  it("exits 2 and names the file and line of bad input", () => {
    const spec = join(work, "spec.yaml");
    writeFileSync(spec, "title: T\nstartYear: 1800\ncycles: 1\nthemes: []\n");
    const result = run(["draft", spec]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${spec}:2:12: startYear: must be 1990 or later`);
  });
});
