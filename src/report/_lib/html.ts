import type { Block, DraftDocument } from "./documentModel.ts";
import { htmlText } from "./escapeHtml.ts";

// Print-first styles: one column, tables that break between rows, headers repeated on each page.
const STYLE = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
  line-height: 1.45; color: #1a1a1a; background: #ffffff; max-width: 62rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
.subtitle { color: #4a5568; margin-top: 0; }
h2 { font-size: 1.3rem; border-bottom: 1px solid #cbd5e1; padding-bottom: 0.2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin-top: 1.4rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
caption { text-align: left; font-style: italic; padding: 0.3rem 0; }
th, td { border: 1px solid #cbd5e1; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
thead th { background: #eef2f7; }
tbody th { font-weight: 600; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
p, li { overflow-wrap: anywhere; }
figure { margin: 1rem 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-style: italic; color: #4a5568; }
nav ol { columns: 2; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav { display: none; }
  h2, h3 { break-after: avoid; }
  tr, figure, dl.facts { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  @page { size: A4; margin: 18mm 15mm; }
}
`;

function blockHtml(block: Block, timeline: () => string): string {
  switch (block.kind) {
    case "heading":
      return `<h3 id="${htmlText(block.id)}">${htmlText(block.text)}</h3>`;
    case "paragraph":
      return `<p>${htmlText(block.text)}</p>`;
    case "facts":
      return `<dl class="facts">\n${block.items
        .map(([label, value]) => `<dt>${htmlText(label)}</dt><dd>${htmlText(value)}</dd>`)
        .join("\n")}\n</dl>`;
    case "list": {
      const tag = block.ordered ? "ol" : "ul";
      return `<${tag}>\n${block.items.map((item) => `<li>${htmlText(item)}</li>`).join("\n")}\n</${tag}>`;
    }
    case "table": {
      const head = block.columns.map((column) => `<th scope="col">${htmlText(column)}</th>`).join("");
      const rows = block.rows.map(
        (row) =>
          `<tr>${row
            .map((cell, i) =>
              i === 0 ? `<th scope="row">${htmlText(cell)}</th>` : `<td>${htmlText(cell)}</td>`,
            )
            .join("")}</tr>`,
      );
      return [
        "<table>",
        `<caption>${htmlText(block.caption)}</caption>`,
        `<thead><tr>${head}</tr></thead>`,
        "<tbody>",
        ...rows,
        "</tbody>",
        "</table>",
      ].join("\n");
    }
    case "timeline":
      // The SVG escapes its own text with xmlText, which is also safe inside HTML.
      return `<figure>\n${timeline()}\n<figcaption>Timeline: cycles, sessions, high-level segments and themes.</figcaption>\n</figure>`;
    default: {
      const unreachable: never = block;
      return unreachable;
    }
  }
}

/** Renders the draft document as one standalone HTML page, every text escaped by `htmlText`. */
export function documentToHtml(document: DraftDocument, timeline: () => string): string {
  const contents = document.sections
    .map((section) => `<li><a href="#${htmlText(section.id)}">${htmlText(section.title)}</a></li>`)
    .join("\n");
  const sections = document.sections.map((section) =>
    [
      `<section id="${htmlText(section.id)}" aria-labelledby="${htmlText(section.id)}-heading">`,
      `<h2 id="${htmlText(section.id)}-heading">${htmlText(section.title)}</h2>`,
      ...section.blocks.map((block) => blockHtml(block, timeline)),
      "</section>",
    ].join("\n"),
  );
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    // Nothing in the page may load or run: styles are inline and there is no script.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${htmlText(document.title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<header>",
    `<h1>${htmlText(document.title)}</h1>`,
    `<p class="subtitle">${htmlText(document.subtitle)}</p>`,
    "</header>",
    `<nav aria-label="Contents">\n<ol>\n${contents}\n</ol>\n</nav>`,
    "<main>",
    ...sections,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
