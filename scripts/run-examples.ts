// Runs every examples/NN-*.ts script in order, each in its own process, and checks that each has its
// notebook twin in examples/notebooks/, generated from it and up to date. Fails if anything fails.
import { spawnSync } from "node:child_process";
import { exampleScripts, notebookPath, staleNotebooks } from "./notebooks.ts";

const scripts = exampleScripts();
let failed = 0;
for (const name of scripts) {
  const started = performance.now();
  const run = spawnSync(process.execPath, ["--import", "tsx", `examples/${name}`], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const ok = run.status === 0;
  if (!ok) failed++;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${ok ? "ok  " : "FAIL"} examples/${name} (${seconds} s)`);
}
const stale = staleNotebooks();
for (const name of stale)
  console.log(`FAIL ${notebookPath(name)} is missing or out of date: run npm run notebooks`);
failed += stale.length;
console.log(`${scripts.length * 2 - failed} examples and notebooks passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
