import { compareText } from "../../model/index.ts";

type TypedArray = Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer> | Uint8Array<ArrayBuffer>;

/**
 * A longer copy of a typed array: `least` items at least, and twice as many as before when that is more
 * (so growing one item at a time costs amortised O(1)); new items are `fill`, or 0.
 */
export function grown<T extends TypedArray>(array: T, least = 0, fill = 0): T {
  const copy = new (array.constructor as new (length: number) => T)(Math.max(least, array.length * 2));
  copy.set(array);
  if (fill !== 0) copy.fill(fill, array.length);
  return copy;
}

/** The value `map` holds under `key`; when it holds none, `create()`'s, stored there first. */
export function getOrInsert<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

/** `list`, or `undefined` when it is empty (for a property left out when it has no items). */
export function nonEmpty<T extends readonly unknown[]>(list: T): T | undefined {
  return list.length > 0 ? list : undefined;
}

/** Adds `amount` (1 unless given) to the number `map` holds under `key` (0 when it holds none). */
export function addTo<K>(map: Map<K, number>, key: K, amount = 1): void {
  map.set(key, (map.get(key) ?? 0) + amount);
}

/** The distinct strings of `values`, in code-unit order (the same on every machine). */
export function sortedDistinctText(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareText);
}
