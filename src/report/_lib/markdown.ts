import type { Block, DraftDocument } from "./documentModel.ts";
import { mdCell, mdCodeCell, mdText } from "./escapeMarkdown.ts";

/** Renders one block as Markdown lines; `timeline` supplies the chart's lines for a timeline block. */
function blockLines(block: Block, timeline: () => readonly string[]): string[] {
  switch (block.kind) {
    case "heading":
      return [`### ${mdText(block.text)}`];
    case "paragraph":
      return [mdText(block.text)];
    case "facts":
      return block.items.map(([label, value]) => `- **${mdText(label)}:** ${mdText(value)}`);
    case "list":
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : "-"} ${mdText(item)}`);
    case "table": {
      const code = new Set(block.code);
      const cell = (text: string, i: number) => (code.has(i) ? mdCodeCell(text) : mdCell(text));
      const row = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;
      return [
        `*${mdText(block.caption)}*`,
        "",
        `| ${block.columns.map(mdCell).join(" | ")} |`,
        `| ${block.columns.map(() => "---").join(" | ")} |`,
        ...block.rows.map(row),
      ];
    }
    case "timeline":
      // Labels are sanitised for Mermaid and hold no backtick, so nothing can close the fence.
      return ["```mermaid", ...timeline(), "```"];
    default: {
      const unreachable: never = block;
      return unreachable;
    }
  }
}

/** Renders the draft document as CommonMark with GFM tables, every text escaped by `mdText`/`mdCell`. */
export function documentToMarkdown(document: DraftDocument, timeline: () => readonly string[]): string {
  const parts: string[] = [`# ${mdText(document.title)}`, `*${mdText(document.subtitle)}*`];
  for (const section of document.sections) {
    parts.push(`## ${mdText(section.title)}`);
    for (const block of section.blocks) parts.push(blockLines(block, timeline).join("\n"));
  }
  return `${parts.join("\n\n")}\n`;
}
