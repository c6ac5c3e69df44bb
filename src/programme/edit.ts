import { type Draft, enablePatches, Immer, type Patch } from "immer";
import { wsis } from "../catalogue/index.ts";
import {
  byId,
  type Catalogue,
  issuesFromZod,
  PlannerInputError,
  type Programme,
  ProgrammeSchema,
} from "../model/index.ts";
import { refreshAgenda } from "./_lib/agenda.ts";
import { phaseOf } from "./_lib/phases.ts";
import { checkedProgramme } from "./_lib/validate.ts";
import { parseProgramme } from "./parseProgramme.ts";

/**
 * immer without auto-freeze: immer would freeze whatever a recipe puts in the draft, the caller's own
 * objects included. The library freezes only the validated copy it returns.
 */
export const IMMER = new Immer({ autoFreeze: false });

/** What `edit` returns: the new programme and the immer patches that lead to it and back. */
export interface EditResult {
  readonly programme: Programme;
  readonly patches: Patch[];
  readonly inversePatches: Patch[];
}

/** A change to make to a programme, written as mutations of an immer draft. */
export type Recipe = (draft: Draft<Programme>) => void;

/** Rebuilds the theme-based agenda items of every session from its cycle's current themes. */
function refreshDerived(draft: Draft<Programme>): void {
  const themes = byId(draft.themes);
  for (const session of draft.sessions) {
    const cycle = draft.cycles[session.cycle];
    if (cycle === undefined) continue;
    const position = cycle.years.indexOf(session.year);
    const phase = position === -1 ? session.phase : phaseOf(position, cycle.years.length);
    // Unknown theme ids are reported once, on the cycle; the agenda takes up only known themes.
    const known = cycle.themes.filter((id) => themes.has(id));
    const agenda = refreshAgenda(session.agenda, phase, session.highLevelSegment, known, themes);
    // Only write when something changed, so the patches say what the recipe did and no more.
    if (JSON.stringify(agenda) !== JSON.stringify(session.agenda)) session.agenda = agenda;
  }
}

/**
 * Applies a scenario edit to a programme without touching it: the recipe mutates an immer draft,
 * theme-based agenda items follow the cycles' themes, and the result is validated.
 *
 * @param programme - The programme to start from (not changed).
 * @param recipe - Mutations of the draft, e.g. `d => { d.cycles[1].themes.push("media"); }`.
 * @param catalogue - Where action-line ids resolve; the WSIS catalogue by default.
 * @returns The new programme with `patches` and `inversePatches` (apply the latter to undo).
 * @throws {PlannerInputError} When the edited programme is invalid; nothing is returned then.
 * @example
 * const { programme: next, inversePatches } = edit(programme, (d) => { d.cycles[1]!.themes.push("media"); });
 * diffProgrammes(programme, next); // [{ kind: "theme-added", cycle: 2, theme: "media", text: "…" }]
 */
export function edit(programme: Programme, recipe: Recipe, catalogue: Catalogue = wsis): EditResult {
  if (typeof recipe !== "function")
    throw new PlannerInputError(
      [{ path: ["recipe"], message: "must be a function (draft) => void" }],
      "edit",
    );
  // The draft is made from the library's own validated copy, so the caller's object is never touched.
  const base = parseProgramme(programme, catalogue);
  enablePatches(); // idempotent: immer registers the plugin once
  const [next, patches, inversePatches] = IMMER.produceWithPatches(base, (draft) => {
    recipe(draft);
    // The agendas are derived from the cycles, so the recipe's result must have a programme's shape first.
    const shape = ProgrammeSchema.safeParse(draft);
    if (!shape.success) throw new PlannerInputError(issuesFromZod(shape.error), "edited programme");
    refreshDerived(draft);
  });
  // A fresh copy: the recipe may have put the caller's own objects in the draft; they stay unfrozen.
  return { programme: checkedProgramme(next, catalogue, "edited programme"), patches, inversePatches };
}
