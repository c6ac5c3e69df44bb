import { wellFormed } from "./text.ts";

// RFC 5545 §3.3.11: TEXT allows tab but no other control character.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose
const ICS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu;

/**
 * An RFC 5545 TEXT value (§3.3.11): backslash, semicolon and comma escaped, every line break
 * written `\n`, other control characters dropped.
 *
 * @param value - The text (untrusted).
 * @returns The escaped value, to follow `SUMMARY:` and the like (fold the whole line afterwards).
 * @example
 * icsText("Panel; Geneva, day 1\nroom B"); // "Panel\\; Geneva\\, day 1\\nroom B"
 */
export function icsText(value: string): string {
  return wellFormed(value)
    .replace(ICS_CONTROL, "")
    .replace(/[\\;,]/gu, (char) => `\\${char}`)
    .replace(/\r\n|[\r\n]/gu, "\\n");
}

/** UTF-8 length of one code point, counted without `TextEncoder` (not in the isomorphic lib). */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds a content line so no physical line exceeds 75 octets of UTF-8 (RFC 5545 §3.1): each
 * continuation starts with one space, and no code point is split. Ends every line with CRLF.
 *
 * @param line - One unfolded content line, without its line break.
 * @returns The folded line, CRLF included.
 * @example
 * foldIcsLine(`SUMMARY:${"a".repeat(80)}`); // "SUMMARY:aaa…(67 a)\r\n aaaaaaaaaaaaa\r\n"
 */
export function foldIcsLine(line: string): string {
  let out = "";
  let used = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (used + size > 75) {
      out += "\r\n ";
      used = 1;
    }
    out += char;
    used += size;
  }
  return `${out}\r\n`;
}
