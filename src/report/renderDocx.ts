import type { Programme } from "../model/index.ts";
import { buildDocument } from "./_lib/document.ts";
import type { RenderExtras } from "./_lib/extras.ts";
import type { RenderOptions } from "./_lib/inputs.ts";

/**
 * Renders the same draft document as `renderMarkdown` and `renderHtml` as a Word file (.docx), the
 * form in which the UN circulates drafts: the overview, themes, the programme at a glance, sessions
 * and agendas, the calendar of milestones and the coverage of action lines, then the check,
 * alignment and duplication sections when given. Real Word headings (Title, Heading 1, Heading 2)
 * and tables (a header row repeated on each page, rows never split), numbered agendas, UN-style
 * dates ("10–14 May 2027"), A4 with 2 cm margins and "Page n of m" in the footer. The timeline
 * picture is left out; its dates are in the tables. The `docx` library and the Word writer are loaded
 * only when this is called.
 *
 * @param programme - The programme (validated against the catalogue first).
 * @param extras - Analyses to append; only what is given is rendered.
 * @param options - `catalogue` (default `wsis`); `timeline` is accepted and has no effect.
 * @returns The bytes of the .docx file.
 * @throws {PlannerInputError} When the options, programme or extras are invalid (each in turn); the
 *   promise rejects with it.
 * @example
 * const bytes = await renderDocx(createProgramme(WSIS_DEFAULT_SPEC));
 * bytes.slice(0, 2); // Uint8Array [80, 75]: "PK", a zip file
 */
export async function renderDocx(
  programme: Programme,
  extras?: RenderExtras,
  options?: RenderOptions,
): Promise<Uint8Array> {
  const { document } = buildDocument(programme, extras, options, false);
  // The Word writer comes with the docx library, in the chunk loaded when a Word file is first asked for.
  const { documentToDocx } = await import("./_lib/docx.ts");
  return documentToDocx(document);
}
