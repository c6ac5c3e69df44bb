import fc from "fast-check";
import {
  HEAVY_REPLACEMENTS,
  HOSTILE_STRINGS,
  OPAQUE,
  REPLACEMENT_NAMES,
  REPLACEMENTS,
  withThrowingGetter,
} from "./hostile.ts";

// Mutations of valid inputs. A plan is plain data (what fast-check generates and shrinks); `build`
// turns a base and a plan into a fresh input, so each run of a function gets its own copy.

export type Operation = "replace" | "drop" | "addKey" | "getter" | "splice" | "idKey";

export interface Mutation {
  readonly arg: number;
  /** Each step picks a child (`step % children`); a step divisible by 7 stops the walk there. */
  readonly steps: readonly number[];
  readonly op: Operation;
  readonly replacement: string;
  readonly key: string;
  readonly at: number;
}

export interface Plan {
  readonly base: number;
  readonly mutations: readonly Mutation[];
}

const KEYS = ["__proto__", "constructor", "prototype", "pin", "sesionDays", "firstsession", "x", "toString"];

const mutation: fc.Arbitrary<Mutation> = fc.record({
  arg: fc.nat(8),
  steps: fc.array(fc.nat(1_000), { maxLength: 7 }),
  op: fc.constantFrom<Operation>(
    "replace",
    "replace",
    "replace",
    "drop",
    "addKey",
    "getter",
    "splice",
    "idKey",
  ),
  replacement: fc.oneof(
    {
      weight: 30,
      arbitrary: fc.constantFrom(...REPLACEMENT_NAMES.filter((name) => !HEAVY_REPLACEMENTS.has(name))),
    },
    { weight: 1, arbitrary: fc.constantFrom(...HEAVY_REPLACEMENTS) },
  ),
  key: fc.constantFrom(...KEYS),
  at: fc.nat(10_000),
});

/** Plans over `bases` base argument lists: zero (the base itself, now and then) to three mutations. */
export function planArbitrary(bases: number): fc.Arbitrary<Plan> {
  return fc.record({
    base: fc.nat(Math.max(0, bases - 1)),
    mutations: fc.oneof(
      { weight: 1, arbitrary: fc.constant([]) },
      { weight: 12, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }) },
    ),
  });
}

/** Arrays and plain (or prototype-less) objects: what a walk descends into and a mutation edits. */
function isContainer(value: unknown): value is Record<string | number, unknown> {
  if (typeof value !== "object" || value === null || OPAQUE.has(value)) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A deep copy of plain data: arrays and objects copied, everything else (functions, classes) shared. */
export function clone<T>(value: T, depth = 0): T {
  // Past 1,000 levels (a 10⁴-deep mutation copied by a later one) the rest is shared, not copied.
  if (depth > 1_000) return value;
  if (Array.isArray(value)) return value.map((item) => clone(item, depth + 1)) as T;
  if (isContainer(value) && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const copy = clone(value[key], depth + 1);
      Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
    }
    return out as T;
  }
  return value;
}

function childKeys(container: Record<string | number, unknown>): (string | number)[] {
  return Array.isArray(container) ? container.map((_, i) => i) : Object.keys(container);
}

function setOwn(container: Record<string | number, unknown>, key: string | number, value: unknown): void {
  // defineProperty, so "__proto__" becomes an own key (as JSON.parse makes it) rather than the prototype.
  Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
}

function apply(args: unknown[], m: Mutation): void {
  if (args.length === 0) return;
  const holder: Record<string | number, unknown> = args as unknown as Record<number, unknown>;
  let parent: Record<string | number, unknown> = holder;
  let key: string | number = m.arg % args.length;
  for (const step of m.steps) {
    const current = parent[key];
    if (step % 7 === 0 || !isContainer(current)) break;
    const keys = childKeys(current);
    if (keys.length === 0) break;
    parent = current;
    key = keys[step % keys.length] as string | number;
  }
  const current = parent[key];
  switch (m.op) {
    case "replace":
      setOwn(parent, key, (REPLACEMENTS[m.replacement] as (original: unknown) => unknown)(current));
      return;
    case "drop":
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      return;
    case "addKey":
      if (isContainer(current) && !Array.isArray(current)) setOwn(current, m.key, "C1");
      else setOwn(parent, key, { [m.key]: current });
      return;
    case "getter":
      if (isContainer(current) && !Array.isArray(current)) {
        const keys = Object.keys(current);
        const target = keys.length === 0 ? m.key : (keys[m.at % keys.length] as string);
        setOwn(parent, key, withThrowingGetter(current as Record<string, unknown>, target));
      }
      return;
    case "splice":
      if (typeof current === "string") {
        const hostile = HOSTILE_STRINGS[m.at % HOSTILE_STRINGS.length] as string;
        const at = m.at % (current.length + 1);
        setOwn(parent, key, current.slice(0, at) + hostile + current.slice(at));
      } else if (Array.isArray(current) && current.length > 0) {
        current.splice(m.at % current.length, 0, clone(current[m.at % current.length]));
      }
      return;
    case "idKey":
      // Prototype-polluting names as ids: every string under the walk becomes one.
      setOwn(parent, key, typeof current === "string" ? (m.key === "x" ? "__proto__" : m.key) : current);
      return;
    default: {
      const unreachable: never = m.op;
      throw new Error(`unknown operation ${String(unreachable)}`);
    }
  }
}

/** A fresh input: a copy of the base with the plan's mutations applied. */
export function build(bases: readonly (readonly unknown[])[], plan: Plan): unknown[] {
  const base = bases[plan.base % bases.length] ?? [];
  const args = clone([...base]);
  for (const m of plan.mutations) apply(args, m);
  return args;
}
