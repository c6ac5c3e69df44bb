// Small helpers over lists and maps that several modules share.

/**
 * Items by their ids (a later item with the same id wins, as `new Map` has it).
 *
 * @example
 * byId([{ id: "C1" }, { id: "C2" }]).get("C2"); // { id: "C2" }
 */
export function byId<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/**
 * Appends `items` to the list under `key`, starting the list when there is none.
 *
 * @example
 * const byLine = new Map<string, number[]>();
 * appendTo(byLine, "C1", 4); appendTo(byLine, "C1", 9); // byLine.get("C1") is [4, 9]
 */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, ...items: V[]): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, items);
  else for (const item of items) list.push(item);
}

/**
 * Calls `report` for each value an earlier one equals, with its index and the first one's index, in
 * list order.
 *
 * @example
 * forEachRepeat(["a", "b", "a"], (value, index, first) => …); // called once: ("a", 2, 0)
 */
export function forEachRepeat<T>(
  values: readonly T[],
  report: (value: T, index: number, first: number) => void,
): void {
  // Most lists checked have one entry: no Map for those.
  if (values.length < 2) return;
  const firstIndex = new Map<T, number>();
  values.forEach((value, index) => {
    const first = firstIndex.get(value);
    if (first === undefined) firstIndex.set(value, index);
    else report(value, index, first);
  });
}

/**
 * Orders text by UTF-16 code units, as `<` does (not by locale), so sorts give the same order on every
 * machine.
 *
 * @example
 * ["b", "B", "a"].sort(compareText); // ["B", "a", "b"]
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The keys of `T` whose values may be `undefined`. */
type MaybeUndefinedKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T];

/** `T` with the fields that may be `undefined` made optional instead: absent when there is no value. */
export type WithoutUndefined<T> = { [K in Exclude<keyof T, MaybeUndefinedKeys<T>>]: T[K] } & {
  [K in MaybeUndefinedKeys<T>]?: Exclude<T[K], undefined>;
};

/**
 * A copy of `fields` without the ones whose value is `undefined`, the others in the same order: how a
 * built value leaves out the optional fields it has no value for (rather than holding `undefined`).
 *
 * @example
 * withoutUndefined({ year: 2026, opens: undefined, note: "recalled" }); // { year: 2026, note: "recalled" }
 */
export function withoutUndefined<T extends object>(fields: T): WithoutUndefined<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as WithoutUndefined<T>;
}

/** A `Map` or a `WeakMap`: what `cached` keeps its values in. */
interface Cache<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The value kept under `key`, computed and kept the first time it is asked for (a computed
 * `undefined` is computed again).
 *
 * @example
 * cached(COVERAGE, record, () => recordCoverage(record)); // worked out once per record
 */
export function cached<K, V>(cache: Cache<K, V>, key: K, compute: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    cache.set(key, value);
  }
  return value;
}
