// The time-scaled timeline: a year axis across the programme's span, one lane per kind of date
// (sessions, high-level segments, inter-sessional panels, consultations, document deadlines, the
// reports to ECOSOC, and external events when given), each mark at its date, cycles as bands
// behind the lanes, and the themes of each cycle below. A4 wide (794 px), `role="img"`, a title
// and a description; every text escaped.
import { dayNumber } from "../../calendar/index.ts";
import { type Catalogue, daysFromCivil, type ExternalEvent, type Programme } from "../../model/index.ts";
import {
  capitalise,
  cycleName,
  cyclesOfYears,
  formatDate,
  formatDateRange,
  formatRange,
  mandateLabel,
  sessionName,
} from "./format.ts";
import { indexProgramme, scheduleOf } from "./schedule.ts";
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
  round,
  WIDTH,
} from "./svgChart.ts";
import { textLines, wrapText } from "./svgText.ts";
import { oneLine } from "./text.ts";

const LABEL_W = 128;
const AXIS_X = MARGIN + LABEL_W;
const AXIS_W = WIDTH - MARGIN - AXIS_X;
const LANE_H = 26;
const GRID = "#cbd5e1";
const BANDS = ["#f1f5f9", "#e2e8f0"];

interface Lane {
  readonly key: string;
  readonly label: string;
  readonly colour: string;
  readonly shape: "bar" | "diamond" | "tick";
}

const LANES: readonly Lane[] = (
  [
    // key, label, colour, shape
    ["session", "Sessions", "#1d4ed8", "bar"],
    ["high-level-segment", "High-level segments", "#b91c1c", "diamond"],
    ["panel", "Inter-sessional panels", "#7c3aed", "bar"],
    ["consultation", "Consultations", "#0f766e", "bar"],
    ["documents", "Documents due", "#b45309", "tick"],
    ["report", "Reports to ECOSOC", "#15803d", "tick"],
    ["external", "External events", "#6b7280", "bar"],
  ] as const
).map(([key, label, colour, shape]) => ({ key, label, colour, shape }));

/** A mark on a lane: a span of days (inclusive), what it is, and an optional short label. */
interface Mark {
  readonly lane: string;
  readonly opens: string;
  readonly closes: string;
  readonly title: string;
  readonly label?: string;
}

/** The programme's own marks: sessions, segments, panels, consultations and deadlines. */
function programmeMarks(programme: Programme): Mark[] {
  const marks: Mark[] = [];
  for (const { kind, opens, closes, label, session } of scheduleOf(programme)) {
    // The inputs deadline ends the consultation's bar (below); parallel events have no lane.
    if (kind === "inputs" || kind === "event") continue;
    const consultation = kind === "consultation";
    // The open consultation runs from its opening to the stakeholder inputs' deadline.
    const due = session.deadlines.inputs;
    // biome-ignore lint/complexity/useMathMinMax: the dates are ISO strings, which Math.max would make NaN
    const until = !consultation ? closes : due < opens ? opens : due;
    marks.push({
      lane: kind,
      opens,
      closes: until,
      title: `${consultation ? `Open consultation for the ${sessionName(session)}` : label}: ${formatRange(opens, until)}`,
      // A session's mark is labelled with its number ("30th") or, unnumbered, its year.
      ...(kind === "session" ? { label: sessionName(session).replace(" session", "") } : {}),
    });
  }
  return marks;
}

function externalMark(event: ExternalEvent): Mark {
  const closes = event.closes ?? event.opens;
  return {
    lane: "external",
    opens: event.opens,
    closes,
    title: `${oneLine(event.title)}: ${formatRange(event.opens, closes)}`,
  };
}

/** The day number of 1 January of `year`. */
const yearStart = (year: number): number => daysFromCivil(year, 1, 1);

/** Options of the time-scaled drawing. */
export interface TimeAxisOptions {
  /** External events to draw in a lane of their own (those outside the span are left out). */
  readonly externalEvents?: readonly ExternalEvent[];
  /** Names the mandates the catalogue's way (a CSD timeline has clusters, not WSIS follow-up). */
  readonly catalogue?: Pick<Catalogue, "mandates">;
}

/** The `<svg>` element of the time-scaled timeline (no XML declaration, so HTML can inline it). */
export function timeAxisSvgElement(
  programme: Programme,
  { externalEvents = [], catalogue }: TimeAxisOptions = {},
): string {
  const index = indexProgramme(programme);
  const own = programmeMarks(programme);
  // The span: whole years from the first dated entry (a panel falls in the year before) to the last.
  const firstYear = Math.min(programme.startYear, ...own.map((mark) => Number(mark.opens.slice(0, 4))));
  const lastYear = Math.max(programme.endYear, ...own.map((mark) => Number(mark.closes.slice(0, 4))));
  const spanStart = yearStart(firstYear);
  const spanEnd = yearStart(lastYear + 1);
  const external = externalEvents.filter(
    (event) => dayNumber(event.closes ?? event.opens) >= spanStart && dayNumber(event.opens) < spanEnd,
  );
  const marks = [...own, ...external.map(externalMark)];
  const lanes = LANES.filter((lane) => marks.some((mark) => mark.lane === lane.key));
  const xDay = (day: number): number => AXIS_X + ((day - spanStart) / (spanEnd - spanStart)) * AXIS_W;
  const x = (iso: string): number => xDay(dayNumber(iso));
  const years = lastYear - firstYear + 1;
  const perYear = AXIS_W / years;
  const yearEvery = perYear >= 34 ? 1 : perYear >= 17 ? 2 : 5;

  const body: string[] = [];
  let y = chartHeading(programme, body) + 16;

  // Cycle bands, labelled above the lanes.
  const bandTop = y;
  const lanesTop = bandTop + 20;
  const lanesBottom = lanesTop + lanes.length * LANE_H;
  programme.cycles.forEach((cycle, c) => {
    const first = cycle.years[0];
    const last = cycle.years.at(-1);
    if (first === undefined || last === undefined) return;
    const left = xDay(yearStart(first));
    const right = xDay(yearStart(last + 1));
    const label = wrapText(`Cycle ${cycle.index + 1}`, right - left - 6, 11, 1).lines;
    body.push(
      group(
        `${rect(round(left), bandTop, round(right - left), lanesBottom - bandTop, `fill="${BANDS[c % 2]}"`)}${textLines(label, round(left + 4), bandTop + 14, 11, 14, BOLD)}`,
        cycleTooltip(cycle),
      ),
    );
  });

  // Lanes: a label on the left, a rule, and each mark at its date.
  lanes.forEach((lane, l) => {
    const top = lanesTop + l * LANE_H;
    const mid = top + LANE_H / 2;
    body.push(
      textLines([lane.label], MARGIN, mid + 4, 10.5, 13, MUTED_TEXT),
      `<line x1="${AXIS_X}" y1="${mid}" x2="${AXIS_X + AXIS_W}" y2="${mid}" stroke="${GRID}" stroke-width="0.5"/>`,
    );
    for (const mark of marks.filter((m) => m.lane === lane.key)) {
      const left = x(mark.opens);
      const width = Math.max(x(mark.closes) + perYear / 365 - left, 2.5);
      let shape: string;
      if (lane.shape === "diamond") {
        shape = diamond(round(left + width / 2), mid, 5, lane.colour);
      } else if (lane.shape === "tick") {
        shape = rect(round(left - 1), mid - 7, 2.5, 14, `fill="${lane.colour}"`);
      } else {
        shape = rect(round(left), mid - 5, round(width), 10, `rx="1.5" fill="${lane.colour}"`);
      }
      const label =
        mark.label !== undefined && perYear >= 30
          ? textLines([mark.label], round(left + width + 2), mid - 6, 8.5, 10, ` fill="${INK}"`)
          : "";
      body.push(group(`${shape}${label}`, mark.title));
    }
  });

  // The year axis: a tick at each 1 January, the year between ticks.
  const axisY = lanesBottom;
  const axis: string[] = [
    `<line x1="${AXIS_X}" y1="${axisY}" x2="${AXIS_X + AXIS_W}" y2="${axisY}" stroke="${MUTED}"/>`,
  ];
  for (let year = firstYear; year <= lastYear + 1; year++) {
    const left = xDay(yearStart(year));
    const tx = round(left);
    axis.push(
      `<line x1="${tx}" y1="${bandTop}" x2="${tx}" y2="${axisY + 4}" stroke="${GRID}" stroke-width="0.75"/>`,
    );
    if (year <= lastYear && (year - firstYear) % yearEvery === 0) {
      const cx = round(left + perYear / 2);
      axis.push(textLines([String(year)], cx, axisY + 15, 10, 12, ' text-anchor="middle"'));
    }
  }
  body.push(`<g>${axis.join("")}</g>`);
  y = axisY + 30;

  // The themes of each cycle, below the chart.
  body.push(textLines(["Themes by cycle"], MARGIN, y, 11, 14, BOLD));
  y += 16;
  for (const cycle of programme.cycles) {
    const titles = cycle.themes.map((id) => {
      const theme = index.themes.get(id);
      return `${oneLine(theme?.title ?? id)} (${mandateLabel(theme?.mandate ?? "wsis", catalogue)})`;
    });
    const line = `${cycleName(cycle)}: ${titles.join("; ") || "no themes assigned yet"}`;
    const wrapped = wrapText(line, WIDTH - 2 * MARGIN, 10, 4);
    body.push(group(textLines(wrapped.lines, MARGIN, y, 10, 13), wrapped.truncated ? line : undefined));
    y += wrapped.lines.length * 13 + 4;
  }
  y += MARGIN - 8;

  const description = [
    `A timeline from ${firstYear} to ${lastYear}: ${cyclesOfYears(programme)}, one session a year.`,
    ...programme.sessions.map((session) => {
      const hls = session.highLevelSegmentDates;
      const panel = session.intersessionalPanel;
      const { consultationOpens, inputs, documents, report } = session.deadlines;
      return `${capitalise(sessionName(session))}: ${formatDateRange(session)}${
        hls === undefined ? "" : `, high-level segment ${formatDateRange(hls)}`
      }${panel === undefined ? "" : `; inter-sessional panel ${formatDateRange(panel)}`}; consultation from ${formatDate(consultationOpens)}, inputs due ${formatDate(inputs)}; documents due ${formatDate(documents)}; report to ECOSOC ${formatDate(report)}.`;
    }),
    ...external.map(
      (event) =>
        `External: ${oneLine(event.title)}, ${formatRange(event.opens, event.closes ?? event.opens)}.`,
    ),
    ...programme.cycles.map((cycle) => cycleSummary(cycle, index)),
  ].join(" ");

  return chartSvg(programme, y, description, body);
}
