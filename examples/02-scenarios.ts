// %% [markdown]
// # 02 · Two scenarios side by side, and what changed
//
// Scenario A is the default programme. Scenario B brings confidence and security in the use of ICTs
// forward to the first cycle (swapping it with inclusive access) and adds a stakeholder dialogue to the
// first policy session. `edit` never touches A: it returns B with the immer patches that lead there and
// back, and `diffProgrammes` says in plain English what differs. Run it with
// `npx tsx examples/02-scenarios.ts`.

// %%
import {
  createProgramme,
  diffProgrammes,
  draftScenarios,
  edit,
  WSIS_DEFAULT_SPEC,
  WSIS_DEFAULT_THEMES,
} from "../src/index.ts";
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
// ## Scenarios the solver drafts
//
// Instead of editing by hand, give the solver the themes and the constraints and let it assign the
// themes to cycles (`draftProgramme`). `draftScenarios` drafts a base spec and named variations of it,
// side by side, with what each changes; a variation that cannot be met reports its conflicts.

// %%
const themes = WSIS_DEFAULT_THEMES.map((theme) => ({
  ...theme,
  actionLines: [...theme.actionLines],
  sdgs: [...theme.sdgs],
  tags: [...theme.tags],
}));
const comparison = draftScenarios({ title: "CSTD 2027–2036, drafted", startYear: 2027, cycles: 5, themes }, [
  { name: "security by 2030", change: { deadlines: [{ theme: "confidence-security", byYear: 2030 }] } },
  { name: "food security first", change: { pins: [{ theme: "food-security", cycle: 1 }] } },
  { name: "one theme a cycle", change: { themesPerCycle: { min: 1, max: 1 } } },
]);

const columns = [
  { name: "base", programme: comparison.base.programme },
  ...comparison.scenarios.flatMap((scenario) =>
    scenario.feasible ? [{ name: scenario.name, programme: scenario.result.programme }] : [],
  ),
];
await showTable(
  comparison.base.programme.cycles.map((cycle) => ({
    cycle: `${cycle.index + 1} (${cycle.years.join("–")})`,
    ...Object.fromEntries(columns.map((column) => [column.name, themesOf(column.programme, cycle.index)])),
  })),
);
for (const scenario of comparison.scenarios) {
  if (scenario.feasible) {
    const { optimal, objective } = scenario.result.stats;
    console.log(
      `${scenario.name}: ${scenario.changes.length} changes from the base; objective ${objective}${optimal ? " (proven best)" : ""}`,
    );
  } else {
    console.log(`${scenario.name}: cannot be met; these constraints conflict:`);
    for (const conflict of scenario.conflicts) console.log(`  - ${conflict.message}`);
  }
}

// %% [markdown]
// ## Written out

// %%
const written = [
  await writeOut("02-scenarios/scenario-a.json", `${JSON.stringify(scenarioA, null, 2)}\n`),
  await writeOut("02-scenarios/scenario-b.json", `${JSON.stringify(scenarioB, null, 2)}\n`),
  await writeOut("02-scenarios/diff.md", diff),
];
for (const path of written) console.log(`Wrote ${path}`);
