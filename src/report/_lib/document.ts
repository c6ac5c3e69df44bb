import { sessionCalendar } from "../../calendar/index.ts";
import type { Catalogue, Programme, Session } from "../../model/index.ts";
import type { Block, DraftDocument, Section } from "./documentModel.ts";
import type { ParsedExtras } from "./extras.ts";
import {
  alignmentSection,
  checkSection,
  duplicatesSection,
  type MilestoneLike,
  milestoneRows,
} from "./extrasSections.ts";
import {
  count,
  cycleName,
  formatDate,
  formatRange,
  horizon,
  mandateLabel,
  ordinal,
  phaseLabel,
  sessionName,
  yearSpan,
} from "./format.ts";
import { coverageOf, indexProgramme } from "./schedule.ts";

const NONE = "—";

function sessionHeading(session: Session): string {
  return `${sessionName(session).replace(/^./u, (c) => c.toUpperCase())}, ${session.year}: ${phaseLabel(session.phase).toLowerCase()}`;
}

function overview(programme: Programme, catalogue: Catalogue): Section {
  const index = indexProgramme(programme);
  const first = programme.sessions[0];
  const last = programme.sessions.at(-1);
  const numbered =
    first?.number !== undefined && last?.number !== undefined
      ? `, the ${ordinal(first.number)} to the ${ordinal(last.number)}`
      : "";
  const years = programme.cycleLength;
  const pattern =
    years === 1
      ? "each session reviews progress and decides policy, with a high-level segment"
      : programme.calendar.highLevelSegmentPhases?.includes("review") === true
        ? `${count(years - 1, "review year")}, then a policy year, each with a high-level segment`
        : `${count(years - 1, "review year")}, then a policy year with a high-level segment`;
  const mandates = ["wsis", "both", "sti"] as const;
  // Issue 11: mandate labels come from the catalogue (a CSD cluster is not "WSIS follow-up").
  const label = (mandate: (typeof mandates)[number]) => mandateLabel(mandate, catalogue);
  const byMandate = mandates
    .map(
      (mandate) => [mandate, programme.themes.filter((theme) => theme.mandate === mandate).length] as const,
    )
    .filter(([, n]) => n > 0)
    .map(([mandate, n]) => `${n} ${label(mandate)}`);
  const unscheduled = programme.themes.filter((theme) => !index.cyclesOfTheme.has(theme.id));
  // Issue 11: cross-cutting themes run through every cycle; they are listed apart.
  const crossCutting = programme.themes.filter((theme) => theme.crossCutting === true);
  const themeRows = programme.themes
    .filter((theme) => theme.crossCutting !== true)
    .map((theme) => [
      theme.title,
      theme.id,
      label(theme.mandate),
      theme.actionLines.length > 0 ? theme.actionLines.join(", ") : NONE,
      theme.sdgs.length > 0 ? theme.sdgs.join(", ") : NONE,
      (index.cyclesOfTheme.get(theme.id) ?? []).map(cycleName).join("; ") || "Not scheduled",
    ]);
  const blocks: Block[] = [
    {
      kind: "facts",
      items: [
        [
          "Horizon",
          `${horizon(programme)}: ${count(programme.sessions.length, "annual session")}${numbered}`,
        ],
        ["Cycles", `${count(programme.cycles.length, "cycle")} of ${count(years, "year")}: ${pattern}`],
        ["Venue", programme.calendar.venue],
        ["Themes", `${programme.themes.length} (${byMandate.join(", ") || "none"})`],
        ["Action lines", `${catalogue.name}: ${count(catalogue.actionLines.length, catalogue.lineNoun)}`],
      ],
    },
    { kind: "heading", id: "themes", text: "Themes" },
    {
      kind: "table",
      caption: "Priority themes, their mandate, action lines, goals and cycle",
      columns: ["Theme", "Id", "Mandate", "Action lines", "SDGs", "Cycle"],
      rows: themeRows,
    },
  ];
  if (crossCutting.length > 0) {
    blocks.push({
      kind: "table",
      caption: "Cross-cutting themes, taken up in every cycle",
      columns: ["Theme", "Id", "Mandate", "Action lines"],
      rows: crossCutting.map((theme) => [
        theme.title,
        theme.id,
        label(theme.mandate),
        theme.actionLines.length > 0 ? theme.actionLines.join(", ") : NONE,
      ]),
    });
  }
  if (unscheduled.length > 0) {
    blocks.push({
      kind: "paragraph",
      text: `Not yet scheduled in any cycle: ${unscheduled.map((theme) => theme.title).join("; ")}.`,
    });
  }
  return { id: "overview", title: "Overview", blocks };
}

function atAGlance(programme: Programme): Section {
  const index = indexProgramme(programme);
  const rows = programme.sessions.map((session) => [
    String(session.year),
    session.number === undefined ? NONE : ordinal(session.number),
    String(session.cycle + 1),
    phaseLabel(session.phase),
    index
      .themesOf(session)
      .filter((theme) => theme.crossCutting !== true)
      .map((theme) => theme.title)
      .join("; ") || NONE,
    formatRange(session.opens, session.closes),
    session.highLevelSegmentDates === undefined
      ? NONE
      : formatRange(session.highLevelSegmentDates.opens, session.highLevelSegmentDates.closes),
  ]);
  return {
    id: "at-a-glance",
    title: "Programme at a glance",
    blocks: [
      {
        kind: "table",
        caption: "Sessions by year: cycle, phase, themes and dates",
        columns: ["Year", "Session", "Cycle", "Phase", "Themes", "Session dates", "High-level segment"],
        rows,
      },
    ],
  };
}

function sessions(programme: Programme): Section {
  const index = indexProgramme(programme);
  const blocks: Block[] = [];
  for (const session of programme.sessions) {
    const cycle = index.cycles.get(session.cycle);
    const name = sessionName(session);
    blocks.push({ kind: "heading", id: `session-${session.year}`, text: sessionHeading(session) });
    const facts: [string, string][] = [
      ["Dates", `${formatRange(session.opens, session.closes)}, ${session.venue}`],
      [
        "Cycle",
        cycle === undefined ? String(session.cycle + 1) : `${cycle.index + 1} (${yearSpan(cycle.years)})`,
      ],
    ];
    if (session.highLevelSegmentDates !== undefined) {
      const { opens, closes } = session.highLevelSegmentDates;
      facts.push(["High-level segment", formatRange(opens, closes)]);
    }
    if (session.intersessionalPanel !== undefined) {
      const { opens, closes } = session.intersessionalPanel;
      facts.push(["Inter-sessional panel", formatRange(opens, closes)]);
    }
    facts.push(
      [
        "Inputs",
        `open consultation from ${formatDate(session.deadlines.consultationOpens)}; stakeholder inputs due ${formatDate(session.deadlines.inputs)}`,
      ],
      ["Documents due", formatDate(session.deadlines.documents)],
      ["Report to ECOSOC", formatDate(session.deadlines.report)],
    );
    blocks.push({ kind: "facts", items: facts });
    blocks.push({ kind: "paragraph", text: `Provisional agenda of the ${name}:` });
    blocks.push({
      kind: "list",
      ordered: true,
      items: session.agenda.map((item) => {
        const dates = session.highLevelSegmentDates;
        return item.kind === "high-level-segment" && dates !== undefined
          ? `${item.title} (${formatRange(dates.opens, dates.closes)})`
          : item.title;
      }),
    });
    if (session.parallelEvents.length > 0) {
      blocks.push({ kind: "paragraph", text: "Parallel events:" });
      blocks.push({
        kind: "list",
        ordered: false,
        items: session.parallelEvents.map((event) => {
          const details = [
            event.date === undefined ? "date to be set" : formatDate(event.date),
            ...(event.organiser === undefined ? [] : [`organised by ${event.organiser}`]),
          ];
          return `${event.title} (${details.join(", ")})`;
        }),
      });
    }
  }
  return { id: "sessions", title: "Sessions and agendas", blocks };
}

function calendar(milestones: readonly MilestoneLike[]): Section {
  return {
    id: "calendar",
    title: "Calendar of milestones",
    blocks: [
      {
        kind: "table",
        caption: "Milestones in date order",
        columns: ["Date", "Milestone", "Session"],
        rows: milestoneRows(milestones),
      },
    ],
  };
}

function coverage(programme: Programme, catalogue: Catalogue): Section {
  const rows = coverageOf(programme, catalogue);
  const covered = rows.filter((row) => row.status === "Covered").length;
  const missing = rows.filter((row) => row.status === "Not covered").map((row) => row.id);
  const lines = count(rows.length, catalogue.lineNoun);
  let summary = `The scheduled themes take up all ${lines} directly.`;
  if (missing.length > 0)
    summary = `The scheduled themes take up ${covered} of the ${lines} directly; not covered: ${missing.join(", ")}.`;
  else if (covered < rows.length)
    summary = `The scheduled themes take up ${covered} of the ${lines} directly, and the rest through a parent or sub-line.`;
  return {
    id: "coverage",
    title: `Coverage of ${catalogue.lineNoun}s`,
    blocks: [
      { kind: "paragraph", text: summary },
      {
        kind: "table",
        caption: `Which themes and cycles take up each ${catalogue.lineNoun}`,
        columns: ["Line", "Title", "Themes", "Cycles", "Coverage"],
        rows: rows.map((row) => [
          row.id,
          row.title,
          row.themes.map((theme) => theme.id).join(", ") || NONE,
          row.cycles.map((cycle) => `${cycle.index + 1} (${yearSpan(cycle.years)})`).join(", ") || NONE,
          row.status,
        ]),
      },
    ],
  };
}

/** Builds the draft document for a validated programme. */
export function buildDocument(
  programme: Programme,
  catalogue: Catalogue,
  timeline: boolean,
  extras: ParsedExtras,
): DraftDocument {
  const sections: Section[] = [overview(programme, catalogue), atAGlance(programme)];
  if (timeline) sections.push({ id: "timeline", title: "Timeline", blocks: [{ kind: "timeline" }] });
  sections.push(
    sessions(programme),
    calendar(extras.calendar ?? sessionCalendar(programme)),
    coverage(programme, catalogue),
  );
  if (extras.check !== undefined) sections.push(checkSection(extras.check));
  if (extras.alignment !== undefined) sections.push(alignmentSection(extras.alignment));
  if (extras.duplicates !== undefined) sections.push(duplicatesSection(extras.duplicates));
  return {
    title: programme.title,
    subtitle: `Draft multi-year work programme, ${horizon(programme)}`,
    sections,
  };
}
