// %% [markdown]
// # 03 · UNGIS alignment: a programme and a proposal
//
// The 2006 meeting asked UNGIS, the inter-agency group, to follow a thematic approach parallel to the
// Commission's, "to avoid duplication and have greater coherence". `proposeUngisPlan` drafts that
// parallel plan for a programme: each year, UNGIS takes up the themes of the session it feeds (the next
// year's), led by the UNGIS members that facilitate their action lines. `alignWithUngis` measures how
// far a plan parallels the programme and names the gaps. Run it with
// `npx tsx examples/03-ungis-alignment.ts`.

// %%
import { stringify } from "yaml";
import {
  alignWithUngis,
  createProgramme,
  proposeUngisPlan,
  renderMarkdown,
  WSIS_DEFAULT_SPEC,
} from "../src/index.ts";
import { showHeading, showMarkdown, showTable, writeOut } from "./_lib/show.ts";

const programme = createProgramme(WSIS_DEFAULT_SPEC);
const proposal = proposeUngisPlan(programme);

// %% [markdown]
// ## The proposal
//
// A year of UNGIS work, its chair, and each theme's lead agencies and the Commission theme it parallels.

// %%
await showHeading(proposal.title ?? "UNGIS parallel plan");
await showTable(
  proposal.years.flatMap((year) =>
    year.themes.map((theme) => ({
      year: year.year,
      chair: year.chair ?? "",
      parallels: theme.parallels ?? "",
      "action lines": theme.actionLines.join(", "),
      lead: (theme.lead ?? []).join(", "),
    })),
  ),
);

// %% [markdown]
// ## Aligned as proposed, then as amended
//
// The proposal parallels every theme, so its coherence is 1. Suppose UNGIS then amends it: in 2028 it
// drops the parallel to food security and takes up measuring the information society instead (C3, C4).

// %%
const aligned = alignWithUngis(programme, proposal);

const amended = structuredClone(proposal);
const year2028 = amended.years.find((year) => year.year === 2028);
if (year2028 === undefined) throw new Error("the proposal covers 2028");
year2028.themes = [
  ...year2028.themes.filter((theme) => theme.parallels !== "food-security"),
  { title: "Measuring the information society", actionLines: ["C3", "C4"], lead: ["ITU", "UNCTAD"] },
];
const amendedReport = alignWithUngis(programme, amended);

const reports = { "as proposed": aligned, "as amended": amendedReport };
await showTable(
  Object.entries(reports).map(([plan, report]) => ({
    plan,
    coherence: report.coherence.toFixed(3),
    "matched theme-years": report.counts.matched,
    gaps: report.gaps.length,
  })),
);

// %% [markdown]
// ## The gaps, and who could fill them

// %%
await showTable(
  amendedReport.gaps.map((gap) => ({
    session: gap.year,
    "UNGIS year": gap.ungisYear,
    "missing in": gap.missingIn,
    theme: gap.theme,
    "could lead": gap.agencies.join(", "),
  })),
);
for (const gap of amendedReport.gaps) console.log(`- ${gap.suggestion}`);

// %% [markdown]
// ## In the draft document
//
// The alignment goes into the programme's document as a section of its own.

// %%
const markdown = renderMarkdown(programme, { alignment: amendedReport });
await showMarkdown(markdown.slice(markdown.indexOf("## UNGIS alignment")), { maxLines: 8 });

// %% [markdown]
// ## Written out
//
// The proposal as YAML, the file `cstd-planner align programme.json proposal.yaml` reads.

// %%
const written = [
  await writeOut("03-ungis/proposal.yaml", stringify(proposal, { lineWidth: 0 })),
  await writeOut("03-ungis/amended.yaml", stringify(amended, { lineWidth: 0 })),
  await writeOut("03-ungis/alignment.json", `${JSON.stringify(amendedReport, null, 2)}\n`),
  await writeOut("03-ungis/programme.md", markdown),
];
for (const path of written) console.log(`Wrote ${path}`);
