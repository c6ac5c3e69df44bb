// findDuplicates on labelled sets from test/duplicates/generator.ts: time and memory at 1k, 10k and 100k
// activities (targets: 10k ≤ 2 s, 100k ≤ 20 s, near-linear growth); the exact all-pairs method at 5k in the
// same run as the baseline (same pairs above the threshold: recall of its pairs ≥ 0.99, and the speed
// ratio); precision and recall at the default threshold (targets ≥ 0.95 each).
// The 100k case takes 10–25 s on two cores. `tsx bench/duplicates.bench.ts --quick` skips it.
import { performance } from "node:perf_hooks";
import { type DuplicationReport, findDuplicates } from "../src/index.ts";
import { accuracyOf, generateActivities } from "../test/duplicates/generator.ts";
import { isMain, table } from "./_lib.ts";

interface Timed {
  readonly report: DuplicationReport;
  readonly ms: number;
  readonly heapMb: number;
}

function timed(run: () => DuplicationReport): Timed {
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  const report = run();
  const ms = performance.now() - start;
  const heapMb = Math.max(0, process.memoryUsage().heapUsed - before) / 1e6;
  return { report, ms, heapMb };
}

const key = (pair: { readonly records: readonly [number, number]; readonly kind: string }) =>
  `${pair.records[0]}|${pair.records[1]}|${pair.kind}`;

export function run(quick = process.argv.includes("--quick")): string {
  const sizes = quick ? [1000, 10_000] : [1000, 10_000, 100_000];
  // Warm-up, so the first size does not pay for compiling.
  findDuplicates(generateActivities({ count: 2000, seed: 99 }).activities);

  const rows: (string | number)[][] = [];
  let previous: { n: number; ms: number } | undefined;
  const verdicts: string[] = [];
  for (const n of sizes) {
    const set = generateActivities({ count: n, seed: 7 });
    const { report, ms, heapMb } = timed(() => findDuplicates(set.activities));
    const accuracy = accuracyOf(set, report.pairs);
    const growth = previous === undefined ? "" : `${(ms / previous.ms).toFixed(1)}× for ${n / previous.n}×`;
    rows.push([
      n,
      ms.toFixed(0),
      (ms / (n / 1000)).toFixed(1),
      growth,
      heapMb.toFixed(0),
      report.stats.compared,
      accuracy.precision.toFixed(4),
      accuracy.recall.toFixed(4),
      `${accuracy.doubleReportingFound}/${accuracy.doubleReportingPlanted}`,
      accuracy.hardNegativesFlagged,
    ]);
    if (n === 10_000)
      verdicts.push(`10k: ${ms.toFixed(0)} ms (target ≤ 2000) ${ms <= 2000 ? "ok" : "OVER TARGET"}`);
    if (n === 100_000)
      verdicts.push(`100k: ${ms.toFixed(0)} ms (target ≤ 20000) ${ms <= 20_000 ? "ok" : "OVER TARGET"}`);
    const accurate = accuracy.precision >= 0.95 && accuracy.recall >= 0.95;
    verdicts.push(
      `${n}: precision ${accuracy.precision.toFixed(4)}, recall ${accuracy.recall.toFixed(4)} (targets ≥ 0.95) ${accurate ? "ok" : "UNDER TARGET"}`,
    );
    previous = { n, ms };
  }

  // Baseline: the exact all-pairs method at 5k, in the same run.
  const set = generateActivities({ count: 5000, seed: 8 });
  findDuplicates(set.activities, { method: "all-pairs" });
  const indexed = timed(() => findDuplicates(set.activities));
  const exhaustive = timed(() => findDuplicates(set.activities, { method: "all-pairs" }));
  const exact = new Set(exhaustive.report.pairs.filter((pair) => pair.match).map(key));
  const ours = new Set(indexed.report.pairs.filter((pair) => pair.match).map(key));
  let kept = 0;
  for (const pair of exact) if (ours.has(pair)) kept++;
  const recall = exact.size === 0 ? 1 : kept / exact.size;
  const ratio = exhaustive.ms / indexed.ms;
  const searchRatio = exhaustive.report.stats.compared / Math.max(1, indexed.report.stats.compared);

  return [
    table(
      [
        "activities",
        "ms",
        "ms per 1k",
        "growth",
        "heap MB",
        "pairs scored",
        "precision",
        "recall",
        "double reporting",
        "hard negatives flagged",
      ],
      rows,
    ),
    "",
    table(
      ["5k activities", "ms", "pairs scored", "pairs at threshold"],
      [
        ["findDuplicates (indexed)", indexed.ms.toFixed(0), indexed.report.stats.compared, ours.size],
        ["baseline: all pairs", exhaustive.ms.toFixed(0), exhaustive.report.stats.compared, exact.size],
      ],
    ),
    "",
    `all-pairs vs indexed at 5k: ${ratio.toFixed(1)}× the time, ${searchRatio.toFixed(0)}× the pairs scored; recall of the exact method's pairs ${recall.toFixed(4)} (target ≥ 0.99) ${recall >= 0.99 ? "ok" : "UNDER TARGET"}`,
    ...verdicts,
  ].join("\n");
}

if (isMain(import.meta.url)) console.log(run());
