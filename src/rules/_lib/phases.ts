import type { Phase } from "../../model/index.ts";

/** Whether a session in this phase reviews progress ("combined" sessions both review and decide). */
export function reviews(phase: Phase): boolean {
  return phase !== "policy";
}

/** Whether a session in this phase decides policy. */
export function decides(phase: Phase): boolean {
  return phase !== "review";
}

/** "review", "policy", or "review and policy" for a combined session. */
export function phaseWords(phase: Phase): string {
  return phase === "combined" ? "review and policy" : phase;
}
