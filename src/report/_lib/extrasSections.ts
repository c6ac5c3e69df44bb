import type { Section } from "./document.ts";
import type { ParsedAlignment } from "./extras.ts";
import { count, percent } from "./format.ts";

const NONE = "—";

/** The UNGIS alignment: coherence, each session year's pairs and unmatched themes, and the gaps. */
export function alignmentSection(report: ParsedAlignment): Section {
  const years = report.lead === 1 ? "1 year" : `${report.lead} years`;
  const facts: [string, string][] = [
    [
      "Coherence",
      `${percent(report.coherence)} (Dice coefficient of the matched themes' action-line overlaps)`,
    ],
    ["UNGIS lead", `${years}: UNGIS themes of one year feed the Commission's session ${years} later`],
    [
      "Matched",
      `${report.counts.matched} of ${count(report.counts.cstd, "Commission theme-year")} needing a parallel; UNGIS plans ${count(report.counts.ungis, "theme-year")}`,
    ],
  ];
  if (report.outside.length > 0)
    facts.push(["Left out", `UNGIS plan years feeding no session: ${report.outside.join(", ")}`]);
  const byYear = report.byYear.map((entry) => [
    String(entry.year),
    String(entry.ungisYear),
    percent(entry.coherence),
    entry.pairs.map((pair) => `${pair.theme} ↔ ${pair.ungis.title} (${percent(pair.overlap)})`).join("; ") ||
      NONE,
    [
      ...entry.unmatched.cstd,
      ...(entry.stiOnly.length > 0 ? [`STI only, none needed: ${entry.stiOnly.join(", ")}`] : []),
    ].join("; ") || NONE,
    entry.unmatched.ungis.map((theme) => theme.title).join("; ") || NONE,
  ]);
  const gaps = report.gaps.map((gap) => [
    String(gap.year),
    gap.title,
    gap.missingIn === "ungis" ? "UNGIS plan" : "Commission programme",
    gap.actionLines.join(", ") || NONE,
    gap.agencies.join(", ") || NONE,
    gap.suggestion,
  ]);
  return {
    id: "alignment",
    title: "UNGIS alignment",
    blocks: [
      { kind: "facts", items: facts },
      {
        kind: "table",
        caption: "Alignment by session year: UNGIS themes paired with the Commission's",
        columns: [
          "Session year",
          "UNGIS year",
          "Coherence",
          "Pairs (theme ↔ UNGIS theme, overlap)",
          "Without a UNGIS parallel",
          "UNGIS themes without a Commission theme",
        ],
        rows: byYear,
      },
      { kind: "heading", id: "alignment-gaps", text: "Gaps" },
      gaps.length === 0
        ? { kind: "paragraph", text: "No gaps: every theme that needs a parallel has one." }
        : {
            kind: "table",
            caption: "Themes without a parallel, and who could fill the gap",
            columns: ["Session year", "Theme", "Missing in", "Action lines", "Could lead", "Suggestion"],
            rows: gaps,
          },
    ],
  };
}
