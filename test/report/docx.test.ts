// renderDocx read back by a real .docx reader (mammoth, which Word documents feed into HTML
// pipelines) and by unzipping its parts: every theme, session and date of the default programme,
// the same sections and tables as the Markdown, A4, repeated header rows, page numbers.
import { build } from "esbuild";
import { strFromU8, unzipSync } from "fflate";
import { DomUtils, parseDocument } from "htmlparser2";
import mammoth from "mammoth";
import { beforeAll, describe, expect, it } from "vitest";
import {
  alignWithUngis,
  checkProgramme,
  createProgramme,
  findDuplicates,
  PlannerInputError,
  proposeUngisPlan,
  renderDocx,
  renderMarkdown,
  WSIS_DEFAULT_SPEC,
} from "../../src/index.ts";
import { pdfPages, pdfText, saveArtifact, words } from "../support/browser.ts";
import { officeMissing, officePdf } from "../support/office.ts";
import { HOSTILE, HOSTILE_KEYS, hostileProgramme } from "./fixtures.ts";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "10–14 May 2027" from two ISO dates in one month, written out here independently of the library. */
function unRange(opens: string, closes: string): string {
  const [year, month, day] = opens.split("-").map(Number) as [number, number, number];
  const last = Number(closes.slice(8));
  expect(closes.slice(0, 7)).toBe(opens.slice(0, 7));
  return `${day === last ? day : `${day}–${last}`} ${MONTHS[month - 1]} ${year}`;
}

async function read(bytes: Uint8Array) {
  const { value, messages } = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    { styleMap: ["p[style-name='Title'] => h1.title:fresh"] },
  );
  const dom = parseDocument(value);
  const texts = (tag: string) =>
    DomUtils.getElementsByTagName(tag, dom).map((el) => DomUtils.textContent(el));
  return { html: value, messages, dom, texts, text: DomUtils.textContent(dom) };
}

const programme = createProgramme(WSIS_DEFAULT_SPEC);

describe("renderDocx, the default programme", async () => {
  const bytes = await renderDocx(programme);
  const word = await read(bytes);
  const parts = unzipSync(bytes);
  const documentXml = strFromU8(parts["word/document.xml"] ?? new Uint8Array());

  it("is a .docx that mammoth reads without complaint", () => {
    expect([bytes[0], bytes[1]]).toStrictEqual([0x50, 0x4b]);
    expect(word.messages).toStrictEqual([]);
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml"]));
  });

  it("has the title, then one Heading 1 per section of the Markdown draft (no timeline)", () => {
    const markdown = renderMarkdown(programme);
    const sections = markdown
      .split("\n")
      .filter((line) => line.startsWith("## "))
      .map((line) => line.slice(3))
      .filter((title) => title !== "Timeline");
    expect(word.texts("h1")).toStrictEqual([programme.title, ...sections]);
    expect(sections).toStrictEqual([
      "Overview",
      "Programme at a glance",
      "Sessions and agendas",
      "Calendar of milestones",
      "Coverage of action lines",
    ]);
  });

  it("heads each session with a Heading 2 and numbers its agenda", () => {
    const headings = word.texts("h2");
    for (const session of programme.sessions) {
      expect(headings.some((heading) => heading.includes(String(session.year)))).toBe(true);
    }
    const ordered = DomUtils.getElementsByTagName("ol", word.dom);
    expect(ordered).toHaveLength(programme.sessions.length);
    const firstAgenda = DomUtils.getElementsByTagName("li", ordered[0] ?? []).map((li) =>
      DomUtils.textContent(li),
    );
    expect(firstAgenda).toStrictEqual(programme.sessions[0]?.agenda.map((item) => item.title));
  });

  it("holds every theme as a row of the themes table, in real Word tables with the Markdown's columns", () => {
    const tables = DomUtils.getElementsByTagName("table", word.dom);
    expect(tables).toHaveLength((renderMarkdown(programme).match(/^\| --- /gmu) ?? []).length);
    const [themes] = tables;
    const header = DomUtils.getElementsByTagName("th", themes ?? []).map((th) => DomUtils.textContent(th));
    expect(header).toStrictEqual(["Theme", "Id", "Mandate", "Action lines", "SDGs", "Cycle"]);
    const firstCells = DomUtils.getElementsByTagName("tr", themes ?? [])
      .slice(1)
      .map((tr) => DomUtils.textContent(DomUtils.getElementsByTagName("td", tr)[0] ?? []));
    expect(firstCells).toStrictEqual(programme.themes.map((theme) => theme.title));
  });

  it("gives every session's dates, high-level segment and deadlines in UN style", () => {
    for (const session of programme.sessions) {
      expect(word.text).toContain(unRange(session.opens, session.closes));
      const hls = session.highLevelSegmentDates;
      if (hls !== undefined) expect(word.text).toContain(unRange(hls.opens, hls.closes));
      expect(word.text).toContain(unRange(session.deadlines.documents, session.deadlines.documents));
      expect(word.text).toContain(unRange(session.deadlines.report, session.deadlines.report));
    }
    expect(word.text).toContain("10–14 May 2027");
    expect(word.text).not.toMatch(/\b20\d\d-\d\d-\d\d\b/u);
  });

  it("is A4 with 2 cm margins, header rows that repeat, rows that never split, and page numbers", () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/u);
    expect(documentXml).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/u);
    const tables = documentXml.match(/<w:tbl>/gu) ?? [];
    expect((documentXml.match(/<w:tblHeader\/>/gu) ?? []).length).toBe(tables.length);
    expect(documentXml).toContain("<w:cantSplit/>");
    const footer = strFromU8(parts["word/footer1.xml"] ?? new Uint8Array());
    expect(footer).toContain("PAGE");
    expect(footer).toContain("NUMPAGES");
  });

  it("reads back as the golden HTML (mammoth's reading of the Word file)", async () => {
    const pretty = word.html.replaceAll(/<(h1|h2|p|table|tr|ol|ul)\b/gu, "\n<$1");
    await expect(`${pretty}\n`).toMatchFileSnapshot("./__golden__/cstd-2027.docx.html");
  });

  it("gives the same bytes every time (nothing from the clock)", async () => {
    expect(await renderDocx(programme)).toStrictEqual(bytes);
    expect(strFromU8(parts["docProps/core.xml"] ?? new Uint8Array())).not.toContain("dcterms:created");
  });
});

describe("renderDocx with the analyses", () => {
  it("adds the check, alignment and duplication sections when given, and only then", async () => {
    const check = checkProgramme(programme);
    const alignment = alignWithUngis(programme, proposeUngisPlan(programme));
    const duplicates = findDuplicates([
      { id: "a", agency: "ITU", title: "Rural broadband", actionLines: ["C2"], start: "2027", end: "2028" },
      {
        id: "b",
        agency: "UNESCO",
        title: "Rural broadband",
        actionLines: ["C2"],
        start: "2027",
        end: "2028",
      },
    ]);
    const full = await read(await renderDocx(programme, { check, alignment, duplicates }));
    expect(full.texts("h1").slice(-3)).toStrictEqual([
      "Rule check",
      "UNGIS alignment",
      "Duplication across agencies",
    ]);
    expect(full.text).toContain("a and b");
    const plain = await read(await renderDocx(programme));
    expect(plain.texts("h1")).not.toContain("Rule check");
  });

  it("carries hostile text intact and inert", async () => {
    const hostile = hostileProgramme();
    const word = await read(await renderDocx(hostile));
    expect(word.messages).toStrictEqual([]);
    for (const key of HOSTILE_KEYS) {
      if (key === "newlines") continue; // line breaks become spaces
      expect(word.text).toContain(HOSTILE[key]);
    }
    expect(word.text).toContain("line one line two line three");
    expect(DomUtils.getElementsByTagName("script", word.dom)).toHaveLength(0);
  });

  it("rejects a bad programme or extras with a PlannerInputError naming the path", async () => {
    await expect(renderDocx({} as never)).rejects.toBeInstanceOf(PlannerInputError);
    await expect(renderDocx(programme, { check: { ok: "yes" } as never })).rejects.toThrow(/check/u);
  });
});

if (officeMissing !== undefined) console.warn(`docx.test.ts, LibreOffice suite skipped: ${officeMissing}`);

describe.skipIf(officeMissing !== undefined)(
  "renderDocx laid out by LibreOffice Writer",
  () => {
    // Laid out once, in a hook: a skipped suite's body is still collected, and must not run LibreOffice.
    let pdf = "";
    let pages: string[] = [];
    let value = "";
    beforeAll(async () => {
      // What `npm start` writes to out/programme.docx: the default programme with its check.
      const bytes = await renderDocx(programme, { check: checkProgramme(programme) });
      const path = saveArtifact("programme-word.docx", bytes);
      pdf = pdfText(officePdf(path));
      pages = pdf.split("\f").filter((page) => page.trim() !== "");
      pdfPages(path.replace(/\.docx$/u, ".pdf"), path.replace(/\.docx$/u, "-page"), 1, 2);
      value = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    }, 180_000);

    it("prints on A4 pages, numbered", () => {
      expect(pages.length).toBeGreaterThan(3);
      expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
    });

    it("splits no word apart: tables share their width by content, so every word printed is a word of the document", () => {
      const known = new Set([...words(value), "Page", "of", ...pages.map((_, i) => String(i + 1))]);
      expect(words(pdf).filter((word) => !known.has(word))).toStrictEqual([]);
    });

    it("prints every word of every theme title whole", () => {
      const printed = new Set(words(pdf));
      const lost = programme.themes
        .flatMap((theme) => words(theme.title))
        .filter((word) => !printed.has(word));
      expect(lost).toStrictEqual([]);
    });

    it("keeps every date on one line", () => {
      const dates = programme.sessions.map((session) => unRange(session.opens, session.closes));
      const lines = pdf.split("\n").map((line) => line.replace(/\s+/gu, " "));
      const whole = dates.filter((date) => lines.some((line) => line.includes(date)));
      expect(whole).toStrictEqual(dates);
    });
  },
  180_000,
);

describe("bundling", () => {
  const bundle = async (contents: string) => {
    const result = await build({
      stdin: { contents, resolveDir: process.cwd(), loader: "ts" },
      bundle: true,
      write: false,
      format: "esm",
      platform: "neutral",
      mainFields: ["module", "main"],
      minify: true,
      logLevel: "silent",
    });
    return result.outputFiles[0]?.text ?? "";
  };

  it("leaves docx out of a bundle of createProgramme alone, and puts it in with renderDocx", async () => {
    const marker = "w:tblHeader";
    const alone = await bundle('export { createProgramme } from "./src/index.ts";');
    const withDocx = await bundle('export { renderDocx } from "./src/index.ts";');
    expect(withDocx).toContain(marker);
    expect(alone).not.toContain(marker);
    expect(alone).not.toContain("fflate");
  }, 60_000);
});
