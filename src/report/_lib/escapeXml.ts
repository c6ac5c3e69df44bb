import { HTML_ENTITIES } from "./escapeHtml.ts";
import { withoutControls } from "./text.ts";

/**
 * XML character data: `&`, `<` and `>` escaped (so `]]>` cannot close anything), and characters
 * XML 1.0 forbids (control characters, unpaired surrogates, U+FFFE/U+FFFF) dropped.
 *
 * @param value - The text (untrusted).
 * @returns Text safe between XML (and SVG) tags.
 * @example
 * xmlText('"]]><script>'); // '"]]&gt;&lt;script&gt;'
 */
export function xmlText(value: string): string {
  return withoutControls(value).replace(/[&<>]/gu, (char) => XML_ENTITIES.get(char) ?? char);
}

/**
 * An XML attribute value for double or single quotes: as `xmlText`, plus both quotes, and tab and
 * line breaks as character references (so attribute normalisation keeps them).
 *
 * @param value - The text (untrusted).
 * @returns Text safe inside a quoted attribute.
 * @example
 * xmlAttr('a "b"\nc'); // "a &quot;b&quot;&#10;c"
 */
export function xmlAttr(value: string): string {
  return withoutControls(value).replace(/[&<>"'\t\n\r]/gu, (char) => XML_ENTITIES.get(char) ?? char);
}

// HTML's entities, with XML's own for the apostrophe.
const XML_ENTITIES: ReadonlyMap<string, string> = new Map([
  ...HTML_ENTITIES,
  ["'", "&apos;"],
  ["\t", "&#9;"],
  ["\n", "&#10;"],
  ["\r", "&#13;"],
]);
