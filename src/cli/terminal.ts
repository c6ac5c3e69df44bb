// Text for a terminal: the width to wrap to, colour (only on a terminal, never with NO_COLOR), word wrap
// with hanging indents, and a table whose last column wraps within the width.
import type { CliIo } from "./io.ts";

/** Colours as functions: each returns its text unchanged when colour is off. */
export interface Style {
  readonly color: boolean;
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly green: (text: string) => string;
}

const sgr = (on: boolean, open: number, close: number) => (text: string) =>
  on && text !== "" ? `\u001B[${open}m${text}\u001B[${close}m` : text;

/** A `Style` with colour on or off. */
export function styleOf(color: boolean): Style {
  return {
    color,
    bold: sgr(color, 1, 22),
    dim: sgr(color, 2, 22),
    red: sgr(color, 31, 39),
    yellow: sgr(color, 33, 39),
    green: sgr(color, 32, 39),
  };
}

/**
 * Colour for text going to standard output (`stream: "stdout"`) or error: only when that stream is a
 * terminal and `NO_COLOR` is unset or empty (https://no-color.org).
 */
export function colorFor(io: CliIo, stream: "stdout" | "stderr"): boolean {
  const noColor = io.env?.["NO_COLOR"];
  if (noColor !== undefined && noColor !== "") return false;
  return stream === "stdout" ? io.isTTY === true : io.isTerminal;
}

/** The width to wrap to: the terminal's, else `COLUMNS`, else 80; never under 40. */
export function widthOf(io: CliIo): number {
  const fromEnv = Number(io.env?.["COLUMNS"]);
  const columns =
    io.columns !== undefined && io.columns > 0
      ? io.columns
      : Number.isFinite(fromEnv) && fromEnv > 0
        ? fromEnv
        : 80;
  return Math.max(40, Math.floor(columns));
}

/** Characters a string takes on screen, without colour codes (one per code point: close enough here). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matches the escape that starts a colour code
const visible = (text: string) => [...text.replace(/\u001B\[[0-9;]*m/gu, "")].length;

/**
 * Words of `text` in lines of at most `width` characters (a word longer than that gets a line of its
 * own). The first line starts after `first` characters already on it and is returned as is; the others
 * are indented by `indent` spaces, which they include.
 */
export function wrapWords(text: string, width: number, indent = 0, first = indent): string[] {
  const lines: string[] = [];
  let line = "";
  let used = first;
  for (const word of text.split(/ +/u)) {
    if (word === "") continue;
    const size = visible(word);
    if (line !== "" && used + 1 + size > width) {
      lines.push(line);
      line = word;
      used = indent + size;
    } else {
      used += (line === "" ? 0 : 1) + size;
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines.map((text, k) => (k === 0 ? text : " ".repeat(indent) + text));
}

/**
 * Wraps each line of a text to `width`, keeping its indentation and hanging list items (`  1. …`,
 * `- …`, `where: …`) under their first word.
 */
export function wrapText(text: string, width: number): string {
  return text
    .split("\n")
    .map((line) => {
      if (visible(line) <= width) return line;
      const lead = /^( *)((?:\d+\.|[-•*]|[a-z]+:) )?/u.exec(line)?.[0] ?? "";
      const hang = visible(lead);
      const rest = line.slice(lead.length);
      return lead + wrapWords(rest, width, hang, hang).join("\n");
    })
    .join("\n");
}

/** A table: a header and rows of cells; each cell may hold several lines. */
export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | readonly string[])[])[];
}

/**
 * Lays out a table within `width`: every column as wide as its widest cell, but the last, which wraps
 * its lines (each line's continuation indented by two spaces) into what is left.
 */
export function renderTable(table: Table, width: number, style: Style): string {
  const lastColumn = table.header.length - 1;
  const cellLines = (cell: string | readonly string[]) => (typeof cell === "string" ? [cell] : [...cell]);
  const widths = table.header.map((title, k) =>
    k === lastColumn
      ? 0
      : Math.max(
          visible(title),
          ...table.rows.map((row) => Math.max(0, ...cellLines(row[k] ?? "").map(visible))),
        ),
  );
  const gap = 2;
  const before = widths.slice(0, lastColumn).reduce((sum, w) => sum + w + gap, 0);
  const room = Math.max(20, width - before);
  const pad = (text: string, w: number) => text + " ".repeat(Math.max(0, w - visible(text)));
  const out: string[] = [];
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, k) => (k === lastColumn ? cell : pad(cell, widths[k] ?? 0)))
      .join(" ".repeat(gap))
      .trimEnd();
  out.push(style.bold(line(table.header)));
  out.push(
    style.dim(
      line(table.header.map((_, k) => "─".repeat(k === lastColumn ? Math.min(room, 40) : (widths[k] ?? 0)))),
    ),
  );
  for (const row of table.rows) {
    const columns = row.map((cell, k) =>
      k === lastColumn ? cellLines(cell).flatMap((text) => wrapWords(text, room, 2, 0)) : cellLines(cell),
    );
    const height = Math.max(...columns.map((lines) => lines.length));
    for (let i = 0; i < height; i++) out.push(line(columns.map((lines) => lines[i] ?? "")));
  }
  return out.join("\n");
}
