import { oneLine } from "./text.ts";

// Inline metacharacters of CommonMark and GFM (emphasis, code, link brackets, tables, strikethrough,
// math on GitHub, attribute braces in Pandoc) and the backslash itself; `<`, `>` and `&` become
// entities so no HTML survives. With `[` and `]` escaped, `(`, `)` and `!` cannot form a link.
const INLINE = /[\\`*_[\]{}|~$<>&]/gu;
const ENTITIES: ReadonlyMap<string, string> = new Map([
  ["<", "&lt;"],
  [">", "&gt;"],
  ["&", "&amp;"],
]);

/**
 * Markdown inline text: one line (breaks become spaces), metacharacters backslash-escaped, `< > &`
 * as entities, and a start that would open a block (heading, list, quote, rule) escaped, so the
 * text renders as itself in a heading, a list item or a paragraph.
 *
 * @param value - The text (untrusted).
 * @returns Escaped text.
 * @example
 * mdText("# *Access* <b>"); // "\\# \\*Access\\* &lt;b&gt;"
 */
export function mdText(value: string): string {
  // Block starts: "#", "+", "-", "=" (">" is "&gt;" already), and "1." or "1)" before a space.
  return inline(value)
    .replace(/^([#+\-=])/u, "\\$1")
    .replace(/^(\d{1,9})([.)])(?=\s|$)/u, "$1\\$2");
}

/** Inline escaping alone: one line, metacharacters backslash-escaped, `< > &` as entities. */
function inline(value: string): string {
  return oneLine(value)
    .trim()
    .replace(INLINE, (char) => ENTITIES.get(char) ?? `\\${char}`);
}

/**
 * A GFM table cell: inline text as `mdText` escapes it (a cell holds no block, so its start needs
 * no escape), whose escaped pipes cannot split the cell, and never empty, so the row keeps its
 * column count.
 *
 * @param value - The text (untrusted).
 * @returns Escaped text for one cell.
 * @example
 * mdCell("a | b\nc"); // "a \\| b c"
 */
export function mdCell(value: string): string {
  const text = inline(value);
  return text === "" ? " " : text;
}
