import type * as z from "zod";
import { type InputIssue, issuesFromZod, PlannerInputError } from "./errors.ts";
import { keyHints } from "./hints.ts";
import { readInput } from "./snapshot.ts";

/**
 * Parses `input` with `schema`, throwing one `PlannerInputError` that lists every problem.
 * Never mutates `input`: it is read once into plain data (see `readInput`), and zod builds a new value.
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, subject = "input"): z.output<S> {
  const result = schema.safeParse(readInput(input, subject), { error: keyHints });
  if (!result.success) throw new PlannerInputError(issuesFromZod(result.error), subject);
  return result.data;
}

/** Throws a `PlannerInputError` when `issues` is not empty. */
export function throwIfAny(issues: readonly InputIssue[], subject = "input"): void {
  if (issues.length > 0) throw new PlannerInputError(issues, subject);
}
