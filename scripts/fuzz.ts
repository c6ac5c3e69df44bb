// `npm run fuzz`: the full fuzz campaign of issue 10 (100,000+ inputs by default; FUZZ_INPUTS=N to
// change, FUZZ_SEED=N for another seed, FUZZ_ONLY=name,name for some functions). Prints per-function
// counts and every escape; exits 1 when anything escaped, changed or froze its input, or was unstable.

import { fuzzedFunctions, fuzzFunction } from "../test/fuzz/_lib/campaign.ts";
import { FUZZ_REGISTRY } from "../test/fuzz/registry.ts";

const total = Number(process.env["FUZZ_INPUTS"] ?? 100_000);
const seed = Number(process.env["FUZZ_SEED"] ?? 1);
const only = process.env["FUZZ_ONLY"]?.split(",").filter(Boolean);
// FUZZ_SHARD=k/n runs every n-th function from the k-th (0-based), for parallel runs of one campaign.
const [shard, shards] = (process.env["FUZZ_SHARD"] ?? "0/1").split("/").map(Number) as [number, number];
const all = fuzzedFunctions().filter((name) => only === undefined || only.includes(name));
const allWeights = all.map((name) => FUZZ_REGISTRY[name]?.weight ?? 1);
const unit = total / allWeights.reduce((sum, weight) => sum + weight, 0);
const names = all.filter((_, i) => i % shards === shard);
const weights = names.map((name) => FUZZ_REGISTRY[name]?.weight ?? 1);

const started = performance.now();
let inputs = 0;
let failures = 0;
console.log(
  `fuzz: ${names.length} of ${all.length} functions (shard ${shard}/${shards}), ${total} inputs in all, seed ${seed}`,
);
console.log(
  "function".padEnd(24),
  "inputs".padStart(7),
  "ok".padStart(7),
  "rejected".padStart(9),
  "escapes".padStart(8),
  "seconds".padStart(8),
);
for (const [i, name] of names.entries()) {
  const runs = Math.max(1, Math.ceil(unit * (weights[i] ?? 1)));
  const tally = await fuzzFunction(name, runs, seed + all.indexOf(name));
  inputs += tally.inputs;
  failures += tally.failures;
  console.log(
    name.padEnd(24),
    String(tally.inputs).padStart(7),
    String(tally.ok).padStart(7),
    String(tally.rejected).padStart(9),
    String(tally.failures).padStart(8),
    (tally.millis / 1000).toFixed(1).padStart(8),
  );
  for (const detail of tally.details) console.log(`    ${detail.slice(0, 600)}`);
}
const seconds = (performance.now() - started) / 1000;
console.log(
  `total: ${inputs} inputs (each run twice), ${failures} escapes or other failures, ${seconds.toFixed(0)} s`,
);
process.exitCode = failures === 0 ? 0 : 1;
