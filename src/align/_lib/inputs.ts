import type * as z from "zod/mini";
import { wsis } from "../../catalogue/index.ts";
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

/** Runs `fn`, turning a thrown `PlannerInputError` into prefixed issues. */
export function tryRun<T>(
  fn: () => T,
  prefix: readonly (string | number)[],
): { value?: T; issues: InputIssue[] } {
  try {
    return { value: fn(), issues: [] };
  } catch (error) {
    if (error instanceof PlannerInputError) return { issues: prefixed(prefix, error.issues) };
    throw error;
  }
}

/** Validates a programme argument against the catalogue, with paths under `prefix`. */
export function programmeArgument(
  input: unknown,
  catalogue: Catalogue,
  prefix: readonly (string | number)[],
): { value?: Programme; issues: InputIssue[] } {
  return tryRun(() => parseProgramme(input, catalogue), prefix);
}

/** The catalogue of an options object, or the WSIS one. */
export function catalogueOf(options: { catalogue?: Catalogue | undefined } | undefined): Catalogue {
  return options?.catalogue ?? wsis;
}

/** Throws every issue at once, or returns the values when there are none. */
export function throwIfIssues(issues: readonly InputIssue[], subject: string): void {
  if (issues.length > 0) throw new PlannerInputError(issues, subject);
}

/** Sorts numbers ascending (an explicit comparator, as `Array#sort` compares strings). */
export const byNumber = (a: number, b: number): number => a - b;

/** "A, B and C": the rules' own list wording. */
export { listWords as listing } from "../../rules/_lib/words.ts";
