// The escape helpers are private (src/report/_lib), one per format; every reporter goes through them,
// so they are tested here directly as well as through the renderers.
import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "../../src/report/_lib/escapeCsv.ts";
import { htmlText } from "../../src/report/_lib/escapeHtml.ts";
import { foldIcsLine, icsText } from "../../src/report/_lib/escapeIcs.ts";
import { mdCell, mdText } from "../../src/report/_lib/escapeMarkdown.ts";
import { mermaidLabel } from "../../src/report/_lib/escapeMermaid.ts";
import { xmlAttr, xmlText } from "../../src/report/_lib/escapeXml.ts";

const octets = (text: string) => Buffer.byteLength(text, "utf8");

describe("csvCell", () => {
  it("leaves plain text alone", () => {
    expect(csvCell("Geneva")).toBe("Geneva");
  });

  it("quotes a cell with a comma, quote or line break and doubles its quotes", () => {
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
  });

  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])("neutralises the formula cell %j", (cell) => {
    expect(csvCell(cell).replace(/^"/u, "").startsWith("'")).toBe(true);
  });

  it.each([
    ["Budget;=1+1", `"Budget;'=1+1"`],
    ["a, -1", `"a, '-1"`],
    ["x;  @SUM(A1)", `"x;  '@SUM(A1)"`],
    ["  =1", "  '=1"],
    ["C1; C2", '"C1; C2"'],
    ["1-2, 3+4", '"1-2, 3+4"'],
  ])("neutralises a formula after a `,` or `;` and quotes the `;` (%j)", (cell, field) => {
    expect(csvCell(cell)).toBe(field);
  });

  it("neutralises and quotes a HYPERLINK formula", () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it("ends a row with CRLF", () => {
    expect(csvRow(["a", "b,c"])).toBe('a,"b,c"\r\n');
  });
});

describe("icsText", () => {
  it("escapes backslash, semicolon and comma", () => {
    expect(icsText("a\\b;c,d")).toBe("a\\\\b\\;c\\,d");
  });

  it("writes CRLF, LF and a lone CR each as \\n", () => {
    expect(icsText("a\r\nb\nc\rd")).toBe("a\\nb\\nc\\nd");
  });

  it("drops other control characters but keeps tab", () => {
    expect(icsText("a\u0000b\u0007c\td")).toBe("abc\td");
  });
});

describe("foldIcsLine", () => {
  it("leaves a short line whole, with CRLF", () => {
    expect(foldIcsLine("SUMMARY:x")).toBe("SUMMARY:x\r\n");
  });

  it("folds at 75 octets, continuation lines starting with one space", () => {
    const folded = foldIcsLine(`SUMMARY:${"a".repeat(200)}`);
    const lines = folded.split("\r\n").slice(0, -1);
    expect(lines.map(octets)).toStrictEqual([75, 75, 60]);
    expect(lines.slice(1).every((line) => line.startsWith(" "))).toBe(true);
  });

  it("counts octets, not characters, and never splits a code point", () => {
    const text = `SUMMARY:${"ع".repeat(60)}${"🌍".repeat(30)}`;
    const lines = foldIcsLine(text).split("\r\n").slice(0, -1);
    expect(Math.max(...lines.map(octets))).toBeLessThanOrEqual(75);
    expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join("")).toBe(text);
    expect(lines.join("")).not.toContain("\uFFFD");
  });
});

describe("xmlText and xmlAttr", () => {
  it("escapes markup so ]]> cannot close anything", () => {
    expect(xmlText('"]]><script>&')).toBe('"]]&gt;&lt;script&gt;&amp;');
  });

  it("drops characters XML 1.0 forbids and repairs lone surrogates", () => {
    expect(xmlText("a\u0001b\uFFFEc\uD800d")).toBe("abc\uFFFDd");
  });

  it("escapes both quotes and keeps line breaks in attributes", () => {
    expect(xmlAttr(`a"b'c\nd`)).toBe("a&quot;b&apos;c&#10;d");
  });
});

describe("htmlText", () => {
  it("escapes the five HTML metacharacters", () => {
    expect(htmlText(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });
});

describe("mdText and mdCell", () => {
  it("escapes inline metacharacters and turns HTML into entities", () => {
    expect(mdText("*a* _b_ `c` [d] ~e~ $f$ <g> & \\")).toBe(
      "\\*a\\* \\_b\\_ \\`c\\` \\[d\\] \\~e\\~ \\$f\\$ &lt;g&gt; &amp; \\\\",
    );
  });

  it.each([
    ["# title", "\\# title"],
    ["- item", "\\- item"],
    ["+ item", "\\+ item"],
    ["1. item", "1\\. item"],
    ["2) item", "2\\) item"],
    ["> quote", "&gt; quote"],
  ])("escapes the block start of %j", (input, output) => {
    expect(mdText(input)).toBe(output);
  });

  it("leaves a number that opens no list alone", () => {
    expect(mdText("1.00 million")).toBe("1.00 million");
  });

  it("escapes no block start inside a table cell", () => {
    expect(mdCell("1. - # x")).toBe("1. - # x");
  });

  it("writes line breaks as spaces", () => {
    expect(mdText("a\nb\r\nc")).toBe("a b c");
  });

  it("escapes pipes in a table cell and never returns an empty cell", () => {
    expect(mdCell("a | b")).toBe("a \\| b");
    expect(mdCell("")).toBe(" ");
  });
});

describe("mermaidLabel", () => {
  it("replaces characters that break gantt syntax", () => {
    expect(mermaidLabel("Review: access; #1 %%x")).toBe("Review access 1 x");
  });

  it("quotes a label that would read as a keyword", () => {
    expect(mermaidLabel("section B")).toBe("“section B”");
    expect(mermaidLabel("click x call alert()")).toBe("“click x call alert()”");
  });

  it("leaves a label that merely starts like a keyword alone", () => {
    expect(mermaidLabel("Access to information")).toBe("Access to information");
    expect(mermaidLabel("Sections of society")).toBe("Sections of society");
  });

  it("never returns an empty label", () => {
    expect(mermaidLabel(":;#")).toBe("untitled");
  });
});
