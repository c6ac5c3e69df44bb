// %% [markdown]
// # 05 · The CSD precedent, 2004–2017, with its own catalogue
//
// In 2003 the Commission on Sustainable Development adopted a multi-year programme of work in seven
// two-year cycles: a review year, then a policy year, each cycle on a cluster of thematic issues, with
// the cross-cutting issues and the means of implementation taken up in every cycle. The 2006 meeting
// on strengthening the CSTD pointed to it as the model. This example writes the CSD's thematic issues
// as a catalogue (`defineCatalogue`), lays out its programme with the same functions as the CSTD's,
// checks it against the CSD's own record, and sets the two side by side. Run it with
// `npx tsx examples/05-csd-precedent.ts`.
//
// **Only cycles 1–4 ever ran.** After Rio+20 the CSD met for the last time on 20 September 2013 and
// was replaced by the High-level Political Forum (GA resolution 67/290): cycles 5–7 (2012–2017) are
// the programme as adopted in 2003, not sessions that took place (docs/sources.md#the-csd-precedent).

// %%
import {
  checkProgramme,
  createProgramme,
  defineCatalogue,
  defineRecord,
  renderMarkdown,
  renderTimelineSvg,
  summarizeCheck,
  WSIS_DEFAULT_SPEC,
  wsis,
} from "../src/index.ts";
import { showHeading, showMarkdown, showSvg, showTable, writeOut } from "./_lib/show.ts";
import {
  CSD_CALENDAR,
  CSD_CATALOGUE,
  CSD_CROSS_CUTTING,
  CSD_CYCLES,
  CSD_LAST_MEETING,
  CSD_RECORD,
} from "./data/csd.ts";

const csd = defineCatalogue({ ...CSD_CATALOGUE, regions: wsis.regions.map((region) => ({ ...region })) });
const record = defineRecord(CSD_RECORD, csd);
const lastYearRun = Math.max(...record.sessions.map((session) => session.year));

const issueTitle = new Map(csd.actionLines.map((line) => [line.id, line.title]));
const programme = createProgramme(
  {
    title: "CSD multi-year programme of work 2004–2017",
    startYear: 2004,
    firstSession: 12,
    // Two weeks in New York from the first Monday of May (2006, 2008–2011; CSD-13 and CSD-15 opened
    // in April), with a three-day high-level segment in review sessions too (CSD-14, -16, -18).
    calendar: CSD_CALENDAR,
    cycles: CSD_CYCLES.map((cycle) => ({ themes: [`cycle-${cycle.cycle}`, ...CSD_CROSS_CUTTING] })),
    themes: [
      ...CSD_CYCLES.map((cycle) => ({
        id: `cycle-${cycle.cycle}`,
        title: `Cluster ${cycle.cycle}: ${cycle.issues.map((id) => issueTitle.get(id) ?? id).join(", ")}`,
        actionLines: [...cycle.issues],
      })),
      // Taken up in every cycle: never a repetition, listed apart in the documents.
      ...CSD_CROSS_CUTTING.map((id) => ({
        id,
        title: issueTitle.get(id) ?? id,
        actionLines: [id],
        crossCutting: true,
      })),
    ],
  },
  csd,
);

// %% [markdown]
// ## Seven cycles as adopted, four as held
//
// Each cycle takes up one cluster of thematic issues, and the cross-cutting issues every cycle.

// %%
await showHeading(`${csd.name}: ${csd.actionLines.length} ${csd.lineNoun}s`);
await showTable(
  CSD_CYCLES.map((cycle) => ({
    cycle: cycle.cycle,
    years: cycle.years.join("–"),
    sessions: cycle.sessions.join(", "),
    cluster: cycle.issues.map((id) => issueTitle.get(id) ?? id).join("; "),
    held: cycle.years[1] <= lastYearRun ? "yes" : `no: the CSD met last on ${CSD_LAST_MEETING.date}`,
  })),
);
await showTable(
  programme.sessions.map((session) => ({
    year: session.year,
    session: `CSD-${session.number}`,
    phase: session.phase,
    dates: `${session.opens} – ${session.closes}`,
    "high-level segment": session.highLevelSegmentDates
      ? `${session.highLevelSegmentDates.opens} – ${session.highLevelSegmentDates.closes}`
      : "",
    // CSD-12's dates are not in the reference: the calendar rule places it.
    held: session.year <= lastYearRun ? "yes" : "never",
  })),
);

// %% [markdown]
// ## The timeline

// %%
const svg = renderTimelineSvg(programme, { catalogue: csd });
await showSvg(svg, "timeline of the CSD programme 2004–2017");

// %% [markdown]
// ## The rules, as they apply to the CSD
//
// The rule engine knows the CSTD's rules; two of them do not bind the CSD: the dual mandate (the CSTD
// keeps its science-and-technology mandate beside WSIS follow-up) and the links to the development
// goals (the SDGs came after the programme was set). `checkProgramme` takes per-rule settings. With
// its cross-cutting issues marked `crossCutting: true`, the programme draws no repetition finding
// (unmarked, the four issues would draw 44), and the high-level segments in review sessions follow
// the calendar's `highLevelSegmentPhases`.

// %%
const options = {
  catalogue: csd,
  rules: { "cycle.dual-mandate": false, "theme.goal-links": false },
} as const;
const report = checkProgramme(programme, options);
console.log(summarizeCheck(report));

// %% [markdown]
// ## Against the CSD's own record
//
// The record of the sessions that ran (CSD-12 to CSD-19, 2004–2011) can be the `history` of a check,
// as the CSTD's `cstdRecord` is for a CSTD programme. A sequel that took up transport, chemicals and
// waste again in 2014 is found repeating cycle 4 (2010–2011), naming CSD-19; the cross-cutting issues
// never count as repetitions; and the summary says what the record never took up.

// %%
const sequel = createProgramme(
  {
    title: "A CSD sequel, 2012–2015",
    startYear: 2012,
    firstSession: 20,
    calendar: { ...CSD_CALENDAR, sessionDates: [] },
    cycles: [
      { themes: ["forests", ...CSD_CROSS_CUTTING] },
      { themes: ["transport-again", ...CSD_CROSS_CUTTING] },
    ],
    themes: [
      { id: "forests", title: "Forests and biodiversity", actionLines: ["forests", "biodiversity"] },
      {
        id: "transport-again",
        title: "Transport, chemicals and waste",
        actionLines: ["transport", "chemicals", "waste-management"],
      },
      ...CSD_CROSS_CUTTING.map((id) => ({
        id,
        title: issueTitle.get(id) ?? id,
        actionLines: [id],
        crossCutting: true,
      })),
    ],
  },
  csd,
);
const withHistory = checkProgramme(sequel, { ...options, history: record });
for (const finding of withHistory.findings.filter((f) => f.rule === "theme.repetition"))
  console.log(finding.message);
console.log(withHistory.history?.message);

// %% [markdown]
// ## The precedent beside the CSTD's default programme
//
// The same shape: two-year cycles of a review session and a policy session. The CSD held a
// high-level segment in both; the CSTD's default, after the 2006 meeting, holds one in the policy year.

// %%
const cstd = createProgramme(WSIS_DEFAULT_SPEC);
const shape = (p: typeof programme) => ({
  programme: p.title,
  years: `${p.startYear}–${p.endYear}`,
  cycles: p.cycles.length,
  "years per cycle": p.cycleLength,
  "themes per cycle": Math.max(
    ...p.cycles.map((cycle) => cycle.themes.filter((id) => !CSD_CROSS_CUTTING.includes(id)).length),
  ),
  "high-level segments": p.sessions.filter((session) => session.highLevelSegment).length,
  catalogue: p.catalogue,
});
await showTable([shape(programme), shape(cstd)]);

// %% [markdown]
// ## Written out
//
// The document labels the clusters with the CSD catalogue's own mandate label and lists the
// cross-cutting issues apart.

// %%
const markdown = renderMarkdown(programme, { check: report }, { catalogue: csd });
await showMarkdown(markdown, { maxLines: 24 });
const written = [
  await writeOut("05-csd/programme.json", `${JSON.stringify(programme, null, 2)}\n`),
  await writeOut("05-csd/programme.md", markdown),
  await writeOut("05-csd/timeline.svg", svg),
];
for (const path of written) console.log(`Wrote ${path}`);
