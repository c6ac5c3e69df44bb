import type * as z from "zod/mini";

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
  return planOf(schema)(value) as T;
}

/** How to put a value of one schema in order: built once per schema, as the walk reaches it. */
type Plan = (value: unknown) => unknown;

// Schemas are module-level constants: a schema's plan depends on nothing else, so keeping it is safe.
const PLANS = new WeakMap<z.core.$ZodType, Plan>();
const asIs: Plan = (value) => value;

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
  return (value) => {
    plan ??= planOf(schema);
    return plan(value);
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
      return (value) => {
        if (!isPlainObject(value)) return value;
        const out: Record<string, unknown> = {};
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i] as string;
          if (Object.hasOwn(value, key)) out[key] = (children[i] as Plan)(value[key]);
        }
        // Keys the schema does not name come last, in their own order.
        for (const key of Object.keys(value)) if (!Object.hasOwn(out, key)) out[key] = value[key];
        return out;
      };
    }
    case "array": {
      if (def.element === undefined) return asIs;
      const element = lazy(def.element);
      return (value) => (Array.isArray(value) ? value.map((item) => element(item)) : value);
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
      return (value) => (Array.isArray(value) ? array(value) : isPlainObject(value) ? object(value) : value);
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
