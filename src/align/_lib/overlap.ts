import { indexOf } from "../../catalogue/index.ts";
import type { Catalogue } from "../../model/index.ts";
import { distinct, filled, push } from "./lists.ts";

/** Ancestors of every line, nearest first (`C7.e-health` → `["C7"]`), built once per catalogue. */
const ANCESTORS = new WeakMap<Catalogue, Map<string, readonly string[]>>();

export function ancestorsOf(catalogue: Catalogue): ReadonlyMap<string, readonly string[]> {
  let table = ANCESTORS.get(catalogue);
  if (table === undefined) {
    const lines = indexOf(catalogue).lines;
    table = new Map();
    for (const line of catalogue.actionLines) {
      const chain: string[] = [];
      const seen = new Set<string>([line.id]);
      for (let parent = line.parent; parent !== undefined && !seen.has(parent); ) {
        chain.push(parent);
        seen.add(parent);
        parent = lines.get(parent)?.parent;
      }
      table.set(line.id, chain);
    }
    ANCESTORS.set(catalogue, table);
  }
  return table;
}

/** What the overlap of two line sets is made of. */
export interface LineOverlap {
  /** The soft Dice coefficient of the two sets, 0–1. */
  readonly overlap: number;
  /** Lines in both sets, in the first set's order. */
  readonly shared: string[];
  /** Pairs where one line refines the other (`["C7", "C7.e-health"]`), first set's line first. */
  readonly related: [string, string][];
}

/** How two lines compare: 1 when equal, `partial^d` when one is the other's ancestor `d` levels up, else 0. */
export function lineSimilarity(
  a: string,
  b: string,
  ancestors: ReadonlyMap<string, readonly string[]>,
  partial: number,
): number {
  if (a === b) return 1;
  const up = (ancestors.get(a) ?? []).indexOf(b);
  if (up >= 0) return partial ** (up + 1);
  const down = (ancestors.get(b) ?? []).indexOf(a);
  return down >= 0 ? partial ** (down + 1) : 0;
}

/**
 * Soft Dice overlap of two sets of lines: each line scores its best similarity in the other set, and
 * the scores of both sides are summed and divided by the two sizes together.
 */
export function lineOverlap(
  first: readonly string[],
  second: readonly string[],
  ancestors: ReadonlyMap<string, readonly string[]>,
  partial: number,
): LineOverlap {
  const a = distinct(first);
  const b = distinct(second);
  if (a.length + b.length === 0) return { overlap: 0, shared: [], related: [] };
  const bestOfB = filled(b.length, 0);
  const shared: string[] = [];
  const related: [string, string][] = [];
  let total = 0;
  for (const x of a) {
    let best = 0;
    b.forEach((y, j) => {
      const s = lineSimilarity(x, y, ancestors, partial);
      if (s === 0) return;
      if (s === 1) shared.push(x);
      else related.push([x, y]);
      if (s > best) best = s;
      if (s > (bestOfB[j] ?? 0)) bestOfB[j] = s;
    });
    total += best;
  }
  for (const s of bestOfB) total += s;
  return { overlap: total / (a.length + b.length), shared, related };
}

export interface Filed<T> {
  readonly year: number;
  readonly entry: T;
  /** Filing order, for ties. */
  readonly order: number;
}

/** Where theme-years are filed so that the ones touching a line are found without a scan. */
export class LineIndex<T> {
  /** Entries filed under each of their lines and each ancestor of those lines. */
  private readonly covering = new Map<string, Filed<T>[]>();
  /** Entries filed under their own lines only. */
  private readonly exact = new Map<string, Filed<T>[]>();
  private sorted = true;
  private count = 0;

  constructor(private readonly ancestors: ReadonlyMap<string, readonly string[]>) {}

  add(year: number, lines: readonly string[], entry: T): void {
    const filed: Filed<T> = { year, entry, order: this.count++ };
    const keys = new Set<string>();
    for (const line of distinct(lines)) {
      push(this.exact, line, filed);
      keys.add(line);
      for (const up of this.ancestors.get(line) ?? []) keys.add(up);
    }
    for (const key of keys) push(this.covering, key, filed);
    this.sorted = false;
  }

  /** Entries of `year` that share a line with `lines` or refine or generalise one, in filing order. */
  inYear(year: number, lines: readonly string[]): T[] {
    this.sort();
    const found = new Map<number, T>();
    for (const list of this.listsFor(lines)) {
      for (let i = lowerBound(list, year); i < list.length; i++) {
        const item = list[i];
        if (item === undefined || item.year !== year) break;
        found.set(item.order, item.entry);
      }
    }
    return [...found.entries()].sort((x, y) => x[0] - y[0]).map(([, entry]) => entry);
  }

  /** The entry nearest `year` touching `lines`, filed with its year (ties: the earlier year, then the first filed). */
  nearest(year: number, lines: readonly string[]): Filed<T> | undefined {
    this.sort();
    let best: Filed<T> | undefined;
    const consider = (item: Filed<T> | undefined) => {
      if (item !== undefined && (best === undefined || closer(item, best, year))) best = item;
    };
    for (const list of this.listsFor(lines)) {
      const i = lowerBound(list, year);
      // The first-filed entries of the nearest year at or after `year`, and of the one before it.
      consider(list[i]);
      const previous = list[i - 1];
      if (previous !== undefined) consider(list[lowerBound(list, previous.year)]);
    }
    // Typed anew: TypeScript does not see `consider` assign `best`, and would take it for `undefined`.
    const found: Filed<T> | undefined = best;
    return found;
  }

  private listsFor(lines: readonly string[]): Filed<T>[][] {
    const lists: Filed<T>[][] = [];
    for (const line of distinct(lines)) {
      const down = this.covering.get(line);
      if (down !== undefined) lists.push(down);
      for (const up of this.ancestors.get(line) ?? []) {
        const list = this.exact.get(up);
        if (list !== undefined) lists.push(list);
      }
    }
    return lists;
  }

  private sort(): void {
    if (this.sorted) return;
    const byYear = (x: Filed<T>, y: Filed<T>) => x.year - y.year || x.order - y.order;
    for (const lists of [this.covering, this.exact]) for (const list of lists.values()) list.sort(byYear);
    this.sorted = true;
  }
}

function closer(candidate: Filed<unknown>, best: Filed<unknown>, year: number): boolean {
  const dc = Math.abs(candidate.year - year);
  const db = Math.abs(best.year - year);
  if (dc !== db) return dc < db;
  if (candidate.year !== best.year) return candidate.year < best.year;
  return candidate.order < best.order;
}

/** First index whose year is at least `year`. */
function lowerBound(list: readonly { year: number }[], year: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((list[mid]?.year ?? Number.POSITIVE_INFINITY) < year) low = mid + 1;
    else high = mid;
  }
  return low;
}
