// Builds the `cstd-planner` bin with the package's tsup config and runs it as a real process.
import { spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "tsup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tsupEntry } from "../support/tsupEntry.ts";

// Inside the project, so the bundle's bare imports (zod, yaml, …) resolve from node_modules; a fresh
// folder per run, so runs side by side do not clean each other's build.
const cache = join("node_modules", ".cache");
mkdirSync(cache, { recursive: true });
const outDir = mkdtempSync(join(cache, "cstd-planner-bin-"));
const bin = join(outDir, "cli.js");
const work = mkdtempSync(join(tmpdir(), "cstd-planner-bin-work-"));

beforeAll(async () => {
  const options = tsupEntry("cli");
  const library = tsupEntry("index"); // the bin imports it
  // The cli entry and the ESM library it imports, no declarations: what `npm run build` makes of them,
  // minus the slow parts.
  await build({
    ...library,
    format: ["esm"],
    dts: false,
    sourcemap: false,
    clean: false,
    outDir,
    silent: true,
    config: false,
  });
  await build({
    ...options,
    entry: { cli: String(options.entry["cli"]) },
    format: ["esm"],
    dts: false,
    sourcemap: false,
    outDir,
    silent: true,
    // Only these options: with the config file too, tsup runs every entry of it with them.
    config: false,
  });
}, 60_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

const run = (args: readonly string[]) =>
  spawnSync(bin, [...args], { encoding: "utf8", cwd: process.cwd(), timeout: 30_000 });

/** A JSON spec of about `megabytes` MB: a long list of themes, with `cycles: "five"` near the top. */
function bigSpec(megabytes: number): string {
  const pad = "x".repeat(120);
  const themes: string[] = [];
  let size = 0;
  for (let i = 0; size < megabytes * 1024 * 1024; i++) {
    const theme = `    {"id": "t-${i}", "title": "Theme ${i} ${pad}", "actionLines": ["C1", "C3"], "sdgs": [4, 9]}`;
    themes.push(theme);
    size += theme.length + 2;
  }
  return `{\n  "title": "Big",\n  "startYear": 2027,\n  "cycles": "five",\n  "themes": [\n${themes.join(",\n")}\n  ]\n}\n`;
}

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

  it("imports the library from ./index.js instead of bundling a second copy (issue 13)", () => {
    const text = readFileSync(bin, "utf8");
    expect(text).toMatch(/from "\.\/index\.js"/u);
    // The rule engine's code is in index.js only.
    expect(text).not.toContain("cycle.theme-count");
  });

  it("exits 2 with a one-line message, not a stack trace, when standard output fails (issue 10)", () => {
    if (!existsSync("/dev/full")) return; // only Linux has a device that is always full
    const full = openSync("/dev/full", "w");
    try {
      const result = spawnSync(bin, ["schema"], { encoding: "utf8", stdio: ["ignore", full, "pipe"] });
      expect(result.stderr).toBe(
        "cstd-planner: cannot write to standard output: no space left on the device\n",
      );
      expect(result.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });

  it("places an error in a 30 MB JSON spec within a 256 MB heap (issue 10: the YAML parser exhausted it)", () => {
    const spec = join(work, "big.json");
    writeFileSync(spec, bigSpec(30));
    const result = spawnSync(process.execPath, ["--max-old-space-size=256", bin, "draft", spec], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.stderr).toContain(`${spec}:4:13: cycles: must be a number of cycles`);
    expect(result.status).toBe(2);
  }, 60_000);
});
