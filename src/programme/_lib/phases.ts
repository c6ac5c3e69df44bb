import type { Phase } from "../../model/index.ts";

/**
 * The phase of a year within its cycle: annual cycles do both in one session; longer cycles review
 * first and decide in their last year (the CSD precedent: review year, then policy year).
 */
export function phaseOf(position: number, cycleLength: number): Phase {
  if (cycleLength === 1) return "combined";
  return position === cycleLength - 1 ? "policy" : "review";
}

/**
 * Whether the session in this phase holds a high-level segment: policy and combined sessions, or the
 * phases the calendar names (the CSD held one in review sessions too, reference §9d).
 */
export function holdsHighLevelSegment(phase: Phase, phases?: readonly Phase[]): boolean {
  return phases === undefined ? phase !== "review" : phases.includes(phase);
}
