import type { Catalogue, Programme } from "../model/index.ts";
import { ganttLines } from "./_lib/gantt.ts";
import { CatalogueOptionsSchema, parseInputs } from "./_lib/inputs.ts";

/**
 * Draws a programme as a Mermaid gantt chart: one `section` per cycle with its themes (from the
 * cycle's first inter-sessional panel to its last session), its sessions, and the high-level segment
 * as a milestone. Labels are sanitised so no title can break the syntax (`:`, `;`, `#`, `%%`,
 * keywords); the today marker is off so the chart renders the same on any day.
 *
 * @param programme - The programme (validated against the catalogue first).
 * @param options - `catalogue` (default `wsis`).
 * @returns The Mermaid source, ending in a newline.
 * @throws {PlannerInputError} When the options or the programme are invalid.
 * @example
 * toMermaidGantt(createProgramme(WSIS_DEFAULT_SPEC)).split("\n")[5];
 * // "    section Cycle 1 (2027–2028)"
 */
export function toMermaidGantt(programme: Programme, options?: { readonly catalogue?: Catalogue }): string {
  const { programme: valid } = parseInputs(CatalogueOptionsSchema, programme, options);
  return `${ganttLines(valid).join("\n")}\n`;
}
