// %% [markdown]
// # 01 · The default CSTD programme, 2027–2036
//
// Lays out the embedded default spec (`WSIS_DEFAULT_SPEC`): five two-year cycles, each a review year
// and a policy year with a high-level segment, each pairing a WSIS theme with a science-and-technology
// theme. Writes the programme to `out/` as Markdown, HTML, Word, an SVG timeline, iCalendar, CSV and JSON.
// Run it with `npm start` (or `npx tsx examples/01-default-programme.ts`).

// %%
import {
  checkProgramme,
  createProgramme,
  renderDocx,
  renderHtml,
  renderMarkdown,
  renderTimelineSvg,
  summarizeCheck,
  toCsv,
  toICalendar,
  toJson,
  WSIS_DEFAULT_SPEC,
} from "../src/index.ts";
import { showHeading, showMarkdown, showSvg, showTable, writeOut } from "./_lib/show.ts";

const programme = createProgramme(WSIS_DEFAULT_SPEC);

// %% [markdown]
// ## The sessions
//
// One session a year, each with its phase, dates and the cycle's themes.

// %%
await showHeading(programme.title);
await showTable(
  programme.sessions.map((session) => ({
    year: session.year,
    session: session.number,
    phase: session.phase,
    dates: `${session.opens} – ${session.closes}`,
    documents: session.deadlines.documents,
    themes: (programme.cycles[session.cycle]?.themes ?? []).join(", "),
  })),
);

// %% [markdown]
// ## The headline findings
//
// `checkProgramme` holds the programme against the rules (cycle structure, themes per cycle, coverage
// of the action lines, repetition, facilitator load, the calendar, goal links, the dual mandate).

// %%
const report = checkProgramme(programme);
await showHeading(`Findings: ${report.hard} hard, ${report.soft} soft`);
console.log(summarizeCheck(report));

// %% [markdown]
// ## The timeline

// %%
const svg = renderTimelineSvg(programme);
await showSvg(svg, "timeline of the default programme");

// %% [markdown]
// ## The draft document
//
// The Markdown is the document to circulate; the HTML is the same with the timeline inline.

// %%
const markdown = renderMarkdown(programme, { check: report });
await showMarkdown(markdown, { maxLines: 12 });

// %% [markdown]
// ## Written out

// %%
const files = {
  "programme.md": markdown,
  "programme.html": renderHtml(programme, { check: report }),
  "programme.docx": await renderDocx(programme, { check: report }),
  "timeline.svg": svg,
  "programme.ics": toICalendar(programme),
  "programme.csv": toCsv(programme),
  "programme.json": toJson(programme),
};
for (const [name, text] of Object.entries(files)) {
  console.log(`Wrote ${await writeOut(name, text)} (${(text.length / 1024).toFixed(1)} kB)`);
}
