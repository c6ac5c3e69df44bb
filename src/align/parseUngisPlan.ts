import {
  addIssue,
  type Catalogue,
  type Fora,
  ForaSchema,
  type ParseUngisPlanOptions,
  ParseUngisPlanOptionsSchema,
  readInput,
  type SafeResult,
  strictObject,
  toSafe,
  type UngisPlan,
  UngisPlanSchema,
} from "../model/index.ts";
import { parsedInput, parserOptions } from "./_lib/inputs.ts";
import { foraReferenceIssues, planReferenceIssues } from "./_lib/references.ts";

/** What errors call a plan and fora read from a file. */
const PLAN = "UNGIS plan";
const FORA = "fora";

/**
 * Validates a UNGIS plan read from a file (YAML or JSON) or built by hand: its shape, that its action
 * lines and agencies are in the catalogue, that no year appears twice, and with `strict` that every
 * year feeds a session of `programme` and every `parallels` names one of its themes.
 *
 * @param input - Any value, typically `YAML.parse` of a plan file.
 * @param options - `catalogue` (WSIS by default); `programme`, `strict` and `lead` (default 1) for the years check.
 * @returns A new plan; the input is not changed.
 * @throws {PlannerInputError} Listing every problem with its path (`years[0].themes[1].lead[0]`).
 * @example
 * parseUngisPlan({ years: [{ year: 2006, themes: [{ title: "Expanding access to communications", actionLines: ["C2"] }] }] })
 *   .years[0]?.themes[0]?.title; // "Expanding access to communications"
 */
export function parseUngisPlan(input: unknown, options: ParseUngisPlanOptions = {}): UngisPlan {
  // Read once into plain data: a Proxy or a throwing getter is an input error (issue 10).
  input = readInput(input, PLAN);
  const {
    issues,
    options: resolved,
    catalogue,
    programme,
  } = parserOptions(PLAN, options, ParseUngisPlanOptionsSchema);
  if (resolved?.strict && resolved.programme === undefined) {
    addIssue(issues, ["options", "strict"], "strict checks need the programme (options.programme)");
  }
  const strict = resolved?.strict && programme !== undefined ? { programme, lead: resolved.lead } : undefined;
  return parsedInput(PLAN, issues, UngisPlanSchema, input, () =>
    planReferenceIssues(input, catalogue, strict),
  );
}

/**
 * `parseUngisPlan` that returns `{ success, data | error }` instead of throwing for bad input.
 *
 * @param input - Any value, typically `YAML.parse` of a plan file.
 * @param options - As for `parseUngisPlan`.
 * @returns `{ success: true, data }` with the plan, or `{ success: false, error }` with the `PlannerInputError`.
 * @throws Nothing for bad input; only a bug would throw.
 * @example
 * safeParseUngisPlan({ years: "x" }).error?.issues[0]?.path; // ["years"]
 */
export function safeParseUngisPlan(
  input: unknown,
  options: ParseUngisPlanOptions = {},
): SafeResult<UngisPlan> {
  return toSafe(() => parseUngisPlan(input, options));
}

/** `parseFora`'s options: `parseUngisPlan`'s catalogue and programme. */
const ForaOptionsSchema = strictObject({
  catalogue: ParseUngisPlanOptionsSchema.shape.catalogue,
  programme: ParseUngisPlanOptionsSchema.shape.programme,
});

/**
 * Validates other follow-up bodies' agendas by year (what `findForumOverlaps` takes): shape, known
 * action lines, one entry per forum id and per year, dates in their year, and with `programme` that
 * named themes exist.
 *
 * @param input - Any value, typically `YAML.parse` of a fora file.
 * @param options - `catalogue` (WSIS by default) and `programme` to check theme ids against.
 * @returns New, validated fora; the input is not changed.
 * @throws {PlannerInputError} Listing every problem with its path (`[0].years[1].items[2].actionLines[0]`).
 * @example
 * parseFora([{ id: "IGF", name: "Internet Governance Forum", years: [{ year: 2027, items: [{ title: "Access", actionLines: ["C2"] }] }] }])
 *   [0]?.years[0]?.items[0]?.themes; // []
 */
export function parseFora(
  input: unknown,
  options: { catalogue?: Catalogue; programme?: unknown } = {},
): Fora {
  // Read once into plain data: a Proxy or a throwing getter is an input error (issue 10).
  input = readInput(input, FORA);
  const { issues, catalogue, programme } = parserOptions(FORA, options, ForaOptionsSchema);
  return parsedInput(FORA, issues, ForaSchema, input, () => foraReferenceIssues(input, catalogue, programme));
}
