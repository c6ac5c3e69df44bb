import type * as z from "zod/mini";
import { withoutUndefined } from "../collections.ts";

// The library's input schemas as JSON Schema (draft 2020-12), written as zod's own `z.toJSONSchema(schema,
// { io: "input", unrepresentable: "any" })` writes them, for the zod types and checks those schemas use.
// zod's generator handles every zod type, every JSON Schema draft, `$ref`s and cycles, and weighs 20 KB
// minified: a fifth of what a browser app downloads for the whole library. test/model/jsonSchema.test.ts
// holds this converter to zod's output, byte for byte, for every schema `jsonSchemaFor` names: a schema
// that starts using another type or check (`z.lt`, `z.int32()`, a second pattern, `.meta()`) fails it
// until the converter writes that too.

type Json = Record<string, unknown>;
type Schema = z.core.$ZodType;
type Check = z.core.$ZodCheck;

/**
 * The fields of zod's definitions this converter reads: each is there for the types that have it
 * (`shape` for objects, `innerType` for wrappers, …), which the `switch` on `type` picks.
 */
interface Def {
  type: string;
  checks?: Check[];
  shape: Record<string, Schema>;
  catchall?: Schema;
  element: Schema;
  options: Schema[];
  keyType: Schema;
  valueType: Schema;
  innerType: Schema;
  defaultValue: unknown;
  entries: Record<string, unknown>;
  values: unknown[];
}

/** The fields of zod's check definitions this converter reads. */
interface CheckDef {
  check: string;
  inclusive?: boolean;
  value: number;
  minimum: number;
  maximum: number;
  format: string;
  pattern?: RegExp;
}

interface Bounds {
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  isInt?: boolean;
  format?: string;
  pattern?: RegExp | undefined;
}

// The larger lower bound and the smaller upper bound win, as in zod.
const raise = (bounds: Bounds, key: "minimum" | "exclusiveMinimum", value: number) => {
  const current = bounds[key];
  if (current === undefined || value > current) bounds[key] = value;
};
const lower = (bounds: Bounds, value: number) => {
  if (bounds.maximum === undefined || value < bounds.maximum) bounds.maximum = value;
};

/**
 * What a schema's checks say of its bounds, length, format and pattern (zod's `aggregateChecks`):
 * `z.gt`/`z.gte`, `z.lte`, `z.minLength`/`z.maxLength`, `z.int()` (a safe integer), and the one
 * pattern of `z.regex` or of a date (`z.iso.date()` is its own first check).
 */
function boundsOf(schema: Schema): Bounds {
  const bounds: Bounds = {};
  const own = schema._zod.traits.has("$ZodCheck") ? [schema as unknown as Check] : [];
  for (const check of [...own, ...(schema._zod.def.checks ?? [])]) {
    const def = check._zod.def as unknown as CheckDef;
    switch (def.check) {
      case "greater_than":
        raise(bounds, def.inclusive ? "minimum" : "exclusiveMinimum", def.value);
        break;
      case "less_than":
        lower(bounds, def.value);
        break;
      case "min_length":
        raise(bounds, "minimum", def.minimum);
        break;
      case "max_length":
        lower(bounds, def.maximum);
        break;
      case "number_format":
        bounds.isInt = true;
        raise(bounds, "minimum", Number.MIN_SAFE_INTEGER);
        lower(bounds, Number.MAX_SAFE_INTEGER);
        break;
      case "string_format":
        bounds.format = def.format;
        bounds.pattern = def.pattern;
        break;
      // "overwrite" (trim and the like) and "custom" (refinements) say nothing a JSON Schema can.
    }
  }
  return bounds;
}

/** The JSON Schema of one zod schema, for its input (keys in zod's order; absent ones left out). */
function convert(schema: Schema): Json {
  const def = schema._zod.def as unknown as Def;
  switch (def.type) {
    case "string": {
      const { minimum, maximum, format, pattern } = boundsOf(schema);
      return withoutUndefined({
        type: "string",
        minLength: minimum,
        maxLength: maximum,
        // A date is `format: "date"`; a `z.regex` check has a pattern and no format.
        format: format === "date" ? format : undefined,
        pattern: pattern?.source,
      });
    }
    case "number": {
      const { minimum, maximum, exclusiveMinimum, isInt } = boundsOf(schema);
      const exclusive =
        exclusiveMinimum !== undefined && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
      return withoutUndefined({
        type: isInt ? "integer" : "number",
        ...(exclusive ? { exclusiveMinimum } : { minimum }),
        maximum,
      });
    }
    case "boolean":
      return { type: "boolean" };
    // Anything, as JSON Schema says it; `custom` (a `z.custom` check) has no equivalent and accepts anything.
    case "unknown":
    case "custom":
      return {};
    // zod/mini's enums are of strings.
    case "enum":
      return { type: "string", enum: Object.values(def.entries) };
    case "literal":
      return { type: typeof def.values[0], const: def.values[0] };
    case "array":
      return withoutUndefined({
        minItems: boundsOf(schema).minimum,
        type: "array",
        items: convert(def.element),
      });
    case "object": {
      const shape = def.shape;
      const properties: Json = {};
      // As an own property even for "__proto__", which plain assignment would send to the prototype.
      for (const key of Object.keys(shape))
        Object.defineProperty(properties, key, { value: convert(shape[key] as Schema), enumerable: true });
      const required = Object.keys(shape).filter((key) => shape[key]?._zod.optin === undefined);
      return withoutUndefined({
        type: "object",
        properties,
        required: required.length > 0 ? required : undefined,
        // A strict object's catchall is `z.never()`: no other keys.
        additionalProperties: def.catchall === undefined ? undefined : false,
      });
    }
    case "union":
      return { anyOf: def.options.map(convert) };
    // `z.record(z.string(), value)`: any key.
    case "record":
      return {
        type: "object",
        propertyNames: convert(def.keyType),
        additionalProperties: convert(def.valueType),
      };
    // The wrapped schema, under the default (zod writes the default first).
    case "default":
      return { default: JSON.parse(JSON.stringify(def.defaultValue)), ...convert(def.innerType) };
    case "optional":
      return convert(def.innerType);
    default:
      // Only the schemas jsonSchemaFor names come here, and the test covers each: a new zod type among
      // them fails that test before it reaches a user.
      throw new Error(`jsonSchemaFor: no JSON Schema written for zod type "${def.type}"`);
  }
}

/** `schema` as JSON Schema draft 2020-12, for what it accepts as input. */
export function toJsonSchema(schema: Schema): Json {
  return { $schema: "https://json-schema.org/draft/2020-12/schema", ...convert(schema) };
}
