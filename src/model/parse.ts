import type * as z from "zod/mini";
import { type InputIssue, issuesFromZod, PlannerInputError } from "./errors.ts";
import { keyHints } from "./hints.ts";
import { readInput } from "./snapshot.ts";

/**
 * Parses `input` with `schema`, throwing one `PlannerInputError` that lists every problem.
 * Never mutates `input`: it is read once into plain data (see `readInput`), and zod builds a new value.
 * `once` is for a value parsed once, such as a catalogue: zod then skips compiling a fast parser for
 * each object schema (`jitless`), which costs more than it saves on one small value (the embedded
 * catalogue and record are parsed at import).
 */
export function parseWith<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  subject = "input",
  once = false,
): z.output<S> {
  const params = { error: keyHints, jitless: once };
  const result = safeParseInput(schema, readInput(input, subject), subject, params);
  if (!result.success) throw new PlannerInputError(issuesFromZod(result.error), subject);
  return result.data;
}

/**
 * `schema.safeParse`, except that an input with so many problems that zod's own issue lists overflow
 * the stack (zod merges nested issues with `push(...issues)`: a list of 100,000 bad items inside a
 * list does it) is a `PlannerInputError` saying so, not a RangeError.
 */
export function safeParseInput<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  subject = "input",
  params?: z.core.ParseContext<z.core.$ZodIssue>,
): z.core.util.SafeParseResult<z.output<S>> {
  try {
    return schema.safeParse(input, params);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new PlannerInputError(
      [{ path: [], message: "has too many problems to check them all (fix the first ones and try again)" }],
      subject,
    );
  }
}

/** Throws a `PlannerInputError` when `issues` is not empty. */
export function throwIfAny(issues: readonly InputIssue[], subject = "input"): void {
  if (issues.length > 0) throw new PlannerInputError(issues, subject);
}
