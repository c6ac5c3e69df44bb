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
