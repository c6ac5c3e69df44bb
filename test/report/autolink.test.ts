// Untrusted text in Markdown must not become a live link under GFM's extended autolinks (marked,
// GitHub) or linkify (markdown-it): URLs, `www.` names, bare domains and e-mail addresses.
import { fc, test } from "@fast-check/vitest";
import MarkdownIt from "markdown-it";
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { checkProgramme, createProgramme, renderMarkdown, WSIS_DEFAULT_SPEC } from "../../src/index.ts";
import { mdCell, mdCodeCell, mdText } from "../../src/report/_lib/escapeMarkdown.ts";

// linkify-it 5 (markdown-it 14) links bare domains by default; 6 only with fuzzyLink: test the wider.
// fuzzyIP stays off, as in every version: bare IP addresses are numbers and stay as they are.
const linkify = new MarkdownIt({ linkify: true });
linkify.linkify.set({ fuzzyLink: true });
const renderers = {
  marked: (markdown: string) => marked.parse(markdown, { gfm: true, async: false }) as string,
  "markdown-it (linkify)": (markdown: string) => linkify.render(markdown),
};

const LINKS = [
  "https://example.org/path?q=1",
  "http://1.2.3.4/x",
  "ftp://files.example.com",
  "www.example.org",
  "WWW.EXAMPLE.ORG",
  "example.org",
  "sub.example.co.uk/page",
  "//example.org/x",
  "mailto:someone@example.org",
  "someone@example.org",
  "first.last+tag@mail.example.int",
  "xn--80ak6aa92e.com",
  "localhost:8080",
  "<https://example.org>",
  "[x](https://example.org)",
  "javascript:alert(1)",
  "see www.unctad.org, or mail cstd@unctad.org.",
];

describe("Markdown autolinks", () => {
  for (const [name, render] of Object.entries(renderers)) {
    it.each(LINKS)(`${name} makes no link of %j`, (text) => {
      const html = render(`${mdText(text)}\n\n| a |\n| --- |\n| ${mdCell(text)} |\n`);
      expect(html).not.toMatch(/<a[\s>]/u);
    });
  }

  for (const [name, render] of Object.entries(renderers)) {
    it.each([...LINKS, "a`b", "a|b", "a\\|b", " `x` ", "x\\"])(
      `${name} makes no link of %j as an identifier cell, and keeps the row's cells`,
      (text) => {
        const html = render(`| a | b |\n| --- | --- |\n| ${mdCodeCell(text)} | end |\n`);
        expect(html).not.toMatch(/<a[\s>]/u);
        expect(html.match(/<td[\s>]/gu)).toHaveLength(2);
        expect(html).toContain(">end</td>");
      },
    );
  }

  it("writes rule ids and paths as code, as they read, not broken by word joiners", () => {
    // The first cycle's themes twice: the second comes back too soon (theme.repetition).
    const [first] = WSIS_DEFAULT_SPEC.cycles;
    if (first === undefined) throw new Error("the default spec has cycles");
    const programme = createProgramme({ ...WSIS_DEFAULT_SPEC, cycles: [first, first] });
    const markdown = renderMarkdown(programme, { check: checkProgramme(programme) });
    expect(markdown).toContain("| Soft | `theme.repetition` |");
    expect(markdown).toMatch(/\| `cycles\[1\]\.themes\[0\]` \|/u);
    for (const [, render] of Object.entries(renderers)) {
      expect(render(markdown)).toContain("<code>theme.repetition</code>");
    }
  });

  it("the renderers do link the raw text (so the test above can fail)", () => {
    expect(renderers.marked("see www.example.org")).toMatch(/<a /u);
    expect(renderers.marked("mail someone@example.org")).toMatch(/<a /u);
    expect(renderers["markdown-it (linkify)"]("see www.example.org")).toMatch(/<a /u);
    expect(renderers["markdown-it (linkify)"]("see example.org")).toMatch(/<a /u);
    expect(renderers["markdown-it (linkify)"]("see //example.org/x")).toMatch(/<a /u);
    expect(renderers["markdown-it (linkify)"]("mail someone@example.org")).toMatch(/<a /u);
    expect(renderers["markdown-it (linkify)"]("see https://example.org/x")).toMatch(/<a /u);
  });

  it("leaves the visible text as it was (only invisible word joiners are added)", () => {
    for (const text of LINKS) {
      const rendered = renderers.marked(mdText(text)).replace(/<\/?p>\n?/gu, "");
      const decoded = rendered
        .replaceAll("&lt;", "<")
        .replaceAll("&gt;", ">")
        .replaceAll("&quot;", '"')
        .replaceAll("&#39;", "'")
        .replaceAll("&amp;", "&");
      expect(decoded.replaceAll("\u2060", "")).toBe(text);
    }
  });

  it("leaves numbers and times alone", () => {
    expect(mdText("1.5 million at 10:30, 2027/28")).toBe("1.5 million at 10:30, 2027/28");
  });

  const piece = fc.constantFrom(
    "www.",
    "http://",
    "https://",
    "mailto:",
    "//",
    "@",
    ".",
    ":",
    "/",
    "org",
    "com",
    "int",
    "example",
    "a",
    "1",
    " ",
    "-",
    "_",
    "+",
    "\u2060",
    "(",
    ")",
    "<",
    ">",
  );
  test.prop([fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(""))], { numRuns: 400 })(
    "no generated text links in either renderer",
    (text) => {
      for (const render of Object.values(renderers)) {
        expect(render(mdText(text))).not.toMatch(/<a[\s>]/u);
        expect(render(`| a |\n| --- |\n| ${mdCell(text)} |\n`)).not.toMatch(/<a[\s>]/u);
      }
    },
  );

  it("a whole document with links in its titles renders with no link but the fence", () => {
    const programme = createProgramme({
      title: "Programme, see https://unctad.org/cstd",
      startYear: 2027,
      cycles: [{ themes: ["t1"] }],
      themes: [{ id: "t1", title: "Write to cstd@unctad.org or www.itu.int", actionLines: ["C3"] }],
      events: [
        { id: "e1", year: 2027, title: "Side event at example.org", organiser: "someone@example.org" },
      ],
    });
    const markdown = renderMarkdown(programme, undefined, { timeline: false });
    for (const render of Object.values(renderers)) expect(render(markdown)).not.toMatch(/<a[\s>]/u);
  });
});
