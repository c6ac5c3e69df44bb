// %% [markdown]
// # 02 · Two scenarios side by side, and what changed
//
// Scenario A is the default programme. Scenario B brings confidence and security in the use of ICTs
// forward to the first cycle (swapping it with inclusive access) and adds a stakeholder dialogue to the
// first policy session. `edit` never touches A: it returns B with the immer patches that lead there and
// back, and `diffProgrammes` says in plain English what differs. Run it with
// `npx tsx examples/02-scenarios.ts`.

// %%
import { createProgramme, diffProgrammes, edit, WSIS_DEFAULT_SPEC } from "../src/index.ts";
import { showHeading, showMarkdown, showTable, writeOut } from "./_lib/show.ts";

const scenarioA = createProgramme(WSIS_DEFAULT_SPEC);

const {
  programme: scenarioB,
  patches,
  inversePatches,
} = edit(scenarioA, (draft) => {
  draft.title = "CSTD WSIS follow-up 2027–2036, security first";
  const first = draft.cycles[0];
  const fourth = draft.cycles[3];
  if (first === undefined || fourth === undefined) throw new Error("the default spec has five cycles");
  first.themes[0] = "confidence-security";
  fourth.themes[0] = "inclusive-access";
  draft.sessions[1]?.parallelEvents.push({
    id: "dialogue-2028",
    title: "Multi-stakeholder dialogue on cybersecurity capacity",
    organiser: "Civil society organisations with ECOSOC status",
    themes: ["confidence-security"],
  });
});

// %% [markdown]
// ## Side by side
//
// The themes (by id) each session takes up in A and in B, year by year.

// %%
const themesOf = (programme: typeof scenarioA, cycle: number) =>
  (programme.cycles[cycle]?.themes ?? []).join(", ");

await showTable(
  scenarioA.sessions.map((session, k) => ({
    year: session.year,
    phase: session.phase,
    "scenario A": themesOf(scenarioA, session.cycle),
    "scenario B": themesOf(scenarioB, scenarioB.sessions[k]?.cycle ?? session.cycle),
  })),
);

// %% [markdown]
// ## What changed from A to B

// %%
const changes = diffProgrammes(scenarioA, scenarioB);
const diff = [
  `# From “${scenarioA.title}” to “${scenarioB.title}”`,
  "",
  ...changes.map((change) => `- ${change.text}`),
  "",
].join("\n");

await showHeading(`${changes.length} changes, ${patches.length} patches (${inversePatches.length} to undo)`);
await showMarkdown(diff, { maxLines: 20 });

// %% [markdown]
// ## Written out

// %%
const written = [
  await writeOut("02-scenarios/scenario-a.json", `${JSON.stringify(scenarioA, null, 2)}\n`),
  await writeOut("02-scenarios/scenario-b.json", `${JSON.stringify(scenarioB, null, 2)}\n`),
  await writeOut("02-scenarios/diff.md", diff),
];
for (const path of written) console.log(`Wrote ${path}`);
