// How the CLI reads its files (issue 10 item 6): JSON through a JSON-aware parser, byte-order marks,
// duplicate keys, empty files, a `cycles` of the wrong kind, and an --out that is a file.
import { describe, expect, it } from "vitest";
import { createProgramme, edit, WSIS_DEFAULT_SPEC } from "../../src/index.ts";
import { runCli } from "./_run.ts";

const SPEC = {
  title: "T",
  startYear: 2027,
  cycles: [{ themes: ["a"] }],
  themes: [{ id: "a", title: "A", actionLines: ["C1"] }],
};
const specJson = JSON.stringify(SPEC, null, 2);

describe("cstd-planner reading JSON", () => {
  it("accepts a UTF-8 byte-order mark before JSON", async () => {
    const plain = await runCli(["draft", "spec.json"], { "spec.json": specJson });
    const bom = await runCli(["draft", "spec.json"], { "spec.json": `\uFEFF${specJson}` });
    expect(bom.stdout).toBe(plain.stdout);
    expect(bom.code).toBe(plain.code);
    expect(bom.stderr).not.toContain("not valid JSON");
  });

  it("accepts a byte-order mark before YAML", async () => {
    const run = await runCli(["draft", "spec.yaml"], {
      "spec.yaml":
        "\uFEFFtitle: T\nstartYear: 2027\ncycles:\n  - themes: [a]\nthemes:\n  - { id: a, title: A, actionLines: [C1] }\n",
    });
    expect(JSON.parse(run.stdout)).toMatchObject({ title: "T" });
  });

  it("rejects a key written twice in one JSON object, as YAML does, with both places", async () => {
    const run = await runCli(["draft", "spec.json"], {
      "spec.json": '{\n  "title": "T",\n  "startYear": 2027,\n  "title": "U"\n}\n',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'spec.json:4:3: not valid JSON: key "title" appears twice in one object (first at line 2, column 3); keys must be unique\n',
    );
  });

  it("allows the same key in different objects", async () => {
    const run = await runCli(["draft", "spec.json"], { "spec.json": specJson });
    expect(run.stderr).not.toContain("appears twice");
  });

  it("gives the line and column of a JSON syntax error", async () => {
    const run = await runCli(["draft", "spec.json"], {
      "spec.json": '{\n  "title": "T",\n  "startYear": }\n',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^spec\.json:3:16: not valid JSON: /u);
  });

  it("places each problem of a JSON file at its line, from the JSON text", async () => {
    const text = specJson.replace('"startYear": 2027', '"startYear": 1800').replace('"C1"', '"C99"');
    const run = await runCli(["draft", "spec.json"], { "spec.json": text });
    expect(run.code).toBe(2);
    const lines = text.split("\n");
    const year = lines.findIndex((line) => line.includes("1800")) + 1;
    const line = lines.findIndex((line) => line.includes("C99")) + 1;
    expect(run.stderr).toContain(`spec.json:${year}:16: startYear: must be 1990 or later`);
    expect(run.stderr).toContain(`spec.json:${line}:9: themes[0].actionLines[0]: unknown action line "C99"`);
  });

  it("places findings of a JSON programme by its text (check)", async () => {
    const crowded = edit(createProgramme(WSIS_DEFAULT_SPEC), (draft) => {
      draft.cycles[1]?.themes.push("health");
    }).programme;
    const text = JSON.stringify(crowded, null, 1);
    const run = await runCli(["check", "p.json"], { "p.json": text });
    const lines = text.split("\n");
    const cycle2 = lines.findIndex((line) => line.includes('"index": 1'));
    const themes = lines.findIndex((line, k) => k > cycle2 && line.includes('"themes": ['));
    expect(run.stdout).toContain(`p.json:${themes + 1}:14: [hard] cycle.theme-count:`);
  });
});

describe("cstd-planner on empty and odd files", () => {
  it.each(["spec.json", "spec.yaml", "spec"])("says an empty %s is empty", async (name) => {
    const run = await runCli(["draft", name], { [name]: " \n\n" });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${name}: empty file: expected YAML or JSON content\n`);
  });

  it("says a YAML file of only comments is empty", async () => {
    const run = await runCli(["draft", "spec.yaml"], { "spec.yaml": "# nothing yet\n" });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("spec.yaml: empty file: it holds only comments\n");
  });

  it("says what `cycles` takes when it is a word", async () => {
    const run = await runCli(["draft", "spec.yaml"], {
      "spec.yaml": "title: T\nstartYear: 2027\ncycles: five\nthemes: []\n",
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatchInlineSnapshot(`
      "cstd-planner: invalid programme spec in spec.yaml (1 problem):
        spec.yaml:3:9: cycles: must be a number of cycles (the solver assigns the themes, e.g. \`cycles: 5\`) or a list of cycles, each with its themes (e.g. \`- themes: [access, media]\`), not "five"
      "
    `);
  });

  it("says --out names a file, not a folder, instead of a raw EEXIST", async () => {
    const run = await runCli(
      ["draft", "--out", "notes.txt"],
      {},
      {
        io: {
          async writeFile(path) {
            throw Object.assign(new Error(`EEXIST: file already exists, mkdir '${path}'`), {
              code: "EEXIST",
            });
          },
        },
      },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "cstd-planner: draft: --out notes.txt is a file, not a folder: give a folder to write into (it is created when missing)\nRun `cstd-planner draft --help` for usage.\n",
    );
  });
});
