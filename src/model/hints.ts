import * as z from "zod/mini";
import { $constructor, $ZodObjectJIT } from "zod/v4/core";

// "Did you mean" hints for unknown ids and unknown keys, shared by every validator.

/** Edit distance between two short strings (case-insensitive), for "did you mean" hints. */
function distance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[t.length] ?? 0;
}

/** Longest text compared for a hint: a hostile 1 MB key must not cost a 1 MB × n distance table. */
const MAX_HINT_LENGTH = 200;

/**
 * The known id nearest to `unknown`, when one is close enough to be a likely typo
 * (ties go to the earlier id in `known`).
 */
export function nearestId(unknown: string, known: Iterable<string>): string | undefined {
  if (unknown.length > MAX_HINT_LENGTH) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const id of known) {
    if (Math.abs(id.length - unknown.length) >= bestDistance || id.length > MAX_HINT_LENGTH) continue;
    const d = distance(unknown, id);
    if (d < bestDistance) {
      best = id;
      bestDistance = d;
    }
  }
  const limit = Math.max(2, Math.floor(unknown.length / 3));
  return bestDistance <= limit ? best : undefined;
}

/** "unknown action line "C12"; did you mean "C1"?" — an unknown id with the nearest known one. */
export function unknownIdMessage(noun: string, unknown: string, known: Iterable<string>): string {
  const hint = nearestId(unknown, known);
  return hint === undefined
    ? `unknown ${noun} "${unknown}"`
    : `unknown ${noun} "${unknown}"; did you mean "${hint}"?`;
}

/** A key as a message quotes it, shortened: a key can be any string, a megabyte of it included. */
export function shownKey(key: string): string {
  return JSON.stringify(key.length > 60 ? `${key.slice(0, 57)}...` : key);
}

/**
 * `unknown key "pin"; did you mean "pins"?`, or the keys the object takes when none is near.
 *
 * @param key - The key found in the input.
 * @param known - The keys the object takes.
 */
export function unknownKeyMessage(key: string, known: readonly string[]): string {
  const hint = nearestId(key, known);
  const unknown = `unknown key ${shownKey(key)}`;
  if (hint !== undefined) return `${unknown}; did you mean "${hint}"?`;
  return known.length === 0
    ? `${unknown}: this object takes no keys`
    : `${unknown}; expected one of: ${known.join(", ")}`;
}

/** The key list a strict object's `unrecognized_keys` issue carries (see `strictObject`), so each key gets its hint. */
export const KNOWN_KEYS = "knownKeys";

/**
 * zod error map for strict objects: records the object's keys on the issue, so `issuesFromZod` can
 * report each unknown key at its own path with the nearest known key.
 */
export function keyHints(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== "unrecognized_keys") return undefined;
  const shape = (issue.inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod
    ?.def?.shape;
  const known = shape === undefined ? [] : Object.keys(shape);
  (issue as unknown as Record<string, unknown>)[KNOWN_KEYS] = known;
  return issue.keys.map((key) => unknownKeyMessage(key, known)).join("; ");
}

/**
 * zod/mini's object, parsed the way zod's classic build parses objects: by code compiled once per shape
 * ($ZodObjectJIT) where the platform allows `new Function`, else as mini does. It is 1.2–1.5× faster on
 * large registers, and it moves nested issues one at a time, where mini's object spreads them
 * (`push(...issues)`, a RangeError past ~125,000 problems in one list).
 */
const ZodMiniObjectJIT = $constructor(
  "ZodMiniObject",
  (inst: z.ZodMiniObject, def: z.ZodMiniObject["_zod"]["def"]) => {
    $ZodObjectJIT.init(inst, def);
    (z.ZodMiniType.init as (inst: unknown, def: unknown) => void)(inst, def);
    Object.defineProperty(inst, "shape", { get: () => inst._zod.def.shape, configurable: true });
  },
);

/**
 * An object schema that rejects unknown keys, each with "did you mean" for the nearest known key:
 * input files are written by hand, and a misspelt `pin:` must not be silently dropped.
 *
 * @param shape - The object's keys and their schemas.
 * @returns `z.strictObject(shape)` with key hints.
 * @example
 * strictObject({ pins: z.array(z.string()) }).safeParse({ pin: [] }); // fails: unknown key "pin"; did you mean "pins"?
 */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T) {
  const schema = z.strictObject(shape, { error: keyHints });
  // Same definition, compiled parser; `z.extend`, `z.omit` and the like clone through this constructor.
  return new ZodMiniObjectJIT(schema._zod.def) as unknown as typeof schema;
}
