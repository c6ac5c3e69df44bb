import { HTML_ENTITIES } from "./escapeHtml.ts";
import { oneLine } from "./text.ts";

// Inline metacharacters of CommonMark and GFM (emphasis, code, link brackets, tables, strikethrough,
// math on GitHub, attribute braces in Pandoc) and the backslash itself; `<`, `>` and `&` become
// entities (HTML's) so no HTML survives. With `[` and `]` escaped, `(`, `)` and `!` cannot form a link.
const INLINE = /[\\`*_[\]{}|~$<>&]/gu;

/**
 * Markdown inline text: one line (breaks become spaces), metacharacters backslash-escaped, `< > &`
 * as entities, URLs, domain names and e-mail addresses broken by an invisible U+2060 so no
 * autolinker (GFM, linkify) makes them live links, and a start that would open a block (heading, list, quote, rule) escaped, so the
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

// GFM's extended autolinks (marked, GitHub) and linkify (markdown-it, linkify-it) turn `www.x.org`,
// `https://x`, `//x.org`, `x.org` and `a@b.org` into live links. A backslash does not stop linkify:
// it runs on the text after escapes are resolved. A WORD JOINER (U+2060, invisible, no line break)
// after `www.`, after a dot before what could be a top-level domain (letters ending the name, or
// `xn--`), around `@`, after `:` before a non-space, and between two slashes breaks every such pattern:
// a TLD may not start with it, an e-mail name may not end with it, `www.` and `http:` must be followed
// by a letter or `/`. Numbers ("1.5", "10:30") and ids ("C7.e-health") stay as they are.
const WORD_JOINER = "\u2060";
const LINK_SEAMS =
  /(?<=www\.)|(?<=\.)(?=xn--|\p{L}[\p{L}\p{N}]*(?![\p{L}\p{N}-]))|(?<=\S)(?=@)|(?<=@)(?=\S)|(?<=:)(?=[^\s\d])|(?<=\/)(?=\/)/giu;

/** Breaks whatever an autolinker would read as a URL, a domain name or an e-mail address. */
export function unlink(value: string): string {
  return value.replace(LINK_SEAMS, WORD_JOINER);
}

/** Inline escaping alone: one line, metacharacters backslash-escaped, `< > &` as entities, no autolink. */
function inline(value: string): string {
  return unlink(
    oneLine(value)
      .trim()
      .replace(INLINE, (char) => HTML_ENTITIES.get(char) ?? `\\${char}`),
  );
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

// What a code span may hold as it is: no backtick (which would end it), pipe (which would end the
// cell) or backslash (which GFM's table splitter reads as an escape), and no space at either end.
const CODE_SAFE = /^[^\s`|\\](?:[^`|\\]*[^\s`|\\])?$/u;

/**
 * A GFM table cell holding an identifier (a rule's id, a path such as `cycles[1].themes[0]`): a code
 * span, where no autolinker looks and nothing is markup, so the id reads and copies as it is, without
 * the word joiners `mdCell` puts after dots. An id that a code span cannot hold as it is (a backtick,
 * a pipe, a backslash), or a dash standing for none, falls back to `mdCell`.
 *
 * @param value - The identifier (untrusted).
 * @returns One cell.
 * @example
 * mdCodeCell("theme.repetition"); // "`theme.repetition`"
 */
export function mdCodeCell(value: string): string {
  const text = oneLine(value).trim();
  return CODE_SAFE.test(text) && /[\p{L}\p{N}]/u.test(text) ? `\`${text}\`` : mdCell(text);
}
