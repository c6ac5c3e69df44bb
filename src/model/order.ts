import type * as z from "zod/mini";
import { deepFreeze } from "./snapshot.ts";

// One canonical key order: the order of the schema's shape, which is also the order zod's own output
// has. A programme built by hand (createProgramme) is put in it, so a programme saved as JSON and
// parsed back serialises to the same bytes, and files kept in git do not churn.

interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.core.$ZodType>;
  readonly element?: z.core.$ZodType;
  readonly innerType?: z.core.$ZodType;
  readonly out?: z.core.$ZodType;
  readonly options?: readonly z.core.$ZodType[];
}

function defOf(schema: z.core.$ZodType): Def {
  return schema._zod.def as unknown as Def;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * `value` (already valid for `schema`) with every object's keys in the schema's order, keys the
 * schema does not name last in their own order. Arrays and values are copied, never changed.
 *
 * @param schema - The schema the value conforms to.
 * @param value - A valid value.
 * @returns A copy in canonical key order.
 */
export function inSchemaOrder<T>(schema: z.core.$ZodType, value: T): T {
  return planOf(schema)(value, false) as T;
}

/**
 * `inSchemaOrder`, the copy deep-frozen as it is made (internal: `createProgramme` freezes what it
 * returns, and this spares it a second walk). Values the copy keeps as they are are deep-frozen too.
 */
export function frozenInSchemaOrder<T>(schema: z.core.$ZodType, value: T): T {
  return planOf(schema)(value, true) as T;
}

/** How to put a value of one schema in order (and freeze the copy): built once per schema, as the walk reaches it. */
type Plan = (value: unknown, freeze: boolean) => unknown;

// Schemas are module-level constants: a schema's plan depends on nothing else, so keeping it is safe.
const PLANS = new WeakMap<z.core.$ZodType, Plan>();
const asIs: Plan = (value, freeze) => (freeze ? deepFreeze(value) : value);

function planOf(schema: z.core.$ZodType): Plan {
  let plan = PLANS.get(schema);
  if (plan === undefined) {
    plan = compile(schema);
    PLANS.set(schema, plan);
  }
  return plan;
}

/** A child's plan, looked up on first use (so a recursive schema does not recurse here). */
function lazy(schema: z.core.$ZodType): Plan {
  let plan: Plan | undefined;
  return (value, freeze) => {
    plan ??= planOf(schema);
    return plan(value, freeze);
  };
}

function compile(schema: z.core.$ZodType): Plan {
  const def = defOf(schema);
  switch (def.type) {
    case "object": {
      if (def.shape === undefined) return asIs;
      const shape = def.shape;
      const keys = Object.keys(shape).filter((key) => shape[key] !== undefined);
      const children = keys.map((key) => lazy(shape[key] as z.core.$ZodType));
      return (value, freeze) => {
        if (!isPlainObject(value)) return asIs(value, freeze);
        const out: Record<string, unknown> = {};
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i] as string;
          if (!Object.hasOwn(value, key)) continue;
          const child = value[key];
          // Every plan gives a primitive back as it is: copy it without the call.
          out[key] =
            typeof child === "object" && child !== null ? (children[i] as Plan)(child, freeze) : child;
        }
        // Keys the schema does not name come last, in their own order.
        for (const key of Object.keys(value))
          if (!Object.hasOwn(out, key)) out[key] = asIs(value[key], freeze);
        return freeze ? Object.freeze(out) : out;
      };
    }
    case "array": {
      if (def.element === undefined) return asIs;
      const element = lazy(def.element);
      return (value, freeze) => {
        if (!Array.isArray(value)) return asIs(value, freeze);
        const out = value.map((item) =>
          typeof item === "object" && item !== null ? element(item, freeze) : item,
        );
        return freeze ? Object.freeze(out) : out;
      };
    }
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "nonoptional":
    case "readonly":
    case "catch":
      return def.innerType === undefined ? asIs : lazy(def.innerType);
    case "pipe":
      return def.out === undefined ? asIs : lazy(def.out);
    case "union": {
      // The first object option for an object, the first array option for an array.
      const options = def.options ?? [];
      const forArray = options.find((candidate) => unwrapType(candidate) === "array");
      const forObject = options.find((candidate) => unwrapType(candidate) === "object");
      const array = forArray === undefined ? asIs : lazy(forArray);
      const object = forObject === undefined ? asIs : lazy(forObject);
      return (value, freeze) =>
        Array.isArray(value)
          ? array(value, freeze)
          : isPlainObject(value)
            ? object(value, freeze)
            : asIs(value, freeze);
    }
    default:
      return asIs;
  }
}

function unwrapType(schema: z.core.$ZodType): string {
  const def = defOf(schema);
  if (def.innerType !== undefined && def.type !== "object") return unwrapType(def.innerType);
  return def.type;
}
