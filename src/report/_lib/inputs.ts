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

/** Options of reporters that take only a catalogue (CSV, JSON, Mermaid). */
export const CatalogueOptionsSchema = z.strictObject({ catalogue: z.optional(CatalogueSchema) });

/**
 * Validates `options` with `schema`, then the programme against the catalogue they name (`wsis` by
 * default), each in turn.
 */
export function parseInputs<S extends z.ZodMiniType<{ readonly catalogue?: Catalogue | undefined }>>(
  schema: S,
  programme: unknown,
  options: unknown,
): { options: z.output<S>; programme: Programme; catalogue: Catalogue } {
  const parsed = parseWith(schema, options ?? {}, "options");
  const catalogue = parsed.catalogue ?? wsis;
  return { options: parsed, programme: parseProgramme(programme, catalogue), catalogue };
}
