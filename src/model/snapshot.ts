import { type InputIssue, PlannerInputError } from "./errors.ts";

// Inputs are read once, into plain data the library owns, before anything else looks at them: a
// Proxy or a getter that throws becomes an input error with its path (not an exception from deep
// inside), nothing the library does later can change or freeze the caller's objects, and a value
// that changes between two reads cannot make a check and its use disagree.

/** Objects the library built, validated and froze (catalogues, programmes, prepared checks): read as they are. */
const TRUSTED = new WeakSet<object>();

/** Marks a deep-frozen value the library built as safe to read without copying. */
export function trust<T extends object>(value: T): T {
  TRUSTED.add(value);
  return value;
}

/**
 * Freezes a value the library built and everything in it (never the caller's objects): the one deep
 * freeze of catalogues, records and programmes. Arrays by index, which spares building a key list.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const child: unknown = value[i];
        if (typeof child === "object" && child !== null) deepFreeze(child);
      }
    } else {
      // for…in, not Object.values: no array built per object (a plain object has no inherited keys).
      for (const key in value) {
        const child: unknown = (value as Record<string, unknown>)[key];
        if (typeof child === "object" && child !== null) deepFreeze(child);
      }
    }
  }
  return value;
}

/** Whether `value` is a library-built, deep-frozen value. */
export function isTrusted(value: unknown): boolean {
  return typeof value === "object" && value !== null && TRUSTED.has(value);
}

function describe(error: unknown): string {
  let text: string;
  try {
    text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    text = "an unprintable error";
  }
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

type Path = (string | number)[];

/** Longest list read: a sparse array with `length` 10⁹ must not allocate 10⁹ slots. */
const MAX_ITEMS = 10_000_000;

/**
 * A copy of `value` as plain data: arrays and plain objects (also prototype-less ones) are copied key by
 * key, without recursion (10⁴-deep nesting is fine); functions, library-built values and other objects
 * (a `Map`, a `Date`) are kept as they are, for the schemas to accept or reject. An own `__proto__` key
 * stays an own key. Shared and cyclic references to an object that holds objects stay shared; a list or
 * object of plain values met twice is copied twice.
 *
 * @param value - Any value a caller passed.
 * @param subject - What it is, for the error message.
 * @param at - Where it sits among the arguments (prefix of every issue path).
 * @returns The copy.
 * @throws {PlannerInputError} When reading part of it throws (a Proxy trap, a getter), naming each path.
 */
export function readInput<T>(value: T, subject = "input", at: readonly (string | number)[] = []): T {
  if (typeof value !== "object" || value === null || TRUSTED.has(value)) return value;
  const issues: InputIssue[] = [];
  const copies = new Map<object, unknown>();
  // Work items: read `source`, write its copy into `target[key]`. An item's path is its parent's path
  // and its key, built only when a read fails (no path array per value read).
  interface Item {
    source: unknown;
    target: Record<string | number, unknown>;
    key: string | number;
    parent: Item | undefined;
  }
  const pathOf = (item: Item | undefined, child?: string | number): Path => {
    const path: Path = child === undefined ? [] : [child];
    for (let node = item; node?.parent !== undefined; node = node.parent) path.push(node.key);
    return [...at, ...path.reverse()];
  };
  const fail = (path: Path, error: unknown) =>
    issues.push({ path, message: `could not be read (${describe(error)})` });
  const root: { value?: unknown } = {};
  const stack: Item[] = [
    { source: value, target: root as Record<string, unknown>, key: "value", parent: undefined },
  ];
  while (stack.length > 0) {
    const item = stack.pop() as Item;
    const { source, target, key } = item;
    if (typeof source !== "object" || source === null || TRUSTED.has(source)) {
      define(target, key, source);
      continue;
    }
    const existing = copies.get(source);
    if (existing !== undefined) {
      define(target, key, existing);
      continue;
    }
    let copy: Record<string | number, unknown>;
    let keys: string[] | undefined;
    let length = 0;
    try {
      if (Array.isArray(source)) {
        length = source.length;
        if (length > MAX_ITEMS) {
          issues.push({ path: pathOf(item), message: `has ${length} items; at most ${MAX_ITEMS} are read` });
          continue;
        }
        copy = new Array(length) as unknown as Record<number, unknown>;
      } else {
        const proto = Object.getPrototypeOf(source);
        if (proto !== Object.prototype && proto !== null) {
          define(target, key, source);
          continue;
        }
        copy = {};
        keys = Object.keys(source);
        length = keys.length;
      }
    } catch (error) {
      fail(pathOf(item), error);
      continue;
    }
    define(target, key, copy);
    // Values other than objects are written at once, in key order; an object gets its key now (so the
    // copy keeps the key order) and its copy when its turn on the stack comes, in the same order.
    const objectsFrom = stack.length;
    for (let i = 0; i < length; i++) {
      const child = keys === undefined ? i : (keys[i] as string);
      let read: unknown;
      try {
        read = (source as Record<string | number, unknown>)[child];
      } catch (error) {
        fail(pathOf(item, child), error);
        continue;
      }
      if (typeof read !== "object" || read === null || TRUSTED.has(read)) define(copy, child, read);
      else {
        define(copy, child, undefined);
        stack.push({ source: read, target: copy, key: child, parent: item });
      }
    }
    // Only an object that holds objects is remembered (before any of them is read, so a cycle back to it
    // finds its copy). A list or object of plain values shared by two places is copied at each, as the
    // schemas copy it anyway: most of a register's objects are such leaves, and a Map entry each was a
    // tenth of findDuplicates' time.
    if (stack.length > objectsFrom) copies.set(source, copy);
    // Popped first to last, as before.
    for (let a = objectsFrom, b = stack.length - 1; a < b; a++, b--) {
      const swap = stack[a] as Item;
      stack[a] = stack[b] as Item;
      stack[b] = swap;
    }
  }
  if (issues.length > 0) throw new PlannerInputError(issues, subject);
  return root.value as T;
}

function define(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  // Plain assignment makes an own, enumerable, writable property on an array or a fresh object, except
  // for "__proto__", which would set the prototype instead.
  if (key !== "__proto__") target[key] = value;
  else Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
