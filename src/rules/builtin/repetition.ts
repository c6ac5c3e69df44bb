import { cached } from "../../model/index.ts";
import { builtinRule } from "../_lib/builtinRule.ts";
import { REFS } from "../_lib/refs.ts";
import { count, percent } from "../_lib/words.ts";
import type { Rule, RuleContext, RuleParams, Violation } from "../types.ts";

interface Occurrence {
  readonly theme: string;
  readonly cycle: number;
  readonly year: number;
  /** The theme's distinct action lines, in its order. */
  readonly lines: readonly string[];
  /** A bit per line (see `maskOf`): two themes whose masks do not meet share no line. */
  readonly mask: number;
}

/** The distinct lines in their order: the list itself when it repeats none (the usual case). */
function distinctLines(lines: readonly string[]): readonly string[] {
  for (let i = 1; i < lines.length; i++)
    for (let j = 0; j < i; j++) if (lines[j] === lines[i]) return [...new Set(lines)];
  return lines;
}

/**
 * The lines as bits, numbered as first seen in `bits` and wrapping past 31: lines that share a bit may
 * differ, but lines that differ in every bit share nothing, so most pairs are ruled out with one `&`.
 */
function maskOf(lines: readonly string[], bits: Map<string, number>): number {
  let mask = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    let bit = bits.get(line);
    if (bit === undefined) {
      bit = 1 << (bits.size % 31);
      bits.set(line, bit);
    }
    mask |= bit;
  }
  return mask;
}

/** The Jaccard overlap of two lists of distinct lines (0 when either is empty), as `overlap` gives it. */
function shareOf(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0; i < a.length; i++) if (b.includes(a[i] as string)) shared++;
  return shared / (a.length + b.length - shared);
}

/** `[a, b]`, or `[a]` when they are the same (two occurrences' years or cycles). */
function distinct<T>(a: T, b: T): T[] {
  return a === b ? [a] : [a, b];
}

/** A title as the rule compares titles: lower case, runs of other characters one space. */
export const normalisedTitle = (title: string): string =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, " ")
    .trim();

/** The Jaccard overlap of two themes' action lines (each counted once), as the rule measures near-identity. */
export function lineOverlap(a: readonly string[], b: readonly string[]): number {
  return shareOf(distinctLines(a), distinctLines(b));
}

/**
 * Rule `theme.repetition` (soft): the same theme, or a near-identical one (action lines overlapping
 * more than `overlapThreshold`: shared lines over all the lines of the two), does not come back within
 * `minGapYears` of its cycle's first year. Each occurrence is compared only with those in the window
 * before it, so the cost stays linear in the programme's length. A cross-cutting theme
 * (`crossCutting: true`) runs through every cycle by design and is never a repetition.
 *
 * With the `history` option, each theme of the programme is also compared with the themes of the
 * record's sessions before the programme starts (the same id or title, or lines overlapping more than
 * the threshold), naming the latest such session within the gap.
 *
 * @example
 * // "Theme ‘Media’ (media) comes back in cycle 3 (2031–2032), 4 years after cycle 1 (2027–2028); at least 6 years should pass."
 * // "Theme ‘Data’ (data) in cycle 1 (2027–2028) is near-identical to ‘Data for development’, a priority theme of the 27th session (2024): their action lines overlap 100 % (C3, C5), and only 3 years pass between them; at least 6 should."
 */
export const themeRepetition: Rule = builtinRule("soft", 2, {
  id: "theme.repetition",
  description: "A theme, or a near-identical one, does not come back within the minimum gap in years.",
  refs: [REFS.repetition, REFS.coherence],
  inputs: ["assignment", "themes"],
  *check(programme, params, context) {
    const { minGapYears, overlapThreshold } = params;
    if (minGapYears === 0) return;
    const crossCutting = (id: string) => context.themes.get(id)?.crossCutting === true;
    if (params.history !== undefined)
      yield* againstHistory(programme, params.history, minGapYears, overlapThreshold, context, crossCutting);
    const window: Occurrence[] = [];
    const bits = new Map<string, number>();
    for (const cycle of programme.cycles) {
      const year = cycle.years[0] ?? programme.startYear;
      while (window.length > 0 && year - (window[0]?.year ?? year) >= minGapYears) window.shift();
      const arrivals: Occurrence[] = [];
      const themeIds = cycle.themes;
      for (let position = 0; position < themeIds.length; position++) {
        const themeId = themeIds[position] as string;
        if (crossCutting(themeId)) continue;
        const lines = distinctLines(context.themes.get(themeId)?.actionLines ?? []);
        const current: Occurrence = {
          theme: themeId,
          cycle: cycle.index,
          year,
          lines,
          mask: maskOf(lines, bits),
        };
        // The window, then this cycle's earlier arrivals (most pairs are not near-identical, so
        // nothing is built for a pair until it yields).
        for (let k = 0; k < window.length + arrivals.length; k++) {
          const earlier = (k < window.length ? window[k] : arrivals[k - window.length]) as Occurrence;
          const gap = year - earlier.year;
          if (earlier.theme === themeId) {
            yield {
              message: `Theme ${context.theme(themeId)} comes back in ${context.cycle(cycle.index)}, ${count(gap, "year")} after ${context.cycle(earlier.cycle)}; at least ${minGapYears} years should pass.`,
              path: ["cycles", cycle.index, "themes", position],
              involves: {
                themes: [themeId],
                cycles: distinct(earlier.cycle, cycle.index),
                years: distinct(earlier.year, year),
                actionLines: [...current.lines],
              },
            };
            continue;
          }
          // No line in common is no overlap, which no threshold (a share, at least 0) lets through.
          if ((current.mask & earlier.mask) === 0) continue;
          const share = shareOf(current.lines, earlier.lines);
          if (share <= overlapThreshold) continue;
          const shared = current.lines.filter((line) => earlier.lines.includes(line));
          const listed = shared.join(", ");
          yield {
            message:
              gap === 0
                ? `Themes ${context.theme(themeId)} and ${context.theme(earlier.theme)} of ${context.cycle(cycle.index)} are near-identical: their action lines overlap ${percent(share)} (${listed}).`
                : `Theme ${context.theme(themeId)} in ${context.cycle(cycle.index)} is near-identical to ${context.theme(earlier.theme)} in ${context.cycle(earlier.cycle)}: their action lines overlap ${percent(share)} (${listed}), and only ${count(gap, "year")} pass between them; at least ${minGapYears} should.`,
            path: ["cycles", cycle.index, "themes", position],
            involves: {
              themes: [earlier.theme, themeId],
              cycles: distinct(earlier.cycle, cycle.index),
              years: distinct(earlier.year, year),
              actionLines: shared,
            },
          };
        }
        arrivals.push(current);
      }
      for (const arrival of arrivals) window.push(arrival);
    }
  },
});

interface PastTheme {
  readonly id: string;
  readonly title: string;
  readonly key: string;
  /** Its distinct action lines, in its order. */
  readonly lines: readonly string[];
  readonly crossCutting: boolean;
}
interface PastSession {
  readonly year: number;
  readonly number?: number | undefined;
  readonly themes: readonly PastTheme[];
}

// A prepared check keeps one parsed record: its sessions, latest first, are indexed once.
const PAST = new WeakMap<NonNullable<RuleParams["history"]>, readonly PastSession[]>();

function pastOf(record: NonNullable<RuleParams["history"]>): readonly PastSession[] {
  return cached(PAST, record, () =>
    [...record.sessions]
      .sort((a, b) => b.year - a.year)
      .map((session) => ({
        year: session.year,
        number: session.number,
        themes: session.themes.map((theme) => ({
          id: theme.id,
          title: theme.title,
          key: normalisedTitle(theme.title),
          lines: distinctLines(theme.actionLines),
          crossCutting: theme.crossCutting === true,
        })),
      })),
  );
}

/** Findings of programme themes that repeat a theme of the record's recent sessions. */
function* againstHistory(
  programme: Parameters<Rule["check"]>[0],
  record: NonNullable<RuleParams["history"]>,
  minGapYears: number,
  overlapThreshold: number,
  context: RuleContext,
  crossCutting: (id: string) => boolean,
): Generator<Violation> {
  // Latest sessions first, so each pair names the most recent session that repeats it.
  const past = pastOf(record).filter((session) => session.year < programme.startYear);
  if (past.length === 0) return;
  for (const cycle of programme.cycles) {
    const year = cycle.years[0] ?? programme.startYear;
    const recent = past.filter((session) => year - session.year < minGapYears);
    if (recent.length === 0) continue;
    for (const [position, themeId] of cycle.themes.entries()) {
      const theme = context.themes.get(themeId);
      if (theme === undefined || crossCutting(themeId)) continue;
      const key = normalisedTitle(theme.title);
      const lines = distinctLines(theme.actionLines);
      const seen = new Set<string>();
      for (const session of recent) {
        for (const earlier of session.themes) {
          if (earlier.crossCutting || seen.has(earlier.id)) continue;
          const gap = year - session.year;
          const same = earlier.id === themeId || earlier.key === key;
          const share = shareOf(lines, earlier.lines);
          if (!same && share <= overlapThreshold) continue;
          const shared = lines.filter((line) => earlier.lines.includes(line));
          seen.add(earlier.id);
          const what = `‘${earlier.title}’, a priority theme of ${context.session(session)}`;
          const years = `only ${count(gap, "year")} pass between them; at least ${minGapYears} should`;
          const current = `Theme ${context.theme(themeId)} in ${context.cycle(cycle.index)}`;
          yield {
            message: same
              ? `${current} repeats ${what}, and ${years}.`
              : `${current} is near-identical to ${what}: their action lines overlap ${percent(share)} (${shared.join(", ")}), and ${years}.`,
            path: ["cycles", cycle.index, "themes", position],
            involves: {
              themes: [themeId],
              cycles: [cycle.index],
              years: [session.year, year],
              actionLines: same ? [...lines] : shared,
            },
          };
        }
      }
    }
  }
}
