// %% [markdown]
// # 01 · The default CSTD programme, 2027–2036
//
// Lays out the embedded default spec (`WSIS_DEFAULT_SPEC`): five two-year cycles, each a review year
// and a policy year with a high-level segment, each pairing a WSIS theme with a science-and-technology
// theme. Writes the programme to `out/`. Run it with `npm start` (or `npx tsx examples/01-default-programme.ts`).

// %%
import { createProgramme, WSIS_DEFAULT_SPEC } from "../src/index.ts";
import { showHeading, showTable, writeOut } from "./_lib/show.ts";

const programme = createProgramme(WSIS_DEFAULT_SPEC);

// %% [markdown]
// ## The sessions
//
// One session a year, each with its phase, dates and the cycle's themes.

// %%
const titleOf = new Map(programme.themes.map((theme) => [theme.id, theme.title]));
const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

await showHeading(programme.title);
await showTable(
  programme.sessions.map((session) => ({
    year: session.year,
    session: session.number,
    phase: session.phase,
    dates: `${session.opens} – ${session.closes}`,
    themes: (programme.cycles[session.cycle]?.themes ?? [])
      .map((id) => short(titleOf.get(id) ?? id))
      .join("; "),
  })),
);

// %% [markdown]
// ## Written out

// %%
const written = [await writeOut("programme.json", `${JSON.stringify(programme, null, 2)}\n`)];
for (const path of written) console.log(`Wrote ${path}`);
