import { fc, test } from "@fast-check/vitest";
import { parse as parseCsv } from "csv-parse/sync";
import { XMLValidator } from "fast-xml-parser";
import { DomUtils, parseDocument } from "htmlparser2";
import ICAL from "ical.js";
import { describe, expect } from "vitest";
import { createProgramme, renderHtml, renderTimelineSvg, toCsv, toICalendar } from "../../src/index.ts";
import { csvRow } from "../../src/report/_lib/escapeCsv.ts";
import { htmlText } from "../../src/report/_lib/escapeHtml.ts";
import { foldIcsLine, icsText } from "../../src/report/_lib/escapeIcs.ts";
import { mdCell } from "../../src/report/_lib/escapeMarkdown.ts";
import { xmlText } from "../../src/report/_lib/escapeXml.ts";
import { wellFormed } from "../../src/report/_lib/text.ts";

// Any text, and text dense in what breaks formats: control characters, quotes, line breaks,
// separators, markup, right-to-left and astral code points.
const SPECIAL = [
  "=",
  "+",
  "-",
  "@",
  "\t",
  "\r",
  "\n",
  ",",
  ";",
  ":",
  "\\",
  '"',
  "'",
  "|",
  "<",
  ">",
  "&",
  "]",
  "#",
  "*",
  "`",
  " ",
  "a",
  "ع",
  "数",
  "🌍",
  "\u0000",
  "\u0007",
  "\u2028",
];
const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 120 }),
  fc.string({ unit: fc.constantFrom(...SPECIAL), maxLength: 60 }),
);
const title = text.filter((value) => value.trim() !== "");

const withoutIcsControls = (value: string) =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the controls icsText drops
  value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu, "").replace(/\r\n|\r/gu, "\n");

function ics(summary: string): string {
  return [
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20270101\r\n",
    foldIcsLine(`SUMMARY:${icsText(summary)}`),
    "END:VEVENT\r\nEND:VCALENDAR\r\n",
  ].join("");
}

describe("escape helpers, for any text", () => {
  test.prop([text, text], { numRuns: 300 })(
    "a CSV row parses back to its cells, formulas prefixed with '",
    (a, b) => {
      // The cell and each of its `,`/`;` segments that starts (after spaces) with a formula character.
      const neutral = (cell: string) => wellFormed(cell).replace(/(?<=(?:^|[,;]) *)(?=[=+\-@\t\r])/gu, "'");
      const row = csvRow([a, b]);
      expect(parseCsv(row, { relaxQuotes: false })).toStrictEqual([[a, b].map(neutral)]);
      // Excel honours quotes, and every `;` is quoted, so in a `;` locale the row is one cell that starts
      // like the first field. A reader that ignores quotes splits at every `,` and `;`: no piece it
      // makes may start (after spaces and the quote) with a formula character.
      for (const piece of row.replace(/\r\n$/u, "").split(/[,;]/u))
        expect(piece.replace(/^ *"?/u, "")).not.toMatch(/^[=+\-@\t\r]/u);
    },
  );

  test.prop([text])("an iCalendar SUMMARY parses back to the text", (value) => {
    const event = new ICAL.Component(ICAL.parse(ics(value))).getFirstSubcomponent("vevent");
    const summary = event?.getFirstPropertyValue("summary") ?? "";
    expect(summary).toBe(withoutIcsControls(value));
  });

  test.prop([text])("folded iCalendar lines stay within 75 octets", (value) => {
    const lines = foldIcsLine(`DESCRIPTION:${icsText(value.repeat(5))}`).split("\r\n");
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line, "utf8")))).toBeLessThanOrEqual(75);
  });

  test.prop([text, text])("a Markdown table row keeps two cells", (a, b) => {
    const row = `| ${mdCell(a)} | ${mdCell(b)} |`;
    expect(row.split("\n")).toHaveLength(1);
    const unescapedPipes = row.replace(/\\./gu, "").split("|").length - 1;
    expect(unescapedPipes).toBe(3);
  });

  test.prop([text])("XML text inside an element is well-formed", (value) => {
    expect(XMLValidator.validate(`<a>${xmlText(value)}</a>`)).toBe(true);
  });

  test.prop([text])("HTML text creates no element", (value) => {
    const document = parseDocument(`<p>${htmlText(value)}</p>`);
    expect(DomUtils.findAll(() => true, document.children).map((element) => element.name)).toStrictEqual([
      "p",
    ]);
  });
});

describe("renderers, for any theme title", () => {
  const programmeWith = (themeTitle: string) =>
    createProgramme({
      title: "Programme",
      startYear: 2027,
      cycles: [{ themes: ["t"] }],
      themes: [{ id: "t", title: themeTitle, actionLines: ["C1"] }],
      events: [{ year: 2028, date: "2028-05-09", title: themeTitle }],
    });

  test.prop([title], { numRuns: 40 })("the SVG timeline is well-formed XML", (themeTitle) => {
    expect(XMLValidator.validate(renderTimelineSvg(programmeWith(themeTitle)))).toBe(true);
  });

  test.prop([title], { numRuns: 40 })("the HTML page holds no element from the title", (themeTitle) => {
    const document = parseDocument(renderHtml(programmeWith("Theme"), {}, { timeline: false }));
    const names = new Set(DomUtils.findAll(() => true, document.children).map((element) => element.name));
    const hostile = parseDocument(renderHtml(programmeWith(themeTitle), {}, { timeline: false }));
    const hostileNames = new Set(
      DomUtils.findAll(() => true, hostile.children).map((element) => element.name),
    );
    expect(hostileNames).toStrictEqual(names);
  });

  test.prop([title], { numRuns: 40 })("the CSV parses back with the title in place", (themeTitle) => {
    const records: Record<string, string>[] = parseCsv(toCsv(programmeWith(themeTitle)), { columns: true });
    const trimmed = themeTitle.trim();
    expect(records[0]?.["theme_title"]).toBe(trimmed.replace(/(?<=(?:^|[,;]) *)(?=[=+\-@\t\r])/gu, "'"));
  });

  test.prop([title], { numRuns: 40 })(
    "the iCalendar file parses back with the event's title",
    (themeTitle) => {
      const calendar = new ICAL.Component(ICAL.parse(toICalendar(programmeWith(themeTitle))));
      const summaries = calendar
        .getAllSubcomponents("vevent")
        .map((event) => event.getFirstPropertyValue("summary"));
      expect(summaries).toContain(withoutIcsControls(themeTitle.trim()));
    },
  );
});
