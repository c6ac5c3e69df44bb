// Issue 10's fuzz suite, a modest count per function in `npm test` (`npm run fuzz` runs 100,000+):
// valid inputs mutated (dropped keys, wrong types, NaN/±Infinity/1e308, 10⁵-element arrays, 10⁴-deep
// nesting, Proxies and throwing getters, Object.create(null), __proto__/constructor as ids and keys,
// hostile strings), each run twice. Only PlannerInputError/InfeasibleError may escape, no input may be
// changed or frozen, and the two runs must agree.
import { describe, expect, it } from "vitest";
import { fuzzedFunctions, fuzzFunction } from "./_lib/campaign.ts";
import { FUZZ_REGISTRY } from "./registry.ts";

const RUNS = Number(process.env["FUZZ_TEST_RUNS"] ?? 12);
const SEED = Number(process.env["FUZZ_SEED"] ?? 20_261_201);

describe("fuzz: every exported function that takes data", () => {
  for (const name of fuzzedFunctions()) {
    const runs = Math.max(2, Math.round(RUNS * (FUZZ_REGISTRY[name]?.weight ?? 1)));
    it(`${name}: only input errors escape, inputs stay as they were, results repeat`, async () => {
      const tally = await fuzzFunction(name, runs, SEED);
      expect(tally.details).toStrictEqual([]);
      expect(tally.inputs).toBe(runs);
    }, 60_000);
  }
});
