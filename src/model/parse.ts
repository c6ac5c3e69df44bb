import type * as z from "zod";
import { type InputIssue, issuesFromZod, PlannerInputError } from "./errors.ts";

/**
 * Parses `input` with `schema`, throwing one `PlannerInputError` that lists every problem.
 * Never mutates `input`: zod builds a new value.
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, subject = "input"): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new PlannerInputError(issuesFromZod(result.error), subject);
  return result.data;
}

/** Throws a `PlannerInputError` when `issues` is not empty. */
export function throwIfAny(issues: readonly InputIssue[], subject = "input"): void {
  if (issues.length > 0) throw new PlannerInputError(issues, subject);
}

/** Edit distance between two short strings (case-insensitive), for "did you mean" hints. */
function distance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[t.length] ?? 0;
}

/**
 * The known id nearest to `unknown`, when one is close enough to be a likely typo
 * (ties go to the earlier id in `known`).
 */
export function nearestId(unknown: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const id of known) {
    const d = distance(unknown, id);
    if (d < bestDistance) {
      best = id;
      bestDistance = d;
    }
  }
  const limit = Math.max(2, Math.floor(unknown.length / 3));
  return bestDistance <= limit ? best : undefined;
}

/** "unknown action line "C12"; did you mean "C1"?" — an unknown id with the nearest known one. */
export function unknownIdMessage(noun: string, unknown: string, known: Iterable<string>): string {
  const hint = nearestId(unknown, known);
  return hint === undefined
    ? `unknown ${noun} "${unknown}"`
    : `unknown ${noun} "${unknown}"; did you mean "${hint}"?`;
}
