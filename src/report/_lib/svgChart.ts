// What both timelines share: the A4 width and the margin, the font and the inks, the heading (the
// programme's title and its horizon, cycles and sessions) and the accessible `<svg>` document around
// the drawing.
import type { Cycle, Programme } from "../../model/index.ts";
import { xmlAttr, xmlText } from "./escapeXml.ts";
import { count, cycleName, cyclesOfYears, horizon, yearSpan } from "./format.ts";
import type { ProgrammeIndex } from "./schedule.ts";
import { textLines, wrapText } from "./svgText.ts";
import { oneLine } from "./text.ts";

/** A4 portrait at 96 dpi is 794 px wide: the charts are drawn at that width and scale down for print. */
export const WIDTH = 794;
export const MARGIN = 24;
export const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";
export const INK = "#1a1a1a";
export const MUTED = "#4a5568";
/** `textLines` attributes of bold text (headings, cycle labels). */
export const BOLD = ' font-weight="700"';
/** `textLines` attributes of muted text (secondary labels). */
export const MUTED_TEXT = ` fill="${MUTED}"`;

/** A `<g>` of `content`, with `tooltip` (escaped) as its `<title>` when there is one. */
export function group(content: string, tooltip?: string): string {
  return `<g>${tooltip === undefined ? "" : `<title>${xmlText(tooltip)}</title>`}${content}</g>`;
}

/** A `<rect>` at (`x`, `y`), `width` by `height`, with its other attributes (`fill`, `rx`, …). */
export function rect(x: number, y: number, width: number, height: number, attributes: string): string {
  return `<rect x="${x}" y="${y}" width="${width}" height="${height}" ${attributes}/>`;
}

/** Rounds to a tenth of a pixel, so the SVG stays short and the same everywhere. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A diamond of `colour` centred on (x, y), `size` px from the centre to each corner: a high-level segment's mark. */
export function diamond(x: number, y: number, size: number, colour: string): string {
  return `<path d="M${x} ${y - size}L${round(x + size)} ${y}L${x} ${y + size}L${round(x - size)} ${y}Z" fill="${colour}"/>`;
}

/** The tooltip of a cycle's band: "Cycle 1, 2027–2028". */
export function cycleTooltip(cycle: Cycle): string {
  return `Cycle ${cycle.index + 1}, ${yearSpan(cycle.years)}`;
}

/** A cycle as the descriptions list it: "Cycle 1 (2027–2028): Access; Science.". */
export function cycleSummary(cycle: Cycle, index: ProgrammeIndex): string {
  return `${cycleName(cycle)}: ${cycle.themes.map((id) => index.themes.get(id)?.title ?? id).join("; ") || "no themes yet"}.`;
}

/** Draws the heading into `body`; returns the subtitle's baseline. */
export function chartHeading(programme: Programme, body: string[]): number {
  // Bold text runs about a tenth wider, hence the larger size used to measure it.
  const title = wrapText(oneLine(programme.title), WIDTH - 2 * MARGIN, 17.6, 2);
  let y = MARGIN + 14;
  body.push(
    group(textLines(title.lines, MARGIN, y, 16, 20, BOLD), title.truncated ? programme.title : undefined),
  );
  y += title.lines.length * 20;
  const subtitle = `${horizon(programme)} · ${cyclesOfYears(programme)} · ${count(programme.sessions.length, "session")}`;
  body.push(textLines([subtitle], MARGIN, y, 12, 14, MUTED_TEXT));
  return y;
}

/** The `<svg>` document: `height` px high, titled after the programme, described by `description`. */
export function chartSvg(
  programme: Programme,
  height: number,
  description: string,
  parts: readonly string[],
): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="timeline-title timeline-desc" font-family="${xmlAttr(FONT)}" fill="${INK}">`,
    `<title id="timeline-title">${xmlText(`Timeline: ${programme.title}`)}</title>`,
    `<desc id="timeline-desc">${xmlText(description)}</desc>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    "</svg>",
  ].join("\n");
}
