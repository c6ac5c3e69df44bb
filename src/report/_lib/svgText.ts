// Text measurement without fonts: an estimate per code point, generous enough that text set in any
// sans-serif of the generic stack stays inside its box at A4 width; and the `<text>` element both
// timelines draw their lines with.
import { xmlText } from "./escapeXml.ts";

/** Whether a code point is drawn about one em wide (CJK, Hangul, full-width forms, emoji). */
function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1f000 && codePoint <= 0x1faff) ||
    codePoint >= 0x20000
  );
}

/** Estimated width in px of `text` at `size` px. */
export function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    // Combining marks and joiners take no width of their own.
    if (
      (codePoint >= 0x300 && codePoint <= 0x36f) ||
      codePoint === 0x200d ||
      (codePoint >= 0xfe00 && codePoint <= 0xfe0f)
    )
      continue;
    ems += isWide(codePoint) ? 1 : char === " " ? 0.32 : 0.62;
  }
  return ems * size;
}

/** Cuts `text` to fit `width`, ending in "…" when anything was cut. */
function cut(text: string, width: number, size: number): string {
  let out = "";
  for (const char of text) {
    if (textWidth(`${out}${char}…`, size) > width) break;
    out += char;
  }
  return `${out.trimEnd()}…`;
}

/** Splits a word too wide for a line into pieces that fit. */
function splitWord(word: string, width: number, size: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const char of word) {
    if (piece !== "" && textWidth(piece + char, size) > width) {
      pieces.push(piece);
      piece = "";
    }
    piece += char;
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}

/**
 * Wraps one line of text into at most `maxLines` lines of `width` px, by words (breaking words
 * wider than a line); `truncated` tells whether the end was cut and marked "…".
 */
export function wrapText(
  text: string,
  width: number,
  size: number,
  maxLines: number,
): { lines: string[]; truncated: boolean } {
  const words = text
    .split(" ")
    .filter((word) => word !== "")
    .flatMap((word) => (textWidth(word, size) > width ? splitWord(word, width, size) : [word]));
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const next = line === "" ? word : `${line} ${word}`;
    if (line !== "" && textWidth(next, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line !== "") lines.push(line);
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  const last = kept.pop() ?? "";
  return { lines: [...kept, cut(`${last} ${lines[maxLines] ?? ""}`, width, size)], truncated: true };
}

/** A `<text>` of one or more lines (each a `<tspan>`), every line escaped. */
export function textLines(
  lines: readonly string[],
  x: number,
  y: number,
  size: number,
  lineHeight: number,
  extra = "",
): string {
  const spans = lines
    .map((line, i) => `<tspan x="${x}" y="${y + i * lineHeight}">${xmlText(line)}</tspan>`)
    .join("");
  return `<text font-size="${size}"${extra}>${spans}</text>`;
}
