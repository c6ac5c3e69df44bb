// Shared text clean-up for the escape helpers: every format rejects or mangles these characters.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** Replaces unpaired UTF-16 surrogates (which no UTF-8 output can carry) with U+FFFD. */
export function wellFormed(value: string): string {
  return value.replace(LONE_SURROGATE, "\uFFFD");
}

// C0 controls except tab, LF and CR; DEL and the C1 controls; the XML non-characters U+FFFE/U+FFFF.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/gu;

/** Drops control characters (keeping tab, LF and CR) and repairs unpaired surrogates. */
export function withoutControls(value: string): string {
  return wellFormed(value).replace(CONTROL, "");
}

/** Turns every line break (CRLF, CR, LF, U+2028, U+2029) and tab into a single space. */
export function oneLine(value: string): string {
  return withoutControls(value).replace(/\r\n|[\r\n\t\u2028\u2029]/gu, " ");
}
