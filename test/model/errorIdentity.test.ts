// Issue 10, item 7: one identity per error class across the ESM and CJS builds. The package is built
// with tsup (both formats), both builds are loaded in one Node process, and an error thrown by one
// is an instance of the other's class.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { InfeasibleError, PlannerInputError } from "../../src/index.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
// Inside the project, so the builds resolve zod, immer and the rest from its node_modules.
const OUT = mkdtempSync(join(ROOT, "node_modules", ".cache-error-identity-"));

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd: ROOT, timeout: 120_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(" ")}: ${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

const SCRIPT = `
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
const dir = process.argv[1];
const esm = await import(pathToFileURL(dir + "/index.js").href);
const cjs = createRequire(import.meta.url)(dir + "/index.cjs");
const thrown = (fn) => { try { fn(); } catch (error) { return error; } };
const fromCjs = thrown(() => cjs.createProgramme({ title: "", startYear: 1, cycles: 0, themes: [] }));
const fromEsm = thrown(() => esm.parseProgramme(null));
const infeasible = new cjs.InfeasibleError([{ kind: "pin", message: "x" }]);
console.log(JSON.stringify({
  twoClasses: esm.PlannerInputError !== cjs.PlannerInputError,
  cjsErrorIsEsmClass: fromCjs instanceof esm.PlannerInputError,
  esmErrorIsCjsClass: fromEsm instanceof cjs.PlannerInputError,
  infeasibleAcross: infeasible instanceof esm.InfeasibleError,
  notConfused: !(infeasible instanceof esm.PlannerInputError) && !(fromCjs instanceof cjs.InfeasibleError),
  plainErrorIsNot: !(new Error("x") instanceof esm.PlannerInputError),
  issues: fromCjs.issues.length > 0,
}));
`;

describe("error identity across builds (issue 10)", () => {
  afterAll(() => rmSync(OUT, { recursive: true, force: true }));

  it("makes an error from the CJS build an instance of the ESM build's class, and back", async () => {
    await run("npx", [
      "tsup",
      "src/index.ts",
      "--format",
      "esm,cjs",
      "--out-dir",
      OUT,
      "--no-config",
      "--target",
      "es2022",
    ]);
    const out = await run(process.execPath, ["--input-type=module", "-e", SCRIPT, OUT]);
    expect(JSON.parse(out)).toStrictEqual({
      twoClasses: true,
      cjsErrorIsEsmClass: true,
      esmErrorIsCjsClass: true,
      infeasibleAcross: true,
      notConfused: true,
      plainErrorIsNot: true,
      issues: true,
    });
  }, 120_000);

  it("keeps instanceof working for subclasses and ordinary objects", () => {
    class Narrower extends PlannerInputError {}
    const narrow = new Narrower([{ path: [], message: "x" }]);
    expect(narrow instanceof PlannerInputError).toBe(true);
    expect(narrow instanceof Narrower).toBe(true);
    expect(new PlannerInputError([]) instanceof Narrower).toBe(false);
    expect(new InfeasibleError([]) instanceof PlannerInputError).toBe(false);
    expect({ issues: [] } instanceof PlannerInputError).toBe(false);
    expect(
      new Proxy(
        {},
        {
          get: () => {
            throw new Error("trap");
          },
        },
      ) instanceof PlannerInputError,
    ).toBe(false);
  });
});
