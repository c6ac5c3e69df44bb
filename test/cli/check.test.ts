import { describe, expect, it } from "vitest";
import { createProgramme, edit, WSIS_DEFAULT_SPEC } from "../../src/index.ts";
import { runCli } from "./_run.ts";

const base = createProgramme(WSIS_DEFAULT_SPEC);
const good = `${JSON.stringify(base, null, 2)}\n`;
// A third theme in cycle 2: one more than a cycle takes (hard), and health comes back too soon (soft).
// (`edit` keeps the agendas in step, as a planner's tool would; a hand edit would also leave it off them.)
const crowded = `${JSON.stringify(
  edit(base, (draft) => {
    draft.cycles[1]?.themes.push("health");
  }).programme,
  null,
  2,
)}\n`;

describe("cstd-planner check", () => {
  it("says the default programme keeps every rule, and exits 0", async () => {
    const run = await runCli(["check", "programme.json"], { "programme.json": good });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("No hard findings and no soft findings: the programme keeps every rule.\n");
  });

  it("exits 1 on a hard finding, leading each finding with its file, line and column", async () => {
    const run = await runCli(["check", "programme.json"], { "programme.json": crowded });
    expect(run.code).toBe(1);
    const lines = crowded.split("\n");
    const cycle2 = lines.findIndex((text) => text.includes('"index": 1'));
    const themes = lines.findIndex((text, k) => k > cycle2 && text.includes('"themes": ['));
    expect(run.stdout).toContain(
      `programme.json:${themes + 1}:17: [hard] cycle.theme-count: Cycle 2 (2029–2030) has 3 themes; at most 2 fit.\n  where: cycles[1].themes\n`,
    );
    expect(run.stdout).toMatch(/^programme\.json:\d+:9: \[soft\] theme\.repetition: /mu);
    expect(run.stdout).toContain("  source: docs/sources.md#cstd-sessions");
    expect(run.stdout).toMatch(/\n\n1 hard finding and 1 soft finding .*\n$/u);
  });

  it("reads a programme written as YAML", async () => {
    const { stringify } = await import("yaml");
    const run = await runCli(["check", "programme.yaml"], {
      "programme.yaml": stringify(JSON.parse(crowded)),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^programme\.yaml:\d+:\d+: \[hard\] cycle\.theme-count/mu);
  });

  it("prints the whole report as JSON with --json", async () => {
    const run = await runCli(["check", "programme.json", "--json"], { "programme.json": crowded });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, hard: 1, soft: 1 });
  });

  it("says to lay out a spec first when given a spec, and exits 2", async () => {
    const run = await runCli(["check", "spec.json"], { "spec.json": JSON.stringify(WSIS_DEFAULT_SPEC) });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "spec.json: holds a programme spec, not a programme: lay it out first (cstd-planner draft spec.json > programme.json)\n",
    );
  });

  it("names the file, line and path of an invalid programme, and exits 2", async () => {
    const run = await runCli(["check", "programme.json"], {
      "programme.json": good.replace('"actionLines": [\n        "C1",', '"actionLines": [\n        "C12",'),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^cstd-planner: invalid programme in programme\.json \(1 problem\):\n {2}programme\.json:\d+:9: themes\[0\]\.actionLines\[0\]: unknown action line "C12"; did you mean "C1"\?\n$/u,
    );
  });
});

describe("cstd-planner check --rule and --rules (issue 13 part 4)", () => {
  const files = { "programme.json": crowded };

  it("switches a rule off with --rule id=off", async () => {
    const run = await runCli(["check", "programme.json", "--rule", "cycle.theme-count=off"], files);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("cycle.theme-count:");
    expect(run.stdout).toMatch(/\nRules set: cycle\.theme-count off\.\n$/u);
  });

  it("makes a soft rule hard and re-weighs it", async () => {
    const run = await runCli(
      [
        "check",
        "programme.json",
        "--rule",
        "cycle.theme-count=off",
        "--rule",
        "theme.repetition=hard,weight:3",
      ],
      files,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^programme\.json:\d+:9: \[hard\] theme\.repetition: /mu);
    expect(run.stdout).toContain("(score: hard 3, soft 0)");
    expect(run.stdout).toContain("Rules set: theme.repetition hard, weight 3; cycle.theme-count off.");
  });

  it("reads rule settings from a YAML file with --rules, the flags winning", async () => {
    const rules = "cycle.theme-count: soft\ntheme.repetition: { weight: 5 }\n";
    const fromFile = await runCli(["check", "programme.json", "--rules", "rules.yaml"], {
      ...files,
      "rules.yaml": rules,
    });
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toMatch(/^programme\.json:\d+:\d+: \[soft\] cycle\.theme-count: /mu);
    const flagged = await runCli(
      ["check", "programme.json", "--rules", "rules.yaml", "--rule", "theme.repetition=off"],
      { ...files, "rules.yaml": rules },
    );
    expect(flagged.stdout).not.toContain("theme.repetition:");
    expect(flagged.stdout).toContain("theme.repetition off");
  });

  it("places a bad setting in the rules file", async () => {
    const run = await runCli(["check", "programme.json", "--rules", "rules.yaml"], {
      ...files,
      "rules.yaml": "cycle.theme-count: soft\ntheme.repetiton: false\n",
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'cstd-planner: invalid rule settings in rules.yaml (1 problem):\n  rules.yaml:2:18: theme.repetiton: unknown rule id "theme.repetiton"; did you mean "theme.repetition"?\n',
    );
  });

  it("names the --rule flag of an unknown rule, with the nearest id", async () => {
    const run = await runCli(["check", "programme.json", "--rule", "agency.leadload=off"], files);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'cstd-planner: check: --rule agency.leadload: unknown rule id "agency.leadload"; did you mean "agency.lead-load"?',
    );
  });

  it.each([
    ["agency.lead-load", "no setting after the rule id"],
    ["agency.lead-load=sometimes", '"sometimes" is not a setting'],
    ["agency.lead-load=weight:x", 'weight must be a number, not "x"'],
  ])("rejects --rule %s with a usage message", async (flag, why) => {
    const run = await runCli(["check", "programme.json", "--rule", flag], files);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`check: --rule ${flag}: ${why}`);
  });
});

describe("cstd-planner check on a terminal", () => {
  it("wraps the findings to the terminal's width, and leaves piped output unwrapped", async () => {
    const files = { "programme.json": crowded };
    const piped = await runCli(["check", "programme.json"], files);
    const terminal = await runCli(["check", "programme.json"], files, { io: { isTTY: true, columns: 60 } });
    expect(Math.max(...piped.stdout.split("\n").map((line) => [...line].length))).toBeGreaterThan(60);
    // A word longer than the width (an address) stands alone on its line rather than being cut.
    const long = terminal.stdout
      .split("\n")
      .filter((line) => [...line].length > 60 && line.trim().includes(" "));
    expect(long).toEqual([]);
    expect(terminal.stdout.replace(/\s+/gu, " ")).toBe(piped.stdout.replace(/\s+/gu, " "));
  });
});
