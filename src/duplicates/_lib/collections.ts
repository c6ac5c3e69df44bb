import { compareText } from "../../model/index.ts";

type TypedArray = Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer> | Uint8Array<ArrayBuffer>;

/**
 * A copy of a typed array twice as long (so growing one item at a time costs amortised O(1)); new items
 * are `fill`, or 0.
 */
export function grown<T extends TypedArray>(array: T, fill = 0): T {
  const copy = new (array.constructor as new (length: number) => T)(array.length * 2);
  copy.set(array);
  if (fill !== 0) copy.fill(fill, array.length);
  return copy;
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

/** Lists of small integers, record i's at `values[offsets[i]…offsets[i+1])`. */
export interface Csr {
  readonly offsets: Int32Array;
  readonly values: Int32Array;
}

/** How many values record i has in `lists` (lists of values, or of words). */
export const sizeIn = ({ offsets }: { readonly offsets: Int32Array }, i: number): number =>
  (offsets[i + 1] as number) - (offsets[i] as number);

/** Record i's values in `lists` (a view, not a copy). */
export const valuesOf = (lists: Csr, i: number): Int32Array =>
  lists.values.subarray(lists.offsets[i] as number, lists.offsets[i + 1] as number);

/** Calls `visit` with each of record i's values in `lists`, in order. */
export function forEachIn(lists: Csr, i: number, visit: (value: number) => void): void {
  const { offsets, values } = lists;
  for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++) visit(values[k] as number);
}

/** Record i's list in `lists`, as an array. */
export const listOf = (lists: Csr, i: number): number[] => Array.from(valuesOf(lists, i));

/** The values records i and j both have in `lists`, in i's order (ascending). */
export function sharedValues(lists: Csr, i: number, j: number): number[] {
  const other = new Set(listOf(lists, j));
  return listOf(lists, i).filter((value) => other.has(value));
}

/**
 * Lists of small integers built record by record, in record order: `add` (or `addAll`) record i's values,
 * then `end(i)`.
 */
export function csrBuilder(n: number) {
  const offsets = new Int32Array(n + 1);
  let values = new Int32Array(1024);
  let length = 0;
  const add = (value: number): void => {
    if (length >= values.length) values = grown(values);
    values[length++] = value;
  };
  return {
    add,
    addAll(list: Iterable<number>): void {
      for (const value of list) add(value);
    },
    end(i: number): void {
      offsets[i + 1] = length;
    },
    done: (): Csr => ({ offsets, values: values.slice(0, length) }),
  };
}
