import type * as z from "zod";

/** One problem found in an input: where it is and what is wrong. */
export interface InputIssue {
  /** Path from the root of the input to the offending value, e.g. `["themes", 0, "actionLines", 1]`. */
  readonly path: readonly (string | number)[];
  /** Plain-English statement of the problem. */
  readonly message: string;
}

/** Formats a path the way the messages print it: `themes[0].actionLines[1]`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? key : `.${key}`;
  }
  return out === "" ? "(root)" : out;
}

/**
 * Thrown when an input (a spec, a programme, an option, a file) is invalid.
 * `issues` lists every problem found, each with its path; nothing was changed or returned.
 *
 * @example
 * try { createProgramme({ title: "", startYear: 2027, cycles: 0, themes: [] }); }
 * catch (error) { if (error instanceof PlannerInputError) error.issues; // [{ path: ["title"], … }, …] }
 */
export class PlannerInputError extends Error {
  override readonly name = "PlannerInputError";
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[], subject = "input") {
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    const lines = issues.map((issue) => `  - ${formatPath(issue.path)}: ${issue.message}`);
    super([`Invalid ${subject} (${count}):`, ...lines].join("\n"));
    this.issues = issues;
  }
}

/** One constraint of a draft that cannot hold together with the others. */
export interface Conflict {
  /** What kind of constraint it is. */
  readonly kind: "pin" | "forbid" | "precedence" | "deadline" | "capacity" | "coverage" | "rule";
  /** Plain-English statement of the constraint. */
  readonly message: string;
  /** Path of the constraint in the draft spec, where it has one. */
  readonly path?: readonly (string | number)[];
}

/**
 * Thrown by the solver when a spec cannot be satisfied. `conflicts` is a smallest set of constraints
 * that cannot hold together: give up any one of them and the rest can be met.
 */
export class InfeasibleError extends Error {
  override readonly name = "InfeasibleError";
  readonly conflicts: readonly Conflict[];

  constructor(conflicts: readonly Conflict[]) {
    const lines = conflicts.map((conflict) => `  - ${conflict.message}`);
    super(["No programme satisfies these constraints together:", ...lines].join("\n"));
    this.conflicts = conflicts;
  }
}

/** Converts zod issues into input issues, with messages that name the value that is wrong. */
export function issuesFromZod(error: z.core.$ZodError): InputIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === "symbol" ? String(key) : key)),
    message: issue.message,
  }));
}

/** A value or the input error, like zod's `safeParse`. */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T; readonly error?: never }
  | { readonly success: false; readonly data?: never; readonly error: PlannerInputError };

/** Runs `fn`, turning a thrown `PlannerInputError` into a failed `SafeResult`. */
export function toSafe<T>(fn: () => T): SafeResult<T> {
  try {
    return { success: true, data: fn() };
  } catch (error) {
    if (error instanceof PlannerInputError) return { success: false, error };
    throw error;
  }
}
