// findDuplicates against a DuckDB peer and against the floor, on labelled sets from
// test/duplicates/generator.ts, each size in one run, subject and baselines alternating round by round.
//
// - The peer: a Splink-style pipeline in DuckDB (@duckdb/node-api, 2 threads) on the same records: the
//   records appended to tables, titles and descriptions tokenised in SQL (accents stripped, lower case),
//   blocking on action line and country, period overlap, Jaro–Winkler and token-set Jaccard of titles,
//   Jaccard of descriptions, period overlap and "names the other agency" as comparison levels, and a
//   Fellegi–Sunter weight per level. In its strongest honest formulation: the m and u probabilities of each
//   level are estimated from the labels of a separate training set (seed 11; Splink's supervised
//   `estimate_m_from_label_column` does the same for m; u is then exact, not sampled), and its match
//   threshold is the one that maximises F1 on that training set. Cross-references (a participant's
//   activity id naming another record) are joined in SQL as double reporting, as ours does.
// - The data: the generator's ordinary records are distinct work (in one country and years, no two share a
//   topic, nor a line and a focus); about one record in ten is in a planted duplicate cluster (some 6
//   planted pairs per 100 records) and one in 22 is a hard negative of another (the same topic, focus
//   and wording in another country, or in the same country under another line), the same shares at
//   every size. Its vocabulary grows with the register as a real one does: once the listed
//   topics and foci of a line are taken in a country and years, it coins new ones (a made-up name with
//   one of the line's nouns, "Kalumo broadband"), so a million records carry a few hundred topics per
//   line instead of filling each line-and-country block with near-identical titles. Hard negatives keep
//   the coined topic, so they stay as hard as at 10k.
// - The floor: validating the same activities once (`parseActivities`), what any use of them costs.
// - Targets (issue 12): ours ≤ 0.5× the peer's time at 10k and 100k with precision and recall ≥ the
//   peer's; ours ≤ 4× the floor at 10k; 100k ≤ 6 s; pairs scored growing ≤ n^1.2; 1M ≤ 90 s in under
//   4 GB peak RSS.
// - Peak RSS is measured in a child process per size under GNU `/usr/bin/time -v` (Maximum resident set
//   size), not as a heap delta. Times are wall clock and CPU (user + system, all threads) of this process.
//
// `npx tsx bench/duplicates.bench.ts` runs 1k, 10k and 100k (several minutes on two busy cores);
// `--quick` runs 1k and 10k; `--million` adds one run of ours at 1M (in a child, for its peak RSS).
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { type ActivityInput, findDuplicates, parseActivities } from "../src/index.ts";
import { accuracyOf, generateActivities, type LabelledSet } from "../test/duplicates/generator.ts";
import { isMain, table } from "./_lib.ts";

interface Found {
  readonly a: string;
  readonly b: string;
  readonly kind: string;
  readonly match: boolean;
}

interface Measured {
  readonly wallMs: number;
  readonly cpuMs: number;
}

function measure<T>(run: () => T): Measured & { value: T } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = run();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

async function measureAsync<T>(run: () => Promise<T>): Promise<Measured & { value: T }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await run();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

// ---------------------------------------------------------------------------------------------------
// The DuckDB peer.

/** Comparison levels, computed in SQL; each level's weight is log2(m/u) from the training labels. */
const LEVELS = {
  titleJaccard:
    "CASE WHEN tj >= 0.8 THEN 0 WHEN tj >= 0.6 THEN 1 WHEN tj >= 0.45 THEN 2 WHEN tj >= 0.3 THEN 3 ELSE 4 END",
  titleJaroWinkler: "CASE WHEN jw >= 0.95 THEN 0 WHEN jw >= 0.88 THEN 1 WHEN jw >= 0.8 THEN 2 ELSE 3 END",
  description:
    "CASE WHEN dj IS NULL THEN 0 WHEN dj >= 0.6 THEN 1 WHEN dj >= 0.45 THEN 2 WHEN dj >= 0.3 THEN 3 WHEN dj >= 0.15 THEN 4 ELSE 5 END",
  period: "CASE WHEN po >= 0.9 THEN 0 WHEN po >= 0.5 THEN 1 ELSE 2 END",
  partner: "CASE WHEN named THEN 0 ELSE 1 END",
} as const;
type Level = keyof typeof LEVELS;
const LEVEL_NAMES = Object.keys(LEVELS) as Level[];

/** Weights per level and the threshold; `undefined` for the training pass (levels are returned instead). */
interface PeerModel {
  readonly weights: Record<Level, readonly number[]>;
  readonly threshold: number;
}

interface PeerResult {
  readonly found: Found[];
  /** Training pass: every candidate pair's levels. */
  readonly levels?: { a: string; b: string; levels: number[] }[];
  readonly compared: number;
}

async function duckdbPeer(
  activities: readonly ActivityInput[],
  model: PeerModel | undefined,
): Promise<PeerResult> {
  const instance = await DuckDBInstance.create(":memory:", { threads: "2" });
  const con = await instance.connect();
  try {
    await con.run(
      "CREATE TABLE r (idx INTEGER, id VARCHAR, agency VARCHAR, title VARCHAR, descr VARCHAR, line VARCHAR, s INTEGER, e INTEGER)",
    );
    await con.run("CREATE TABLE rc (idx INTEGER, country VARCHAR)");
    await con.run("CREATE TABLE rp (idx INTEGER, ref VARCHAR, name VARCHAR, activity_id VARCHAR)");
    const records = await con.createAppender("r");
    const countries = await con.createAppender("rc");
    const participants = await con.createAppender("rp");
    const day = (value: string, end: boolean): number => {
      const [year, month, date] = value.split("-").map(Number);
      return (
        Date.UTC(year as number, month === undefined ? (end ? 11 : 0) : month - 1, date ?? (end ? 31 : 1)) /
        86_400_000
      );
    };
    activities.forEach((activity, idx) => {
      records.appendInteger(idx);
      records.appendVarchar(activity.id);
      records.appendVarchar(activity.agency);
      records.appendVarchar(activity.title);
      records.appendVarchar(activity.description ?? "");
      records.appendVarchar(activity.actionLines[0] ?? "");
      records.appendInteger(day(activity.start, false));
      records.appendInteger(day(activity.end, true));
      records.endRow();
      for (const country of activity.countries ?? []) {
        countries.appendInteger(idx);
        countries.appendVarchar(country);
        countries.endRow();
      }
      for (const participant of activity.participants ?? []) {
        participants.appendInteger(idx);
        participants.appendVarchar(participant.ref ?? "");
        participants.appendVarchar(participant.name ?? "");
        participants.appendVarchar(participant.activityId ?? "");
        participants.endRow();
      }
    });
    records.closeSync();
    countries.closeSync();
    participants.closeSync();

    const tokens = (column: string) =>
      `list_distinct(list_filter(regexp_split_to_array(lower(strip_accents(${column})), '[^a-z0-9]+'), x -> length(x) > 2))`;
    await con.run(
      `CREATE TABLE t AS SELECT idx, id, agency, line, s, e, lower(strip_accents(title)) AS lt, ${tokens("title")} AS tt, ${tokens("descr")} AS dt FROM r`,
    );
    await con.run(
      "CREATE TABLE blk AS SELECT t.idx, t.line || '|' || rc.country AS k FROM t JOIN rc ON rc.idx = t.idx",
    );
    // Blocking: same line and a shared country; pairs from one agency are not compared (as ours by default).
    await con.run(`CREATE TABLE feat AS
      WITH cand AS (SELECT DISTINCT a.idx AS i, b.idx AS j FROM blk a JOIN blk b ON a.k = b.k AND a.idx < b.idx)
      SELECT x.id AS a, y.id AS b,
        len(list_intersect(x.tt, y.tt)) / greatest(1, len(list_distinct(list_concat(x.tt, y.tt))))::DOUBLE AS tj,
        jaro_winkler_similarity(x.lt, y.lt) AS jw,
        CASE WHEN len(x.dt) = 0 OR len(y.dt) = 0 THEN NULL
          ELSE len(list_intersect(x.dt, y.dt)) / len(list_distinct(list_concat(x.dt, y.dt)))::DOUBLE END AS dj,
        (least(x.e, y.e) - greatest(x.s, y.s) + 1) / (greatest(x.e, y.e) - least(x.s, y.s) + 1)::DOUBLE AS po,
        EXISTS (SELECT 1 FROM rp WHERE (rp.idx = x.idx AND rp.ref = y.agency) OR (rp.idx = y.idx AND rp.ref = x.agency)) AS named
      FROM cand c JOIN t x ON x.idx = c.i JOIN t y ON y.idx = c.j
      WHERE x.agency <> y.agency AND x.s <= y.e AND y.s <= x.e`);
    const compared = Number((await con.runAndReadAll("SELECT count(*) FROM feat")).getRows()[0]?.[0] ?? 0);
    const doubles = (
      await con.runAndReadAll(
        "SELECT DISTINCT x.id, y.id FROM rp JOIN r x ON x.idx = rp.idx JOIN r y ON y.id = rp.activity_id WHERE x.idx <> y.idx",
      )
    ).getRows();
    const found: Found[] = doubles.map(([a, b]) => ({
      a: String(a),
      b: String(b),
      kind: "double-reporting",
      match: true,
    }));
    const levelColumns = LEVEL_NAMES.map((name) => `${LEVELS[name]} AS ${name}`).join(", ");
    if (model === undefined) {
      const rows = (await con.runAndReadAll(`SELECT a, b, ${levelColumns} FROM feat`)).getRows();
      return {
        found,
        compared,
        levels: rows.map(([a, b, ...levels]) => ({ a: String(a), b: String(b), levels: levels.map(Number) })),
      };
    }
    const score = LEVEL_NAMES.map(
      (name) =>
        `(CASE ${LEVELS[name]} ${model.weights[name].map((weight, level) => `WHEN ${level} THEN ${weight}`).join(" ")} END)`,
    ).join(" + ");
    const matches = (
      await con.runAndReadAll(`SELECT a, b FROM feat WHERE ${score} >= ${model.threshold}`)
    ).getRows();
    for (const [a, b] of matches) found.push({ a: String(a), b: String(b), kind: "overlap", match: true });
    return { found, compared };
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

/** The peer's model from a labelled training set: m and u per level from the labels, the F1-best threshold. */
async function trainPeer(set: LabelledSet): Promise<PeerModel & { trainingF1: number }> {
  const { levels = [] } = await duckdbPeer(set.activities, undefined);
  const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const truth = new Set(set.truth.map((pair) => key(pair.a, pair.b)));
  const sizes = LEVEL_NAMES.map((name) => LEVELS[name].split("WHEN").length);
  const matchCounts = sizes.map((size) => new Array<number>(size).fill(0));
  const otherCounts = sizes.map((size) => new Array<number>(size).fill(0));
  let matches = 0;
  for (const pair of levels) {
    const isMatch = truth.has(key(pair.a, pair.b));
    if (isMatch) matches++;
    pair.levels.forEach((level, field) => {
      const counts = isMatch ? matchCounts[field] : otherCounts[field];
      if (counts !== undefined) counts[level] = (counts[level] ?? 0) + 1;
    });
  }
  const others = levels.length - matches;
  const weights = Object.fromEntries(
    LEVEL_NAMES.map((name, field) => [
      name,
      (matchCounts[field] ?? []).map((count, level) => {
        // Add-one smoothing, so an unseen level weighs a finite amount.
        const m = (count + 1) / (matches + (sizes[field] ?? 1));
        const u = ((otherCounts[field]?.[level] ?? 0) + 1) / (others + (sizes[field] ?? 1));
        return Math.log2(m / u);
      }),
    ]),
  ) as unknown as Record<Level, number[]>;
  const scored = levels
    .map((pair) => ({
      isMatch: truth.has(key(pair.a, pair.b)),
      score: pair.levels.reduce(
        (sum, level, field) => sum + (weights[LEVEL_NAMES[field] as Level][level] ?? 0),
        0,
      ),
    }))
    .sort((x, y) => y.score - x.score);
  // The threshold that maximises F1 over the overlap pairs in the training set.
  const planted = set.truth.length;
  let best = { threshold: 0, f1: 0 };
  let truePositives = 0;
  scored.forEach((pair, index) => {
    if (pair.isMatch) truePositives++;
    const f1 = (2 * truePositives) / (index + 1 + planted);
    if (f1 > best.f1) best = { threshold: pair.score, f1 };
  });
  return { weights, threshold: best.threshold - 1e-9, trainingF1: best.f1 };
}

// ---------------------------------------------------------------------------------------------------

/** The child: generate, then run findDuplicates once, print its time and pairs scored. */
function child(n: number): void {
  const set = generateActivities({ count: n, seed: 7 });
  const run = measure(() => findDuplicates(set.activities));
  const accuracy = accuracyOf(set, run.value.pairs);
  console.log(
    JSON.stringify({
      n,
      ms: Math.round(run.wallMs),
      cpuMs: Math.round(run.cpuMs),
      compared: run.value.stats.compared,
      candidates: run.value.stats.candidates,
      precision: accuracy.precision,
      recall: accuracy.recall,
    }),
  );
}

function rssOf(n: number):
  | {
      mb: number;
      ms: number;
      cpuMs: number;
      compared: number;
      candidates: number;
      precision: number;
      recall: number;
    }
  | string {
  const script = fileURLToPath(import.meta.url);
  try {
    const result = execFileSync(
      "/bin/sh",
      ["-c", `/usr/bin/time -v "${process.execPath}" --import tsx "${script}" --child ${n} 2>&1`],
      { encoding: "utf8", maxBuffer: 1 << 24, cwd: fileURLToPath(new URL("..", import.meta.url)) },
    );
    const line = result.split("\n").find((text) => text.startsWith("{"));
    const rss = /Maximum resident set size \(kbytes\): (\d+)/u.exec(result)?.[1];
    if (line === undefined || rss === undefined) return `no result: ${result.slice(-300)}`;
    const parsed = JSON.parse(line) as {
      ms: number;
      cpuMs: number;
      compared: number;
      candidates: number;
      precision: number;
      recall: number;
    };
    return { mb: Number(rss) / 1024, ...parsed };
  } catch (error) {
    return `child failed: ${String((error as { stdout?: string }).stdout ?? error).slice(-300)}`;
  }
}

export async function run(
  quick = process.argv.includes("--quick"),
  million = process.argv.includes("--million"),
): Promise<string> {
  const sizes = quick ? [1000, 10_000] : [1000, 10_000, 100_000];
  const out: string[] = [];
  const training = generateActivities({ count: 10_000, seed: 11 });
  const model = await trainPeer(training);
  out.push(
    `DuckDB peer trained on a separate set (10k, seed 11): threshold ${model.threshold.toFixed(2)} bits, training F1 ${model.trainingF1.toFixed(4)}.`,
  );
  // Warm-up of ours, the peer and the floor on a set of their own (10k, seed 99), three rounds each, so
  // no size pays for compilation: one round on 2k left ours still tiering up through its first 10k rounds
  // (500–600 ms where later rounds take 250), while the peer runs compiled code from the start.
  const warm = generateActivities({ count: 10_000, seed: 99 });
  for (let round = 0; round < 3; round++) {
    findDuplicates(warm.activities);
    await duckdbPeer(warm.activities, model);
    parseActivities(warm.activities);
  }

  const rows: (string | number)[][] = [];
  const verdicts: string[] = [];
  const compared: { n: number; ours: number; candidates: number }[] = [];
  for (const n of sizes) {
    const set = generateActivities({ count: n, seed: 7 });
    // Fifteen rounds at 10k: on a shared two-core machine one round of either side can take 1.5× another,
    // and a median of seven still moved the ratio by ±0.05 from run to run.
    const rounds = n >= 100_000 ? 2 : n >= 10_000 ? 15 : 5;
    const ours: Measured[] = [];
    const peer: Measured[] = [];
    const floor: Measured[] = [];
    let oursFound: Found[] = [];
    let peerFound: Found[] = [];
    let oursCompared = 0;
    let oursCandidates = 0;
    let peerCompared = 0;
    // Subject and baselines take turns within each round, and each round starts with another of them, so
    // a burst of load on the shared machine (or one side's garbage left for the next) hits all three
    // alike. Only the times are kept from a round: its results are read, then dropped, so no round's heap
    // holds the rounds before it.
    const sides = [
      () => {
        const { value, ...times } = measure(() => findDuplicates(set.activities));
        ours.push(times);
        oursFound = [...value.pairs];
        oursCompared = value.stats.compared;
        oursCandidates = value.stats.candidates;
      },
      async () => {
        const { value, ...times } = await measureAsync(() => duckdbPeer(set.activities, model));
        peer.push(times);
        peerFound = value.found;
        peerCompared = value.compared;
      },
      () => {
        const { value: _parsed, ...times } = measure(() => parseActivities(set.activities));
        floor.push(times);
      },
    ];
    for (let round = 0; round < rounds; round++)
      for (let k = 0; k < sides.length; k++) await sides[(k + round) % sides.length]?.();
    const a = accuracyOf(set, oursFound);
    const b = accuracyOf(set, peerFound);
    const wall = (list: Measured[]) => median(list.map((m) => m.wallMs));
    const cpu = (list: Measured[]) => median(list.map((m) => m.cpuMs));
    compared.push({ n, ours: oursCompared, candidates: oursCandidates });
    rows.push([
      n,
      rounds,
      `${wall(ours).toFixed(0)} / ${cpu(ours).toFixed(0)}`,
      `${wall(peer).toFixed(0)} / ${cpu(peer).toFixed(0)}`,
      `${wall(floor).toFixed(0)} / ${cpu(floor).toFixed(0)}`,
      `${(wall(ours) / wall(peer)).toFixed(2)} / ${(cpu(ours) / cpu(peer)).toFixed(2)}`,
      `${(wall(ours) / wall(floor)).toFixed(1)} / ${(cpu(ours) / cpu(floor)).toFixed(1)}`,
      `${a.precision.toFixed(4)} / ${a.recall.toFixed(4)}`,
      `${b.precision.toFixed(4)} / ${b.recall.toFixed(4)}`,
      `${oursCompared} / ${peerCompared}`,
      `${a.hardNegativesFlagged} / ${b.hardNegativesFlagged} of ${set.hardNegatives.length}`,
    ]);
    if (n >= 10_000) {
      const ratio = wall(ours) / wall(peer);
      const accurate = a.precision >= b.precision && a.recall >= b.recall;
      verdicts.push(
        `${n}: ours ${ratio.toFixed(2)}× the DuckDB peer's wall time, ${(cpu(ours) / cpu(peer)).toFixed(2)}× its CPU (target ≤ 0.5) ${ratio <= 0.5 ? "ok" : "OVER TARGET"}; precision and recall ${accurate ? "≥ the peer's: ok" : "BELOW THE PEER'S"}`,
      );
    }
    if (n === 10_000) {
      const ratio = wall(ours) / wall(floor);
      verdicts.push(
        `10k: ours ${ratio.toFixed(1)}× the floor (target ≤ 4) ${ratio <= 4 ? "ok" : "OVER TARGET"}`,
      );
    }
    if (n === 100_000)
      verdicts.push(
        `100k: ${wall(ours).toFixed(0)} ms wall (target ≤ 6000) ${wall(ours) <= 6000 ? "ok" : "OVER TARGET"}`,
      );
  }
  for (let k = 1; k < compared.length; k++) {
    const x = compared[k - 1] as { n: number; ours: number; candidates: number };
    const y = compared[k] as { n: number; ours: number; candidates: number };
    const exponent = Math.log(y.ours / x.ours) / Math.log(y.n / x.n);
    const verified = Math.log(y.candidates / x.candidates) / Math.log(y.n / x.n);
    verdicts.push(
      `pairs scored ${x.n} → ${y.n}: ${x.ours} → ${y.ours}, growth n^${exponent.toFixed(2)} (target ≤ n^1.2) ${exponent <= 1.2 ? "ok" : "OVER TARGET"}; candidate pairs verified (a field's similarity computed) ${x.candidates} → ${y.candidates}, n^${verified.toFixed(2)}`,
    );
  }

  const rss: (string | number)[][] = [];
  const children = new Map<number, { compared: number; candidates: number }>();
  for (const n of million ? [...sizes, 1_000_000] : sizes) {
    const child = rssOf(n);
    if (typeof child !== "string") children.set(n, child);
    if (typeof child === "string") rss.push([n, child, "", "", "", "", ""]);
    else {
      rss.push([
        n,
        child.ms,
        child.cpuMs,
        child.mb.toFixed(0),
        child.compared,
        child.candidates,
        `${child.precision.toFixed(4)} / ${child.recall.toFixed(4)}`,
      ]);
      if (n === 1_000_000)
        verdicts.push(
          `1M: ${child.ms} ms wall (target ≤ 90000) ${child.ms <= 90_000 ? "ok" : "OVER TARGET"}, peak RSS ${child.mb.toFixed(0)} MB (target < 4096) ${child.mb < 4096 ? "ok" : "OVER TARGET"}`,
        );
    }
  }

  const hundred = children.get(100_000);
  const top = children.get(1_000_000);
  if (hundred !== undefined && top !== undefined) {
    const exponent = Math.log(top.compared / hundred.compared) / Math.log(10);
    const verified = Math.log(top.candidates / hundred.candidates) / Math.log(10);
    verdicts.push(
      `pairs scored 100000 → 1000000 (children): ${hundred.compared} → ${top.compared}, growth n^${exponent.toFixed(2)} (target ≤ n^1.2) ${exponent <= 1.2 ? "ok" : "OVER TARGET"}; candidate pairs verified ${hundred.candidates} → ${top.candidates}, n^${verified.toFixed(2)}`,
    );
  }

  out.push(
    "",
    table(
      [
        "activities",
        "rounds",
        "ours ms (wall / CPU)",
        "DuckDB peer ms",
        "floor ms",
        "ours ÷ peer",
        "ours ÷ floor",
        "ours precision / recall",
        "peer precision / recall",
        "pairs scored (ours / peer)",
        "hard negatives flagged (ours / peer of planted)",
      ],
      rows,
    ),
    "",
    "Peak RSS of findDuplicates alone, one child process per size (GNU time -v; includes generating the set):",
    "",
    table(
      [
        "activities",
        "ms (wall)",
        "ms (CPU)",
        "peak RSS MB",
        "pairs scored",
        "candidates verified",
        "precision / recall",
      ],
      rss,
    ),
    "",
    ...verdicts,
  );
  return out.join("\n");
}

if (isMain(import.meta.url)) {
  const at = process.argv.indexOf("--child");
  if (at >= 0) child(Number(process.argv[at + 1]));
  else console.log(await run());
}
