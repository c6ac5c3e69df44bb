import * as z from "zod/mini";
import { CatalogueSchema, ExternalEventSchema, type Programme } from "../model/index.ts";
import { parseInputs } from "./_lib/inputs.ts";
import { timelineSvgElement } from "./_lib/svg.ts";
import { timeAxisSvgElement } from "./_lib/timeAxis.ts";

const TimelineOptionsSchema = z.strictObject({
  /** Where action lines resolve; `wsis` by default. */
  catalogue: z.optional(CatalogueSchema),
  /**
   * `"time"` (the default): a year axis with each date in its place. `"cycles"`: the list of
   * cycles, each with its sessions and themes, as drawn before the time axis existed.
   */
  layout: z._default(z.enum(["time", "cycles"]), "time"),
  /** External events (the WSIS Forum, ECOSOC, the HLPF…) drawn in a lane of their own, on the time axis. */
  externalEvents: z.optional(z.array(ExternalEventSchema)),
});

/** Options of `renderTimelineSvg`. */
export type TimelineOptions = z.input<typeof TimelineOptionsSchema>;

/**
 * Draws a programme's timeline as a standalone SVG picture at A4 width (794 px). By default on a
 * time axis: a year scale across the programme's span, with the sessions, high-level segments,
 * inter-sessional panels, open consultations, document deadlines, reports to ECOSOC and (when
 * given) external events each in a lane at its date, the cycles as bands behind them, and the
 * themes of each cycle below. `layout: "cycles"` draws the list of cycles instead. Generic font
 * stack, no external resources, `role="img"` with a title and a description listing every date.
 * No XML declaration, so the text can go straight into HTML, a notebook or a file.
 *
 * @param programme - The programme (validated against the catalogue first).
 * @param options - `catalogue` (default `wsis`), `layout` (`"time"` or `"cycles"`), `externalEvents`.
 * @returns One `<svg>` element, ending in a newline.
 * @throws {PlannerInputError} When the options or the programme are invalid.
 * @example
 * renderTimelineSvg(createProgramme(WSIS_DEFAULT_SPEC)).split("\n")[0];
 * // '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 794 …" … role="img" …>'
 */
export function renderTimelineSvg(programme: Programme, options?: TimelineOptions): string {
  const {
    options: parsed,
    programme: valid,
    catalogue,
  } = parseInputs(TimelineOptionsSchema, programme, options);
  const svg =
    parsed.layout === "cycles"
      ? timelineSvgElement(valid, catalogue)
      : timeAxisSvgElement(valid, { externalEvents: parsed.externalEvents ?? [], catalogue });
  return `${svg}\n`;
}
