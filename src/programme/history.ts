import { applyPatches, type Patch } from "immer";
import { wsis } from "../catalogue/index.ts";
import type { Catalogue, Programme } from "../model/index.ts";
import { edit, type Recipe } from "./edit.ts";

/** One recorded edit: the patches forward and back, and an optional label. */
export interface HistoryStep {
  readonly label?: string;
  readonly patches: readonly Patch[];
  readonly inversePatches: readonly Patch[];
}

/** An undo/redo history of scenario edits. A value: every operation returns a new history. */
export interface History {
  readonly present: Programme;
  readonly past: readonly HistoryStep[];
  readonly future: readonly HistoryStep[];
}

/**
 * Starts an undo/redo history at a programme.
 *
 * @example
 * let history = createHistory(programme);
 * history = applyEdit(history, (d) => { d.title = "Draft 2"; }, "retitle");
 * undo(history).present; // deep-equal to programme again
 */
export function createHistory(programme: Programme): History {
  return { present: programme, past: [], future: [] };
}

/**
 * Applies an edit and records it; the redo list is cleared.
 *
 * @throws {PlannerInputError} When the edited programme is invalid (the history is unchanged).
 */
export function applyEdit(
  history: History,
  recipe: Recipe,
  label?: string,
  catalogue: Catalogue = wsis,
): History {
  const { programme, patches, inversePatches } = edit(history.present, recipe, catalogue);
  const step: HistoryStep =
    label === undefined ? { patches, inversePatches } : { label, patches, inversePatches };
  return { present: programme, past: [...history.past, step], future: [] };
}

/** Whether there is an edit to undo. */
export function canUndo(history: History): boolean {
  return history.past.length > 0;
}

/** Whether there is an undone edit to redo. */
export function canRedo(history: History): boolean {
  return history.future.length > 0;
}

/** Undoes the last edit (the history itself when there is none). */
export function undo(history: History): History {
  const step = history.past.at(-1);
  if (step === undefined) return history;
  return {
    present: applyPatches(history.present, [...step.inversePatches]),
    past: history.past.slice(0, -1),
    future: [step, ...history.future],
  };
}

/** Redoes the last undone edit (the history itself when there is none). */
export function redo(history: History): History {
  const [step, ...future] = history.future;
  if (step === undefined) return history;
  return { present: applyPatches(history.present, [...step.patches]), past: [...history.past, step], future };
}
