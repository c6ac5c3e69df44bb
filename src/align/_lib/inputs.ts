import type * as z from "zod/mini";
import {
  type Catalogue,
  type InputIssue,
  issuesFromZod,
  PlannerInputError,
  type Programme,
} from "../../model/index.ts";
import { parseProgramme } from "../../programme/index.ts";

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
  return { issues: prefixed(prefix, issuesFromZod(result.error)) };
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
  try {
    return { value: parseProgramme(input, catalogue), issues: [] };
  } catch (error) {
    if (error instanceof PlannerInputError) return { issues: prefixed(prefix, error.issues) };
    throw error;
  }
}

/** Sorts numbers ascending (an explicit comparator, as `Array#sort` compares strings). */
export const byNumber = (a: number, b: number): number => a - b;

/** "A, B and C": the rules' own list wording. */
export { listWords as listing } from "../../rules/_lib/words.ts";
