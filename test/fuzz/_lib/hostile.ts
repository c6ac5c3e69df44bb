// Hostile values for the fuzz suite: wrong types, extreme numbers, huge and deep structures, Proxies
// and throwing getters, prototype-less objects, prototype-polluting keys, hostile strings.

/** Objects whose reads run code (Proxies, getters): fingerprints record them without reading them. */
export const OPAQUE = new WeakSet<object>();

export class HostileReadError extends Error {
  override readonly name = "HostileReadError";
}

function opaque<T extends object>(value: T): T {
  OPAQUE.add(value);
  return value;
}

/** A Proxy whose every trap throws. */
export function throwingProxy(): object {
  const fail = () => {
    throw new HostileReadError("proxy trap");
  };
  return opaque(
    new Proxy(
      {},
      {
        get: fail,
        has: fail,
        ownKeys: fail,
        getOwnPropertyDescriptor: fail,
        getPrototypeOf: fail,
        set: fail,
      },
    ),
  );
}

/** A Proxy over `target` that behaves like it (reads pass through), to check nothing trips on a Proxy. */
export function transparentProxy(target: object): object {
  return opaque(new Proxy(target, {}));
}

/** An object (copy of `base`) with a throwing getter at `key`. */
export function withThrowingGetter(base: Record<string, unknown>, key: string): object {
  const out: Record<string, unknown> = { ...base };
  Object.defineProperty(out, key, {
    enumerable: true,
    configurable: true,
    get() {
      throw new HostileReadError(`getter ${key}`);
    },
  });
  return opaque(out);
}

/** 10⁴ levels of nesting, built without recursion. */
export function deepNest(depth = 10_000, asArray = false): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

export const HOSTILE_STRINGS: readonly string[] = [
  "",
  " ",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "=1+1",
  "@SUM(A1)",
  "Budget;=1+1",
  "\u0000\u0001\u001f",
  "\r\n\t",
  "\u202e\u2066RTL",
  "💥".repeat(50),
  "\ud800",
  "a".repeat(100_000),
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is the hostile text here
  "${process.exit(1)}",
  "../../etc/passwd",
  "C1",
  "2027-02-30",
  "9999-99-99",
  "1e308",
  "NaN",
  "]]><!--",
  "&#233;&amp;&lt;",
];

export const HOSTILE_NUMBERS: readonly number[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  -0,
  0,
  -1,
  0.5,
  1989,
  2201,
  2_147_483_648,
];

/** Builders of replacement values, by name (names are what the generator draws and reports). */
export const REPLACEMENTS: Readonly<Record<string, (original: unknown) => unknown>> = {
  undefined: () => undefined,
  null: () => null,
  true: () => true,
  false: () => false,
  emptyArray: () => [],
  emptyObject: () => ({}),
  nullProto: () => Object.create(null),
  nullProtoCopy: (original) =>
    original !== null && typeof original === "object" && !Array.isArray(original) && !OPAQUE.has(original)
      ? Object.create(null, Object.getOwnPropertyDescriptors(original))
      : Object.create(null),
  bigPrimitiveArray: () => Array.from({ length: 100_000 }, (_, i) => i),
  bigStringArray: () => Array.from({ length: 100_000 }, () => "C1"),
  bigCopies: (original) =>
    Array.isArray(original) && original.length > 0 ? Array.from({ length: 100_000 }, () => original[0]) : [],
  deepObject: () => deepNest(),
  deepArray: () => deepNest(10_000, true),
  throwingProxy: () => throwingProxy(),
  transparentProxy: (original) =>
    original !== null && typeof original === "object" ? transparentProxy(original) : original,
  function: () => () => 1,
  symbol: () => Symbol("s"),
  bigint: () => 10n,
  date: () => new Date(0),
  map: () => new Map([["a", 1]]),
  typedArray: () => new Uint8Array(4),
  stringified: (original) => {
    if (typeof original === "string") return original;
    try {
      return String(original);
    } catch {
      // String() of a throwing Proxy throws in the harness, not in the library.
      return "[unprintable]";
    }
  },
  numberString: (original) => (typeof original === "number" ? String(original) : "5"),
  ...Object.fromEntries(HOSTILE_NUMBERS.map((n) => [`number:${Object.is(n, -0) ? "-0" : n}`, () => n])),
  ...Object.fromEntries(HOSTILE_STRINGS.map((s, i) => [`string:${i}`, () => s])),
};

export const REPLACEMENT_NAMES: readonly string[] = Object.keys(REPLACEMENTS);

/** The replacements that build 10⁴–10⁵-element values: drawn less often, as each costs far more to run. */
export const HEAVY_REPLACEMENTS: ReadonlySet<string> = new Set([
  "bigPrimitiveArray",
  "bigStringArray",
  "bigCopies",
  "deepObject",
  "deepArray",
  "string:17",
]);
