import type { Catalogue, Programme } from "../model/index.ts";
import { csvRow } from "./_lib/escapeCsv.ts";
import { CatalogueOptionsSchema, parseInputs } from "./_lib/inputs.ts";
import { indexProgramme } from "./_lib/schedule.ts";

const COLUMNS = [
  "year",
  "session",
  "phase",
  "cycle",
  "cycle_years",
  "theme_id",
  "theme_title",
  "mandate",
  "action_lines",
  "sdgs",
  "session_opens",
  "session_closes",
  "high_level_segment_opens",
  "high_level_segment_closes",
  "inputs_due",
  "documents_due",
  "venue",
] as const;

/**
 * Exports a programme as CSV (RFC 4180: header row, CRLF line ends), one row per theme and session
 * year; a year whose cycle has no theme yet still gets one row with the theme columns empty. Lists
 * are joined with "; ". Cells a spreadsheet would run as a formula are neutralised with a leading `'`.
 *
 * @param programme - The programme (validated against the catalogue first).
 * @param options - `catalogue` (default `wsis`).
 * @returns The CSV text.
 * @throws {PlannerInputError} When the options or the programme are invalid.
 * @example
 * toCsv(createProgramme(WSIS_DEFAULT_SPEC)).split("\r\n")[1];
 * // "2027,30,review,1,2027-2028,inclusive-access,\"Development-oriented policies …\",wsis,C1; C2; C3; C6,9,2027-05-10,…"
 */
export function toCsv(programme: Programme, options?: { readonly catalogue?: Catalogue }): string {
  const { programme: valid } = parseInputs(CatalogueOptionsSchema, programme, options);
  const index = indexProgramme(valid);
  let out = csvRow(COLUMNS);
  for (const session of valid.sessions) {
    const cycle = index.cycles.get(session.cycle);
    const head = [
      String(session.year),
      session.number === undefined ? "" : String(session.number),
      session.phase,
      String(session.cycle + 1),
      cycle === undefined ? "" : `${cycle.years[0]}-${cycle.years.at(-1)}`,
    ];
    const segment = session.highLevelSegmentDates;
    const dated = [
      session.opens,
      session.closes,
      segment?.opens ?? "",
      segment?.closes ?? "",
      session.deadlines.inputs,
      session.deadlines.documents,
      session.venue,
    ];
    const themes = index.themesOf(session);
    if (themes.length === 0) out += csvRow([...head, "", "", "", "", "", ...dated]);
    for (const theme of themes) {
      out += csvRow([
        ...head,
        theme.id,
        theme.title,
        theme.mandate,
        theme.actionLines.join("; "),
        theme.sdgs.join("; "),
        ...dated,
      ]);
    }
  }
  return out;
}
