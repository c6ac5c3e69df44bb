import type {
  AlignedPair,
  AlignmentGap,
  AlignmentReport,
  AlignmentYear,
  InputPath,
  UngisThemeRef,
} from "../model/index.ts";
import {
  type AlignWithUngisOptions,
  AlignWithUngisOptionsSchema,
  type Catalogue,
  type Programme,
  type UngisPlanInput,
  UngisPlanSchema,
  type UngisTheme,
  withoutUndefined,
} from "../model/index.ts";
import { analysisArguments, listing } from "./_lib/inputs.ts";
import { distinct } from "./_lib/lists.ts";
import { maxWeightMatching } from "./_lib/matching.ts";
import { ancestorsOf, LineIndex, type LineOverlap, lineOverlap } from "./_lib/overlap.ts";
import { planReferenceIssues, ungisWindow } from "./_lib/references.ts";
import { facilitatingMembers, needsParallel, programmeYears, type ThemeYear } from "./_lib/themeYears.ts";

interface UngisEntry {
  readonly ref: UngisThemeRef;
  readonly theme: UngisTheme;
}

/** What errors call the arguments of `alignWithUngis`. */
const SUBJECT = "alignment input";

/**
 * Measures how far a UNGIS plan parallels a programme: each Commission theme-year is paired with a
 * UNGIS theme of the year that feeds it, by action-line overlap that understands the hierarchy.
 *
 * **Feeding year.** UNGIS's themes of year `y − lead` feed the Commission's session of year `y`.
 * `lead` defaults to 1, and for the right reason in every year on record: UNGIS met in July in 2006
 * and 2007, in September in 2009, and in May at the WSIS Forum since 2010 (`UNGIS_MEETINGS`,
 * reference §4, §9b), always after the Commission's pre-session documents were due (six weeks before
 * its session, itself in May or earlier), so a year's UNGIS work can only reach the next year's
 * session. A calendar that puts sessions after UNGIS's May meeting (say, in October) would need
 * `lead: 0`. Agencies named in gaps are the UNGIS members and facilitators of the UNGIS year (UN
 * Women counts from 2010; UNDP facilitated C4 and C6 in 2006).
 *
 * **Overlap of two themes** (line sets A and B), the soft Dice coefficient:
 * `overlap(A, B) = (Σ_{a∈A} max_{b∈B} s(a, b) + Σ_{b∈B} max_{a∈A} s(b, a)) / (|A| + |B|)`, where
 * `s(x, y)` is 1 when x = y, `partialCredit^d` (default 0.5) when one is the other's ancestor d levels
 * up (so C7.e-health counts towards C7 by half), and 0 otherwise.
 *
 * **Coherence**: `coherence = 2 · Σ_{(t, u) ∈ M} overlap(t, u) / (N_cstd + N_ungis)`, where N_cstd
 * counts the Commission's theme-years with a WSIS mandate ("wsis" or "both"; STI-only themes need
 * no parallel), N_ungis counts the UNGIS theme-years that feed a year of the programme, and M is, in
 * each year, the one-to-one pairing of the two sides that maximises the total overlap among pairs
 * whose overlap is at least `minOverlap` (default 0.25). It is 1 when there is nothing on either side,
 * 1 exactly when every theme-year has a parallel with the same lines, and falls when a theme is taken
 * away from either side of such a plan.
 *
 * @param programme - The Commission's programme (validated like `parseProgramme`).
 * @param plan - The UNGIS plan (validated like `parseUngisPlan`).
 * @param options - `lead` (years, default 1), `partialCredit` (default 0.5), `minOverlap` (default 0.25),
 *   `strict` (reject plan years outside the programme), `catalogue` (default WSIS).
 * @returns Coherence, per-year pairs and unmatched themes, and gaps in both directions with the
 *   agencies that could fill them; plan years that feed no session are listed in `outside`.
 * @throws {PlannerInputError} Listing every problem of the programme, the plan and the options, with
 *   paths starting `programme`, `plan` or `options`.
 * @example
 * const programme = createProgramme(WSIS_DEFAULT_SPEC);
 * alignWithUngis(programme, proposeUngisPlan(programme)).coherence; // 1
 */
export function alignWithUngis(
  programme: Programme,
  plan: UngisPlanInput,
  options: AlignWithUngisOptions = {},
): AlignmentReport {
  const parsed = analysisArguments(
    SUBJECT,
    programme,
    "plan",
    plan,
    UngisPlanSchema,
    options,
    AlignWithUngisOptionsSchema,
    (input, catalogue, valid, { strict, lead }) =>
      planReferenceIssues(
        input,
        catalogue,
        strict && valid !== undefined ? { programme: valid, lead } : undefined,
      ),
  );
  return align(parsed.programme, parsed.input.years, parsed.catalogue, parsed.options);
}

function align(
  programme: Programme,
  planYears: readonly { year: number; themes: UngisTheme[] }[],
  catalogue: Catalogue,
  options: { lead: number; partialCredit: number; minOverlap: number },
): AlignmentReport {
  const { lead, partialCredit, minOverlap } = options;
  const ancestors = ancestorsOf(catalogue);
  const window = ungisWindow(programme, lead);

  const ungisByYear = new Map<number, UngisEntry[]>();
  const ungisIndex = new LineIndex<UngisEntry>(ancestors);
  const outside = new Set<number>();
  planYears.forEach((entry, i) => {
    const list = entry.themes.map(
      (theme, j): UngisEntry => ({
        ref: { year: entry.year, title: theme.title, path: ["years", i, "themes", j] },
        theme,
      }),
    );
    // Every year is indexed, so a gap can point to related UNGIS work even outside the window.
    for (const item of list) ungisIndex.add(entry.year, item.theme.actionLines, item);
    if (entry.year >= window.first && entry.year <= window.last) ungisByYear.set(entry.year, list);
    else outside.add(entry.year);
  });

  const years = programmeYears(programme);
  const cstdIndex = new LineIndex<ThemeYear>(ancestors);
  for (const { year, themes } of years)
    for (const item of themes)
      if (needsParallel(item.theme)) cstdIndex.add(year, item.theme.actionLines, item);

  const byYear: AlignmentYear[] = [];
  const gaps: AlignmentGap[] = [];
  let cstdCount = 0;
  let ungisCount = 0;
  let matchedCount = 0;
  let total = 0;

  for (const { year, session, themes } of years) {
    const ungisYear = year - lead;
    const cstd = themes.filter((item) => needsParallel(item.theme));
    const ungis = ungisByYear.get(ungisYear) ?? [];
    const overlaps: LineOverlap[][] = cstd.map((item) =>
      ungis.map((u) => lineOverlap(item.theme.actionLines, u.theme.actionLines, ancestors, partialCredit)),
    );
    const weights = overlaps.map((row) => row.map((o) => (o.overlap >= minOverlap ? o.overlap : 0)));
    const pairs: AlignedPair[] = [];
    // Each theme-year is an entry of its own (a theme listed twice in a cycle is two), so the
    // entries themselves tell which were paired.
    const pairedCstd = new Set<ThemeYear>();
    const pairedUngis = new Set<UngisEntry>();
    let sum = 0;
    for (const [i, j] of maxWeightMatching(weights)) {
      const item = cstd[i];
      const u = ungis[j];
      const o = overlaps[i]?.[j];
      if (item === undefined || u === undefined || o === undefined) continue;
      pairedCstd.add(item);
      pairedUngis.add(u);
      sum += o.overlap;
      pairs.push({
        theme: item.theme.id,
        ungis: u.ref,
        overlap: o.overlap,
        shared: o.shared,
        related: o.related.map(([c, g]) => ({ cstd: c, ungis: g })),
      });
    }
    const size = cstd.length + ungis.length;
    cstdCount += cstd.length;
    ungisCount += ungis.length;
    matchedCount += pairs.length;
    total += sum;
    const unmatchedCstd = cstd.filter((item) => !pairedCstd.has(item));
    const unmatchedUngis = ungis.filter((u) => !pairedUngis.has(u));
    byYear.push({
      year,
      ungisYear,
      phase: session?.phase ?? "combined",
      ...withoutUndefined({ session: session?.number }),
      coherence: size === 0 ? 1 : (2 * sum) / size,
      pairs,
      unmatched: {
        cstd: unmatchedCstd.map((item) => item.theme.id),
        ungis: unmatchedUngis.map((u) => u.ref),
      },
      stiOnly: themes.filter((item) => !needsParallel(item.theme)).map((item) => item.theme.id),
    });

    /** Records a theme-year without a parallel; `missingIn` is the side that lacks one. */
    const addGap = (
      missingIn: AlignmentGap["missingIn"],
      theme: string,
      title: string,
      actionLines: string[],
      agencies: string[],
      nearest: AlignmentGap["nearest"],
      suggestion: string,
      path: InputPath,
    ) => {
      gaps.push({
        year,
        ungisYear,
        theme,
        title,
        missingIn,
        actionLines,
        agencies,
        ...withoutUndefined({ nearest }),
        suggestion,
        path,
      });
    };
    /** The UNGIS members that facilitate `lines` in the feeding year: lead facilitators, then co-facilitators. */
    const facilitators = (lines: readonly string[]) => {
      const { lead: leads, co } = facilitatingMembers(catalogue, lines, ungisYear);
      return [...leads, ...co];
    };

    for (const item of unmatchedCstd) {
      const lines = distinct(item.theme.actionLines);
      const agencies = facilitators(lines);
      const near = ungisIndex.nearest(ungisYear, lines);
      const nearTitle = near?.entry.ref.title;
      const who =
        agencies.length === 0
          ? "no UNGIS member facilitates these lines"
          : `${listing(agencies.slice(0, 3))}, which facilitate${agencies.length === 1 ? "s" : ""} ${lines.length === 1 ? "this line" : "these lines"}, could lead one`;
      const where =
        near === undefined
          ? ""
          : near.year !== ungisYear
            ? `; UNGIS takes up related lines in ${near.year} ("${nearTitle}")`
            : `; its ${ungisYear} theme "${nearTitle}" ${
                pairedUngis.has(near.entry)
                  ? "is paired with another of the session's themes"
                  : `touches them too little to count (overlap under ${minOverlap})`
              }`;
      addGap(
        "ungis",
        item.theme.id,
        item.theme.title,
        lines,
        agencies,
        near === undefined ? undefined : { year: near.year, theme: near.entry.ref.title },
        `UNGIS has no theme in ${ungisYear} to feed "${item.theme.title}" (${lines.join(", ")}) at the ${year} session; ${who}${where}.`,
        item.path,
      );
    }
    for (const u of unmatchedUngis) {
      const lines = distinct(u.theme.actionLines);
      const named = u.theme.lead;
      const near = cstdIndex.nearest(year, lines);
      const nearTheme = near?.entry.theme.id;
      const what =
        near === undefined
          ? "no theme of the programme takes up these lines; propose one to the Commission or drop it from the plan"
          : near.year !== year
            ? `the Commission takes up related lines in ${near.year} ("${nearTheme}"), so UNGIS could move it to ${near.year - lead}`
            : `the session's theme "${nearTheme}" ${
                pairedCstd.has(near.entry)
                  ? "on these lines is paired with another UNGIS theme, so one of the two is redundant"
                  : `touches them too little to count (overlap under ${minOverlap}); widen one of the two`
              }`;
      addGap(
        "cstd",
        u.ref.title,
        u.ref.title,
        lines,
        named !== undefined && named.length > 0 ? [...named] : facilitators(lines),
        near === undefined ? undefined : { year: near.year, theme: near.entry.theme.id },
        `UNGIS's ${ungisYear} theme "${u.ref.title}" (${lines.join(", ")}) feeds no theme of the ${year} session; ${what}.`,
        u.ref.path,
      );
    }
  }

  const size = cstdCount + ungisCount;
  return {
    coherence: size === 0 ? 1 : Math.min(1, (2 * total) / size),
    lead,
    counts: { cstd: cstdCount, ungis: ungisCount, matched: matchedCount },
    byYear,
    gaps,
    outside: [...outside].sort((a, b) => a - b),
  };
}
