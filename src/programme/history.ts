import type { Patch } from "immer";
import * as z from "zod/mini";
import { wsis } from "../catalogue/index.ts";
import {
  type Catalogue,
  PlannerInputError,
  type Programme,
  parseWith,
  strictObject,
  wholeNumber,
  withoutUndefined,
} from "../model/index.ts";
import { edit, IMMER, type Recipe } from "./edit.ts";
import { parseProgramme } from "./parseProgramme.ts";

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

const PatchSchema = strictObject({
  op: z.enum(["replace", "add", "remove"]),
  path: z.array(z.union([z.string(), wholeNumber(0)])),
  value: z.optional(z.unknown()),
});
const HistoryStepSchema = strictObject({
  label: z.optional(z.string()),
  patches: z.array(PatchSchema),
  inversePatches: z.array(PatchSchema),
});
const HistorySchema = strictObject({
  present: z.custom<object>((value) => typeof value === "object" && value !== null, {
    error: "must be the present programme",
  }),
  past: z.array(HistoryStepSchema),
  future: z.array(HistoryStepSchema),
});

/** Checks a history's shape; its steps are kept as given (they are the caller's, never changed). */
function checkHistory(history: unknown): History {
  parseWith(HistorySchema, history, "history");
  return history as History;
}

/**
 * Applies patches to the present (validated first), reporting a patch that does not fit as an input
 * error at `at`.
 */
function patched(
  present: Programme,
  patches: readonly Patch[],
  at: readonly (string | number)[],
  catalogue: Catalogue,
): Programme {
  const base = parseProgramme(present, catalogue);
  let next: Programme;
  try {
    next = IMMER.applyPatches(base, patches);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PlannerInputError(
      [{ path: [...at], message: `these patches do not apply to the present programme (${reason})` }],
      "history",
    );
  }
  // A fresh, validated copy (zod builds new objects): nothing in it is shared with patch values.
  return parseProgramme(next, catalogue);
}

/**
 * Starts an undo/redo history at a programme.
 *
 * @param programme - The starting programme (validated; the caller's object is not changed).
 * @param catalogue - Where action-line ids resolve; the WSIS catalogue by default.
 * @returns A history with nothing to undo or redo.
 * @throws {PlannerInputError} When the programme is invalid.
 * @example
 * let history = createHistory(programme);
 * history = applyEdit(history, (d) => { d.title = "Draft 2"; }, "retitle");
 * undo(history).present; // deep-equal to programme again
 */
export function createHistory(programme: Programme, catalogue: Catalogue = wsis): History {
  return { present: parseProgramme(programme, catalogue), past: [], future: [] };
}

/**
 * Applies an edit and records it; the redo list is cleared.
 *
 * @param history - The history to extend (not changed).
 * @param recipe - Mutations of the draft, as for `edit`.
 * @param label - A name for the step, e.g. "retitle".
 * @param catalogue - Where action-line ids resolve; the WSIS catalogue by default.
 * @returns A new history whose present is the edited programme.
 * @throws {PlannerInputError} When the history is malformed or the edited programme is invalid.
 */
export function applyEdit(
  history: History,
  recipe: Recipe,
  label?: string,
  catalogue: Catalogue = wsis,
): History {
  const checked = checkHistory(history);
  if (label !== undefined && typeof label !== "string")
    throw new PlannerInputError([{ path: ["label"], message: "must be text" }], "edit label");
  const { programme, patches, inversePatches } = edit(checked.present, recipe, catalogue);
  const step: HistoryStep = { ...withoutUndefined({ label }), patches, inversePatches };
  return { present: programme, past: [...checked.past, step], future: [] };
}

/**
 * Whether there is an edit to undo.
 *
 * @throws {PlannerInputError} When `history` is not a history.
 */
export function canUndo(history: History): boolean {
  return checkHistory(history).past.length > 0;
}

/**
 * Whether there is an undone edit to redo.
 *
 * @throws {PlannerInputError} When `history` is not a history.
 */
export function canRedo(history: History): boolean {
  return checkHistory(history).future.length > 0;
}

/**
 * Undoes the last edit (the history itself when there is none).
 *
 * @throws {PlannerInputError} When the history is malformed or its last step does not apply.
 */
export function undo(history: History, catalogue: Catalogue = wsis): History {
  const checked = checkHistory(history);
  const step = checked.past.at(-1);
  if (step === undefined) return history;
  return {
    present: patched(
      checked.present,
      step.inversePatches,
      ["past", checked.past.length - 1, "inversePatches"],
      catalogue,
    ),
    past: checked.past.slice(0, -1),
    future: [step, ...checked.future],
  };
}

/**
 * Redoes the last undone edit (the history itself when there is none).
 *
 * @throws {PlannerInputError} When the history is malformed or its next step does not apply.
 */
export function redo(history: History, catalogue: Catalogue = wsis): History {
  const checked = checkHistory(history);
  const [step, ...future] = checked.future;
  if (step === undefined) return history;
  return {
    present: patched(checked.present, step.patches, ["future", 0, "patches"], catalogue),
    past: [...checked.past, step],
    future,
  };
}
