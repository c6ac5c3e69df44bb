import type { Programme } from "../model/index.ts";
import { buildDocument } from "./_lib/document.ts";
import type { RenderExtras } from "./_lib/extras.ts";
import { documentToHtml } from "./_lib/html.ts";
import type { RenderOptions } from "./_lib/inputs.ts";
import { timeAxisSvgElement } from "./_lib/timeAxis.ts";

/**
 * Renders the same draft document as `renderMarkdown` as one standalone, printable, accessible HTML
 * page: `lang`, semantic sections and headings, tables with captions and scoped header cells, print
 * CSS inline, the SVG timeline (on a time axis, as `renderTimelineSvg` draws it) inline, no script and no external resource (a Content-Security-Policy
 * forbids loading any), every untrusted string escaped.
 *
 * @param programme - The programme (validated against the catalogue first).
 * @param extras - Analyses to append; only what is given is rendered.
 * @param options - `catalogue` (default `wsis`); `timeline: false` leaves out the SVG.
 * @returns An HTML5 document, ending in a newline.
 * @throws {PlannerInputError} When the options, programme or extras are invalid (each in turn).
 * @example
 * renderHtml(createProgramme(WSIS_DEFAULT_SPEC)).slice(0, 31); // '<!DOCTYPE html>\n<html lang="en">'
 */
export function renderHtml(programme: Programme, extras?: RenderExtras, options?: RenderOptions): string {
  const { document, programme: valid, catalogue } = buildDocument(programme, extras, options);
  return documentToHtml(document, () => timeAxisSvgElement(valid, { catalogue }));
}
