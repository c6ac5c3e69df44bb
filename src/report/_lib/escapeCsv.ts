import { wellFormed } from "./text.ts";

// OWASP "CSV injection": a spreadsheet evaluates a cell that starts with one of these.
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * One RFC 4180 field: a cell that a spreadsheet would read as a formula gets a leading `'`, and a
 * cell holding a quote, comma or line break is quoted with its quotes doubled.
 *
 * @param value - The cell's text (untrusted).
 * @returns The field, ready to join with commas.
 * @example
 * csvCell('=HYPERLINK("http://x","y")'); // `"'=HYPERLINK(""http://x"",""y"")"`
 */
export function csvCell(value: string): string {
  const text = wellFormed(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\n\r]/u.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV record: the cells escaped, joined by commas, ended by CRLF (RFC 4180). */
export function csvRow(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
