// What both timelines share: the A4 width and the margin, the font and the inks, the heading (the
// programme's title and its horizon, cycles and sessions) and the accessible `<svg>` document around
// the drawing.
import type { Programme } from "../../model/index.ts";
import { xmlAttr, xmlText } from "./escapeXml.ts";
import { count, horizon } from "./format.ts";
import { textLines, wrapText } from "./svgText.ts";
import { oneLine } from "./text.ts";

/** A4 portrait at 96 dpi is 794 px wide: the charts are drawn at that width and scale down for print. */
export const WIDTH = 794;
export const MARGIN = 24;
export const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";
export const INK = "#1a1a1a";
export const MUTED = "#4a5568";

/** Draws the heading into `body`; returns the subtitle's baseline. */
export function chartHeading(programme: Programme, body: string[]): number {
  // Bold text runs about a tenth wider, hence the larger size used to measure it.
  const title = wrapText(oneLine(programme.title), WIDTH - 2 * MARGIN, 17.6, 2);
  let y = MARGIN + 14;
  body.push(
    `<g>${title.truncated ? `<title>${xmlText(programme.title)}</title>` : ""}${textLines(title.lines, MARGIN, y, 16, 20, ' font-weight="700"')}</g>`,
  );
  y += (title.lines.length - 1) * 20 + 20;
  const subtitle = `${horizon(programme)} · ${count(programme.cycles.length, "cycle")} of ${count(programme.cycleLength, "year")} · ${count(programme.sessions.length, "session")}`;
  body.push(textLines([subtitle], MARGIN, y, 12, 14, ` fill="${MUTED}"`));
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
