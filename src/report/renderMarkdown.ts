import type { Programme } from "../model/index.ts";
import { buildDocument } from "./_lib/document.ts";
import type { RenderExtras } from "./_lib/extras.ts";
import { ganttLines } from "./_lib/gantt.ts";
import type { RenderOptions } from "./_lib/inputs.ts";
import { documentToMarkdown } from "./_lib/markdown.ts";

/**
 * Renders a programme as a draft document a secretariat could circulate: title, overview (horizon,
 * cycles, themes with their mandate and action lines), a table of years × phase × themes × session
 * dates, a Mermaid timeline, each session's agenda with its high-level segment, the dated calendar of
 * milestones and the coverage of action lines; plus, when given, the extras' findings.
 *
 * @param programme - The programme (validated against the catalogue first).
 * @param extras - Analyses to append; only what is given is rendered.
 * @param options - `catalogue` (default `wsis`); `timeline: false` leaves out the Mermaid chart.
 * @returns CommonMark with GFM tables, ending in a newline; every untrusted string escaped.
 * @throws {PlannerInputError} When the options, programme or extras are invalid (each in turn).
 * @example
 * renderMarkdown(createProgramme(WSIS_DEFAULT_SPEC)).split("\n")[0];
 * // "# CSTD multi-year work programme on WSIS follow-up, 2027–2036"
 */
export function renderMarkdown(programme: Programme, extras?: RenderExtras, options?: RenderOptions): string {
  const { document, programme: valid } = buildDocument(programme, extras, options);
  return documentToMarkdown(document, () => ganttLines(valid));
}
