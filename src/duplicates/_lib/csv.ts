// A small RFC 4180 reader: fields separated by a delimiter, records by CRLF, LF or CR; a field in double
// quotes may hold delimiters, line breaks and doubled quotes (""). Beyond the RFC: a leading UTF-8 byte
// order mark is dropped, blank lines are skipped, and a quote inside an unquoted field is kept as a
// character (as spreadsheets write it). It is one loop over the text, so any size reads without recursion,
// and it reports where each record and field starts, for error messages.

/** A position in the text, 1-based. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

export interface CsvRecord {
  readonly fields: string[];
  /** Where each field starts. */
  readonly positions: TextPosition[];
  /** Line the record starts on. */
  readonly line: number;
}

export interface CsvError extends TextPosition {
  readonly message: string;
}

export interface CsvResult {
  readonly records: CsvRecord[];
  readonly errors: CsvError[];
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Splits `text` into records of fields. */
export function readCsv(text: string, delimiter = ","): CsvResult {
  const records: CsvRecord[] = [];
  const errors: CsvError[] = [];
  const sep = delimiter.charCodeAt(0);
  const length = text.length;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = at;

  let fields: string[] = [];
  let positions: TextPosition[] = [];
  let recordLine = line;
  let broken = false;

  const endRecord = (): void => {
    const blank = fields.length === 1 && fields[0] === "" && !broken;
    if (!blank && !broken) records.push({ fields, positions, line: recordLine });
    fields = [];
    positions = [];
    broken = false;
  };
  /** Skips to the end of the current line (after an error) and returns the index there. */
  const skipLine = (from: number): number => {
    let k = from;
    while (k < length && text.charCodeAt(k) !== LF && text.charCodeAt(k) !== CR) k++;
    return k;
  };

  while (at <= length) {
    if (fields.length === 0) recordLine = line;
    const start: TextPosition = { line, column: at - lineStart + 1 };
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
        if (code === LF || (code === CR && text.charCodeAt(k + 1) !== LF)) {
          line++;
          lineStart = k + 1;
        } else if (code === CR) {
          // CRLF: count the line at the LF.
        }
        k++;
      }
      if (!closed) {
        errors.push({ ...start, message: "this quoted field is never closed (a double quote is missing)" });
        broken = true;
        fields.push("");
        positions.push(start);
        at = length;
        endRecord();
        break;
      }
      value = out;
      at = k;
      const next = at < length ? text.charCodeAt(at) : -1;
      if (next !== -1 && next !== sep && next !== LF && next !== CR) {
        errors.push({
          line,
          column: at - lineStart + 1,
          message: `unexpected "${text[at]}" after a closing quote (write "" for a quote inside a quoted field)`,
        });
        broken = true;
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
    fields.push(value);
    positions.push(start);
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
  return { records, errors };
}
