// The draft document as a Word file, with the `docx` library: the same blocks as the Markdown and
// HTML, as Word headings, tables (header row repeated on each page, rows kept whole) and lists,
// on A4 with page numbers. `docx` is imported only when a Word file is asked for, so importing the
// library (say, `createProgramme` alone) never loads or bundles it.
import type { Block, DraftDocument } from "./documentModel.ts";
import { textWidth } from "./svgText.ts";
import { withoutControls } from "./text.ts";

type Docx = typeof import("docx");
type Child = import("docx").Paragraph | import("docx").Table;

// A4 in twentieths of a point, with 2 cm margins (1134 twips), as UN documents are set.
const A4 = { width: 11_906, height: 16_838 };
const MARGIN = 1134;
/** The width of the text between the margins, which a table fills. */
const TEXT_WIDTH = A4.width - 2 * MARGIN;
/** Table text is 9 pt (`size: 18` half-points); a cell's left and right margins take 160 twips. */
const CELL_POINTS = 9;
const CELL_PADDING = 2 * 80 + 40;
const FONT = "Arial";
const BORDER = "A0AEC0";
const HEADER_FILL = "EEF2F7";
const ORDERED = "ordered";

/** Word text: no control characters (which XML 1.0 cannot carry) and no unpaired surrogates. */
const text = (value: string): string => withoutControls(value).replace(/[\t\r\n]+/gu, " ");

function paragraph(docx: Docx, value: string, options: { bold?: boolean; italic?: boolean } = {}) {
  return new docx.Paragraph({ children: [new docx.TextRun({ text: text(value), ...options })] });
}

/** Where a line may break inside a cell's text: at spaces, and after a hyphen, a dash or a slash (not inside a range of years or dates, "2027–2028"). */
const BREAKS = /\s+|(?<=[-–—/])(?!\d)/u;
/** A day, a range of days or of dates in UN style: "10–14 May 2027", "28 February–3 March 2033". */
const DATE = /^\d{1,2}(?:[–-]\d{1,2})?(?: \p{L}+)?(?:[–-]\d{1,2})? \p{L}+ \d{4}$/u;
/** Texts up to this many characters are kept on one line where the table has room. */
const SHORT = 12;

/**
 * Column widths in twips that fill the text width, shared as a browser's automatic table layout
 * shares them: every column gets at least its longest word (so no word is split across lines), and
 * the rest goes to the columns in proportion to how much more their longest text would take. Word
 * and LibreOffice lay out a table on its grid, which without widths is equal columns: a long title
 * in a narrow first column, broken letter by letter.
 */
function columnWidths(block: Extract<Block, { kind: "table" }>): number[] {
  const twips = (value: string, bold: boolean) => textWidth(value, CELL_POINTS) * 20 * (bold ? 1.1 : 1);
  const least = block.columns.map(() => 0);
  const most = block.columns.map(() => 0);
  const measure = (i: number, value: string, bold: boolean) => {
    const line = text(value).trim();
    // A date ("10–14 May 2027") or a short text ("WSIS and STI") reads best on one line.
    const units = line.length <= SHORT || DATE.test(line) ? [line] : line.split(BREAKS);
    for (const word of units) least[i] = Math.max(least[i] ?? 0, twips(word, bold));
    most[i] = Math.max(most[i] ?? 0, twips(line, bold));
  };
  for (const [i, column] of block.columns.entries()) measure(i, column, true);
  for (const row of block.rows) for (const i of block.columns.keys()) measure(i, row[i] ?? "", i === 0);
  const min = least.map((width) => width + CELL_PADDING);
  const max = most.map((width, i) => Math.max(width + CELL_PADDING, min[i] ?? 0));
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const [sumMin, sumMax] = [sum(min), sum(max)];
  const widths =
    sumMax <= TEXT_WIDTH
      ? max.map((width) => (width * TEXT_WIDTH) / sumMax)
      : sumMin >= TEXT_WIDTH
        ? min.map((width) => (width * TEXT_WIDTH) / sumMin)
        : min.map(
            (width, i) => width + (((max[i] ?? 0) - width) * (TEXT_WIDTH - sumMin)) / (sumMax - sumMin),
          );
  // Whole twips that add up to the text width exactly: the last column takes the rounding.
  const rounded = widths.map(Math.floor);
  rounded[rounded.length - 1] = TEXT_WIDTH - sum(rounded.slice(0, -1));
  return rounded;
}

function table(docx: Docx, block: Extract<Block, { kind: "table" }>): Child[] {
  const border = { style: docx.BorderStyle.SINGLE, size: 4, color: BORDER };
  const borders = { top: border, bottom: border, left: border, right: border };
  const widths = columnWidths(block);
  const cell = (value: string, i: number, { header = false, bold = false, keepNext = false } = {}) =>
    new docx.TableCell({
      borders,
      width: { size: widths[i] ?? 0, type: docx.WidthType.DXA },
      ...(header ? { shading: { type: docx.ShadingType.CLEAR, fill: HEADER_FILL, color: "auto" } } : {}),
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [
        new docx.Paragraph({ keepNext, children: [new docx.TextRun({ text: text(value), bold, size: 18 })] }),
      ],
    });
  // The header row repeats on each page and stays with the first row; no row splits across pages.
  const header = new docx.TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((column, i) => cell(column, i, { header: true, bold: true, keepNext: true })),
  });
  const rows = block.rows.map(
    (row, r) =>
      new docx.TableRow({
        cantSplit: true,
        // The first cell heads the row (bold), as in the HTML.
        children: block.columns.map((_, i) => cell(row[i] ?? "", i, { bold: i === 0, keepNext: r === 0 })),
      }),
  );
  return [
    new docx.Paragraph({
      keepNext: true,
      spacing: { before: 120, after: 60 },
      children: [new docx.TextRun({ text: text(block.caption), italics: true })],
    }),
    new docx.Table({
      width: { size: TEXT_WIDTH, type: docx.WidthType.DXA },
      columnWidths: widths,
      layout: docx.TableLayoutType.FIXED,
      rows: [header, ...rows],
    }),
    new docx.Paragraph({ children: [] }),
  ];
}

function blockChildren(docx: Docx, block: Block, list: { next: number }): Child[] {
  switch (block.kind) {
    case "heading":
      return [
        new docx.Paragraph({ heading: docx.HeadingLevel.HEADING_2, keepNext: true, text: text(block.text) }),
      ];
    case "paragraph":
      return [paragraph(docx, block.text)];
    case "facts":
      return block.items.map(
        ([label, value]) =>
          new docx.Paragraph({
            spacing: { after: 40 },
            children: [
              new docx.TextRun({ text: `${text(label)}: `, bold: true }),
              new docx.TextRun(text(value)),
            ],
          }),
      );
    case "list": {
      const instance = list.next++;
      return block.items.map(
        (item) =>
          new docx.Paragraph({
            children: [new docx.TextRun(text(item))],
            ...(block.ordered
              ? { numbering: { reference: ORDERED, level: 0, instance } }
              : { bullet: { level: 0 } }),
          }),
      );
    }
    case "table":
      return table(docx, block);
    case "timeline":
      // A picture has no place in the Word draft: the dates it shows are in the tables.
      return [];
    default: {
      const unreachable: never = block;
      return unreachable;
    }
  }
}

/** The Word document (a .docx file's bytes) of the draft document. */
export async function documentToDocx(document: DraftDocument): Promise<Uint8Array> {
  const docx: Docx = await import("docx");
  const list = { next: 1 };
  const children: Child[] = [
    new docx.Paragraph({ heading: docx.HeadingLevel.TITLE, text: text(document.title) }),
    paragraph(docx, document.subtitle, { italic: true }),
  ];
  for (const section of document.sections) {
    children.push(
      new docx.Paragraph({ heading: docx.HeadingLevel.HEADING_1, keepNext: true, text: text(section.title) }),
    );
    for (const block of section.blocks) children.push(...blockChildren(docx, block, list));
  }
  const file = new docx.Document({
    title: text(document.title),
    description: text(document.subtitle),
    creator: "cstd-planner",
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: [
            { level: 0, format: docx.LevelFormat.DECIMAL, text: "%1.", alignment: docx.AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: docx.PageOrientation.PORTRAIT },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
            pageNumbers: { start: 1 },
          },
        },
        footers: {
          default: new docx.Footer({
            children: [
              new docx.Paragraph({
                alignment: docx.AlignmentType.CENTER,
                children: [
                  new docx.TextRun({
                    children: ["Page ", docx.PageNumber.CURRENT, " of ", docx.PageNumber.TOTAL_PAGES],
                    size: 16,
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return reproducible(new Uint8Array(await docx.Packer.toArrayBuffer(file)));
}

// Zip entries dated 1 January 1980, the zip format's epoch, as reproducible builds date them.
const ZIP_EPOCH = new Date(1980, 0, 1);

/**
 * The same .docx with nothing taken from the clock, so the same programme gives the same bytes:
 * `docx` stamps core.xml with the time of writing (the stamps are optional; Word adds its own
 * when it saves) and fflate dates each zip entry now.
 */
async function reproducible(bytes: Uint8Array): Promise<Uint8Array> {
  const { strFromU8, strToU8, unzipSync, zipSync } = await import("fflate");
  const files = unzipSync(bytes);
  const core = files["docProps/core.xml"];
  if (core !== undefined) {
    files["docProps/core.xml"] = strToU8(
      strFromU8(core).replace(/<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/gu, ""),
    );
  }
  return zipSync(files, { mtime: ZIP_EPOCH, level: 6 });
}
