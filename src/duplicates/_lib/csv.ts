// A small RFC 4180 reader: fields separated by a delimiter, records by CRLF, LF or CR; a field in double
// quotes may hold delimiters, line breaks and doubled quotes (""). Beyond the RFC: a leading UTF-8 byte
// order mark is dropped, blank lines are skipped, and a quote inside an unquoted field is kept as a
// character (as spreadsheets write it). It is one loop over the text that hands each record to a callback
// and forgets it, so memory stays with what the caller keeps: a record holds its fields and one number
// per field (where it starts), and a record of more than `MAX_FIELDS` fields is reported, not kept (a
// 50 MB line of commas would otherwise be 50 million fields).

import { positionAt, type TextPosition } from "./position.ts";

export interface CsvRecord {
  readonly fields: string[];
  /** Offset in the text where each field starts (see `positionOf`). */
  readonly starts: number[];
  /** Line the record starts on, and the offset that line starts at. */
  readonly line: number;
  readonly lineStart: number;
}

export interface CsvError extends TextPosition {
  readonly message: string;
}

/** Most fields a record may have; the activities layout has 18 columns. */
export const MAX_FIELDS = 1000;

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Line and column of field `index` of `record` (counting line breaks inside quoted fields before it). */
export function positionOf(text: string, record: CsvRecord, index: number): TextPosition | undefined {
  const offset = record.starts[index];
  return offset === undefined ? undefined : positionAt(text, record.line, record.lineStart, offset);
}

/**
 * The field separator of a header line: whichever of `,` `;` and tab occurs most often outside quotes in
 * the first non-blank line (a comma on a tie, or when there is none).
 */
export function detectDelimiter(text: string): "," | ";" | "\t" {
  // The first non-blank line (after a byte order mark), as far as a quote left open, its quoted parts left out.
  const [, line = ""] = /^\ufeff?[\r\n]*((?:"[^"]*"|[^"\r\n])*)/u.exec(text) ?? [];
  const unquoted = line.replace(/"[^"]*"/gu, "");
  const count = (char: string): number => unquoted.split(char).length - 1;
  const [comma, semicolon, tab] = [count(","), count(";"), count("\t")];
  if (semicolon > comma && semicolon >= tab) return ";";
  if (tab > comma && tab > semicolon) return "\t";
  return ",";
}

/** Splits `text` into records of fields, calling `onRecord` for each; returns the reading errors. */
export function readCsv(text: string, delimiter: string, onRecord: (record: CsvRecord) => void): CsvError[] {
  const errors: CsvError[] = [];
  const sep = delimiter.charCodeAt(0);
  const length = text.length;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = at;

  let fields: string[] = [];
  let starts: number[] = [];
  let recordLine = line;
  let recordLineStart = lineStart;
  let broken = false;

  const endRecord = (): void => {
    const blank = fields.length === 1 && fields[0] === "";
    if (!blank && !broken) onRecord({ fields, starts, line: recordLine, lineStart: recordLineStart });
    fields = [];
    starts = [];
    broken = false;
  };
  /** Reports an error at `position`: the record being read is not handed on. */
  const fail = (position: TextPosition, message: string): void => {
    errors.push({ ...position, message });
    broken = true;
  };
  /** Skips to the end of the current line (after an error) and returns the index there. */
  const skipLine = (from: number): number => {
    let k = from;
    while (k < length && text.charCodeAt(k) !== LF && text.charCodeAt(k) !== CR) k++;
    return k;
  };

  while (at <= length) {
    if (fields.length === 0) {
      recordLine = line;
      recordLineStart = lineStart;
    }
    const start = at;
    let value: string;
    if (at < length && text.charCodeAt(at) === QUOTE) {
      // Quoted field: up to the closing quote; "" is one quote; line breaks are part of the value.
      let k = at + 1;
      let out = "";
      let chunk = k;
      let closed = false;
      while (k < length) {
        const code = text.charCodeAt(k);
        if (code === QUOTE) {
          if (text.charCodeAt(k + 1) === QUOTE) {
            out += text.slice(chunk, k + 1);
            k += 2;
            chunk = k;
            continue;
          }
          out += text.slice(chunk, k);
          closed = true;
          k++;
          break;
        }
        // CRLF counts as one line break, at its LF.
        if (code === LF || (code === CR && text.charCodeAt(k + 1) !== LF)) {
          line++;
          lineStart = k + 1;
        }
        k++;
      }
      if (!closed) {
        // The rest of the text is in the field: nothing more to read.
        fail(
          positionAt(text, recordLine, recordLineStart, start),
          "this quoted field is never closed (a double quote is missing)",
        );
        break;
      }
      value = out;
      at = k;
      const next = at < length ? text.charCodeAt(at) : -1;
      if (next !== -1 && next !== sep && next !== LF && next !== CR) {
        fail(
          { line, column: at - lineStart + 1 },
          `unexpected "${text[at]}" after a closing quote (write "" for a quote inside a quoted field)`,
        );
        at = skipLine(at);
      }
    } else {
      let k = at;
      while (k < length) {
        const code = text.charCodeAt(k);
        if (code === sep || code === LF || code === CR) break;
        k++;
      }
      value = text.slice(at, k);
      at = k;
    }
    if (!broken) {
      if (fields.length >= MAX_FIELDS) {
        fail(
          { line: recordLine, column: 1 },
          `this record has more than ${MAX_FIELDS} fields (is the delimiter right?); it is skipped`,
        );
        fields = [];
        starts = [];
        at = skipLine(at);
      } else {
        fields.push(value);
        starts.push(start);
      }
    }
    if (at >= length) {
      endRecord();
      break;
    }
    const code = text.charCodeAt(at);
    if (code === sep) {
      at++;
      continue;
    }
    // A line break ends the record.
    at += code === CR && text.charCodeAt(at + 1) === LF ? 2 : 1;
    line++;
    lineStart = at;
    endRecord();
    if (at >= length) break;
  }
  return errors;
}
