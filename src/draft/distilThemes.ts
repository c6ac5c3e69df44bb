import * as z from "zod/mini";
import { facilitatorsOf, indexOf, sdgsOf } from "../catalogue/index.ts";
import { type ActionLine, type Catalogue, parseWith, type Theme } from "../model/index.ts";

const DistilOptionsSchema = z.strictObject({
  count: z
    .number({ error: "must be a number" })
    .check(z.int("must be a whole number"), z.gte(1, "must be at least 1")),
});

/** Options of `distilThemes`. */
export type DistilThemesOptions = z.input<typeof DistilOptionsSchema>;

interface Cluster {
  readonly lines: ActionLine[];
  readonly agencies: Set<string>;
  readonly sdgs: Set<number>;
  /** Position of the cluster's first line in the catalogue, for deterministic ties and order. */
  readonly order: number;
}

const jaccard = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number => {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
};

/** How alike two clusters are: shared facilitators count most, then shared goals, then a shared parent line. */
function affinity(a: Cluster, b: Cluster): number {
  const parentsA = new Set(a.lines.map((line) => line.parent ?? line.id));
  const parentsB = new Set(b.lines.map((line) => line.parent ?? line.id));
  return (
    0.6 * jaccard(a.agencies, b.agencies) + 0.3 * jaccard(a.sdgs, b.sdgs) + 0.1 * jaccard(parentsA, parentsB)
  );
}

function listTitles(titles: readonly string[]): string {
  if (titles.length <= 1) return titles.join("");
  return `${titles.slice(0, -1).join("; ")} and ${titles.at(-1)}`;
}

/**
 * Proposes `count` themes from a catalogue's action lines by grouping lines that share facilitators
 * and goal links (average-linkage clustering of the leaf lines: C1–C11 with C7 replaced by its eight
 * sub-lines). Every top-level line is in some theme; C7 comes with its sub-lines. Deterministic.
 *
 * @param catalogue - The catalogue (`wsis` for the Geneva action lines).
 * @param options - `count`: how many themes, from 1 to the number of leaf lines (18 for WSIS).
 * @returns Themes with readable titles, their action lines and SDG links, ready for a spec.
 * @throws {PlannerInputError} When `count` is not a whole number in range.
 * @example
 * distilThemes(wsis, { count: 10 }).length; // 10
 * distilThemes(wsis, { count: 18 })[0]; // { id: "c1", title: "The role of public governance authorities …", … }
 */
export function distilThemes(catalogue: Catalogue, options: DistilThemesOptions): Theme[] {
  const { count } = parseWith(DistilOptionsSchema, options, "distilThemes options");
  const index = indexOf(catalogue);
  const leaves = catalogue.actionLines.filter((line) => !index.children.has(line.id));
  if (count > leaves.length) {
    parseWith(
      z.object({
        count: z
          .number()
          .check(
            z.lte(
              leaves.length,
              `at most ${leaves.length} themes can be distilled from ${leaves.length} lines`,
            ),
          ),
      }),
      { count },
      "distilThemes options",
    );
  }
  const position = new Map(catalogue.actionLines.map((line, i) => [line.id, i]));
  let clusters: Cluster[] = leaves.map((line) => {
    const { lead, co } = facilitatorsOf(catalogue, line.id);
    return {
      lines: [line],
      agencies: new Set([...lead, ...co]),
      sdgs: new Set(sdgsOf(catalogue, line.id)),
      order: position.get(line.id) ?? 0,
    };
  });

  // Average linkage over the original lines' affinities, merged greedily; ties go to the earliest pair.
  const single = new Map(clusters.map((cluster) => [cluster.lines[0]?.id ?? "", cluster]));
  const linkage = (a: Cluster, b: Cluster): number => {
    let total = 0;
    for (const x of a.lines)
      for (const y of b.lines) total += affinity(single.get(x.id) as Cluster, single.get(y.id) as Cluster);
    return total / (a.lines.length * b.lines.length);
  };
  while (clusters.length > count) {
    let best: [number, number] = [0, 1];
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const a = clusters[i] as Cluster;
        const b = clusters[j] as Cluster;
        // Prefer balanced themes: a small penalty for size keeps one cluster from swallowing the rest.
        const score = linkage(a, b) - 0.02 * (a.lines.length + b.lines.length);
        if (score > bestScore + 1e-12) {
          bestScore = score;
          best = [i, j];
        }
      }
    }
    const [i, j] = best;
    const a = clusters[i] as Cluster;
    const b = clusters[j] as Cluster;
    const merged: Cluster = {
      lines: [...a.lines, ...b.lines].sort((x, y) => (position.get(x.id) ?? 0) - (position.get(y.id) ?? 0)),
      agencies: new Set([...a.agencies, ...b.agencies]),
      sdgs: new Set([...a.sdgs, ...b.sdgs]),
      order: Math.min(a.order, b.order),
    };
    clusters = [...clusters.filter((_, k) => k !== i && k !== j), merged].sort((x, y) => x.order - y.order);
  }

  return clusters.map((cluster): Theme => {
    const ids = cluster.lines.map((line) => line.id);
    // A theme that takes up sub-lines names their parent too, so the parent line counts as covered.
    const parents = [
      ...new Set(cluster.lines.flatMap((line) => (line.parent === undefined ? [] : [line.parent]))),
    ];
    const actionLines = [...parents.filter((parent) => !ids.includes(parent)), ...ids].sort(
      (x, y) => (position.get(x) ?? 0) - (position.get(y) ?? 0),
    );
    const sdgs = [...cluster.sdgs].sort((x, y) => x - y);
    return {
      id: ids.map((id) => id.toLowerCase().replace(/[^a-z0-9]+/gu, "-")).join("_"),
      title: listTitles(cluster.lines.map((line) => line.title)),
      mandate: "wsis",
      actionLines,
      sdgs,
      tags: [],
    };
  });
}
