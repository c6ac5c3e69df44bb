// Runs every examples/*.ts script in order, each in its own process, and fails if any fails.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const scripts = readdirSync("examples")
  .filter((name) => /^\d\d-.*\.ts$/u.test(name))
  .sort();
let failed = 0;
for (const name of scripts) {
  const run = spawnSync(process.execPath, ["--import", "tsx", `examples/${name}`], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const ok = run.status === 0;
  if (!ok) failed++;
  console.log(`${ok ? "ok  " : "FAIL"} examples/${name}`);
}
console.log(`${scripts.length - failed} examples passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
