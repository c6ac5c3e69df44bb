import type { Block, DraftDocument } from "./documentModel.ts";
import { htmlText } from "./escapeHtml.ts";

// Print-first styles. Columns size to their content (automatic table layout) and text wraps only
// between words: `overflow-wrap: break-word` breaks a word only when it cannot fit a line on its
// own, and unlike `anywhere` it does not shrink a column to a letter's width. Dates never wrap.
// A4 print: headings stay with what follows, a caption and its header with the first rows, rows
// whole, the header repeated on each page, and "Page n of m" at the foot of each page. On a narrow
// screen each table row becomes a card of labelled fields.
const STYLE = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
  line-height: 1.45; color: #1a1a1a; background: #ffffff; max-width: 62rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
.subtitle { color: #4a5568; margin-top: 0; }
h2 { font-size: 1.3rem; border-bottom: 1px solid #cbd5e1; padding-bottom: 0.2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin-top: 1.4rem; }
h1, h2, h3, p, li, dd, dt, th, td, caption { overflow-wrap: break-word; hyphens: manual; }
.nw { white-space: nowrap; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
caption { text-align: left; font-style: italic; padding: 0.3rem 0; }
th, td { border: 1px solid #cbd5e1; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
thead th { background: #eef2f7; }
tbody th { font-weight: 600; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; min-width: 0; }
figure { margin: 1rem 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-style: italic; color: #4a5568; }
nav ol { columns: 2; }
@media screen and (max-width: 40rem) {
  body { padding: 0.75rem; }
  nav ol { columns: 1; }
  dl.facts { grid-template-columns: 1fr; gap: 0; }
  dl.facts dd { margin-bottom: 0.4rem; }
  table, caption, tbody, tr, th, td { display: block; width: auto; }
  thead { display: none; }
  table { border: 0; }
  tbody tr { border: 1px solid #cbd5e1; border-radius: 4px; margin-bottom: 0.6rem; }
  tbody th, tbody td { border: 0; border-top: 1px solid #e2e8f0; }
  tbody th { border-top: 0; background: #eef2f7; }
  td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
}
@page {
  size: A4;
  margin: 16mm 15mm 18mm;
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: system-ui, sans-serif; font-size: 8pt; color: #4a5568; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  table { font-size: 8.5pt; }
  th, td { padding: 0.2rem 0.3rem; }
  nav { display: none; }
  h2, h3, caption, p:has(+ ol, + ul, + dl) { break-after: avoid; }
  tr, li, figure, dl.facts { break-inside: avoid; }
  thead { display: table-header-group; }
  tbody tr:first-child, tbody tr:nth-child(2) { break-before: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
// Units that must not wrap: a date ("10 May 2027", "10–14 May 2027", "28 April"), a span of years
// ("2027–2028", which would otherwise break after the dash) and a short hyphenated word or name
// ("follow-up", "e-business", "C7.e-learning"), which broken at its hyphen reads as two words. A
// longer one ("Development-oriented", "diversity-media-ethics") may break after a hyphen, so that
// narrow columns still fit an A4 page.
const UNIT = new RegExp(
  `\\b\\d{1,2}(?:–\\d{1,2})? ${MONTH}(?: \\d{4})?\\b|\\b\\d{4}–\\d{4}\\b|[^\\s-]+(?:-[^\\s-]+)+`,
  "gu",
);
const SHORT_HYPHENATED = 16;

// A run of more than this many characters without a space (a URL, a path, a long id) gets break
// opportunities (<wbr>) after `/ . _ ? & = :` and every 16 characters otherwise, so it wraps
// inside its column instead of widening the table past the page.
const LONG_RUN = 24;
// One piece of such a run: up to 15 characters that are not a break point, then one more character
// of any kind (so a break point ends the piece early, and no piece is longer than 16).
const RUN_PIECE = /[^/._?&=:]{0,15}./gsu;

/** Escaped text whose long runs without a space may break at `<wbr>`. */
function breakable(value: string): string {
  return value
    .split(/(\s+)/u)
    .map((part) =>
      Array.from(part).length <= LONG_RUN
        ? htmlText(part)
        : (part.match(RUN_PIECE) ?? []).map(htmlText).join("<wbr>"),
    )
    .join("");
}

/** HTML text (escaped by `htmlText`) whose dates, year spans and short hyphenated words stay on one line. */
function prose(value: string): string {
  return breakable(value).replace(UNIT, (unit) =>
    /^\d/u.test(unit) || unit.length <= SHORT_HYPHENATED ? `<span class="nw">${unit}</span>` : unit,
  );
}

/** A column header: kept on one line when short (say, "High-level segment"). */
function columnHeader(column: string): string {
  return `<th scope="col"${column.length <= 24 ? ' class="nw"' : ""}>${prose(column)}</th>`;
}

function blockHtml(block: Block, timeline: () => string): string {
  switch (block.kind) {
    case "heading":
      return `<h3 id="${htmlText(block.id)}">${prose(block.text)}</h3>`;
    case "paragraph":
      return `<p>${prose(block.text)}</p>`;
    case "facts":
      return `<dl class="facts">\n${block.items
        .map(([label, value]) => `<dt>${htmlText(label)}</dt><dd>${prose(value)}</dd>`)
        .join("\n")}\n</dl>`;
    case "list": {
      const tag = block.ordered ? "ol" : "ul";
      return `<${tag}>\n${block.items.map((item) => `<li>${prose(item)}</li>`).join("\n")}\n</${tag}>`;
    }
    case "table": {
      const head = block.columns.map(columnHeader).join("");
      const labels = block.columns.map(htmlText);
      const rows = block.rows.map(
        (row) =>
          `<tr>${row
            .map((text, i) =>
              i === 0
                ? `<th scope="row">${prose(text)}</th>`
                : `<td data-label="${labels[i] ?? ""}">${prose(text)}</td>`,
            )
            .join("")}</tr>`,
      );
      return [
        "<table>",
        `<caption>${prose(block.caption)}</caption>`,
        `<thead><tr>${head}</tr></thead>`,
        "<tbody>",
        ...rows,
        "</tbody>",
        "</table>",
      ].join("\n");
    }
    case "timeline":
      // The SVG escapes its own text with xmlText, which is also safe inside HTML.
      return `<figure>\n${timeline()}\n<figcaption>Timeline: sessions, high-level segments, panels, consultations, deadlines and reports to ECOSOC on a year axis; cycles as bands; the themes of each cycle below.</figcaption>\n</figure>`;
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
  const sections = document.sections.map((section) => {
    const id = htmlText(section.id);
    return [
      `<section id="${id}" aria-labelledby="${id}-heading">`,
      `<h2 id="${id}-heading">${prose(section.title)}</h2>`,
      ...section.blocks.map((block) => blockHtml(block, timeline)),
      "</section>",
    ].join("\n");
  });
  // Nothing in the page may load or run: styles are inline and there is no script.
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${htmlText(document.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${prose(document.title)}</h1>
<p class="subtitle">${prose(document.subtitle)}</p>
</header>
<nav aria-label="Contents">
<ol>
${contents}
</ol>
</nav>
<main>
${sections.join("\n")}
</main>
</body>
</html>
`;
}
