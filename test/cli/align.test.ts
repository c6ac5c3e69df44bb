import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createProgramme, parseUngisPlan, WSIS_DEFAULT_SPEC } from "../../src/index.ts";
import { runCli } from "./_run.ts";

const programme = `${JSON.stringify(createProgramme(WSIS_DEFAULT_SPEC), null, 2)}\n`;

let proposed: string | undefined;
/** The CLI's proposal for the default programme (computed once: the proposal solves a flow problem). */
async function proposal(): Promise<string> {
  if (proposed === undefined) {
    const run = await runCli(["align", "programme.json"], { "programme.json": programme });
    expect(run.code).toBe(0);
    proposed = run.stdout;
  }
  return proposed;
}

describe("cstd-planner align", () => {
  it("proposes a parallel UNGIS plan as YAML when given no plan", async () => {
    const plan = parseUngisPlan(parse(await proposal()));
    expect(plan.years.map((year) => year.year)).toEqual([
      2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035,
    ]);
  });

  it("finds the proposal fully coherent and exits 0", async () => {
    const run = await runCli(["align", "programme.json", "ungis.yaml"], {
      "programme.json": programme,
      "ungis.yaml": await proposal(),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Coherence 1.00");
    expect(run.stdout).not.toContain("Gaps");
  });

  it("exits 1 and places the gap in the programme file when a theme loses its parallel", async () => {
    const plan = parse(await proposal()) as { years: { themes: unknown[] }[] };
    plan.years[2]?.themes.splice(1, 1); // 2028 feeds the 2029 session: drop food security's parallel
    const run = await runCli(["align", "programme.json", "ungis.json"], {
      "programme.json": programme,
      "ungis.json": JSON.stringify(plan),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Gaps \(1\):\n {2}programme\.json:\d+:\d+: UNGIS has no theme in 2028 /u);
  });

  it("puts the alignment into the documents `draft --ungis` writes", async () => {
    const run = await runCli(["draft", "--format", "md", "--ungis", "ungis.yaml"], {
      "ungis.yaml": await proposal(),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("## UNGIS alignment\n\n- **Coherence:** 100%");
  });

  it("prints the report as JSON with --json", async () => {
    const run = await runCli(["align", "programme.json", "ungis.yaml", "--json"], {
      "programme.json": programme,
      "ungis.yaml": await proposal(),
    });
    expect(JSON.parse(run.stdout)).toMatchObject({ coherence: 1, lead: 1, gaps: [] });
  });

  it("aligns the default programme with the UNGIS record of 2006–2013, listing the years outside it", async () => {
    const run = await runCli(["align", "programme.json", "ungis.yaml"], {
      "programme.json": programme,
      "ungis.yaml": readFileSync("test/fixtures/ungis-plan-2006-2013.yaml", "utf8"),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Plan years that feed no session of the programme: 2006");
  });

  it("names the plan file, line and path of each problem, and exits 2", async () => {
    const run = await runCli(["align", "programme.json", "ungis.yaml"], {
      "programme.json": programme,
      "ungis.yaml": "years:\n  - year: 2027\n    themes:\n      - title: X\n        actionLines: [C99]\n",
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatchInlineSnapshot(`
      "cstd-planner: invalid UNGIS plan in ungis.yaml (1 problem):
        ungis.yaml:5:23: years[0].themes[0].actionLines[0]: unknown action line "C99"; did you mean "C9"?
      "
    `);
  });

  it("points at a misspelt key where it is written", async () => {
    const run = await runCli(["align", "programme.json", "ungis.yaml"], {
      "programme.json": programme,
      "ungis.yaml":
        "years:\n  - year: 2027\n    themes:\n      - title: X\n        actionLines: [C9]\n        leads: [ITU]\n",
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '  ungis.yaml:6:16: years[0].themes[0].leads: unknown key "leads"; did you mean "lead"?\n',
    );
  });

  it("names the programme file when the programme is invalid", async () => {
    const broken = programme.replace('"startYear": 2027', '"startYear": "2027"');
    const run = await runCli(["align", "programme.json"], { "programme.json": broken });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/programme\.json:4:16: startYear: must be a number/u);
  });

  it("rejects a --lead that is not a number with exit 2", async () => {
    const run = await runCli(["align", "programme.json", "--lead", "soon"], { "programme.json": programme });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--lead must be a number, not "soon"');
  });
});
