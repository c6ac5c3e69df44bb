// Small list helpers the analyses share.

/** The distinct lines of a list, in first-seen order. */
export function distinct(lines: readonly string[]): string[] {
  return [...new Set(lines)];
}

/** Adds `value` to the list `map` keeps under `key`. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** A list of `length` items, each `value` (a dense array, as the graph and matching loops want). */
export function filled<T>(length: number, value: T): T[] {
  return new Array<T>(length).fill(value);
}
