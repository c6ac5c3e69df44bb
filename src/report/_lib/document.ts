import { sessionCalendar } from "../../calendar/index.ts";
import type { Catalogue, Programme, Theme } from "../../model/index.ts";
import {
  type Block,
  type DraftDocument,
  facts,
  heading,
  list,
  listOrNone,
  NONE,
  paragraph,
  type Section,
  section,
  table,
} from "./documentModel.ts";
import { parseExtras } from "./extras.ts";
import {
  alignmentSection,
  checkSection,
  duplicatesSection,
  type MilestoneLike,
  milestoneRows,
} from "./extrasSections.ts";
import {
  capitalise,
  count,
  cycleName,
  cycleNumber,
  cyclesOfYears,
  formatDate,
  formatDateRange,
  horizon,
  mandateLabel,
  ordinal,
  phaseLabel,
  sessionName,
} from "./format.ts";
import { DocumentOptionsSchema, parseInputs } from "./inputs.ts";
import { coverageOf, indexProgramme } from "./schedule.ts";

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
      : `${count(years - 1, "review year")}, then a policy year${
          programme.calendar.highLevelSegmentPhases?.includes("review") === true ? ", each" : ""
        } with a high-level segment`;
  const mandates = ["wsis", "both", "sti"] as const;
  // Issue 11: mandate labels come from the catalogue (a CSD cluster is not "WSIS follow-up").
  const label = (mandate: (typeof mandates)[number]) => mandateLabel(mandate, catalogue);
  const byMandate = mandates.flatMap((mandate) => {
    const n = programme.themes.filter((theme) => theme.mandate === mandate).length;
    return n > 0 ? [`${n} ${label(mandate)}`] : [];
  });
  const unscheduled = programme.themes.filter((theme) => !index.cyclesOfTheme.has(theme.id));
  // Issue 11: cross-cutting themes run through every cycle; they are listed apart.
  const crossCutting = programme.themes.filter((theme) => theme.crossCutting === true);
  /** The cells both theme tables start with: title, id, mandate and action lines. */
  const themeCells = (theme: Theme) => [
    theme.title,
    theme.id,
    label(theme.mandate),
    listOrNone(theme.actionLines),
  ];
  const themeRows = programme.themes
    .filter((theme) => theme.crossCutting !== true)
    .map((theme) => [
      ...themeCells(theme),
      listOrNone(theme.sdgs),
      (index.cyclesOfTheme.get(theme.id) ?? []).map(cycleName).join("; ") || "Not scheduled",
    ]);
  const blocks: Block[] = [
    facts([
      ["Horizon", `${horizon(programme)}: ${count(programme.sessions.length, "annual session")}${numbered}`],
      ["Cycles", `${cyclesOfYears(programme)}: ${pattern}`],
      ["Venue", programme.calendar.venue],
      ["Themes", `${programme.themes.length} (${byMandate.join(", ") || "none"})`],
      ["Action lines", `${catalogue.name}: ${count(catalogue.actionLines.length, catalogue.lineNoun)}`],
    ]),
    heading("themes", "Themes"),
    table(
      "Priority themes, their mandate, action lines, goals and cycle",
      ["Theme", "Id", "Mandate", "Action lines", "SDGs", "Cycle"],
      themeRows,
    ),
  ];
  if (crossCutting.length > 0) {
    blocks.push(
      table(
        "Cross-cutting themes, taken up in every cycle",
        ["Theme", "Id", "Mandate", "Action lines"],
        crossCutting.map(themeCells),
      ),
    );
  }
  if (unscheduled.length > 0) {
    blocks.push(
      paragraph(`Not yet scheduled in any cycle: ${unscheduled.map((theme) => theme.title).join("; ")}.`),
    );
  }
  return section("overview", "Overview", blocks);
}

function atAGlance(programme: Programme): Section {
  const index = indexProgramme(programme);
  const rows = programme.sessions.map((session) => [
    String(session.year),
    session.number === undefined ? NONE : ordinal(session.number),
    String(session.cycle + 1),
    phaseLabel(session.phase),
    listOrNone(
      index
        .themesOf(session)
        .filter((theme) => theme.crossCutting !== true)
        .map((theme) => theme.title),
      "; ",
    ),
    formatDateRange(session),
    session.highLevelSegmentDates === undefined ? NONE : formatDateRange(session.highLevelSegmentDates),
  ]);
  return section("at-a-glance", "Programme at a glance", [
    table(
      "Sessions by year: cycle, phase, themes and dates",
      ["Year", "Session", "Cycle", "Phase", "Themes", "Session dates", "High-level segment"],
      rows,
    ),
  ]);
}

function sessions(programme: Programme): Section {
  const index = indexProgramme(programme);
  const blocks: Block[] = [];
  for (const session of programme.sessions) {
    const cycle = index.cycles.get(session.cycle);
    const name = sessionName(session);
    const { highLevelSegmentDates: segment, intersessionalPanel: panel } = session;
    const { consultationOpens, inputs, documents, report } = session.deadlines;
    const items: [string, string][] = [
      ["Dates", `${formatDateRange(session)}, ${session.venue}`],
      ["Cycle", cycle === undefined ? String(session.cycle + 1) : cycleNumber(cycle)],
    ];
    if (segment !== undefined) items.push(["High-level segment", formatDateRange(segment)]);
    if (panel !== undefined) items.push(["Inter-sessional panel", formatDateRange(panel)]);
    items.push(
      [
        "Inputs",
        `open consultation from ${formatDate(consultationOpens)}; stakeholder inputs due ${formatDate(inputs)}`,
      ],
      ["Documents due", formatDate(documents)],
      ["Report to ECOSOC", formatDate(report)],
    );
    blocks.push(
      heading(
        `session-${session.year}`,
        `${capitalise(name)}, ${session.year}: ${phaseLabel(session.phase).toLowerCase()}`,
      ),
      facts(items),
      paragraph(`Provisional agenda of the ${name}:`),
      list(
        true,
        session.agenda.map((item) =>
          item.kind === "high-level-segment" && segment !== undefined
            ? `${item.title} (${formatDateRange(segment)})`
            : item.title,
        ),
      ),
    );
    if (session.parallelEvents.length > 0) {
      blocks.push(
        paragraph("Parallel events:"),
        list(
          false,
          session.parallelEvents.map((event) => {
            const details = [
              event.date === undefined ? "date to be set" : formatDate(event.date),
              ...(event.organiser === undefined ? [] : [`organised by ${event.organiser}`]),
            ];
            return `${event.title} (${details.join(", ")})`;
          }),
        ),
      );
    }
  }
  return section("sessions", "Sessions and agendas", blocks);
}

function calendar(milestones: readonly MilestoneLike[]): Section {
  return section("calendar", "Calendar of milestones", [
    table("Milestones in date order", ["Date", "Milestone", "Session"], milestoneRows(milestones)),
  ]);
}

function coverage(programme: Programme, catalogue: Catalogue): Section {
  const rows = coverageOf(programme, catalogue);
  const covered = rows.filter((row) => row.status === "Covered").length;
  const missing = rows.filter((row) => row.status === "Not covered").map((row) => row.id);
  const lines = count(rows.length, catalogue.lineNoun);
  // Whether some lines are taken up only through a parent or a sub-line, or not at all.
  const partly = missing.length > 0 || covered < rows.length;
  const rest =
    missing.length > 0
      ? `; not covered: ${missing.join(", ")}`
      : partly
        ? ", and the rest through a parent or sub-line"
        : "";
  const summary = `The scheduled themes take up ${partly ? `${covered} of the` : "all"} ${lines} directly${rest}.`;
  return section("coverage", `Coverage of ${catalogue.lineNoun}s`, [
    paragraph(summary),
    table(
      `Which themes and cycles take up each ${catalogue.lineNoun}`,
      ["Line", "Title", "Themes", "Cycles", "Coverage"],
      rows.map((row) => [
        row.id,
        row.title,
        listOrNone(row.themes.map((theme) => theme.id)),
        listOrNone(row.cycles.map(cycleNumber)),
        row.status,
      ]),
    ),
  ]);
}

/**
 * Validates a document renderer's arguments (its options, the programme against the catalogue they
 * name, then the extras) and builds the draft document; `timeline: false` leaves the timeline out
 * whatever the options say.
 */
export function buildDocument(
  programmeInput: unknown,
  extrasInput: unknown,
  optionsInput: unknown,
  timeline = true,
): { document: DraftDocument; programme: Programme; catalogue: Catalogue } {
  const { programme, catalogue, options } = parseInputs(DocumentOptionsSchema, programmeInput, optionsInput);
  const extras = parseExtras(extrasInput);
  const sections: Section[] = [overview(programme, catalogue), atAGlance(programme)];
  if (timeline && options.timeline) sections.push(section("timeline", "Timeline", [{ kind: "timeline" }]));
  sections.push(
    sessions(programme),
    calendar(extras.calendar ?? sessionCalendar(programme)),
    coverage(programme, catalogue),
  );
  if (extras.check !== undefined) sections.push(checkSection(extras.check));
  if (extras.alignment !== undefined) sections.push(alignmentSection(extras.alignment));
  if (extras.duplicates !== undefined) sections.push(duplicatesSection(extras.duplicates));
  const document = {
    title: programme.title,
    subtitle: `Draft multi-year work programme, ${horizon(programme)}`,
    sections,
  };
  return { document, programme, catalogue };
}
