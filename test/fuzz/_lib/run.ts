import { InfeasibleError, PlannerInputError } from "../../../src/index.ts";
import { fingerprint } from "./fingerprint.ts";
import { build, type Plan } from "./mutate.ts";

// Runs one generated input twice, each time on a fresh copy, and says what went wrong, if anything:
// an error other than PlannerInputError/InfeasibleError escaped, the input was changed or frozen, or the
// two runs disagreed.

export type Outcome =
  | { readonly kind: "ok" }
  | { readonly kind: "rejected" }
  | { readonly kind: "escape"; readonly detail: string }
  | { readonly kind: "mutated"; readonly detail: string }
  | { readonly kind: "frozen"; readonly detail: string }
  | { readonly kind: "unstable"; readonly detail: string };

type Fn = (...args: unknown[]) => unknown;

async function once(fn: Fn, args: unknown[]): Promise<{ text: string; escape?: string; rejected: boolean }> {
  try {
    const result = await fn(...args);
    return { text: fingerprint(result).text, rejected: false };
  } catch (error) {
    if (error instanceof PlannerInputError)
      return { text: `PlannerInputError ${JSON.stringify(error.issues)}`, rejected: true };
    if (error instanceof InfeasibleError)
      return { text: `InfeasibleError ${JSON.stringify(error.conflicts)}`, rejected: true };
    const text = error instanceof Error ? `${error.name}: ${error.message}` : `thrown ${String(error)}`;
    const where = error instanceof Error ? (error.stack?.split("\n")[1]?.trim() ?? "") : "";
    return { text, escape: `${text.slice(0, 300)} ${where}`, rejected: false };
  }
}

export async function runInput(fn: Fn, bases: readonly (readonly unknown[])[], plan: Plan): Promise<Outcome> {
  const before = fingerprint(build(bases, plan));
  const first = build(bases, plan);
  const a = await once(fn, first);
  if (a.escape !== undefined) return { kind: "escape", detail: a.escape };
  const after = fingerprint(first);
  if (after.frozen.length > 0)
    return { kind: "frozen", detail: `froze ${after.frozen.slice(0, 3).join(", ")}` };
  if (after.text !== before.text) return { kind: "mutated", detail: "the input changed" };
  const b = await once(fn, build(bases, plan));
  if (b.escape !== undefined) return { kind: "escape", detail: b.escape };
  if (a.text !== b.text) return { kind: "unstable", detail: "two runs on equal inputs differ" };
  return { kind: a.rejected ? "rejected" : "ok" };
}
