// %% [markdown]
// # 05 · The CSD precedent, 2004–2017, with its own catalogue
//
// In 2003 the Commission on Sustainable Development adopted a multi-year programme of work in seven
// two-year cycles: a review year, then a policy year, each cycle on a cluster of thematic issues. The
// 2006 meeting on strengthening the CSTD pointed to it as the model. This example writes the CSD's
// thematic issues as a catalogue (`defineCatalogue`), lays out its programme with the same functions
// as the CSTD's, and sets the two side by side. Run it with `npx tsx examples/05-csd-precedent.ts`.

// %%
import {
  checkProgramme,
  createProgramme,
  defineCatalogue,
  renderMarkdown,
  renderTimelineSvg,
  summarizeCheck,
  WSIS_DEFAULT_SPEC,
  wsis,
} from "../src/index.ts";
import { showHeading, showMarkdown, showSvg, showTable, writeOut } from "./_lib/show.ts";
import { CSD_CATALOGUE, CSD_CROSS_CUTTING, CSD_CYCLES } from "./data/csd.ts";

const csd = defineCatalogue({ ...CSD_CATALOGUE, regions: wsis.regions.map((region) => ({ ...region })) });

const programme = createProgramme(
  {
    title: "CSD multi-year programme of work 2004–2017",
    startYear: 2004,
    firstSession: 12,
    // CSD sessions ran two weeks in April or May (reference/domain-facts.md: CSD-13 11–22 Apr 2005);
    // CSD-11 met in New York, and the later sessions are taken to have met there too.
    calendar: {
      venue: "New York",
      sessionStart: { month: 4, nth: 2 },
      sessionDays: 10,
      intersessionalPanel: false,
    },
    cycles: CSD_CYCLES.map((cycle) => ({ themes: [`cycle-${cycle.cycle}`] })),
    themes: CSD_CYCLES.map((cycle) => ({
      id: `cycle-${cycle.cycle}`,
      title: `Cluster ${cycle.cycle}`,
      mandate: "wsis" as const,
      actionLines: [...cycle.issues, ...CSD_CROSS_CUTTING],
    })),
  },
  csd,
);

// %% [markdown]
// ## Seven cycles, fourteen sessions
//
// Each cycle takes up one cluster of thematic issues (plus the cross-cutting issues, every cycle).

// %%
const issueTitle = new Map(csd.actionLines.map((line) => [line.id, line.title]));
await showHeading(`${csd.name}: ${csd.actionLines.length} ${csd.lineNoun}s`);
await showTable(
  CSD_CYCLES.map((cycle) => ({
    cycle: cycle.cycle,
    years: cycle.years.join("–"),
    sessions: cycle.sessions.join(", "),
    cluster: cycle.issues.map((id) => issueTitle.get(id) ?? id).join("; "),
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
// goals (the SDGs came after the programme was set). `checkProgramme` takes per-rule settings.

// %%
const report = checkProgramme(programme, {
  catalogue: csd,
  rules: { "cycle.dual-mandate": false, "theme.goal-links": false },
});
console.log(summarizeCheck(report));

// %% [markdown]
// ## The precedent beside the CSTD's default programme
//
// The same shape: two-year cycles, a review session then a policy session with a high-level segment.

// %%
const cstd = createProgramme(WSIS_DEFAULT_SPEC);
const shape = (p: typeof programme) => ({
  programme: p.title,
  years: `${p.startYear}–${p.endYear}`,
  cycles: p.cycles.length,
  "years per cycle": p.cycleLength,
  "themes per cycle": Math.max(...p.cycles.map((cycle) => cycle.themes.length)),
  "high-level segments": p.sessions.filter((session) => session.highLevelSegment).length,
  catalogue: p.catalogue,
});
await showTable([shape(programme), shape(cstd)]);

// %% [markdown]
// ## Written out

// %%
const markdown = renderMarkdown(programme, { check: report }, { catalogue: csd });
await showMarkdown(markdown, { maxLines: 12 });
const written = [
  await writeOut("05-csd/programme.json", `${JSON.stringify(programme, null, 2)}\n`),
  await writeOut("05-csd/programme.md", markdown),
  await writeOut("05-csd/timeline.svg", svg),
];
for (const path of written) console.log(`Wrote ${path}`);
