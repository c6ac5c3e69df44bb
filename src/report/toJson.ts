import type { Catalogue, Programme } from "../model/index.ts";
import { CatalogueOptionsSchema, parseInputs } from "./_lib/inputs.ts";

/**
 * Serialises a programme as JSON through its schema: validated, defaults filled in, keys in schema
 * order, two-space indent. `parseProgramme(JSON.parse(text))` gives the programme back.
 *
 * @param programme - The programme (validated against the catalogue first).
 * @param options - `catalogue` (default `wsis`).
 * @returns The JSON text, ending in a newline.
 * @throws {PlannerInputError} When the options or the programme are invalid.
 * @example
 * JSON.parse(toJson(createProgramme(WSIS_DEFAULT_SPEC))).sessions.length; // 10
 */
export function toJson(programme: Programme, options?: { readonly catalogue?: Catalogue }): string {
  const { programme: valid } = parseInputs(CatalogueOptionsSchema, programme, options);
  return `${JSON.stringify(valid, null, 2)}\n`;
}
