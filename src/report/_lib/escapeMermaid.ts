import { oneLine } from "./text.ts";

// Gantt syntax: ":" ends a task name, ";" ends a statement, "#" starts an entity, "%%" a comment
// or directive; quotes, backticks and angle brackets would reach Mermaid's label markup.
const BREAKING = /[:;#%`"<>{}[\]\\]/gu;
// Words that open a Mermaid gantt statement when they start a line.
const KEYWORD_START =
  /^(?:section|title|dateformat|axisformat|tickinterval|inclusiveenddates|topaxis|excludes|includes|todaymarker|weekday|weekend|click|acctitle|accdescr|gantt)\b/iu;

/**
 * A label safe in a Mermaid gantt line: characters that break the syntax replaced by spaces,
 * whitespace collapsed, and a label that would read as a keyword quoted with typographic quotes.
 *
 * @param value - The text (untrusted).
 * @returns The label (never empty).
 * @example
 * mermaidLabel("Review: access; #1"); // "Review access 1"
 */
export function mermaidLabel(value: string): string {
  const text = oneLine(value).replace(BREAKING, " ").replace(/\s+/gu, " ").trim();
  if (text === "") return "untitled";
  return KEYWORD_START.test(text) ? `“${text}”` : text;
}
