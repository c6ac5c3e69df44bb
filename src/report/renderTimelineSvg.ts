import type { Catalogue, Programme } from "../model/index.ts";
import { parseProgrammeInput } from "./_lib/inputs.ts";
import { timelineSvgElement } from "./_lib/svg.ts";

/**
 * Draws a programme's timeline as a standalone SVG picture at A4 width (794 px): each cycle a band,
 * its sessions as review or policy chips with their dates, the high-level segment marked with a
 * diamond, its themes labelled (wrapped, and cut with a tooltip when too long), and a legend.
 * Generic font stack, no external resources, `role="img"` with a title and a description.
 *
 * @param programme - The programme (validated against the catalogue first).
 * @param options - `catalogue` (default `wsis`).
 * @returns An XML document (`<?xml …?>` and one `<svg>` element), ending in a newline.
 * @throws {PlannerInputError} When the options or the programme are invalid.
 * @example
 * renderTimelineSvg(createProgramme(WSIS_DEFAULT_SPEC)).split("\n")[1];
 * // '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 794 …" … role="img" …>'
 */
export function renderTimelineSvg(
  programme: Programme,
  options?: { readonly catalogue?: Catalogue },
): string {
  const input = parseProgrammeInput(programme, options);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${timelineSvgElement(input.programme, input.catalogue)}\n`;
}
