import { ordinal } from "../../calendar/index.ts";
import {
  indexOf,
  type RecordCoverage,
  recordCoverage,
  recordIssues,
  rootLineOf,
  topLevelLines,
} from "../../catalogue/index.ts";
import {
  byId,
  type Catalogue,
  type CommissionRecord,
  CommissionRecordSchema,
  cached,
  type InputIssue,
  type Programme,
  pushAll,
} from "../../model/index.ts";
import { pushZodIssues } from "../_lib/issues.ts";
import { listWords } from "../_lib/words.ts";
import type { HistorySummary } from "../types.ts";

// A prepared check keeps one parsed record: its coverage is worked out once, not per programme.
const COVERAGE = new WeakMap<CommissionRecord, WeakMap<Catalogue, RecordCoverage>>();

function coverageOf(record: CommissionRecord, catalogue: Catalogue): RecordCoverage {
  const byCatalogue = cached(COVERAGE, record, () => new WeakMap<Catalogue, RecordCoverage>());
  return cached(byCatalogue, catalogue, () => recordCoverage(record, { catalogue }));
}

/** The record's sessions before the programme starts, for the rules that read the history. */
export function pastSessions(record: CommissionRecord, programme: Programme): CommissionRecord["sessions"] {
  return record.sessions.filter((session) => session.year < programme.startYear);
}

/**
 * What a check says of its `history`: which top-level lines the record took up and when, those it
 * never took up, those it left longest, and those neither the record nor the programme takes up.
 */
export function historySummary(
  programme: Programme,
  record: CommissionRecord,
  catalogue: Catalogue,
): HistorySummary {
  const coverage = coverageOf(record, catalogue);
  const neverCovered = coverage.uncovered;
  let oldest: number | undefined;
  for (const line of coverage.lines)
    if (line.lastYear !== undefined && (oldest === undefined || line.lastYear < oldest))
      oldest = line.lastYear;
  const idle = coverage.lines.filter((line) => line.lastYear === oldest && oldest !== undefined);
  const lines = indexOf(catalogue).lines;
  const byProgramme = new Set<string>();
  const themes = byId(programme.themes);
  for (const cycle of programme.cycles)
    for (const id of cycle.themes) {
      const theme = themes.get(id);
      if (theme === undefined || theme.mandate === "sti") continue;
      for (const line of theme.actionLines) if (lines.has(line)) byProgramme.add(rootLineOf(catalogue, line));
    }
  const uncovered = topLevelLines(catalogue)
    .map((line) => line.id)
    .filter((line) => neverCovered.includes(line) && !byProgramme.has(line));
  const numbers = record.sessions.flatMap((session) =>
    session.number === undefined ? [] : [session.number],
  );
  const years = `${coverage.since}–${coverage.until}`;
  const span =
    numbers.length > 0
      ? `the ${ordinal(Math.min(...numbers))} to the ${ordinal(Math.max(...numbers))} session, ${years}`
      : years;
  const parts = [
    neverCovered.length === 0
      ? `The record (${span}) took up every top-level ${catalogue.lineNoun}`
      : `The record (${span}) never took up ${listWords(neverCovered)}`,
  ];
  if (idle.length > 0 && oldest !== undefined && oldest < coverage.until)
    parts.push(
      `it last took up ${listWords(idle.map((line) => `${line.line} (${line.title})`))} in ${oldest}, longest ago of all`,
    );
  parts.push(
    uncovered.length === 0
      ? "with the programme, every one is covered"
      : `neither the record nor the programme takes up ${listWords(uncovered)}`,
  );
  return {
    record: record.id,
    commission: record.commission,
    sessions: record.sessions.length,
    first: coverage.since,
    last: coverage.until,
    lines: coverage.lines,
    neverCovered,
    longestIdle: {
      lines: idle.map((line) => line.line),
      ...(oldest === undefined ? {} : { lastYear: oldest }),
    },
    uncovered,
    message: `${parts.join("; ")}.`,
  };
}

/**
 * The `history` option of a check, validated against the catalogue: the record, or `undefined` when
 * none is given or it is malformed (its problems are added to `issues`, with paths under `history`).
 */
export function historyOption(
  value: unknown,
  catalogue: Catalogue,
  issues: InputIssue[],
): CommissionRecord | undefined {
  if (value === undefined) return undefined;
  const parsed = CommissionRecordSchema.safeParse(value);
  if (!parsed.success) {
    pushZodIssues(issues, parsed.error, ["history"]);
    return undefined;
  }
  const found = recordIssues(parsed.data, catalogue, ["history"]);
  pushAll(issues, found);
  return found.length === 0 ? parsed.data : undefined;
}
