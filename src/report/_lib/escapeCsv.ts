import { wellFormed } from "./text.ts";

// OWASP "CSV injection": a spreadsheet evaluates a cell that starts with one of = + - @ tab CR.
// A new cell may start at any `,` or, where the decimal mark is a comma (Excel in German, French,
// Spanish… locales), any `;`; and a reader that ignores quotes splits inside them. So a formula
// character at the start of the cell or of any `,`/`;` segment, after spaces, gets a `'` before it:
// Excel shows a cell starting with `'` as the text after it, and any other `'` as itself.
const FORMULA = /(?<=(?:^|[,;])[ ]*)(?=[=+\-@\t\r])/gu;

/**
 * One RFC 4180 field: a cell that a spreadsheet would read as a formula gets a leading `'`, and so
 * does each `,`- or `;`-separated segment of it that starts with a formula character (`Budget;=1+1`
 * becomes `"Budget;'=1+1"`); a cell holding a quote, comma, semicolon or line break is quoted with
 * its quotes doubled, so Excel keeps it one cell whichever separator its locale uses.
 *
 * @param value - The cell's text (untrusted).
 * @returns The field, ready to join with commas.
 * @example
 * csvCell('=HYPERLINK("http://x","y")'); // `"'=HYPERLINK(""http://x"",""y"")"`
 */
export function csvCell(value: string): string {
  const text = wellFormed(value);
  const safe = text.replace(FORMULA, "'");
  return /[",;\n\r]/u.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV record: the cells escaped, joined by commas, ended by CRLF (RFC 4180). */
export function csvRow(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
