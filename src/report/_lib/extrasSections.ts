import { formatPath } from "../../model/index.ts";
import {
  type Block,
  facts,
  heading,
  list,
  listOrNone,
  NONE,
  paragraph,
  type Section,
  section,
  table,
} from "./documentModel.ts";
import type { ParsedAlignment, ParsedCheck, ParsedDuplicates } from "./extras.ts";
import { count, formatRange, ordinal, percent } from "./format.ts";

/** The UNGIS alignment: coherence, each session year's pairs and unmatched themes, and the gaps. */
export function alignmentSection(report: ParsedAlignment): Section {
  const years = count(report.lead, "year");
  const items: [string, string][] = [
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
    items.push(["Left out", `UNGIS plan years feeding no session: ${report.outside.join(", ")}`]);
  const byYear = report.byYear.map((entry) => [
    String(entry.year),
    String(entry.ungisYear),
    percent(entry.coherence),
    listOrNone(
      entry.pairs.map((pair) => `${pair.theme} ↔ ${pair.ungis.title} (${percent(pair.overlap)})`),
      "; ",
    ),
    listOrNone(
      [
        ...entry.unmatched.cstd,
        ...(entry.stiOnly.length > 0 ? [`STI only, none needed: ${entry.stiOnly.join(", ")}`] : []),
      ],
      "; ",
    ),
    listOrNone(
      entry.unmatched.ungis.map((theme) => theme.title),
      "; ",
    ),
  ]);
  const gaps = report.gaps.map((gap) => [
    String(gap.year),
    gap.title,
    gap.missingIn === "ungis" ? "UNGIS plan" : "Commission programme",
    listOrNone(gap.actionLines),
    listOrNone(gap.agencies),
    gap.suggestion,
  ]);
  return section("alignment", "UNGIS alignment", [
    facts(items),
    table(
      "Alignment by session year: UNGIS themes paired with the Commission's",
      [
        "Session year",
        "UNGIS year",
        "Coherence",
        "Pairs (theme ↔ UNGIS theme, overlap)",
        "Without a UNGIS parallel",
        "UNGIS themes without a Commission theme",
      ],
      byYear,
    ),
    heading("alignment-gaps", "Gaps"),
    gaps.length === 0
      ? paragraph("No gaps: every theme that needs a parallel has one.")
      : table(
          "Themes without a parallel, and who could fill the gap",
          ["Session year", "Theme", "Missing in", "Action lines", "Could lead", "Suggestion"],
          gaps,
        ),
  ]);
}

/** The findings of `checkProgramme`: the verdict, then one row per finding. */
export function checkSection(report: ParsedCheck): Section {
  const verdict = report.ok
    ? "No hard finding: the programme keeps every hard rule checked."
    : `${count(report.hard, "hard finding")}: the programme breaks rules that must hold.`;
  return section("check", "Rule check", [
    facts([
      ["Result", verdict],
      ["Findings", `${report.hard} hard, ${report.soft} soft`],
    ]),
    report.findings.length === 0
      ? paragraph("No findings.")
      : table(
          "Findings, hard first",
          ["Severity", "Rule", "Finding", "Where", "References"],
          report.findings.map((finding) => [
            finding.severity === "hard" ? "Hard" : "Soft",
            finding.rule,
            finding.message,
            finding.path === undefined ? NONE : formatPath(finding.path),
            listOrNone(finding.refs, "; "),
          ]),
          [1, 3],
        ),
  ]);
}

/** What the calendar reads of a milestone (a `Milestone` from `sessionCalendar`, or a validated one). */
export interface MilestoneLike {
  readonly date: string;
  readonly end?: string | undefined;
  readonly title: string;
  readonly year: number;
  readonly session?: number | undefined;
  readonly workingDay?: boolean | undefined;
  readonly clashes?: readonly string[] | undefined;
}

/** The rows of the dated calendar from milestones: date, what happens (with warnings), session. */
export function milestoneRows(milestones: readonly MilestoneLike[]): string[][] {
  return milestones.map((milestone) => {
    const notes = [
      ...(milestone.workingDay === false ? ["not a working day"] : []),
      ...(milestone.clashes !== undefined && milestone.clashes.length > 0
        ? [`clashes with ${milestone.clashes.join(", ")}`]
        : []),
    ];
    return [
      formatRange(milestone.date, milestone.end ?? milestone.date),
      notes.length === 0 ? milestone.title : `${milestone.title} (${notes.join("; ")})`,
      milestone.session === undefined
        ? String(milestone.year)
        : `${ordinal(milestone.session)} (${milestone.year})`,
    ];
  });
}

/** The duplication summary: counts, the pairs with their evidence, and the groups. */
export function duplicatesSection(report: ParsedDuplicates): Section {
  const matching = report.pairs.filter((pair) => pair.match !== false).length;
  const blocks: Block[] = [
    facts([
      [
        "Pairs",
        `${count(report.pairs.length, "pair")} of activities found, ${matching} at or above the threshold`,
      ],
      ["Groups", `${count(report.groups.length, "group")} of activities linked by matching pairs`],
    ]),
    report.pairs.length === 0
      ? paragraph("No duplicated or overlapping activities found.")
      : table(
          "Pairs of activities that duplicate or overlap, most likely first",
          ["Activities", "Agencies", "Score", "Kind", "Action lines", "Evidence"],
          report.pairs.map((pair) => [
            `${pair.a} and ${pair.b}`,
            listOrNone(pair.agencies),
            pair.score.toFixed(2),
            pair.kind ?? NONE,
            listOrNone(pair.actionLines),
            listOrNone(pair.reasons, "; "),
          ]),
        ),
  ];
  if (report.groups.length > 0) {
    blocks.push(
      heading("duplicate-groups", "Groups"),
      list(
        true,
        report.groups.map((group) => group.join(", ")),
      ),
    );
  }
  return section("duplicates", "Duplication across agencies", blocks);
}
