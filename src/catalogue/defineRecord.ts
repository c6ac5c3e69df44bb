import {
  type Catalogue,
  type CommissionRecord,
  type CommissionRecordInput,
  CommissionRecordSchema,
  deepFreeze,
  type InputIssue,
  parseWith,
  throwIfAny,
  unknownIdMessage,
} from "../model/index.ts";
import { CSTD_RECORD } from "./data/cstdRecord.ts";
import { indexOf } from "./lookup.ts";
import { wsis } from "./wsis.ts";

/** Issues of a parsed record against a catalogue, with paths under `at`. */
export function recordIssues(
  record: CommissionRecord,
  catalogue: Catalogue,
  at: readonly (string | number)[] = [],
): InputIssue[] {
  const issues: InputIssue[] = [];
  if (record.catalogue !== catalogue.id) {
    issues.push({
      path: [...at, "catalogue"],
      message: `the record's themes name lines of catalogue "${record.catalogue}", but the catalogue given is "${catalogue.id}"`,
    });
    return issues;
  }
  const lines = indexOf(catalogue).lines;
  const years = new Map<number, number>();
  record.sessions.forEach((session, s) => {
    const where = [...at, "sessions", s];
    const first = years.get(session.year);
    if (first !== undefined)
      issues.push({
        path: [...where, "year"],
        message: `a second session in ${session.year} (first at sessions[${first}])`,
      });
    else years.set(session.year, s);
    if (session.opens !== undefined && !session.opens.startsWith(`${session.year}-`))
      issues.push({
        path: [...where, "opens"],
        message: `${session.opens} is not in ${session.year}`,
      });
    if (session.opens !== undefined && session.closes !== undefined && session.closes < session.opens)
      issues.push({ path: [...where, "closes"], message: "closes before it opens" });
    session.themes.forEach((theme, t) => {
      theme.actionLines.forEach((line, l) => {
        if (!lines.has(line))
          issues.push({
            path: [...where, "themes", t, "actionLines", l],
            message: unknownIdMessage(catalogue.lineNoun, line, lines.keys()),
          });
      });
    });
  });
  return issues;
}

/**
 * Validates a commission's record of past sessions against its catalogue and returns it frozen,
 * ready to pass as `history` to `checkProgramme` or `draftProgramme`.
 *
 * @param input - The record: the commission, the catalogue id its themes' lines come from, its sessions.
 * @param catalogue - The catalogue the record's lines resolve in (`wsis` by default).
 * @returns The validated, deep-frozen record.
 * @throws {PlannerInputError} Listing every problem with its path: an unknown line, two sessions in one year, a catalogue that does not match.
 * @example
 * const record = defineRecord({ id: "r", commission: "CSTD", catalogue: "wsis",
 *   sessions: [{ year: 2024, themes: [{ id: "data", title: "Data for development", actionLines: ["C3"] }] }] });
 * record.sessions[0]?.themes[0]?.mandate; // "wsis"
 */
export function defineRecord(input: CommissionRecordInput, catalogue: Catalogue = wsis): CommissionRecord {
  const record = parseWith(CommissionRecordSchema, input, "record", true);
  // The catalogue is read and checked once (a wrong one is an input error), then its own copy is used.
  throwIfAny(recordIssues(record, indexOf(catalogue).catalogue), "record");
  return deepFreeze(record);
}

/**
 * The Commission's own record: each session from the 9th (2006) to the 29th (2026) with its dates and
 * priority themes (reference/domain-facts.md §5c), each theme mapped to a mandate and action lines.
 * The mapping is this project's reading of the titles (`cstdRecord.mapping` says so). Pass it as
 * `history` to `checkProgramme` and `draftProgramme`.
 *
 * @example
 * cstdRecord.sessions.length; // 21
 * recordCoverage(cstdRecord, { since: 2010 }).uncovered; // ["C8", "C9", "C10"]
 */
export const cstdRecord: CommissionRecord = defineRecord(CSTD_RECORD, wsis);
