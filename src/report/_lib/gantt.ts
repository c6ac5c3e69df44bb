import type { Programme } from "../../model/index.ts";
import { mermaidLabel } from "./escapeMermaid.ts";
import { cycleName, dayAfter, phaseLabel, sessionName } from "./format.ts";
import { indexProgramme } from "./schedule.ts";

/**
 * The lines of a Mermaid gantt chart of a validated programme: one section per cycle holding its
 * themes (from the cycle's first panel or session to its last session), its sessions and the
 * high-level segment as a milestone. Every label goes through `mermaidLabel`.
 */
export function ganttLines(programme: Programme): string[] {
  const index = indexProgramme(programme);
  const lines = [
    "gantt",
    `    title ${mermaidLabel(programme.title)}`,
    "    dateFormat YYYY-MM-DD",
    "    axisFormat %Y",
    // The marker would draw the viewer's today, so the same text would render differently.
    "    todayMarker off",
  ];
  for (const cycle of programme.cycles) {
    const held = index.sessionsOf(cycle);
    const first = held[0];
    const last = held.at(-1);
    lines.push(`    section ${mermaidLabel(cycleName(cycle))}`);
    if (first !== undefined && last !== undefined) {
      const from = first.intersessionalPanel?.opens ?? first.opens;
      cycle.themes.forEach((id, k) => {
        const title = index.themes.get(id)?.title ?? id;
        lines.push(`    ${mermaidLabel(title)} :t${cycle.index}_${k}, ${from}, ${dayAfter(last.closes)}`);
      });
    }
    for (const session of held) {
      const label = `${sessionName(session)}, ${phaseLabel(session.phase).toLowerCase()}`;
      lines.push(
        `    ${mermaidLabel(label)} :s${session.year}, ${session.opens}, ${dayAfter(session.closes)}`,
      );
      const segment = session.highLevelSegmentDates;
      if (segment !== undefined) {
        lines.push(
          `    ${mermaidLabel(`High-level segment ${session.year}`)} :milestone, h${session.year}, ${segment.opens}, 0d`,
        );
      }
    }
  }
  return lines;
}
