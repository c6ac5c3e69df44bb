import * as z from "zod/mini";
import { wsis } from "../catalogue/index.ts";
import {
  type Catalogue,
  type Conflict,
  type DraftSpec,
  InfeasibleError,
  PlannerInputError,
  parseWith,
  readInput,
} from "../model/index.ts";
import { diffProgrammes, type ProgrammeChange } from "../programme/index.ts";
import { type DraftResult, draftProgramme } from "./draftProgramme.ts";

/** One variation of a base spec: a name, and fields to replace or a function from the base spec. */
export interface ScenarioVariation {
  readonly name: string;
  readonly change: Partial<DraftSpec> | ((base: DraftSpec) => DraftSpec);
}

/** A drafted scenario beside the base: its result and what differs from the base programme. */
export type Scenario =
  | {
      readonly name: string;
      readonly feasible: true;
      readonly result: DraftResult;
      /** The objective minus the base's: negative is better. */
      readonly objectiveDelta: number;
      readonly changes: readonly ProgrammeChange[];
    }
  | { readonly name: string; readonly feasible: false; readonly conflicts: readonly Conflict[] };

/** What `draftScenarios` returns: the base draft and every variation side by side, in the order given. */
export interface ScenarioComparison {
  readonly base: DraftResult;
  readonly scenarios: readonly Scenario[];
}

/**
 * The most variations one call drafts. Each keeps its programme, report and diff, so a sweep's memory
 * grows with its length (100,000 variations of a small spec took over 4 GB); sweep more in batches.
 */
const MAX_VARIATIONS = 1_000;

const VariationsSchema = z
  .array(
    z.strictObject({
      name: z.string().check(z.trim(), z.minLength(1, "must not be empty")),
      change: z.union(
        [
          z.record(z.string(), z.unknown()),
          z.custom<(base: DraftSpec) => DraftSpec>((v) => typeof v === "function"),
        ],
        {
          error: "must be an object of spec fields or a function of the base spec",
        },
      ),
    }),
  )
  .check(
    z.maxLength(MAX_VARIATIONS, {
      // Formatted when the check fails, not at import: toLocaleString loads ICU's number formats (~15 ms).
      error: () =>
        `at most ${MAX_VARIATIONS.toLocaleString("en")} variations in one call (draft more in batches)`,
    }),
  );

/**
 * Drafts a base spec and each variation of it, and lays them side by side: objectives, proofs of
 * optimality and the differences from the base programme (`diffProgrammes`). A variation that is
 * infeasible is reported with its conflicts instead of stopping the sweep.
 *
 * @param base - The base draft spec.
 * @param variations - Named changes: spec fields to replace, or a function returning a new spec.
 * @param catalogue - Where action lines resolve; the WSIS catalogue by default.
 * @returns The base result and one entry per variation, in order.
 * @throws {PlannerInputError} When the base or a variation is malformed, or there are more than
 *   1,000 variations; {InfeasibleError} when the base is infeasible.
 * @example
 * const { scenarios } = draftScenarios(spec, [{ name: "three themes a cycle", change: { themesPerCycle: { min: 1, max: 3 } } }]);
 * scenarios[0].feasible && scenarios[0].objectiveDelta; // e.g. -4
 */
export function draftScenarios(
  base: DraftSpec,
  variations: readonly ScenarioVariation[],
  catalogue: Catalogue = wsis,
): ScenarioComparison {
  // Read once into plain data (issue 10): the variations used below are the ones validated here.
  const list = readInput(variations, "scenario variations");
  parseWith(VariationsSchema, list, "scenario variations");
  const baseResult = draftProgramme(base, catalogue);
  const basePlacements = baseResult.programme.cycles.flatMap((cycle) =>
    cycle.themes.map((theme) => ({ theme, cycle: cycle.index + 1 })),
  );
  const scenarios = list.map((variation, i): Scenario => {
    const changed = readInput(
      typeof variation.change === "function"
        ? variation.change(JSON.parse(JSON.stringify(base)) as DraftSpec)
        : { ...base, ...variation.change },
      "scenario variations",
      [i, "change"],
    );
    if (typeof changed !== "object" || changed === null || Array.isArray(changed))
      throw new PlannerInputError(
        [
          {
            path: [i, "change"],
            message: "must give a draft spec (an object), not what the function returned",
          },
        ],
        "scenario variations",
      );
    // Prefer the base's placements, so a variation moves only the themes it has to.
    const ids = new Set((Array.isArray(changed.themes) ? changed.themes : []).map((theme) => theme?.id));
    const prefer = basePlacements.filter((hint) => ids.has(hint.theme) && hint.cycle <= changed.cycles);
    const spec = changed.prefer === undefined ? { ...changed, prefer } : changed;
    try {
      const result = draftProgramme(spec, catalogue);
      return {
        name: variation.name,
        feasible: true,
        result,
        objectiveDelta: result.stats.objective - baseResult.stats.objective,
        changes: diffProgrammes(baseResult.programme, result.programme),
      };
    } catch (error) {
      if (error instanceof InfeasibleError)
        return { name: variation.name, feasible: false, conflicts: error.conflicts };
      throw error;
    }
  });
  return { base: baseResult, scenarios };
}
