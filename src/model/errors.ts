import { en } from "zod/locales";
import * as z from "zod/mini";
import { KNOWN_KEYS, shownKey, unknownKeyMessage } from "./hints.ts";

/** One problem found in an input: where it is and what is wrong. */
export interface InputIssue {
  /** Path from the root of the input to the offending value, e.g. `["themes", 0, "actionLines", 1]`. */
  readonly path: readonly (string | number)[];
  /** Plain-English statement of the problem. */
  readonly message: string;
}

/** Formats a path the way the messages print it: `themes[0].actionLines[1]`. */
export function formatPath(path: readonly (string | number)[]): string {
  if (!Array.isArray(path) || !path.every((key) => typeof key === "string" || typeof key === "number"))
    throw new PlannerInputError([
      { path: ["path"], message: "must be a list of keys (text) and indexes (numbers)" },
    ]);
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
    // The message lists the first problems only: a file with a million bad rows still gets a readable error.
    const lines = issues
      .slice(0, MESSAGE_ISSUES)
      .map((issue) => `  - ${formatPath(issue.path)}: ${issue.message}`);
    if (issues.length > MESSAGE_ISSUES)
      lines.push(`  … and ${issues.length - MESSAGE_ISSUES} more (see .issues)`);
    super([`Invalid ${subject} (${count}):`, ...lines].join("\n"));
    this.issues = issues;
  }
}

const MESSAGE_ISSUES = 50;

/**
 * Makes `instanceof errorClass` check a brand, `Symbol.for("cstd-planner.<name>")` on its prototype, so
 * an error thrown by the CommonJS build is an instance of the ESM build's class too (and of another
 * copy of the package): registry symbols are the same in every copy loaded in one realm. A subclass
 * keeps the ordinary prototype check. The method is defined as a static method would be.
 */
function brandInstances(errorClass: abstract new (...args: never[]) => Error, name: string): void {
  const brand = Symbol.for(`cstd-planner.${name}`);
  Object.defineProperty(errorClass.prototype, brand, { value: true });
  Object.defineProperty(errorClass, Symbol.hasInstance, {
    value(this: unknown, value: unknown): boolean {
      // `this` is the class on the left of instanceof.
      if (this !== errorClass) return Function.prototype[Symbol.hasInstance].call(this, value);
      if ((typeof value !== "object" && typeof value !== "function") || value === null) return false;
      try {
        return (value as { [key: symbol]: unknown })[brand] === true;
      } catch {
        // A Proxy whose `get` trap throws is not one of our errors.
        return false;
      }
    },
    writable: true,
    configurable: true,
  });
}

brandInstances(PlannerInputError, "PlannerInputError");

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

// `instanceof` checks the brand, as for `PlannerInputError`, so the ESM and CJS builds agree.
brandInstances(InfeasibleError, "InfeasibleError");

/** Adds the problem `message`, found at `path`, to `issues`. */
export function addIssue(issues: InputIssue[], path: readonly (string | number)[], message: string): void {
  issues.push({ path, message });
}

/**
 * Appends `items` to `target` one by one: `target.push(...items)` throws a RangeError past about
 * 125,000 items (the engine's argument limit), and inputs may carry that many problems.
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

// zod/mini carries no messages ("Invalid input" for every problem): give it the English ones that zod's
// classic build loads, unless the app has chosen a locale itself. Here, beside `issuesFromZod`, so every
// bundle that reports zod's issues has them (`import { en } from "zod/locales"` leaves the other locales out).
if (z.config().localeError === undefined) z.config(en());

/**
 * Converts zod issues into input issues, with messages that name the value that is wrong, their paths
 * under `at` (where the value parsed sits in a larger input; the root by default).
 */
export function issuesFromZod(error: z.core.$ZodError, at: readonly (string | number)[] = []): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const issue of error.issues) {
    const path = [...at];
    for (const key of issue.path) path.push(typeof key === "symbol" ? String(key) : key);
    if (issue.code === "unrecognized_keys") {
      // One issue per unknown key, at the key's own path, each with its nearest known key.
      const known = (issue as unknown as Record<string, unknown>)[KNOWN_KEYS];
      for (const key of issue.keys) {
        const message = Array.isArray(known)
          ? unknownKeyMessage(key, known as string[])
          : `unknown key ${shownKey(key)}`;
        issues.push({ path: [...path, key], message });
      }
    } else issues.push({ path, message: issue.message });
  }
  return issues;
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
