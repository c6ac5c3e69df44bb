import { PlannerInputError } from "../../src/index.ts";

/** Runs `fn` and returns the `PlannerInputError` it throws (failing the test if it throws nothing else). */
export function inputErrorOf(fn: () => unknown): PlannerInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PlannerInputError) return error;
    throw error;
  }
  throw new Error("expected a PlannerInputError, but nothing was thrown");
}
