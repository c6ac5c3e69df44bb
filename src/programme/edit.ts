import { type Draft, enablePatches, type Patch, produceWithPatches } from "immer";
import { wsis } from "../catalogue/index.ts";
import {
  type Catalogue,
  issuesFromZod,
  PlannerInputError,
  type Programme,
  ProgrammeSchema,
} from "../model/index.ts";
import { refreshAgenda } from "./_lib/agenda.ts";
import { phaseOf } from "./_lib/phases.ts";
import { programmeIssues } from "./_lib/validate.ts";
import { markValidated } from "./_lib/validated.ts";

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
  const themes = new Map(draft.themes.map((theme) => [theme.id, theme]));
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
  enablePatches(); // idempotent: immer registers the plugin once
  const [next, patches, inversePatches] = produceWithPatches(programme, (draft) => {
    recipe(draft);
    refreshDerived(draft);
  });
  const shape = ProgrammeSchema.safeParse(next);
  if (!shape.success) throw new PlannerInputError(issuesFromZod(shape.error), "edited programme");
  const issues = programmeIssues(next, catalogue);
  if (issues.length > 0) throw new PlannerInputError(issues, "edited programme");
  return { programme: markValidated(next, catalogue), patches, inversePatches };
}
