import fc from "fast-check";
import * as api from "../../../src/index.ts";
import { FUZZ_REGISTRY } from "../registry.ts";
import { planArbitrary } from "./mutate.ts";
import { type Outcome, runInput } from "./run.ts";

// A fuzz campaign: for each registered function, `runs × weight` generated inputs, each run twice.

export interface FunctionTally {
  readonly name: string;
  inputs: number;
  ok: number;
  rejected: number;
  /** Escapes, mutations, freezes and unstable results, with the first few details. */
  failures: number;
  readonly details: string[];
  millis: number;
}

export function fuzzedFunctions(): string[] {
  return Object.entries(FUZZ_REGISTRY)
    .filter(([, entry]) => entry.skip === undefined)
    .map(([name]) => name)
    .sort();
}

/** Fuzzes one function with `runs` inputs from the seed; returns its tally. */
export async function fuzzFunction(name: string, runs: number, seed: number): Promise<FunctionTally> {
  const entry = FUZZ_REGISTRY[name];
  const fn = (api as Record<string, unknown>)[name];
  const tally: FunctionTally = { name, inputs: 0, ok: 0, rejected: 0, failures: 0, details: [], millis: 0 };
  if (entry?.bases === undefined || typeof fn !== "function") {
    tally.failures = 1;
    tally.details.push(`${name}: not a registered exported function`);
    return tally;
  }
  const bases = entry.bases();
  const started = performance.now();
  const samples = fc.sample(planArbitrary(bases.length), { numRuns: runs, seed });
  for (const plan of samples) {
    let outcome: Outcome;
    try {
      outcome = await runInput(fn as (...args: unknown[]) => unknown, bases, plan);
    } catch (error) {
      // A failure of the harness itself (building or fingerprinting an input) is reported, not hidden.
      outcome = { kind: "escape", detail: `harness: ${String(error).slice(0, 200)}` };
    }
    tally.inputs++;
    if (outcome.kind === "ok") tally.ok++;
    else if (outcome.kind === "rejected") tally.rejected++;
    else {
      tally.failures++;
      if (tally.details.length < 5)
        tally.details.push(`${outcome.kind}: ${outcome.detail} — plan ${JSON.stringify(plan)}`);
    }
  }
  tally.millis = performance.now() - started;
  return tally;
}
