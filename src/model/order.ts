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
  return reorder(schema, value) as T;
}

function reorder(schema: z.core.$ZodType, value: unknown): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case "object": {
      if (!isPlainObject(value) || def.shape === undefined) return value;
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(def.shape)) {
        const child = def.shape[key];
        if (Object.hasOwn(value, key) && child !== undefined) out[key] = reorder(child, value[key]);
      }
      for (const key of Object.keys(value)) if (!Object.hasOwn(out, key)) out[key] = value[key];
      return out;
    }
    case "array":
      return Array.isArray(value) && def.element !== undefined
        ? value.map((item) => reorder(def.element as z.core.$ZodType, item))
        : value;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "nonoptional":
    case "readonly":
    case "catch":
      return def.innerType === undefined ? value : reorder(def.innerType, value);
    case "pipe":
      return def.out === undefined ? value : reorder(def.out, value);
    case "union": {
      // The first object option for an object, the first array option for an array.
      const wanted = Array.isArray(value) ? "array" : isPlainObject(value) ? "object" : undefined;
      const option = def.options?.find((candidate) => unwrapType(candidate) === wanted);
      return option === undefined ? value : reorder(option, value);
    }
    default:
      return value;
  }
}

function unwrapType(schema: z.core.$ZodType): string {
  const def = defOf(schema);
  if (def.innerType !== undefined && def.type !== "object") return unwrapType(def.innerType);
  return def.type;
}
