import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { realInstance } from "../../bench/draft.bench.ts";
import { draftProgramme } from "../../src/index.ts";

// What draftProgramme returns on the benchmark's 20 real-size instances, kept so that a change made for
// speed shows when it changes a result: each programme's cycles and numbers in full, and a digest of
// the whole programme and check report (search steps are left out: a faster proof may take fewer).
describe("draftProgramme on the benchmark's real-size instances", () => {
  it("returns the same programmes, reports and proofs", async () => {
    const results: Record<string, unknown> = {};
    for (let seed = 1; seed <= 20; seed++) {
      const { programme, report, stats } = draftProgramme(realInstance(seed));
      const { steps: _steps, ...numbers } = stats;
      results[`instance ${seed}`] = {
        cycles: programme.cycles.map((cycle) => cycle.themes.join(" ")),
        ...numbers,
        digest: createHash("sha256").update(JSON.stringify({ programme, report })).digest("hex").slice(0, 16),
      };
    }
    await expect(`${JSON.stringify(results, null, 2)}\n`).toMatchFileSnapshot(
      "./__golden__/real-instances.json",
    );
  });
});
