import type { Catalogue, Mandate, Phase, Programme, Session } from "../../model/index.ts";
import {
  cyclesOfYears,
  formatDateRange,
  formatShortRange,
  mandateLabel,
  phaseLabel,
  sessionName,
  yearSpan,
} from "./format.ts";
import { indexProgramme } from "./schedule.ts";
import {
  BOLD,
  chartHeading,
  chartSvg,
  cycleSummary,
  cycleTooltip,
  diamond,
  group,
  INK,
  MARGIN,
  MUTED,
  MUTED_TEXT,
  rect,
  WIDTH,
} from "./svgChart.ts";
import { textLines, wrapText } from "./svgText.ts";
import { oneLine } from "./text.ts";

const CYCLE_X = MARGIN;
const CYCLE_W = 92;
const YEAR_X = CYCLE_X + CYCLE_W + 8;
const YEAR_W = 200;
const THEME_X = YEAR_X + YEAR_W + 14;
const THEME_W = WIDTH - MARGIN - THEME_X;
const PAD = 10;

// Both tables are in legend order: the fill and stroke of each phase's session chips, and each
// mandate's colour.
const PHASE_PAINT: ReadonlyMap<Phase, string> = new Map([
  ["review", 'fill="#dbeafe" stroke="#1d4ed8"'],
  ["policy", 'fill="#fde68a" stroke="#b45309"'],
  ["combined", 'fill="#dcfce7" stroke="#15803d"'],
]);
const MANDATE_COLOUR: ReadonlyMap<Mandate, string> = new Map([
  ["wsis", "#1d4ed8"],
  ["sti", "#15803d"],
  ["both", "#7c3aed"],
]);
const HLS_COLOUR = "#b91c1c";

function sessionChip(session: Session, x: number, y: number): { svg: string; height: number } {
  const paint = PHASE_PAINT.get(session.phase) ?? `fill="#eeeeee" stroke="${MUTED}"`;
  const phase = phaseLabel(session.phase);
  const hls = session.highLevelSegmentDates;
  const height = hls === undefined ? 38 : 52;
  const tooltip = [
    `${sessionName(session)} (${phase.toLowerCase()}): ${formatDateRange(session)}, ${session.venue}`,
    ...(hls === undefined ? [] : [`high-level segment ${formatDateRange(hls)}`]),
  ].join("; ");
  const parts = [
    rect(x, y, YEAR_W, height, `rx="4" ${paint}`),
    textLines(
      [
        // "2027 · 30th session", or "2027 session" when sessions are not numbered.
        `${session.number === undefined ? "" : `${session.year} · `}${sessionName(session)}`,
      ],
      x + 8,
      y + 15,
      11,
      14,
      ' font-weight="600"',
    ),
    textLines(
      wrapText(`${phase} · ${formatShortRange(session)}`, YEAR_W - 16, 10, 1).lines,
      x + 8,
      y + 30,
      10,
      13,
      MUTED_TEXT,
    ),
  ];
  if (hls !== undefined) {
    parts.push(
      diamond(x + 12, y + 42, 4, HLS_COLOUR),
      textLines([`High-level segment ${formatShortRange(hls)}`], x + 21, y + 45, 10, 13),
    );
  }
  return { svg: group(parts.join(""), tooltip), height };
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
    for (const session of index.sessionsOf(cycle)) {
      const chip = sessionChip(session, YEAR_X, yearY);
      parts.push(chip.svg);
      yearY += chip.height + 6;
    }
    let themeY = top + PAD;
    for (const id of cycle.themes) {
      const theme = index.themes.get(id);
      const title = theme?.title ?? id;
      const mandate = theme?.mandate ?? "wsis";
      const wrapped = wrapText(oneLine(title), THEME_W - 16, 11, 3);
      const colour = MANDATE_COLOUR.get(mandate) ?? INK;
      const tooltip = `${title} (${mandateLabel(mandate, catalogue)})`;
      parts.push(
        group(
          `${rect(THEME_X, themeY + 2, 9, 9, `fill="${colour}"`)}${textLines(wrapped.lines, THEME_X + 16, themeY + 10, 11, 14)}`,
          tooltip,
        ),
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
          `${MUTED_TEXT} font-style="italic"`,
        ),
      );
      themeY += 20;
    }
    const height = Math.max(yearY - 6, themeY - 6, top + PAD + 34) - top + PAD;
    const fill = c % 2 === 0 ? "#f8fafc" : "#eef2f7";
    body.push(
      group(
        `${rect(MARGIN / 2, top, WIDTH - MARGIN, height, `rx="6" fill="${fill}" stroke="#cbd5e1"`)}${textLines([`Cycle ${cycle.index + 1}`], CYCLE_X, top + PAD + 14, 13, 16, BOLD)}${textLines([yearSpan(cycle.years)], CYCLE_X, top + PAD + 30, 11, 14, MUTED_TEXT)}`,
        cycleTooltip(cycle),
      ),
      ...parts,
    );
    y = top + height + 8;
  });

  y += 8;
  const legend: string[] = [textLines(["Legend"], MARGIN, y + 9, 11, 14, BOLD)];
  let x = MARGIN + 52;
  const entry = (mark: string, label: string, width: number) => {
    legend.push(group(`${mark}${textLines([label], x + 16, y + 9, 10, 13)}`));
    x += width;
  };
  for (const [phase, paint] of PHASE_PAINT) {
    entry(
      rect(x, y, 12, 10, `rx="2" ${paint}`),
      `${phaseLabel(phase)} session`,
      phase === "combined" ? 172 : 100,
    );
  }
  entry(diamond(x + 6, y + 5, 5, HLS_COLOUR), "High-level segment", 0);
  y += 20;
  x = MARGIN + 52;
  // Issue 11: the catalogue's mandates and labels (a CSD timeline has clusters, not WSIS follow-up).
  const used = catalogue?.mandates?.map((entry) => entry.id);
  for (const [mandate, colour] of MANDATE_COLOUR) {
    if (used !== undefined && !used.includes(mandate)) continue;
    const label = `Theme: ${mandateLabel(mandate, catalogue)}`;
    entry(
      rect(x, y, 9, 9, `fill="${colour}"`),
      label,
      mandate === "sti" ? 250 : Math.max(150, Math.ceil(label.length * 6.5)),
    );
  }
  y += 12 + MARGIN;

  const policyYears = programme.sessions.filter((s) => s.highLevelSegment).map((s) => s.year);
  const description = `${cyclesOfYears(programme)} from ${programme.startYear} to ${programme.endYear}, one session a year. ${
    policyYears.length > 0 ? `High-level segments in ${policyYears.join(", ")}. ` : ""
  }${programme.cycles.map((cycle) => cycleSummary(cycle, index)).join(" ")}`;
  return chartSvg(programme, y, description, [...body, ...legend]);
}
