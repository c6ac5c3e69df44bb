// %% [markdown]
// # 04 · Duplicates across agencies' activities
//
// WSIS is implemented by the agencies, each action line under its facilitators, and the 2006 meeting
// asked for coherence and no duplication between them. `findDuplicates` reads the agencies'
// activities (as activity registers report them) and finds the same record twice, one activity
// reported by two agencies, and work that overlaps by wording, action lines, period, countries and
// partners, with the evidence, and suggests which agency should lead each group (the action line's
// facilitator). The agencies' records come as a list (JSON or YAML), a spreadsheet (CSV) or an IATI
// activity file (XML). Run it with `npx tsx examples/04-duplicates.ts`.

// %%
import { parse } from "yaml";
import { type ActivityInput, findDuplicates, fromIatiXml } from "../src/index.ts";
import { readRepoFile, showHeading, showTable, writeOut } from "./_lib/show.ts";

// An invented set of activities in the register's shape (see `cstd-planner schema activity`).
const activities = parse(await readRepoFile("examples/data/activities.yaml"));
const report = findDuplicates(activities);

// %% [markdown]
// ## The groups
//
// Records linked by pairs that score at or above the threshold, with the agency suggested to lead.

// %%
await showHeading(
  `${report.stats.activities} activities from ${report.byAgency.length} agencies: ${report.groups.length} groups`,
);
await showTable(
  report.groupDetails.map((group) => ({
    records: group.ids.join(", "),
    agencies: group.agencies.join(", "),
    "action lines": group.actionLines.join(", "),
    "suggested lead": group.lead?.agency ?? "",
  })),
);

// %% [markdown]
// ## Every pair, and why
//
// Each pair's kind and score, and the evidence field by field (match weights in bits: positive for one
// activity, negative against).

// %%
await showTable(
  report.pairs.map((pair) => ({
    a: `${pair.a} (${pair.agencies[0]})`,
    b: `${pair.b} (${pair.agencies[1]})`,
    kind: pair.kind,
    score: pair.score.toFixed(2),
    duplicate: pair.match ? "yes" : "review",
  })),
);
for (const pair of report.pairs) {
  console.log(`${pair.a} ↔ ${pair.b}:`);
  for (const reason of pair.reasons) console.log(`  ${reason}`);
}

// %% [markdown]
// ## By agency

// %%
await showTable(
  report.byAgency.map((row) => ({
    agency: row.agency,
    activities: row.activities,
    overlapping: row.overlapping,
    "reported twice": row.doubleReported,
    "overlaps with": row.overlapsWith.join(", "),
  })),
);

// %% [markdown]
// ## An IATI file among them
//
// Agencies publish their activities in the IATI standard's XML. `fromIatiXml` reads them: planned
// dates, recipient countries (IATI's alpha-2 codes become alpha-3), DAC sectors mapped to action
// lines, participating organisations and their own ids for the activity. Here the IATI standard's own
// annotated example (one activity of an imaginary "Agency A", funded by "Agency B") joins the list,
// beside Agency B's record of the same activity: one activity reported twice, which is double
// reporting rather than overlapping work.

// %%
const iati = fromIatiXml(
  await readRepoFile("test/fixtures/iati/activity-standard-example-annotated-203.xml"),
);
const funderRecord: ActivityInput = {
  id: "BB-BBB-123456789-1234",
  agency: "BB-BBB-123456789",
  agencyName: "Name of Agency B",
  title: "Funding for Agency A's primary education activity",
  actionLines: ["C7.e-learning"],
  start: "2012",
  end: "2015",
  countries: ["AFG"],
};
await showTable(
  iati.map((activity) => ({
    id: activity.id,
    agency: activity.agency,
    "action lines": activity.actionLines.join(", "),
    period: `${activity.start} – ${activity.end}`,
    countries: (activity.countries ?? []).join(", "),
    "cross-references": (activity.crossReferences ?? []).join(", "),
  })),
);
const withIati = findDuplicates([...activities, ...iati, funderRecord]);
for (const pair of withIati.pairs.filter((p) => p.a === funderRecord.id || p.b === funderRecord.id)) {
  console.log(`${pair.a} ↔ ${pair.b}: ${pair.kind}`);
  for (const reason of pair.reasons) console.log(`  ${reason}`);
}

// %% [markdown]
// ## Written out

// %%
const written = [
  await writeOut("04-duplicates/report.json", `${JSON.stringify(report, null, 2)}\n`),
  await writeOut("04-duplicates/with-iati.json", `${JSON.stringify(withIati, null, 2)}\n`),
];
for (const path of written) console.log(`Wrote ${path}`);
