// `draft` tells the whole result (issue 13 part 4): the assignment as a table sized to the terminal, the
// solver's status, the findings wrapped to the width, a JSON summary, colour only on a terminal.
import { describe, expect, it } from "vitest";
import { statusLines } from "../../src/cli/summary.ts";
import { styleOf, wrapText } from "../../src/cli/terminal.ts";
import { runCli } from "./_run.ts";

// Four slots (two cycles of at most two themes) for five themes, one optional: the solver leaves it out.
const SPEC = `title: Drafted programme
startYear: 2027
cycles: 2
themes:
  - { id: access, title: Access to information and knowledge for everyone everywhere, actionLines: [C2, C3] }
  - { id: media, title: Media, actionLines: [C9] }
  - { id: capacity, title: Capacity building, actionLines: [C4, C6] }
  - { id: security, title: Confidence and security in the use of ICTs, actionLines: [C5] }
  - { id: ethics, title: Ethics and culture, actionLines: [C8, C10, C11], optional: true }
pins: [{ theme: media, cycle: 2 }]
rules: { coverage.action-lines: false }
`;
const files = { "spec.yaml": SPEC };
// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape that starts a colour code
const ESCAPE = /\u001B\[/u;

describe("cstd-planner draft's summary", () => {
  it("prints each cycle's years and themes, and that the result is proven optimal", async () => {
    const run = await runCli(["draft", "spec.yaml", "--out", "out", "--format", "json"], files);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    const header = lines.indexOf("Cycle  Years      Themes");
    expect(header).toBeGreaterThan(0);
    const table = lines.slice(header + 2, lines.indexOf("", header));
    expect(table.filter((line) => /^\d/u.test(line)).map((line) => line.slice(0, 16))).toEqual([
      "1      2027–2028",
      "2      2029–2030",
    ]);
    expect(table.join("\n")).toContain("Media (media)");
    expect(run.stdout).toMatch(
      /\nProven optimal: no programme scores better on the rules \(soft score \d+;/u,
    );
    expect(run.stdout).toContain("\nLeft out (optional themes): ethics.\n");
  });

  it("keeps every line within the terminal's width", async () => {
    for (const columns of [40, 60, 80, 100]) {
      const run = await runCli(["draft", "spec.yaml", "--out", "out", "--format", "json"], files, {
        io: { columns },
      });
      const long = run.stdout.split("\n").filter((line) => [...line].length > columns);
      expect({ columns, long }).toEqual({ columns, long: [] });
    }
  });

  it("takes the width from COLUMNS without a terminal", async () => {
    const narrow = await runCli(
      ["draft", "--out", "out", "--format", "json"],
      {},
      { io: { env: { COLUMNS: "50" } } },
    );
    const wide = await runCli(
      ["draft", "--out", "out", "--format", "json"],
      {},
      { io: { env: { COLUMNS: "200" } } },
    );
    const widest = (text: string) => Math.max(...text.split("\n").map((line) => [...line].length));
    expect(widest(narrow.stdout)).toBeLessThanOrEqual(50);
    expect(widest(wide.stdout)).toBeGreaterThan(80);
  });

  it("colours only a terminal, and never with NO_COLOR", async () => {
    const args = ["draft", "spec.yaml", "--out", "out", "--format", "json"];
    expect((await runCli(args, files)).stdout).not.toMatch(ESCAPE);
    expect((await runCli(args, files, { io: { isTTY: true } })).stdout).toMatch(ESCAPE);
    expect((await runCli(args, files, { io: { isTTY: true, env: { NO_COLOR: "1" } } })).stdout).not.toMatch(
      ESCAPE,
    );
  });

  it("prints the summary on stderr when the document goes to stdout", async () => {
    const run = await runCli(["draft", "spec.yaml"], files);
    expect(JSON.parse(run.stdout)).toMatchObject({ title: "Drafted programme" });
    expect(run.stderr).toContain("Cycle  Years      Themes\n");
    expect(run.stderr).toContain("Proven optimal");
  });

  it("prints a machine-readable summary with --json", async () => {
    const run = await runCli(["draft", "spec.yaml", "--json"], files);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const summary = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({
      title: "Drafted programme",
      startYear: 2027,
      endYear: 2030,
      status: "optimal",
      solver: { optimal: true, gap: 0, leftOut: ["ethics"] },
      check: { ok: true, hard: 0 },
      files: [],
    });
    const cycles = summary["cycles"] as { cycle: number; years: number[]; themes: { id: string }[] }[];
    expect(cycles.map((cycle) => [cycle.cycle, cycle.years])).toEqual([
      [1, [2027, 2028]],
      [2, [2029, 2030]],
    ]);
    expect(cycles[1]?.themes.map((theme) => theme.id)).toContain("media");
    expect(
      cycles
        .flatMap((cycle) => cycle.themes)
        .map((theme) => theme.id)
        .sort(),
    ).toEqual(["access", "capacity", "media", "security"]);
  });

  it("lists the files written in the --json summary", async () => {
    const run = await runCli(["draft", "--json", "--out", "out", "--format", "md,json"]);
    expect(JSON.parse(run.stdout)).toMatchObject({
      status: "laid-out",
      solver: null,
      files: ["out/programme.md", "out/programme.json"],
    });
  });

  it("asks for --out when --json and --format are given without it", async () => {
    const run = await runCli(["draft", "--json", "--format", "md"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "--json prints the summary on standard output; write the documents with --out",
    );
  });

  it("says a result is the best found, with its bound and gap, when the search was cut short", () => {
    const stats = {
      optimal: false,
      objective: 12,
      bound: 9,
      gap: 0.25,
      steps: 500,
      leftOut: [],
      stoppedBy: "maxSteps" as const,
    };
    expect(statusLines({ kind: "solver", stats }, styleOf(false))).toEqual([
      "Best found, not proven optimal: soft score 12, bound 9 (gap 25%); the step budget (maxSteps) ran out after 500 steps.",
    ]);
    const timed = { ...stats, stoppedBy: "timeLimit" as const, millis: 1500 };
    expect(statusLines({ kind: "solver", stats: timed }, styleOf(false))[0]).toContain(
      "the time limit (timeLimitMs) ran out after 500 steps, 1.5 s.",
    );
  });

  it("wraps a numbered finding under its text", () => {
    const text = "  1. [rule.id] one two three four five six seven eight nine ten eleven twelve";
    expect(wrapText(text, 40)).toBe(
      "  1. [rule.id] one two three four five\n     six seven eight nine ten eleven\n     twelve",
    );
  });
});

describe("cstd-planner schema draft", () => {
  it("prints the JSON Schema of a spec for the solver", async () => {
    const run = await runCli(["schema", "draft"]);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["pins", "forbid", "precedence", "deadlines"]),
    );
    expect(schema.required).toEqual(expect.arrayContaining(["title", "startYear", "cycles", "themes"]));
  });

  it("is where `draft --help` points", async () => {
    expect((await runCli(["draft", "--help"])).stdout).toContain("`cstd-planner schema draft`");
  });
});
