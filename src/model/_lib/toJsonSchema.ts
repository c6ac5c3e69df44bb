import * as z from "zod/mini";

// The library's input schemas as JSON Schema (draft 2020-12), written as zod's own `z.toJSONSchema(schema,
// { io: "input", unrepresentable: "any" })` writes them, for the zod types those schemas use. zod's generator
// handles every zod type, every JSON Schema draft, `$ref`s and cycles, and weighs 20 KB minified: a fifth of
// what a browser app downloads for the whole library. test/model/jsonSchema.test.ts holds this converter to
// zod's output, byte for byte, for every schema `jsonSchemaFor` names.

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
  inclusive?: boolean;
  keyType: Schema;
  valueType: Schema;
  partial?: boolean;
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
  exclusiveMaximum?: number;
  format?: string;
  isInt?: boolean;
  patterns: Set<RegExp>;
}

// The keys `Bounds` narrows: the larger lower bound and the smaller upper bound win, as in zod.
const narrow = (bounds: Bounds, key: "minimum" | "exclusiveMinimum", value: number) => {
  const current = bounds[key];
  if (current === undefined || value > current) bounds[key] = value;
};
const narrowMax = (bounds: Bounds, key: "maximum" | "exclusiveMaximum", value: number) => {
  const current = bounds[key];
  if (current === undefined || value < current) bounds[key] = value;
};

/** What a schema's checks say of its bounds, length, format and patterns (zod's `aggregateChecks`). */
function boundsOf(schema: Schema): Bounds {
  const bounds: Bounds = { patterns: new Set() };
  // A format schema (`z.iso.date()`, say) is its own first check.
  const own = schema._zod.traits.has("$ZodCheck") ? [schema as unknown as Check] : [];
  for (const check of [...own, ...(schema._zod.def.checks ?? [])]) {
    const def = check._zod.def as unknown as CheckDef;
    switch (def.check) {
      case "greater_than":
        narrow(bounds, def.inclusive ? "minimum" : "exclusiveMinimum", def.value);
        break;
      case "less_than":
        narrowMax(bounds, def.inclusive ? "maximum" : "exclusiveMaximum", def.value);
        break;
      case "min_length":
        narrow(bounds, "minimum", def.minimum);
        break;
      case "max_length":
        narrowMax(bounds, "maximum", def.maximum);
        break;
      case "number_format": {
        // z.float32() and z.float64() are not among the schemas jsonSchemaFor names.
        const range = INTEGER_RANGES[def.format];
        if (range === undefined) throw new Error(`jsonSchemaFor: no JSON Schema written for ${def.format}`);
        bounds.isInt = true;
        narrow(bounds, "minimum", range[0]);
        narrowMax(bounds, "maximum", range[1]);
        break;
      }
      case "string_format":
        bounds.format = def.format;
        if (def.pattern) bounds.patterns.add(def.pattern);
        break;
      // "overwrite" (trim and the like) and "custom" (refinements) say nothing a JSON Schema can.
    }
  }
  return bounds;
}

// zod's integer formats and their ranges (util.NUMBER_FORMAT_RANGES: importing zod's util brings all of it).
const INTEGER_RANGES: Record<string, readonly [number, number]> = {
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
};

const STRING_FORMATS: Record<string, string> = { guid: "uuid", url: "uri", datetime: "date-time", regex: "" };

/** `anyOf: [{type: "a"}, {type: "b"}]` as `type: ["a", "b"]`, when every branch is a bare type (as zod writes it). */
function compactUnion(json: Json): void {
  const options = json["anyOf"];
  if (!Array.isArray(options) || json["type"] !== undefined) return;
  const types: unknown[] = [];
  for (const option of options as Json[]) {
    compactUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type") return;
    for (const type of [option["type"]].flat()) if (!types.includes(type)) types.push(type);
  }
  delete json["anyOf"];
  json["type"] = types.length === 1 ? types[0] : types;
}

/** The JSON Schema of one zod schema, for its input. */
function convert(schema: Schema): Json {
  const def = schema._zod.def as unknown as Def;
  const json: Json = {};
  switch (def.type) {
    case "string": {
      const { minimum, maximum, format, patterns } = boundsOf(schema);
      json["type"] = "string";
      if (minimum !== undefined) json["minLength"] = minimum;
      if (maximum !== undefined) json["maxLength"] = maximum;
      const named = format === undefined ? "" : (STRING_FORMATS[format] ?? format);
      if (named !== "" && format !== "time") json["format"] = named;
      const sources = [...patterns].map((pattern) => pattern.source);
      if (sources.length === 1) json["pattern"] = sources[0];
      else if (sources.length > 1) json["allOf"] = sources.map((pattern) => ({ pattern }));
      break;
    }
    case "number": {
      const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, isInt } = boundsOf(schema);
      json["type"] = isInt ? "integer" : "number";
      if (exclusiveMinimum !== undefined && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY))
        json["exclusiveMinimum"] = exclusiveMinimum;
      else if (minimum !== undefined) json["minimum"] = minimum;
      if (exclusiveMaximum !== undefined && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY))
        json["exclusiveMaximum"] = exclusiveMaximum;
      else if (maximum !== undefined) json["maximum"] = maximum;
      break;
    }
    case "boolean":
      json["type"] = "boolean";
      break;
    case "never":
      json["not"] = {};
      break;
    // Anything, as JSON Schema says it; `custom` (a `z.custom` check) has no equivalent and accepts anything.
    case "unknown":
    case "any":
    case "custom":
      break;
    case "enum":
    case "literal": {
      // A TypeScript numeric enum's entries map names to numbers and numbers back to names: the numbers are its values.
      const entries = def.entries ?? {};
      const numbers = Object.values(entries).filter((value) => typeof value === "number");
      const values: unknown[] =
        def.type === "enum"
          ? Object.entries(entries)
              .filter(([key]) => !numbers.includes(+key))
              .map(([, value]) => value)
          : def.values;
      if (values.length === 0) json["not"] = {};
      else if (def.type === "literal" && values.length === 1) {
        json["type"] = values[0] === null ? "null" : typeof values[0];
        json["const"] = values[0];
      } else {
        for (const type of ["number", "string", "boolean"])
          if (values.every((value) => typeof value === type)) json["type"] = type;
        json["enum"] = values;
      }
      break;
    }
    case "array": {
      const { minimum, maximum } = boundsOf(schema);
      if (minimum !== undefined) json["minItems"] = minimum;
      if (maximum !== undefined) json["maxItems"] = maximum;
      json["type"] = "array";
      json["items"] = convert(def.element);
      break;
    }
    case "object": {
      const shape = def.shape;
      const properties: Json = {};
      // As an own property even for "__proto__", which plain assignment would send to the prototype.
      for (const key of Object.keys(shape))
        Object.defineProperty(properties, key, { value: convert(shape[key] as Schema), enumerable: true });
      json["type"] = "object";
      json["properties"] = properties;
      const required = Object.keys(shape).filter((key) => shape[key]?._zod.optin === undefined);
      if (required.length > 0) json["required"] = required;
      const catchall = def.catchall;
      if (catchall !== undefined)
        json["additionalProperties"] = catchall._zod.def.type === "never" ? false : convert(catchall);
      break;
    }
    case "union":
      json[def.inclusive === false ? "oneOf" : "anyOf"] = def.options.map(convert);
      compactUnion(json);
      break;
    case "record": {
      const keys = def.keyType;
      json["type"] = "object";
      json["propertyNames"] = convert(keys);
      json["additionalProperties"] = convert(def.valueType);
      const values = keys._zod.values;
      if (values !== undefined && !def.partial && def.valueType._zod.optin === undefined) {
        const required = [...values].filter(
          (value) => typeof value === "string" || typeof value === "number",
        );
        if (required.length > 0) json["required"] = required.map(String);
      }
      break;
    }
    // The wrapped schema, under the default when there is one (zod writes the default first).
    case "default":
      json["default"] = JSON.parse(JSON.stringify(def.defaultValue));
      for (const [key, value] of Object.entries(convert(def.innerType)))
        if (!(key in json)) json[key] = value;
      break;
    case "optional":
    case "readonly":
      Object.assign(json, convert(def.innerType));
      if (def.type === "readonly") json["readOnly"] = true;
      break;
    default:
      // Only the schemas jsonSchemaFor names come here, and the test covers each: a new zod type among
      // them fails that test before it reaches a user.
      throw new Error(`jsonSchemaFor: no JSON Schema written for zod type "${def.type}"`);
  }
  const meta = z.globalRegistry.get(schema);
  if (meta !== undefined) Object.assign(json, meta);
  return json;
}

/** `schema` as JSON Schema draft 2020-12, for what it accepts as input. */
export function toJsonSchema(schema: Schema): Json {
  return { $schema: "https://json-schema.org/draft/2020-12/schema", ...convert(schema) };
}
