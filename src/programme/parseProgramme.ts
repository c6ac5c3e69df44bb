import { wsis } from "../catalogue/index.ts";
import {
  type Catalogue,
  type Programme,
  type ResolvedProgrammeSpec,
  type SafeResult,
  toSafe,
} from "../model/index.ts";
import { checkedProgramme, parseSpec } from "./_lib/validate.ts";
import { isValidated } from "./_lib/validated.ts";

/**
 * Validates a programme read from a file or built by hand: its shape, and that its horizon, cycles,
 * sessions and ids agree with each other and with the catalogue.
 *
 * @param input - Any value (typically `JSON.parse` of a programme file).
 * @param catalogue - Where action-line ids resolve; the WSIS catalogue by default.
 * @returns The programme with defaults filled in, deep-frozen; the input is not changed (a programme
 *   that `createProgramme`, `parseProgramme` or `edit` returned comes back as it is).
 * @throws {PlannerInputError} Listing every problem with its path.
 * @example
 * parseProgramme(JSON.parse(text)).sessions.length; // one per year
 */
export function parseProgramme(input: unknown, catalogue: Catalogue = wsis): Programme {
  if (isValidated(input, catalogue)) return input;
  return checkedProgramme(input, catalogue, "programme");
}

/** `parseProgramme` that returns `{ success, data | error }` instead of throwing for bad input. */
export function safeParseProgramme(input: unknown, catalogue: Catalogue = wsis): SafeResult<Programme> {
  return toSafe(() => parseProgramme(input, catalogue));
}

/**
 * Validates a programme spec (what `createProgramme` takes) and fills in its defaults.
 *
 * @throws {PlannerInputError} Listing every problem with its path.
 */
export function parseProgrammeSpec(input: unknown, catalogue: Catalogue = wsis): ResolvedProgrammeSpec {
  return parseSpec(input, catalogue);
}
