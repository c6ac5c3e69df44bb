import type * as z from "zod/mini";
import { type InputIssue, issuesFromZod } from "../../model/index.ts";

/** Adds the problems of a zod error to `issues`, their paths under `at` (where the value sits in the options). */
export function pushZodIssues(
  issues: InputIssue[],
  error: z.core.$ZodError,
  at: readonly (string | number)[],
): void {
  for (const issue of issuesFromZod(error))
    issues.push({ path: [...at, ...issue.path], message: issue.message });
}
