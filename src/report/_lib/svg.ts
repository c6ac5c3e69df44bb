import type { Catalogue, Mandate, Phase, Programme, Session } from "../../model/index.ts";
import { xmlText } from "./escapeXml.ts";
import {
  count,
  formatRange,
  formatShortRange,
  mandateLabel,
  phaseLabel,
  sessionName,
  yearSpan,
} from "./format.ts";
import { indexProgramme } from "./schedule.ts";
import { chartHeading, chartSvg, INK, MARGIN, MUTED, WIDTH } from "./svgChart.ts";
import { textLines, wrapText } from "./svgText.ts";
import { oneLine } from "./text.ts";

const CYCLE_X = MARGIN;
const CYCLE_W = 92;
const YEAR_X = CYCLE_X + CYCLE_W + 8;
const YEAR_W = 200;
const THEME_X = YEAR_X + YEAR_W + 14;
const THEME_W = WIDTH - MARGIN - THEME_X;
const PAD = 10;

const PHASE_STYLE: ReadonlyMap<Phase, { fill: string; stroke: string }> = new Map([
  ["review", { fill: "#dbeafe", stroke: "#1d4ed8" }],
  ["policy", { fill: "#fde68a", stroke: "#b45309" }],
  ["combined", { fill: "#dcfce7", stroke: "#15803d" }],
]);
const MANDATE_COLOUR: ReadonlyMap<Mandate, string> = new Map([
  ["wsis", "#1d4ed8"],
  ["sti", "#15803d"],
  ["both", "#7c3aed"],
]);
const HLS_COLOUR = "#b91c1c";

/** A diamond centred on (x, y): the high-level segment's mark. */
function diamond(x: number, y: number, r: number): string {
  return `<path d="M${x} ${y - r}L${x + r} ${y}L${x} ${y + r}L${x - r} ${y}Z" fill="${HLS_COLOUR}"/>`;
}

function sessionChip(session: Session, x: number, y: number): { svg: string; height: number } {
  const style = PHASE_STYLE.get(session.phase) ?? { fill: "#eeeeee", stroke: MUTED };
  const hls = session.highLevelSegmentDates;
  const height = hls === undefined ? 38 : 52;
  const tooltip = [
    `${sessionName(session)} (${phaseLabel(session.phase).toLowerCase()}): ${formatRange(session.opens, session.closes)}, ${session.venue}`,
    ...(hls === undefined ? [] : [`high-level segment ${formatRange(hls.opens, hls.closes)}`]),
  ].join("; ");
  const parts = [
    `<title>${xmlText(tooltip)}</title>`,
    `<rect x="${x}" y="${y}" width="${YEAR_W}" height="${height}" rx="4" fill="${style.fill}" stroke="${style.stroke}"/>`,
    textLines(
      [
        session.number === undefined
          ? `${session.year} session`
          : `${session.year} · ${sessionName(session)}`,
      ],
      x + 8,
      y + 15,
      11,
      14,
      ' font-weight="600"',
    ),
    textLines(
      wrapText(
        `${phaseLabel(session.phase)} · ${formatShortRange(session.opens, session.closes)}`,
        YEAR_W - 16,
        10,
        1,
      ).lines,
      x + 8,
      y + 30,
      10,
      13,
      ` fill="${MUTED}"`,
    ),
  ];
  if (hls !== undefined) {
    parts.push(
      diamond(x + 12, y + 42, 4),
      textLines([`High-level segment ${formatShortRange(hls.opens, hls.closes)}`], x + 21, y + 45, 10, 13),
    );
  }
  return { svg: `<g>${parts.join("")}</g>`, height };
}

/** The `<svg>` element of a programme's timeline (no XML declaration, so HTML can inline it). */
export function timelineSvgElement(programme: Programme, catalogue?: Catalogue): string {
  const index = indexProgramme(programme);
  const body: string[] = [];
  let y = chartHeading(programme, body) + 14;

  programme.cycles.forEach((cycle, c) => {
    const top = y;
    const parts: string[] = [];
    let yearY = top + PAD;
    for (const session of programme.sessions.filter((s) => s.cycle === cycle.index)) {
      const chip = sessionChip(session, YEAR_X, yearY);
      parts.push(chip.svg);
      yearY += chip.height + 6;
    }
    let themeY = top + PAD;
    for (const id of cycle.themes) {
      const theme = index.themes.get(id);
      const text = oneLine(theme?.title ?? id);
      const wrapped = wrapText(text, THEME_W - 16, 11, 3);
      const colour = MANDATE_COLOUR.get(theme?.mandate ?? "wsis") ?? INK;
      const tooltip = `${theme?.title ?? id} (${mandateLabel(theme?.mandate ?? "wsis", catalogue)})`;
      parts.push(
        `<g><title>${xmlText(tooltip)}</title><rect x="${THEME_X}" y="${themeY + 2}" width="9" height="9" fill="${colour}"/>${textLines(wrapped.lines, THEME_X + 16, themeY + 10, 11, 14)}</g>`,
      );
      themeY += wrapped.lines.length * 14 + 6;
    }
    if (cycle.themes.length === 0) {
      parts.push(
        textLines(
          ["No themes assigned yet"],
          THEME_X + 16,
          themeY + 10,
          11,
          14,
          ` fill="${MUTED}" font-style="italic"`,
        ),
      );
      themeY += 20;
    }
    const height = Math.max(yearY - 6, themeY - 6, top + PAD + 34) - top + PAD;
    const fill = c % 2 === 0 ? "#f8fafc" : "#eef2f7";
    body.push(
      `<g><title>${xmlText(`Cycle ${cycle.index + 1}, ${yearSpan(cycle.years)}`)}</title><rect x="${MARGIN / 2}" y="${top}" width="${WIDTH - MARGIN}" height="${height}" rx="6" fill="${fill}" stroke="#cbd5e1"/>${textLines([`Cycle ${cycle.index + 1}`], CYCLE_X, top + PAD + 14, 13, 16, ' font-weight="700"')}${textLines([yearSpan(cycle.years)], CYCLE_X, top + PAD + 30, 11, 14, ` fill="${MUTED}"`)}</g>`,
      ...parts,
    );
    y = top + height + 8;
  });

  y += 8;
  const legend: string[] = [textLines(["Legend"], MARGIN, y + 9, 11, 14, ' font-weight="700"')];
  let x = MARGIN + 52;
  const entry = (mark: string, label: string, width: number) => {
    legend.push(`<g>${mark}${textLines([label], x + 16, y + 9, 10, 13)}</g>`);
    x += width;
  };
  for (const phase of ["review", "policy", "combined"] as const) {
    const style = PHASE_STYLE.get(phase);
    entry(
      `<rect x="${x}" y="${y}" width="12" height="10" rx="2" fill="${style?.fill}" stroke="${style?.stroke}"/>`,
      `${phaseLabel(phase)} session`,
      phase === "combined" ? 172 : 100,
    );
  }
  entry(diamond(x + 6, y + 5, 5), "High-level segment", 0);
  y += 20;
  x = MARGIN + 52;
  // Issue 11: the catalogue's mandates and labels (a CSD timeline has clusters, not WSIS follow-up).
  const used = catalogue?.mandates?.map((entry) => entry.id);
  for (const mandate of ["wsis", "sti", "both"] as const) {
    if (used !== undefined && !used.includes(mandate)) continue;
    const label = `Theme: ${mandateLabel(mandate, catalogue)}`;
    entry(
      `<rect x="${x}" y="${y}" width="9" height="9" fill="${MANDATE_COLOUR.get(mandate)}"/>`,
      label,
      mandate === "sti" ? 250 : Math.max(150, Math.ceil(label.length * 6.5)),
    );
  }
  y += 12 + MARGIN;

  const policyYears = programme.sessions.filter((s) => s.highLevelSegment).map((s) => s.year);
  const description = `${count(programme.cycles.length, "cycle")} of ${count(programme.cycleLength, "year")} from ${programme.startYear} to ${programme.endYear}, one session a year. ${
    policyYears.length > 0 ? `High-level segments in ${policyYears.join(", ")}. ` : ""
  }${programme.cycles
    .map(
      (cycle) =>
        `Cycle ${cycle.index + 1} (${yearSpan(cycle.years)}): ${
          cycle.themes.map((id) => index.themes.get(id)?.title ?? id).join("; ") || "no themes yet"
        }.`,
    )
    .join(" ")}`;
  return chartSvg(programme, y, description, [...body, ...legend]);
}
