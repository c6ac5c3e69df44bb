import type * as z from "zod/mini";
import { wsis } from "../../catalogue/index.ts";
import {
  type Catalogue,
  type InputIssue,
  issuesFromZod,
  type Programme,
  pushAll,
  readInput,
  throwIfAny,
} from "../../model/index.ts";
import { safeParseProgramme } from "../../programme/index.ts";

/** Issues with `prefix` put in front of their paths. */
export function prefixed(prefix: readonly (string | number)[], issues: readonly InputIssue[]): InputIssue[] {
  return issues.map((issue) => ({ path: [...prefix, ...issue.path], message: issue.message }));
}

/** Parses with `schema`, returning the value or the issues (prefixed). */
export function tryParse<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  prefix: readonly (string | number)[],
): { value?: z.output<S>; issues: InputIssue[] } {
  const result = schema.safeParse(input);
  if (result.success) return { value: result.data, issues: [] };
  return { issues: issuesFromZod(result.error, prefix) };
}

/**
 * Validates a programme argument against the catalogue, returning the programme or its issues (a
 * thrown `PlannerInputError`'s, with paths under `prefix`).
 */
export function programmeArgument(
  input: unknown,
  catalogue: Catalogue,
  prefix: readonly (string | number)[],
): { value?: Programme; issues: InputIssue[] } {
  const result = safeParseProgramme(input, catalogue);
  return result.success
    ? { value: result.data, issues: [] }
    : { issues: prefixed(prefix, result.error.issues) };
}

/** Options that may name the catalogue the other arguments are checked against. */
type CatalogueOptions = z.ZodMiniType<{ readonly catalogue?: Catalogue | undefined }>;

/**
 * The arguments of an analysis of a programme and one other input (`name`: a plan, fora), each read
 * once into plain data (a Proxy or a throwing getter is an input error, issue 10), then validated: the
 * options (they name the catalogue), the programme against that catalogue, the input's shape and its
 * `references`. Every problem is reported together, with its path under `options`, `programme` or `name`.
 */
export function analysisArguments<S extends z.ZodMiniType, O extends CatalogueOptions>(
  subject: string,
  programme: unknown,
  name: string,
  input: unknown,
  schema: S,
  options: unknown,
  optionsSchema: O,
  references: (
    input: unknown,
    catalogue: Catalogue,
    programme: Programme | undefined,
    options: z.output<O>,
  ) => readonly InputIssue[],
): { programme: Programme; input: z.output<S>; options: z.output<O>; catalogue: Catalogue } {
  programme = readInput(programme, subject, ["programme"]);
  input = readInput(input, subject, [name]);
  options = readInput(options, subject, ["options"]);
  const parsedOptions = tryParse(optionsSchema, options, ["options"]);
  // Invalid options are reported; the other checks run with the defaults.
  const resolved = parsedOptions.value ?? optionsSchema.parse({});
  const catalogue = resolved.catalogue ?? wsis;
  const parsedProgramme = programmeArgument(programme, catalogue, ["programme"]);
  const parsedInput = tryParse(schema, input, [name]);
  throwIfAny(
    [
      ...parsedOptions.issues,
      ...parsedProgramme.issues,
      ...parsedInput.issues,
      ...prefixed([name], references(input, catalogue, parsedProgramme.value, resolved)),
    ],
    subject,
  );
  if (parsedProgramme.value === undefined || parsedInput.value === undefined) throw new Error("unreachable");
  return { programme: parsedProgramme.value, input: parsedInput.value, options: resolved, catalogue };
}

/**
 * The options of a file parser (`parseUngisPlan`, `parseFora`), read once into plain data and
 * validated, with the catalogue they name (WSIS by default) and their programme, validated against it:
 * the issues of both (paths under `options`), and the values that passed.
 */
export function parserOptions<
  O extends z.ZodMiniType<{ readonly catalogue?: Catalogue | undefined; readonly programme?: unknown }>,
>(
  subject: string,
  options: unknown,
  schema: O,
): {
  issues: InputIssue[];
  options: z.output<O> | undefined;
  catalogue: Catalogue;
  programme: Programme | undefined;
} {
  const parsed = tryParse(schema, readInput(options, subject, ["options"]), ["options"]);
  const issues = [...parsed.issues];
  const catalogue = parsed.value?.catalogue ?? wsis;
  let programme: Programme | undefined;
  if (parsed.value?.programme !== undefined) {
    const checked = programmeArgument(parsed.value.programme, catalogue, ["options", "programme"]);
    pushAll(issues, checked.issues);
    programme = checked.value;
  }
  return { issues, options: parsed.value, catalogue, programme };
}

/**
 * The value `schema` parses from a file parser's `input`, or a `PlannerInputError` listing the options'
 * `issues`, then the input's shape problems, then its `references` problems.
 */
export function parsedInput<S extends z.ZodMiniType>(
  subject: string,
  issues: InputIssue[],
  schema: S,
  input: unknown,
  references: () => readonly InputIssue[],
): z.output<S> {
  const parsed = tryParse(schema, input, []);
  pushAll(issues, parsed.issues);
  pushAll(issues, references());
  throwIfAny(issues, subject);
  return parsed.value as z.output<S>;
}

/** "A, B and C": the rules' own list wording. */
export { listWords as listing } from "../../rules/index.ts";
