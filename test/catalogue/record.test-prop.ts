// Invariants of a commission's record (issue 11): coverage splits the top-level lines, and narrowing
// the years counted never covers more.
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { cstdRecord, recordCoverage, topLevelLines, wsis } from "../../src/index.ts";

const years = fc.integer({ min: 2006, max: 2026 });

test.prop([years, years])("covered and uncovered partition the top-level lines, for any span", (a, b) => {
  const [since, until] = a <= b ? [a, b] : [b, a];
  const coverage = recordCoverage(cstdRecord, { since, until });
  expect([...coverage.covered, ...coverage.uncovered].sort()).toStrictEqual(
    topLevelLines(wsis)
      .map((line) => line.id)
      .sort(),
  );
});

test.prop([years, years])("a later start never covers a line the earlier start did not", (a, b) => {
  const [early, late] = a <= b ? [a, b] : [b, a];
  const wide = new Set(recordCoverage(cstdRecord, { since: early }).covered);
  for (const line of recordCoverage(cstdRecord, { since: late }).covered) expect(wide.has(line)).toBe(true);
});

test.prop([years])("every line's last year lies in the span and among its years", (since) => {
  for (const line of recordCoverage(cstdRecord, { since }).lines) {
    if (line.lastYear === undefined) expect(line.years).toStrictEqual([]);
    else {
      expect(line.lastYear).toBeGreaterThanOrEqual(since);
      expect(line.years.at(-1)).toBe(line.lastYear);
    }
  }
});
