import * as z from "zod/mini";
import {
  type Catalogue,
  type CommissionRecord,
  CommissionRecordSchema,
  parseWith,
  strictObject,
  withoutUndefined,
  YearSchema,
} from "../model/index.ts";
import { indexOf, rootLineOf, topLevelLines } from "./lookup.ts";
import { wsis } from "./wsis.ts";

/** When the record last took up one top-level line (through a theme with its follow-up mandate). */
export interface RecordLine {
  readonly line: string;
  readonly title: string;
  /** Years of the sessions that took it up, in order (empty when none did). */
  readonly years: readonly number[];
  /** The last of them, or `undefined` when the record never took the line up. */
  readonly lastYear?: number;
}

/** What `recordCoverage` returns. */
export interface RecordCoverage {
  /** The first year counted (the record's first session when no `since` is given). */
  readonly since: number;
  /** The last year counted. */
  readonly until: number;
  /** Every top-level line, in catalogue order. */
  readonly lines: readonly RecordLine[];
  /** Top-level lines some session of the span took up. */
  readonly covered: readonly string[];
  /** Top-level lines no session of the span took up. */
  readonly uncovered: readonly string[];
}

const CoverageOptionsSchema = strictObject({
  catalogue: z.optional(z.unknown()),
  since: z.optional(YearSchema),
  until: z.optional(YearSchema),
});

/**
 * Which top-level lines a commission's record took up, and when: a theme with the follow-up mandate
 * (not STI-only) covers its lines and their parents, as rule `coverage.action-lines` counts.
 *
 * @param record - A record (`cstdRecord`, or one from `defineRecord`).
 * @param options - `catalogue` (default `wsis`), and `since` / `until` to count only those years.
 * @returns The lines with the years they were taken up, and those covered and not covered in the span.
 * @example
 * recordCoverage(cstdRecord, { since: 2010 }).uncovered; // ["C8", "C9", "C10"]
 */
export function recordCoverage(
  record: CommissionRecord,
  options: { readonly catalogue?: Catalogue; readonly since?: number; readonly until?: number } = {},
): RecordCoverage {
  const valid = parseWith(CommissionRecordSchema, record, "record");
  const parsed = parseWith(CoverageOptionsSchema, options, "options");
  const catalogue = (parsed.catalogue as Catalogue | undefined) ?? wsis;

  const lines = indexOf(catalogue).lines;
  const years = valid.sessions.map((session) => session.year);
  const since = parsed.since ?? Math.min(...years);
  const until = parsed.until ?? Math.max(...years);
  const taken = new Map<string, number[]>();
  const sessions = [...valid.sessions].sort((a, b) => a.year - b.year);
  for (const session of sessions) {
    if (session.year < since || session.year > until) continue;
    for (const theme of session.themes) {
      if (theme.mandate === "sti") continue;
      for (const line of theme.actionLines) {
        if (!lines.has(line)) continue;
        const root = rootLineOf(catalogue, line);
        const list = taken.get(root) ?? [];
        if (list.at(-1) !== session.year) list.push(session.year);
        taken.set(root, list);
      }
    }
  }
  const out: RecordLine[] = topLevelLines(catalogue).map((line) => {
    const list = taken.get(line.id) ?? [];
    return withoutUndefined({ line: line.id, title: line.title, years: list, lastYear: list.at(-1) });
  });
  return {
    since,
    until,
    lines: out,
    covered: out.filter((line) => line.years.length > 0).map((line) => line.line),
    uncovered: out.filter((line) => line.years.length === 0).map((line) => line.line),
  };
}
