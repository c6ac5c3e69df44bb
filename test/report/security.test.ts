import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { DomUtils, parseDocument } from "htmlparser2";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import {
  renderHtml,
  renderMarkdown,
  renderTimelineSvg,
  toCsv,
  toICalendar,
  toMermaidGantt,
} from "../../src/index.ts";
import { HOSTILE, HOSTILE_KEYS, hostileProgramme } from "./fixtures.ts";

const programme = hostileProgramme();

/** The cells of a GFM table row, splitting on pipes not escaped by a backslash. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = "";
  for (let i = 0; i < row.length; i++) {
    const char = row[i];
    if (char === "\\") {
      cell += char + (row[i + 1] ?? "");
      i++;
    } else if (char === "|") {
      out.push(cell);
      cell = "";
    } else cell += char;
  }
  out.push(cell);
  return out;
}

describe("HTML with hostile text", () => {
  const html = renderHtml(programme);
  const document = parseDocument(html);

  it("holds no script element", () => {
    expect(DomUtils.getElementsByTagName("script", document)).toHaveLength(0);
  });

  it("holds no event-handler attribute and no external reference", () => {
    const elements = DomUtils.findAll(() => true, document.children);
    const attributes = elements.flatMap((element) => Object.keys(element.attribs));
    expect(attributes.filter((name) => name.startsWith("on"))).toStrictEqual([]);
    expect(attributes).not.toContain("src");
    expect(elements.filter((element) => element.name === "a").map((a) => a.attribs["href"]?.[0])).toSatisfy(
      (firsts: unknown[]) => firsts.every((first) => first === "#"),
    );
  });

  it.each(HOSTILE_KEYS)("carries the %s text intact", (key) => {
    expect(DomUtils.textContent(document)).toContain(HOSTILE[key]);
  });

  it("carries the title intact into <title>", () => {
    const [title] = DomUtils.getElementsByTagName("title", document);
    expect(title && DomUtils.textContent(title)).toBe(programme.title);
  });
});

describe("SVG with hostile text", () => {
  const svg = renderTimelineSvg(programme);

  it("is well-formed XML, in both layouts", () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(XMLValidator.validate(renderTimelineSvg(programme, { layout: "cycles" }))).toBe(true);
  });

  it("holds no script, foreignObject or external reference", () => {
    expect(svg).not.toMatch(/<script|<foreignObject|href=/iu);
  });

  it("keeps the full text of every theme in the description", () => {
    const parsed = new XMLParser({ processEntities: true, htmlEntities: false }).parse(svg);
    const desc = String(parsed.svg.desc["#text"] ?? parsed.svg.desc);
    for (const key of HOSTILE_KEYS) expect(desc).toContain(HOSTILE[key].replace(/\r\n/gu, "\n"));
  });

  it("keeps the full text of every theme in a tooltip in the list of cycles", () => {
    const cycles = renderTimelineSvg(programme, { layout: "cycles" });
    const parsed = new XMLParser({
      ignoreAttributes: false,
      processEntities: true,
      htmlEntities: false,
    }).parse(cycles);
    const titles: string[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node !== null && typeof node === "object") {
        for (const [key, value] of Object.entries(node)) {
          if (key === "title") {
            for (const item of [value].flat())
              titles.push(typeof item === "object" ? String(item["#text"]) : String(item));
          } else collect(value);
        }
      }
    };
    collect(parsed);
    for (const key of HOSTILE_KEYS) {
      // Line breaks in XML text read back as LF (CRLF is normalised by every parser).
      const expected = HOSTILE[key].replace(/\r\n/gu, "\n");
      expect(titles.some((title) => title.startsWith(`${expected} (`))).toBe(true);
    }
  });

  it("stays at A4 width", () => {
    expect(svg).toMatch(/viewBox="0 0 794 \d+"/u);
  });
});

describe("iCalendar with hostile text", () => {
  const ics = toICalendar(programme);

  it("folds every line within 75 octets", () => {
    const long = ics.split("\r\n").filter((line) => Buffer.byteLength(line, "utf8") > 75);
    expect(long).toStrictEqual([]);
  });

  it("parses back with every event summary equal to its title", () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const summaries = calendar
      .getAllSubcomponents("vevent")
      .map((event) => String(event.getFirstPropertyValue("summary")));
    for (const key of HOSTILE_KEYS) expect(summaries).toContain(HOSTILE[key].replace(/\r\n/gu, "\n"));
  });

  it("parses back with the calendar name equal to the programme title", () => {
    // ical.js has no design for X-WR-CALNAME; RFC 5545 §3.8.8.2 makes an X- property TEXT by default.
    ICAL.design.icalendar.property["x-wr-calname"] = { defaultType: "text" };
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(programme.title);
  });
});

describe("CSV with hostile text", () => {
  const records: string[][] = parseCsv(toCsv(programme), { relaxColumnCount: false });

  it("parses back with a constant column count", () => {
    const widths = new Set(records.map((record) => record.length));
    expect([...widths]).toStrictEqual([17]);
  });

  it.each(HOSTILE_KEYS)("carries the %s title back intact, a formula neutralised", (key) => {
    const titles = records.map((record) => record[6]);
    const text = HOSTILE[key];
    const expected = /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
    expect(titles).toContain(expected);
  });

  it("starts no cell with a formula character", () => {
    const risky = records.flat().filter((cell) => /^[=+\-@\t\r]/u.test(cell));
    expect(risky).toStrictEqual([]);
  });
});

describe("Markdown with hostile text", () => {
  const markdown = renderMarkdown(programme);
  const lines = markdown.split("\n");

  it("keeps every table row at its header's column count", () => {
    let width = 0;
    for (const line of lines) {
      if (!line.startsWith("|")) {
        width = 0;
        continue;
      }
      const count = cells(line).length;
      if (width === 0) width = count;
      expect(count, line.slice(0, 80)).toBe(width);
    }
  });

  it("lets no raw HTML through", () => {
    expect(markdown).not.toMatch(/<script|<b>/u);
  });

  it("keeps the Mermaid fence closed only by its own line", () => {
    const fences = lines.filter((line) => line.startsWith("```"));
    expect(fences).toStrictEqual(["```mermaid", "```"]);
  });

  it("writes each hostile line break as a space, not a new block", () => {
    expect(markdown).toContain("line one line two line three");
  });
});

describe("Mermaid gantt with hostile text", () => {
  const gantt = toMermaidGantt(programme);
  const DIRECTIVE =
    /^ {4}(?:title [^:;#%\n]+|dateFormat YYYY-MM-DD|axisFormat %Y|todayMarker off|section [^:;#%\n]+)$/u;
  const TASK = /^ {4}[^:;#%\n]+ :(?:milestone, )?[a-z0-9_]+, \d{4}-\d\d-\d\d, (?:\d{4}-\d\d-\d\d|0d)$/u;

  it("has only directive, section and task lines", () => {
    const [head, ...rest] = gantt.trimEnd().split("\n");
    expect(head).toBe("gantt");
    for (const line of rest) expect(DIRECTIVE.test(line) || TASK.test(line), line.slice(0, 80)).toBe(true);
  });

  it("never lets a theme title start a section or click statement", () => {
    const tasks = gantt.split("\n").filter((line) => TASK.test(line));
    expect(tasks.some((line) => /^ {4}(?:section|click)\b/iu.test(line))).toBe(false);
    expect(tasks.some((line) => line.includes("“section injected x y z init click”"))).toBe(true);
  });
});
