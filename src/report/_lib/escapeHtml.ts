import { withoutControls } from "./text.ts";

/** The entities of the characters HTML gives a meaning: `& < > " '`. */
export const HTML_ENTITIES: ReadonlyMap<string, string> = new Map([
  ["&", "&amp;"],
  ["<", "&lt;"],
  [">", "&gt;"],
  ['"', "&quot;"],
  ["'", "&#39;"],
]);

/**
 * HTML text: `& < > " '` escaped, so the result is safe both between tags and inside a quoted
 * attribute; control characters (which HTML treats as parse errors) dropped.
 *
 * @param value - The text (untrusted).
 * @returns Escaped text.
 * @example
 * htmlText("<script>alert(1)</script>"); // "&lt;script&gt;alert(1)&lt;/script&gt;"
 */
export function htmlText(value: string): string {
  return withoutControls(value).replace(/[&<>"']/gu, (char) => HTML_ENTITIES.get(char) ?? char);
}
