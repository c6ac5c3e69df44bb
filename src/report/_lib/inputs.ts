import * as z from "zod/mini";
import { wsis } from "../../catalogue/index.ts";
import { type Catalogue, CatalogueSchema, type Programme, parseWith } from "../../model/index.ts";
import { parseProgramme } from "../../programme/index.ts";

/** Options every document renderer takes. */
export const DocumentOptionsSchema = z.strictObject({
  /** Where action lines resolve and the coverage table's rows come from; `wsis` by default. */
  catalogue: z.optional(CatalogueSchema),
  /** Whether to include the timeline (an inline SVG in HTML, a Mermaid gantt in Markdown). */
  timeline: z._default(z.boolean(), true),
});

/** Options of `renderMarkdown` and `renderHtml`. */
export type RenderOptions = z.input<typeof DocumentOptionsSchema>;

/** Validates the options, then the programme against the catalogue they name (each in turn). */
export function parseDocumentInputs(
  programme: unknown,
  options: unknown,
): { programme: Programme; catalogue: Catalogue; timeline: boolean } {
  const parsed = parseWith(DocumentOptionsSchema, options ?? {}, "options");
  const catalogue = parsed.catalogue ?? wsis;
  return { programme: parseProgramme(programme, catalogue), catalogue, timeline: parsed.timeline };
}

/** Options of reporters that take only a catalogue (CSV, iCalendar, Mermaid, SVG). */
export const CatalogueOptionsSchema = z.strictObject({ catalogue: z.optional(CatalogueSchema) });

/** Validates `{ catalogue? }` options, then the programme against that catalogue. */
export function parseProgrammeInput(
  programme: unknown,
  options: unknown,
): { programme: Programme; catalogue: Catalogue } {
  const parsed = parseWith(CatalogueOptionsSchema, options ?? {}, "options");
  const catalogue = parsed.catalogue ?? wsis;
  return { programme: parseProgramme(programme, catalogue), catalogue };
}
