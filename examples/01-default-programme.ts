// Drafts the default CSTD programme (2027–2036) from the embedded WSIS data and writes it out.
// Run: npm start
import { mkdir, writeFile } from "node:fs/promises";
import { createProgramme, WSIS_DEFAULT_SPEC } from "../src/index.ts";

const programme = createProgramme(WSIS_DEFAULT_SPEC);

const titleOf = new Map(programme.themes.map((theme) => [theme.id, theme.title]));
const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
console.log(programme.title);
console.table(
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

await mkdir("out", { recursive: true });
await writeFile("out/programme.json", `${JSON.stringify(programme, null, 2)}\n`);
console.log("Wrote out/programme.json");
