// Completion for the scenario editor, driven by the library's JSON Schema for a programme spec
// (`jsonSchemaFor("spec")`, or `jsonSchemaFor("draftSpec")` once `cycles:` is a number, as `draft` reads it): the keys an object takes where the cursor is, the values an enum allows,
// and for action lines and a cycle's themes the ids the catalogue and the scenario know.

import type {
  Completion,
  CompletionContext,
  CompletionResult,
  CompletionSource,
} from "@codemirror/autocomplete";
import type { Text } from "@codemirror/state";

type Schema = {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly items?: Schema;
  readonly anyOf?: readonly Schema[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly default?: unknown;
  readonly description?: string;
};

/** What completion knows besides the schema: updated as the worker reports. */
export interface CompletionData {
  schema: Schema | undefined;
  /** The schema of a spec for the solver: used when the scenario's `cycles:` is a number. */
  draftSchema: Schema | undefined;
  actionLines: readonly { readonly id: string; readonly title: string }[];
  themes: readonly { readonly id: string; readonly title: string }[];
}

interface LineShape {
  /** Columns of the `- ` item markers at the start of the line. */
  readonly dashes: readonly number[];
  /** Column where the key (or the plain value) starts, after the markers. */
  readonly keyCol: number;
  /** The key, when the line holds `key:`. */
  readonly key: string | undefined;
  /** Whether the line is blank or a comment. */
  readonly empty: boolean;
}

function shapeOf(text: string): LineShape {
  let i = 0;
  while (text[i] === " ") i++;
  const dashes: number[] = [];
  while (text.startsWith("- ", i) || text.slice(i) === "-") {
    dashes.push(i);
    i += 2;
    while (text[i] === " ") i++;
  }
  const rest = text.slice(i);
  const key = /^([^\s:#[\]{},][^:#]*?):(?:[\s[{]|$)/u.exec(rest)?.[1];
  return { dashes, keyCol: i, key, empty: rest === "" || rest.startsWith("#") };
}

/** The keys (and `*` for list items) from the document's root down to where the cursor line sits. */
function pathAbove(doc: Text, lineNumber: number, current: LineShape): string[] {
  const path: string[] = current.dashes.map(() => "*");
  let level = current.dashes[0] ?? current.keyCol;
  for (let n = lineNumber - 1; n >= 1 && level > 0; n--) {
    const shape = shapeOf(doc.line(n).text);
    if (shape.empty) continue;
    const top = shape.dashes[0] ?? shape.keyCol;
    if (top >= level) continue;
    const inner: string[] = [];
    for (const dash of shape.dashes) if (dash < level) inner.push("*");
    if (shape.key !== undefined && shape.keyCol < level) inner.push(shape.key);
    path.unshift(...inner);
    level = top;
  }
  return path;
}

/** The schema at a path; `anyOf` resolves to the variant that can hold the next step. */
function schemaAt(root: Schema | undefined, path: readonly string[]): Schema | undefined {
  let schema = root;
  for (const step of path) {
    if (schema === undefined) return undefined;
    const variants = schema.anyOf ?? [schema];
    const next = variants
      .map((variant) => (step === "*" ? variant.items : variant.properties?.[step]))
      .find((found) => found !== undefined);
    schema = next;
  }
  return schema;
}

const typeName = (schema: Schema): string => {
  if (schema.anyOf !== undefined) return schema.anyOf.map(typeName).join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  return Array.isArray(schema.type) ? schema.type.join(" | ") : String(schema.type ?? "");
};

function keyOptions(schema: Schema | undefined): Completion[] {
  const variants = schema?.anyOf ?? (schema === undefined ? [] : [schema]);
  return variants.flatMap((variant) =>
    Object.entries(variant.properties ?? {}).map(([key, property]) => {
      // An object goes on the lines below; anything else (a list may be written `[a, b]`) after a space.
      return {
        label: key,
        type: "property",
        detail: typeName(property),
        apply: property.type === "object" ? `${key}:` : `${key}: `,
        ...(property.default === undefined ? {} : { info: `default: ${JSON.stringify(property.default)}` }),
      };
    }),
  );
}

function valueOptions(
  schema: Schema | undefined,
  path: readonly string[],
  data: CompletionData,
): Completion[] {
  const last = path[path.length - 1];
  const field = last === "*" ? path[path.length - 2] : last;
  if (field === "actionLines") {
    return data.actionLines.map((line) => ({ label: line.id, type: "constant", info: line.title }));
  }
  // A draft's constraints name themes: pins, forbid, prefer and deadlines by `theme`, precedence by `before`/`after`.
  const constraint = ["pins", "forbid", "prefer", "deadlines", "precedence"].includes(path[0] ?? "");
  const namesTheme = field === "theme" || field === "before" || field === "after";
  if ((field === "themes" && path.includes("cycles")) || (constraint && namesTheme)) {
    return data.themes.map((theme) => ({ label: theme.id, type: "variable", info: theme.title }));
  }
  const variants = schema?.anyOf ?? (schema === undefined ? [] : [schema]);
  const options: Completion[] = [];
  for (const variant of variants) {
    const values = variant.enum ?? (variant.const === undefined ? [] : [variant.const]);
    for (const value of values) options.push({ label: String(value), type: "enum" });
    if (variant.type === "boolean")
      options.push({ label: "true", type: "keyword" }, { label: "false", type: "keyword" });
  }
  return options;
}

/** A CodeMirror completion source over the scenario's YAML. */
export function scenarioCompletion(data: CompletionData): CompletionSource {
  return (context: CompletionContext): CompletionResult | null => {
    const line = context.state.doc.lineAt(context.pos);
    const before = line.text.slice(0, context.pos - line.from);
    const word = /[\w.-]*$/u.exec(before)?.[0] ?? "";
    if (word === "" && !context.explicit) return null;
    const shape = shapeOf(before);
    const path = pathAbove(context.state.doc, line.number, shape);
    // A top-level `cycles: 3` makes the scenario a draft for the solver, with keys of its own.
    const drafted = /^cycles:[ \t]*\d/mu.test(context.state.doc.toString());
    const root = (drafted ? data.draftSchema : undefined) ?? data.schema;
    const from = context.pos - word.length;
    if (shape.key === undefined && !/[:[,]/u.test(before.slice(shape.keyCol))) {
      // Typing a key (or a plain list item, whose values are offered below).
      if (shape.dashes.length > 0 && schemaAt(root, path)?.type === "string") {
        return { from, options: valueOptions(schemaAt(root, path), path, data) };
      }
      return { from, options: keyOptions(schemaAt(root, path)), validFor: /^[\w]*$/u };
    }
    if (shape.key === undefined) return null;
    // After `key:`, in the value or in a flow list `[a, b`.
    const inList = /\[[^\]]*$/u.test(before);
    const valuePath = inList ? [...path, shape.key, "*"] : [...path, shape.key];
    const options = valueOptions(schemaAt(root, valuePath), valuePath, data);
    return options.length === 0 ? null : { from, options, validFor: /^[\w.-]*$/u };
  };
}
