/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The default programme's HTML (as `npm start` writes it) in a real browser: printed to A4 with
// headless Chromium and read back with pdftotext, and on screen at 1280 and 390 px. No word may be
// split apart, no date wrapped, no table heading left at the foot of a page.
import { execFileSync } from "node:child_process";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkProgramme, createProgramme, renderHtml, WSIS_DEFAULT_SPEC } from "../../src/index.ts";
import { launch, missing, pdfPages, pdfText, saveArtifact, words } from "../support/browser.ts";
import { defaultProgramme } from "./fixtures.ts";

if (missing !== undefined) console.warn(`print.test.ts skipped: ${missing}`);

const programme = defaultProgramme();
// What examples/01-default-programme.ts writes to out/programme.html.
const html = renderHtml(programme, { check: checkProgramme(programme) });

/** Lines with runs of spaces (pdftotext's column gaps) made single. */
const lines = (text: string) => text.split("\n").map((line) => line.replace(/\s+/gu, " ").trim());

interface Dom {
  /** Every word of every text node of the page. */
  vocabulary: string[];
  themeTitles: string[];
  dates: string[];
  headers: string[];
  captions: string[];
  headings: string[];
}

/**
 * The words of the page's text (outside the SVG) that the layout wrapped onto two lines, and the
 * elements that must keep to one line (dates, hyphenated words, short headers) but do not.
 */
async function wrapped(page: Page): Promise<{ words: string[]; units: string[]; overflow: number }> {
  return page.evaluate(() => {
    const tops = (rects: DOMRectList) => new Set([...rects].map((rect) => Math.round(rect.top))).size;
    const broken: string[] = [];
    const walker = document.createTreeWalker(
      document.querySelector("main") ?? document.body,
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (node.parentElement?.closest("svg")) continue;
      const text = node.nodeValue ?? "";
      for (const match of text.matchAll(/[^\s\-–—/]+[-–—/]?/gu)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        if (tops(range.getClientRects()) > 1) broken.push(match[0]);
      }
    }
    const units = [...document.querySelectorAll("main .nw")]
      .filter((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return tops(range.getClientRects()) > 1;
      })
      .map((element) => element.textContent ?? "");
    return { words: broken, units, overflow: document.documentElement.scrollWidth - window.innerWidth };
  });
}

async function readDom(page: Page): Promise<Dom> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
      texts.push(node.nodeValue ?? "");
    const all = (selector: string) =>
      [...document.querySelectorAll(selector)].map((element) => (element.textContent ?? "").trim());
    return {
      vocabulary: texts,
      themeTitles: all("#overview tbody th"),
      dates: all(".nw"),
      headers: all("thead th"),
      captions: all("caption"),
      headings: all("main h2, main h3"),
    };
  }) as Promise<Dom>;
}

describe.skipIf(missing !== undefined)("the default programme in Chromium", () => {
  let browser: Browser;
  let close: () => Promise<void>;
  let dom: Dom;
  let pdf: string;
  let pdfPath: string;
  let pages: string[];
  let printLayout: Awaited<ReturnType<typeof wrapped>>;

  beforeAll(async () => {
    ({ browser, close } = await launch());
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: "load" });
    // The width of an A4 page's text (210 mm less 2 × 15 mm margins) at 96 px per inch.
    await page.setViewport({ width: 680, height: 1000 });
    await page.emulateMediaType("print");
    dom = await readDom(page);
    printLayout = await wrapped(page);
    dom.vocabulary = dom.vocabulary.flatMap(words);
    const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const path = saveArtifact("programme.pdf", bytes);
    pdfPath = path;
    pdf = pdfText(path);
    pages = pdf.split("\f").filter((text) => text.trim() !== "");
    pdfPages(path, path.replace(/\.pdf$/u, "-page"), 1, 3);
    await page.close();
  }, 120_000);

  afterAll(async () => {
    await close?.();
  });

  it("prints on A4 pages", () => {
    const info = execFileSync("pdfinfo", [pdfPath], { encoding: "utf8" });
    expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/u);
    expect(pages.length).toBeGreaterThan(3);
  });

  it("splits no word apart: every word printed is a word of the document", () => {
    const known = new Set([...dom.vocabulary, "Page", "of", ...pages.map((_, i) => String(i + 1))]);
    const strange = words(pdf).filter((word) => !known.has(word));
    expect(strange).toStrictEqual([]);
  });

  it("prints every word of every theme title whole", () => {
    expect(dom.themeTitles).toHaveLength(programme.themes.length);
    const printed = new Set(words(pdf));
    const lost = dom.themeTitles.flatMap(words).filter((word) => !printed.has(word));
    expect(lost).toStrictEqual([]);
  });

  it("prints every date on one line", () => {
    expect(dom.dates).toContain("10–14 May 2027");
    const printed = lines(pdf);
    const broken = [...new Set(dom.dates)].filter((date) => !printed.some((line) => line.includes(date)));
    expect(broken).toStrictEqual([]);
  });

  it("prints every column header whole, on one line", () => {
    expect(dom.headers).toContain("High-level segment");
    const printed = lines(pdf);
    const broken = [...new Set(dom.headers)].filter(
      (header) => !printed.some((line) => ` ${line} `.includes(` ${header} `)),
    );
    expect(broken).toStrictEqual([]);
  });

  it("wraps no word, date or header of the print layout across lines (read from the DOM)", () => {
    expect(printLayout).toStrictEqual({ words: [], units: [], overflow: 0 });
  });

  it("numbers the pages", () => {
    pages.forEach((text, i) => {
      expect(lines(text)).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it("ends no page with a heading, a caption or a table's header row", () => {
    const endings = pages.slice(0, -1).map((text) => {
      const content = lines(text).filter((line) => line !== "" && !/^Page \d+ of \d+$/u.test(line));
      return content.at(-1) ?? "";
    });
    const heads = [...dom.headings, ...dom.captions];
    const bad = endings.filter(
      (line) =>
        heads.some((head) => line === head || line.endsWith(head)) ||
        (line.includes("Year") && line.includes("Session dates")) ||
        (line.includes("Theme") && line.includes("Mandate")) ||
        (line.startsWith("Date") && line.includes("Milestone")),
    );
    expect(bad).toStrictEqual([]);
  });
});

describe.skipIf(missing !== undefined)("the default programme on screen", () => {
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ browser, close } = await launch());
  }, 60_000);

  afterAll(async () => {
    await close?.();
  });

  it.each([1280, 390])(
    "at %i px wide, wraps no word, date or header across lines and nothing overflows",
    async (width) => {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      await page.emulateMediaType("screen");
      await page.setContent(html, { waitUntil: "load" });
      const layout = await wrapped(page);
      saveArtifact(`screen-${width}.png`, await page.screenshot({ fullPage: true }));
      // The first screenful, and one at the table of sessions, for a person to look at.
      saveArtifact(`screen-${width}-top.png`, await page.screenshot());
      await page.evaluate(() => document.querySelector("#at-a-glance")?.scrollIntoView());
      saveArtifact(`screen-${width}-glance.png`, await page.screenshot());
      await page.close();
      expect(layout).toStrictEqual({ words: [], units: [], overflow: 0 });
    },
    60_000,
  );

  it("keeps a long URL in a theme title inside the page, on screen and in print", async () => {
    const long = createProgramme({
      ...WSIS_DEFAULT_SPEC,
      themes: WSIS_DEFAULT_SPEC.themes?.map((theme, i) =>
        i === 0
          ? {
              ...theme,
              title: `${theme.title}, see https://unctad.org/topic/commission-on-science-and-technology-for-development/wsis-follow-up_2027`,
            }
          : theme,
      ),
    });
    const page = await browser.newPage();
    await page.setContent(renderHtml(long), { waitUntil: "load" });
    for (const [width, media] of [
      [390, "screen"],
      [1280, "screen"],
      [680, "print"],
    ] as const) {
      await page.setViewport({ width, height: 900 });
      await page.emulateMediaType(media);
      expect((await wrapped(page)).overflow, `${media} at ${width} px`).toBeLessThanOrEqual(0);
    }
    await page.close();
  }, 60_000);
});
