import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { type CliIo, COMMANDS } from "../../src/cli/index.ts";
import { parseProgramme, WSIS_DEFAULT_SPEC } from "../../src/index.ts";
import { runCli } from "./_run.ts";

describe("cstd-planner (no command, help, usage errors)", () => {
  it("prints the command list on stderr and exits 2 without a command", async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Usage: cstd-planner <command>");
  });

  it("prints the command list on stdout for --help and exits 0", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    for (const command of COMMANDS) expect(run.stdout).toContain(`  ${command.name} `);
  });

  it.each(COMMANDS.map((command) => command.name))(
    "prints `%s --help` with usage, options and exit codes",
    async (name) => {
      const run = await runCli([name, "--help"]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: cstd-planner ${name} `, "u"));
      expect(run.stdout).toContain("-h, --help");
      expect(run.stdout).toContain("Exit codes:");
      expect(run.stderr).toBe("");
    },
  );

  it.each(COMMANDS.map((command) => command.name))(
    "wraps `%s --help` to the terminal's width, breaking only between words",
    async (name) => {
      const wide = (await runCli([name, "--help"], {}, { io: { columns: 500 } })).stdout;
      const narrow = (await runCli([name, "--help"], {}, { io: { columns: 60 } })).stdout;
      // A line may pass 60 columns only when it holds one word too long for any line.
      const over = narrow
        .split("\n")
        .filter(
          (line) =>
            line.length > 60 && /\S\s+\S/u.test(line.trim().replace(/^Usage: cstd-planner \S+ /u, "")),
        );
      expect(over).toStrictEqual([]);
      // The same words in the same order, only the line breaks moved.
      const words = (text: string) => text.split(/\s+/u).filter(Boolean);
      expect(words(narrow)).toStrictEqual(words(wide));
    },
  );

  it("prints the package's version for --version", async () => {
    const run = await runCli(["--version"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/u);
  });

  it("answers `help draft` like `draft --help`", async () => {
    expect((await runCli(["help", "draft"])).stdout).toBe((await runCli(["draft", "--help"])).stdout);
  });

  it("rejects an unknown command with exit 2, naming the known ones", async () => {
    const run = await runCli(["drfat"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "drfat" (commands: draft, check, align, dupes, schema)');
  });

  it("rejects an unknown option with exit 2 and points at the command's help", async () => {
    const run = await runCli(["draft", "--bogus"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatchInlineSnapshot(`
      "cstd-planner: draft: Unknown option '--bogus'.
      Run \`cstd-planner draft --help\` for usage.
      "
    `);
  });

  it("rejects a missing argument with exit 2", async () => {
    const run = await runCli(["check"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("check: missing argument");
  });

  it("rejects an extra argument with exit 2", async () => {
    const run = await runCli(["schema", "spec", "programme"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("schema: unexpected argument programme");
  });
});

describe("cstd-planner schema", () => {
  it("prints the spec's JSON Schema by default", async () => {
    const run = await runCli(["schema"]);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as { required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(["title", "startYear", "cycles", "themes"]));
  });

  it("prints the programme's JSON Schema", async () => {
    const schema = JSON.parse((await runCli(["schema", "programme"])).stdout) as { required: string[] };
    expect(schema.required).toContain("sessions");
  });

  it.each([
    ["activity", "array"],
    ["activities", "array"],
    ["ungis", "object"],
    ["fora", "array"],
    ["stakeholders", "array"],
    ["check-params", "object"],
  ])("prints the %s schema", async (name, type) => {
    const run = await runCli(["schema", name]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type,
    });
  });

  it("rejects an unknown schema name with exit 2", async () => {
    const run = await runCli(["schema", "budget"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no schema named "budget"');
  });
});

// Two themes cover only three of the nineteen action lines: a hard coverage finding, so exit 1.
const SPEC_YAML = `title: CSTD 2027–2030
startYear: 2027
cycles:
  - themes: [access]
  - themes: [media]
themes:
  - id: access
    title: Access to information
    actionLines: [C2, C3]
  - id: media
    title: Media
    actionLines: [C9]
`;

describe("cstd-planner draft", () => {
  it("prints the embedded default programme as JSON without a spec", async () => {
    const run = await runCli(["draft"]);
    expect(run.code).toBe(0);
    const programme = parseProgramme(JSON.parse(run.stdout));
    expect(programme.startYear).toBe(2027);
    expect(programme.endYear).toBe(2036);
  });

  it("lays out a YAML spec, and exits 1 with the summary and hard findings on stderr", async () => {
    const run = await runCli(["draft", "spec.yaml"], { "spec.yaml": SPEC_YAML });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^CSTD 2027–2030\n2027–2030: 2 cycles of 2 years\n\nCycle {2}Years {6}Themes\n/u,
    );
    expect(run.stderr).toContain("\nLaid out as the spec lists each cycle's themes (no solver).\n");
    expect(run.stderr).toMatch(
      /\n\d+ hard findings and \d+ soft findings? [\s\S]*?\n\nHard:\n {2}1\. \[coverage\.action-lines\] /u,
    );
    expect(run.stderr).toMatch(
      /\nRun `cstd-planner check` on the programme for where each finding is and why\.\n$/u,
    );
    const programme = parseProgramme(JSON.parse(run.stdout));
    expect(programme.cycles.map((cycle) => cycle.themes)).toEqual([["access"], ["media"]]);
  });

  it("reads the spec from standard input with -", async () => {
    const run = await runCli(["draft", "-"], { "-": SPEC_YAML });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ title: "CSTD 2027–2030" });
  });

  it("writes programme.json into --out", async () => {
    const run = await runCli(["draft", "spec.json", "--out", "build/", "--format", "json"], {
      "spec.json": JSON.stringify(WSIS_DEFAULT_SPEC),
    });
    expect(run.code).toBe(0);
    expect([...run.written.keys()]).toEqual(["build/programme.json"]);
    expect(run.stdout).toContain("wrote build/programme.json");
  });

  it("writes every format but Mermaid into --out by default", async () => {
    const run = await runCli(["draft", "spec.yaml", "--out", "out"], { "spec.yaml": SPEC_YAML });
    expect(run.code).toBe(1);
    expect([...run.written.keys()]).toEqual([
      "out/programme.md",
      "out/programme.html",
      "out/programme.docx",
      "out/timeline.svg",
      "out/programme.ics",
      "out/programme.csv",
      "out/programme.json",
    ]);
    expect(run.written.get("out/programme.md")).toMatch(/^# CSTD 2027–2030\n/u);
    expect(run.written.get("out/timeline.svg")).toContain("<svg");
    expect(run.written.get("out/programme.ics")).toMatch(/^BEGIN:VCALENDAR\r\n/u);
    expect(run.written.get("out/programme.docx")?.slice(0, 2)).toBe("PK"); // a zip, as .docx files are
  });

  describe("dates the calendar so clients update edited events", () => {
    const ics = async (argv: readonly string[], io: Partial<CliIo> = {}) => {
      const run = await runCli(
        ["draft", "spec.yaml", "--format", "ics", ...argv],
        { "spec.yaml": SPEC_YAML },
        { io },
      );
      return {
        run,
        stamp: /DTSTAMP:(\S+)/u.exec(run.stdout)?.[1],
        sequence: /SEQUENCE:(\d+)/u.exec(run.stdout)?.[1],
      };
    };

    it("stamps the export with the time of the run", async () => {
      const at = Date.UTC(2027, 0, 15, 10, 30);
      const { stamp, sequence } = await ics([], { clock: () => at });
      expect(stamp).toBe("20270115T103000Z");
      expect(sequence).toBe(String(at / 60_000));
      // Exported again a day later: a higher SEQUENCE, so a calendar client replaces its events.
      const later = await ics([], { clock: () => at + 86_400_000 });
      expect(Number(later.sequence)).toBeGreaterThan(Number(sequence));
    });

    it("takes --stamp, then SOURCE_DATE_EPOCH, before the clock", async () => {
      const clock = () => Date.UTC(2030, 0, 1);
      expect((await ics(["--stamp", "2027-01-15T10:00:00Z"], { clock })).stamp).toBe("20270115T100000Z");
      expect((await ics(["--stamp", "2027-01-15"], { clock })).stamp).toBe("20270115T000000Z");
      expect((await ics([], { clock, env: { SOURCE_DATE_EPOCH: "1800000000" } })).stamp).toBe(
        "20270115T080000Z",
      );
      expect((await ics(["--stamp", "now"], { clock })).stamp).toBe("20300101T000000Z");
    });

    it("refuses a stamp that is not a date, saying what it takes", async () => {
      const { run } = await ics(["--stamp", "15/01/2027"]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        '--stamp must be an ISO date (2027-01-15), a date-time with its zone (2027-01-15T10:00:00Z) or "now", not "15/01/2027"',
      );
      const epoch = await ics([], { env: { SOURCE_DATE_EPOCH: "yesterday" } });
      expect(epoch.run.code).toBe(2);
      expect(epoch.run.stderr).toContain("SOURCE_DATE_EPOCH must be whole seconds");
      // Without a calendar to date, the environment's variable is not this command's business.
      const json = await runCli(
        ["draft", "spec.yaml"],
        { "spec.yaml": SPEC_YAML },
        { io: { env: { SOURCE_DATE_EPOCH: "yesterday" } } },
      );
      expect(json.stderr).not.toContain("SOURCE_DATE_EPOCH");
    });
  });

  it("writes a Word file that a .docx reader reads back with every theme", async () => {
    const run = await runCli(["draft", "spec.yaml", "--out", "out", "--format", "docx"], {
      "spec.yaml": SPEC_YAML,
    });
    const docx = run.bytes.get("out/programme.docx");
    expect(docx).toBeDefined();
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(docx ?? new Uint8Array()) });
    expect(value).toContain("CSTD 2027–2030");
  });

  it("refuses to print a Word file on standard output", async () => {
    const run = await runCli(["draft", "--format", "docx"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--format docx is a binary file");
  });

  it("prints one format on stdout without --out", async () => {
    const run = await runCli(["draft", "--format", "mermaid"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^gantt\n/u);
  });

  it("asks for --out when several formats are given without it", async () => {
    const run = await runCli(["draft", "--format", "md,html"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("several formats need --out <dir>");
  });

  it("drafts a spec whose cycles is a number with the solver", async () => {
    const spec = {
      title: "Drafted",
      startYear: 2027,
      cycles: 2,
      themes: [
        { id: "a", title: "A", actionLines: ["C1"] },
        { id: "b", title: "B", actionLines: ["C2"] },
      ],
      pins: [{ theme: "a", cycle: 2 }],
      rules: { "coverage.action-lines": false },
    };
    const run = await runCli(["draft", "spec.json"], { "spec.json": JSON.stringify(spec, null, 2) });
    expect(run.code).toBe(0);
    expect(parseProgramme(JSON.parse(run.stdout)).cycles.map((cycle) => cycle.themes)).toEqual([
      ["b"],
      ["a"],
    ]);
  });

  it("exits 1 and places each conflicting constraint in the file when the spec cannot be met", async () => {
    const spec = [
      "title: Impossible",
      "startYear: 2027",
      "cycles: 1",
      "themesPerCycle: { min: 1, max: 1 }",
      "rules: { coverage.action-lines: false }",
      "themes:",
      "  - { id: a, title: A, actionLines: [C1] }",
      "  - { id: b, title: B, actionLines: [C2] }",
      "",
    ].join("\n");
    const run = await runCli(["draft", "spec.yaml"], { "spec.yaml": spec });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(
      "cstd-planner: no programme satisfies these constraints of spec.yaml together",
    );
    expect(run.stderr).toContain("  spec.yaml:4:32: themesPerCycle.max: ");
    expect(run.stderr).toContain("  spec.yaml:7:5: themes[0]: ");
  });

  it("prints the summary after the files it wrote", async () => {
    const run = await runCli(["draft", "--out", "out", "--format", "json"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^wrote out\/programme\.json\n\nCSTD multi-year work programme/u);
    expect(run.stdout).toMatch(
      /\n\nNo hard findings and no soft findings: the programme keeps every rule\.\n$/u,
    );
    expect(run.stderr).toBe("");
  });

  it("names the file, line, column and path of an invalid value in YAML, and exits 2", async () => {
    const run = await runCli(["draft", "spec.yaml"], { "spec.yaml": SPEC_YAML.replace("[C9]", "[C12]") });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatchInlineSnapshot(`
      "cstd-planner: invalid programme spec in spec.yaml (1 problem):
        spec.yaml:12:19: themes[1].actionLines[0]: unknown action line "C12"; did you mean "C1"?
      "
    `);
  });

  it("names the line of an invalid value in JSON", async () => {
    const text = '{\n  "title": "T",\n  "startYear": "2027",\n  "cycles": 1,\n  "themes": []\n}\n';
    const run = await runCli(["draft", "spec.json"], { "spec.json": text });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("spec.json:3:16: startYear: must be a number");
  });

  it("points at the enclosing object when a required field is missing", async () => {
    const run = await runCli(["draft", "spec.yaml"], {
      "spec.yaml": SPEC_YAML.replace("title: CSTD 2027–2030\n", ""),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("spec.yaml:1:1: title:");
  });

  it("reports a YAML syntax error with its line and exits 2", async () => {
    const run = await runCli(["draft", "spec.yaml"], { "spec.yaml": "title: x\n  cycles: [" });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^spec\.yaml:1:8: not valid YAML: /u);
  });

  it("reports a JSON syntax error with its line and exits 2", async () => {
    const run = await runCli(["draft", "spec.json"], { "spec.json": '{\n  "title": "T",\n}' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^spec\.json:3:1: not valid JSON: /u);
  });

  it("reports a missing file and exits 2", async () => {
    const run = await runCli(["draft", "nope.yaml"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("nope.yaml: cannot read: no such file\n");
  });

  it("reports a file it cannot write and exits 2", async () => {
    const denied = Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
    const run = await runCli(
      ["draft", "--out", "/read-only", "--format", "json"],
      {},
      {
        io: { writeFile: () => Promise.reject(denied) },
      },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("/read-only/programme.json: cannot write: permission denied\n");
  });

  it("turns an unexpected failure into exit 3 with the stack, asking for a report", async () => {
    const run = await runCli(
      ["schema"],
      {},
      {
        io: {
          stdout: () => {
            throw new TypeError("boom");
          },
        },
      },
    );
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^cstd-planner: unexpected failure \(please report it\):\nTypeError: boom\n/u);
  });

  it("rejects an unknown format with exit 2", async () => {
    const run = await runCli(["draft", "--format", "pdf"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown format "pdf"');
  });

  it("shows progress on a terminal only", async () => {
    const files = { "spec.json": JSON.stringify(WSIS_DEFAULT_SPEC) };
    expect((await runCli(["draft", "spec.json"], files)).stderr).not.toContain("Checking…");
    expect((await runCli(["draft", "spec.json"], files, { isTerminal: true })).stderr).toMatch(
      /^Checking… done \(0\.3 s\)\n/u,
    );
  });
});
