/// <reference lib="dom" />

// The playground in a real browser: Debian's Chromium driven by puppeteer-core over the built static
// site, served from 127.0.0.1 the way any static host would serve it.

import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import mammoth from "mammoth";
import type { Browser, Page } from "puppeteer-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { scenarioYaml } from "../../playground/src/scenarioYaml.ts";
import { WSIS_DEFAULT_SPEC } from "../../src/index.ts";
import { CHROMIUM, launch, saveArtifact } from "../support/browser.ts";
import { type StaticServer, serveStatic } from "./server.ts";

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(
    `test/playground: skipped, ${CHROMIUM} is missing (install Debian's chromium: scripts/ci-browser.sh)`,
  );
}

const root = fileURLToPath(new URL("../..", import.meta.url));
const fixture = (name: string) => readFile(join(root, "test/fixtures", name), "utf8");

/** A short scenario of the user's own: two themes in one cycle, from 2031, one action line mistyped. */
const SCENARIO = `title: Digital public goods 2031–2032
startYear: 2031
cycles:
  - themes: [public-goods, ai-science]
themes:
  - id: public-goods
    title: Digital public goods and open standards
    actionLines: [C2, C12]
  - id: ai-science
    title: Artificial intelligence for science
    mandate: sti
`;

/** A draft the solver cannot finish quickly: many near-identical themes, three a cycle, most required. */
function slowDraft() {
  const lines = ["C1", "C2", "C3", "C4", "C5", "C6", "C7.e-health", "C8", "C9", "C10", "C11"];
  let state = 777;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const themes = Array.from({ length: 200 }, (_, i) => ({
    id: `t${i}`,
    title: `Theme ${i}`,
    mandate: next(8) === 0 ? "both" : "wsis",
    actionLines: [...new Set(Array.from({ length: 1 + next(2) }, () => lines[next(lines.length)] ?? "C1"))],
    optional: i >= 120,
  }));
  // A step budget of minutes (2 million steps take some 10 s): only dropping the draft shows the next one soon.
  const maxSteps = 100_000_000;
  return { title: "Slow", startYear: 2027, cycles: 50, themes, themesPerCycle: { min: 1, max: 3 }, maxSteps };
}

let browser: Browser;
let chromium: Awaited<ReturnType<typeof launch>> | undefined;
let server: StaticServer;
let out: string;
let downloads: string;

interface Watched {
  readonly page: Page;
  /** Console errors, page errors and failed requests. */
  readonly errors: string[];
  /** Every URL the page asked for that is not on the playground's own server. */
  readonly external: string[];
}

async function open(hash = ""): Promise<Watched> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const external: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`page: ${String(error)}`));
  page.on("requestfailed", (request) => errors.push(`request failed: ${request.url()}`));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(server.url) && !url.startsWith("blob:") && !url.startsWith("data:"))
      external.push(url);
  });
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(server.url + hash, { waitUntil: "load" });
  await page.waitForSelector("#programme-title");
  return { page, errors, external };
}

/** The text of an element as a person sees it (rendered: hidden parts left out, blocks on their lines). */
const text = (page: Page, selector: string) =>
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the test is about
  page.$eval(selector, (element) => (element as HTMLElement).innerText);

/** The editor's content element, inside the editor's shadow root. */
const EDITOR = "pierce/.cm-content";

/**
 * Replaces the editor's text as a user pasting a scenario would: select all with the keyboard, then
 * paste (a paste event carrying the text, which the editor inserts as it is, without auto-indent).
 */
async function paste(page: Page, scenario: string): Promise<void> {
  await page.click(EDITOR);
  await page.keyboard.down("Control");
  await page.keyboard.press("KeyA");
  await page.keyboard.up("Control");
  await page.$eval(
    EDITOR,
    (element, value) => {
      const data = new DataTransfer();
      data.setData("text/plain", value);
      element.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    scenario,
  );
}

/** Drops fixture files on the page's drop zone, as a user dragging them from a file manager would. */
async function drop(page: Page, names: readonly string[]): Promise<void> {
  const files = await Promise.all(names.map(async (name) => ({ name, text: await fixture(name) })));
  await page.$eval(
    "#dropzone",
    (zone, dropped) => {
      const data = new DataTransfer();
      for (const file of dropped) data.items.add(new File([file.text], file.name, { type: "text/csv" }));
      zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    files,
  );
}

/** Clicks a download button and reads the file the browser saved. */
async function download(page: Page, id: string, file: string): Promise<Buffer> {
  const folder = join(downloads, id);
  const session = await page.createCDPSession();
  await session.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: folder });
  await page.click(`button[data-download="${id}"]`);
  await page.waitForFunction(
    (name) => document.querySelector("#status")?.textContent?.startsWith(`Saved ${name}`),
    {},
    file,
  );
  const deadline = Date.now() + 10_000;
  while (!existsSync(join(folder, file)) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect((await readdir(folder)).filter((name) => name.endsWith(".crdownload"))).toStrictEqual([]);
  return readFile(join(folder, file));
}

describe.skipIf(!hasChromium)("playground in Chromium", { timeout: 20_000 }, () => {
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), "cstd-playground-"));
    downloads = join(out, "downloads");
    await build({
      configFile: join(root, "playground/vite.config.ts"),
      logLevel: "error",
      build: { outDir: join(out, "site") },
    });
    server = await serveStatic(join(out, "site"));
    chromium = await launch();
    browser = chromium.browser;
  }, 120_000);

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
    if (out !== undefined) await rm(out, { recursive: true, force: true });
  });

  it("loads with no console error and no request outside its own files", async () => {
    const { page, errors, external } = await open();
    await page.waitForSelector("#timeline svg");
    expect(errors).toStrictEqual([]);
    expect(external).toStrictEqual([]);
    expect(server.requests.some((path) => /\/assets\/worker-[\w-]+\.js$/u.test(path))).toBe(true);
    await page.close();
  });

  it("has a strict CSP and no inline script or style", async () => {
    const { page } = await open();
    const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (meta) =>
      meta.getAttribute("content"),
    );
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain("unsafe");
    const inline = await page.$$eval(
      "script:not([src]), style, [style]",
      (elements) => elements.filter((element) => element.getRootNode() === document).length,
    );
    expect(inline).toBe(0);
    await page.close();
  });

  it("runs the library in its worker only, so drafting never holds up typing", async () => {
    const assets = join(out, "site", "assets");
    const files = await readdir(assets);
    const worker = files.filter((name) => /^worker-.*\.js$/u.test(name));
    const page = files.filter((name) => name.endsWith(".js") && !worker.includes(name));
    expect(worker).toHaveLength(1);
    // The library's error classes keep their names in any bundle: where they are, the library is.
    const holdsLibrary = async (name: string) =>
      /name\s*=\s*[`"']PlannerInputError[`"']/u.test(await readFile(join(assets, name), "utf8"));
    expect(await holdsLibrary(worker[0] ?? "")).toBe(true);
    for (const name of page) expect(await holdsLibrary(name)).toBe(false);
  });

  it("shows the default 2027–2036 programme and its timeline", async () => {
    const { page } = await open();
    expect(await text(page, "#programme-title")).toBe(
      "CSTD multi-year work programme on WSIS follow-up, 2027–2036",
    );
    expect(await text(page, "#programme-facts")).toContain("2027–2036 · 5 cycles of 2 years · 10 sessions");
    expect(await page.$$eval("#cycles tbody tr", (rows) => rows.length)).toBe(5);
    expect(
      await page.$$eval("#cycles [data-year]", (rows) => rows.map((row) => row.getAttribute("data-year"))),
    ).toStrictEqual(["2027", "2028", "2029", "2030", "2031", "2032", "2033", "2034", "2035", "2036"]);
    expect(await page.$eval("#timeline svg title", (title) => title.textContent)).toBe(
      "Timeline: CSTD multi-year work programme on WSIS follow-up, 2027–2036",
    );
    expect(await text(page, "#solver-status")).toContain("Laid out as written");
    expect(await text(page, "#alignment-summary")).toContain("Coherence 100 %");
    await page.close();
  });

  it("shows an unknown action line at its line with the library's suggestion, and the fixed scenario's themes and years", async () => {
    const { page, errors } = await open();
    await paste(page, SCENARIO);
    await page.waitForFunction(() => document.querySelector("#problems li") !== null);
    expect(await text(page, "#problems li")).toBe(
      'Line 8, column 23 themes[0].actionLines[1]: unknown action line "C12"; did you mean "C1"?',
    );
    // The editor marks the same place: a lint marker on line 8.
    await page.waitForSelector("pierce/.cm-lintRange-error");
    expect(await page.$eval("pierce/.cm-lintRange-error", (range) => range.textContent)).toBe("C12");

    // Following the problem's link selects the value in the editor; typing replaces it.
    await page.click("#problems li button");
    await page.keyboard.type("C1");
    await page.waitForFunction(() => document.querySelector("#problems li") === null);
    await page.waitForFunction(
      () => document.querySelector("#programme-title")?.textContent === "Digital public goods 2031–2032",
    );
    expect(await text(page, "#programme-facts")).toContain("2031–2032 · 1 cycle of 2 years · 2 sessions");
    expect(
      await page.$$eval("#cycles [data-year]", (rows) => rows.map((row) => row.getAttribute("data-year"))),
    ).toStrictEqual(["2031", "2032"]);
    expect(await text(page, "#cycles tbody")).toContain("Digital public goods and open standards");
    expect(await text(page, "#cycles tbody")).toContain("Artificial intelligence for science");
    expect(errors).toStrictEqual([]);
    await page.close();
  });

  it("drafts a scenario whose cycles is a number and says whether the solver proved it optimal", async () => {
    const { page } = await open();
    await paste(page, scenarioYaml(WSIS_DEFAULT_SPEC).replace(/cycles:\n(?: {2}- .*\n)+/u, "cycles: 5\n"));
    await page.waitForFunction(() =>
      document.querySelector("#solver-status")?.textContent?.startsWith("Proven"),
    );
    expect(await text(page, "#solver-status")).toMatch(/^Proven optimal: no programme scores better/u);
    expect(await text(page, "#solver-left-out")).toBe("Left out: no theme.");
    expect(await page.$$eval("#cycles [data-year]", (rows) => rows.length)).toBe(10);
    await page.close();
  });

  it("drops a long draft when the scenario changes under it, and shows the new scenario", async () => {
    const { page, errors } = await open();
    // 50 cycles of 200 near-identical themes and a large step budget: the solver would run for minutes.
    await paste(page, stringify(slowDraft()));
    await page.waitForSelector('#results[aria-busy="true"]');
    await paste(page, SCENARIO.replace("C12", "C11"));
    await page.waitForFunction(
      () => document.querySelector("#programme-title")?.textContent === "Digital public goods 2031–2032",
      { timeout: 15_000 },
    );
    expect(await page.$eval("#results", (results) => results.getAttribute("aria-busy"))).toBeNull();
    expect(errors).toStrictEqual([]);
    await page.close();
  });

  it("shows a programme's findings grouped by rule, with what the rule checks", async () => {
    const { page } = await open();
    await paste(
      page,
      "title: Crowded\nstartYear: 2031\ncycles:\n  - themes: [a, b, c]\nthemes:\n  - id: a\n    title: Alpha\n    actionLines: [C1]\n  - id: b\n    title: Beta\n    actionLines: [C2]\n  - id: c\n    title: Gamma\n    mandate: sti\n",
    );
    await page.waitForSelector("#rule-cycle\\.theme-count");
    const group = await text(page, 'section[aria-labelledby="rule-cycle.theme-count"]');
    expect(group).toMatch(/^cycle\.theme-count · 1 finding\n/u);
    expect(group).toContain("hard");
    expect(group).toContain("3 themes");
    expect(await text(page, "#findings-verdict")).toMatch(
      /not acceptable until the hard findings are fixed/u,
    );
    await page.close();
  });

  it("lists the constraints of an impossible draft that cannot hold together", async () => {
    const { page } = await open();
    await paste(
      page,
      "title: Impossible\nstartYear: 2031\ncycles: 1\nthemes:\n  - id: a\n    title: Alpha\n    actionLines: [C1, C2, C3, C4, C5, C6, C7, C8, C9, C10, C11]\npins:\n  - { theme: a, cycle: 1 }\nforbid:\n  - { theme: a, cycle: 1 }\n",
    );
    await page.waitForFunction(() =>
      document.querySelector("#problems-summary")?.textContent?.startsWith("No programme satisfies"),
    );
    const problems = await page.$$eval("#problems li", (items) =>
      items.map((item) => item.textContent ?? ""),
    );
    expect(problems).toStrictEqual([
      "Line 11, column 5 forbid[0]: Theme ‘Alpha’ (a) may not go in cycle 1 (2031–2032). (forbid)",
      "The scenario as a whole Action line C11 (International and regional cooperation) must be covered by a theme with a WSIS mandate. (coverage)",
    ]);
    await page.close();
  });

  it("completes a theme's mandate from the JSON Schema's enum", async () => {
    const { page } = await open();
    await paste(page, `${SCENARIO}  - id: extra\n    title: Extra\n    mandate: `);
    await page.keyboard.press("End");
    await page.keyboard.down("Control");
    await page.keyboard.press("Space");
    await page.keyboard.up("Control");
    await page.waitForSelector("pierce/.cm-tooltip-autocomplete li");
    expect(
      await page.$$eval("pierce/.cm-tooltip-autocomplete li", (items) =>
        items.map((item) => item.textContent),
      ),
    ).toStrictEqual(["both", "sti", "wsis"]);
    await page.close();
  });

  it("completes the keys a theme takes from the JSON Schema", async () => {
    const { page } = await open();
    await paste(page, `${SCENARIO}  - id: extra\n    title: Extra\n    act`);
    await page.keyboard.press("End");
    await page.keyboard.down("Control");
    await page.keyboard.press("Space");
    await page.keyboard.up("Control");
    await page.waitForSelector("pierce/.cm-tooltip-autocomplete li");
    expect(
      await page.$$eval("pierce/.cm-tooltip-autocomplete .cm-completionLabel", (labels) =>
        labels.map((label) => label.textContent),
      ),
    ).toStrictEqual(["actionLines"]);
    await page.keyboard.press("Enter");
    await page.keyboard.type("[C7.e-he");
    await page.waitForFunction(() => {
      const host = document.querySelector("#editor")?.shadowRoot;
      return host?.querySelector(".cm-tooltip-autocomplete li")?.textContent?.startsWith("C7.e-health");
    });
    await page.close();
  });

  it("completes a draft's keys and the themes its constraints name once cycles is a number", async () => {
    const { page } = await open();
    const draft =
      "title: Drafted\nstartYear: 2031\ncycles: 1\nthemes:\n  - id: alpha\n    title: Alpha\n    actionLines: [C1, C2, C3, C4, C5, C6, C7, C8, C9, C10, C11]\n  - id: beta\n    title: Beta\n    actionLines: [C3]\n    mandate: sti\n";
    // Theme ids come from the scenario the worker last drafted: let it draft this one first.
    await paste(page, draft);
    await page.waitForFunction(() =>
      document.querySelector("#programme-title")?.textContent?.startsWith("Drafted"),
    );
    await paste(page, `${draft}pi`);
    await page.keyboard.press("End");
    await page.keyboard.down("Control");
    await page.keyboard.press("Space");
    await page.keyboard.up("Control");
    await page.waitForSelector("pierce/.cm-tooltip-autocomplete li");
    const labels = () =>
      page.$$eval("pierce/.cm-tooltip-autocomplete .cm-completionLabel", (items) =>
        items.map((item) => item.textContent),
      );
    expect(await labels()).toStrictEqual(["pins"]);
    await page.keyboard.press("Escape");
    await paste(page, `${draft}pins:\n  - theme: `);
    await page.keyboard.down("Control");
    await page.keyboard.press("End");
    await page.keyboard.press("Space");
    await page.keyboard.up("Control");
    await page.waitForSelector("pierce/.cm-tooltip-autocomplete li");
    expect(await labels()).toStrictEqual(["alpha", "beta"]);
    saveArtifact("playground-draft-completion.png", await page.screenshot());
    await page.close();
  });

  it("keeps the scenario in the link, so opening the link reproduces it", async () => {
    const { page } = await open();
    await paste(page, SCENARIO.replace("C12", "C11"));
    await page.waitForFunction(() => location.hash.startsWith("#s="));
    await page.waitForFunction(
      () => document.querySelector("#programme-title")?.textContent === "Digital public goods 2031–2032",
    );
    const hash = await page.evaluate(() => location.hash);
    await page.close();
    const again = await open(hash);
    await again.page.waitForFunction(
      () => document.querySelector("#programme-title")?.textContent === "Digital public goods 2031–2032",
    );
    expect(await text(again.page, "#programme-facts")).toContain("2031–2032");
    await again.page.close();
  });

  it("shows the duplicate pair of the activities CSV dropped on the page, with its reasons", async () => {
    const { page, errors, external } = await open();
    await drop(page, ["activities.csv"]);
    await page.waitForSelector("#pairs li");
    expect(await text(page, "#registers-summary")).toBe(
      "activities.csv: 4 activities (CSV). 1 duplicate pair.",
    );
    const pair = await text(page, "#pairs > li");
    expect(pair).toContain("Rural broadband for schools, Kenya (ITU, itu-2026-014)");
    expect(pair).toContain("Broadband for rural schools in Kenya (UNDP, undp-ke-0091)");
    expect(pair).toContain("double reporting: one activity reported twice");
    expect(errors).toStrictEqual([]);
    expect(external).toStrictEqual([]);
    await page.close();
  });

  it("compares registers dropped together and groups one piece of work reported by several agencies", async () => {
    const { page } = await open();
    await drop(page, ["activities.csv", "unicef-register.csv"]);
    await page.waitForSelector("#groups li");
    expect(await text(page, "#registers-summary")).toBe(
      "activities.csv: 4 activities (CSV); unicef-register.csv: 2 activities (CSV). 3 duplicate pairs in 1 group.",
    );
    expect(await text(page, "#groups li")).toMatch(
      /^itu-2026-014, undp-ke-0091, unicef-ke-2026-07: reported by ITU, UNDP, UNICEF; shared action lines C2, C7\.e-learning\. Suggested lead: ITU \(International Telecommunication Union\) is the lead facilitator of C2 .* reports 1 of the group's 3 records\.$/u,
    );
    await page.close();
  });

  it("reads an IATI XML register chosen with the file input", async () => {
    const { page } = await open();
    const input = await page.$("input#register-files");
    await input?.uploadFile(join(root, "test/fixtures/iati/activity-standard-example-annotated-203.xml"));
    await page.waitForSelector("#registers-summary");
    expect(await text(page, "#registers-summary")).toMatch(
      /^activity-standard-example-annotated-203\.xml: 1 activity \(IATI XML\)\. /u,
    );
    await page.close();
  });

  it("is usable with the keyboard alone: Tab enters and leaves the editor, and reaches the file input and downloads", async () => {
    const { page } = await open();
    const focused: string[] = [];
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press("Tab");
      focused.push(
        await page.evaluate(() => {
          let active = document.activeElement;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          return active?.getAttribute("data-download") || active?.id || active?.className || "";
        }),
      );
    }
    expect(focused.slice(0, 3)).toStrictEqual(["skip", "reset", "cm-content cm-lineWrapping"]);
    expect(focused).toContain("register-files");
    for (const id of ["md", "html", "ics", "csv", "json", "scenario"]) expect(focused).toContain(id);
    await page.close();
  });

  it("fits a 390 px wide phone without sideways scrolling of the page", async () => {
    const { page } = await open();
    await page.setViewport({ width: 390, height: 844 });
    await page.waitForSelector("#timeline svg");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });

  it("downloads the programme as Markdown, a file on disk", async () => {
    const { page } = await open();
    const markdown = (await download(page, "md", "programme.md")).toString("utf8");
    expect(markdown.split("\n")[0]).toBe("# CSTD multi-year work programme on WSIS follow-up, 2027–2036");
    await page.close();
  });

  it("downloads the programme as a Word file that a .docx reader reads back", async () => {
    const { page } = await open();
    const bytes = await download(page, "docx", "programme.docx");
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    expect(value).toContain("CSTD multi-year work programme on WSIS follow-up, 2027–2036");
    await page.close();
  });

  it("downloads the scenario as the editor holds it", async () => {
    const { page } = await open();
    await paste(page, SCENARIO);
    await page.waitForSelector("#problems li");
    // The scenario is saved as it is, problems and all: it is the user's work.
    expect((await download(page, "scenario", "scenario.yaml")).toString("utf8")).toBe(SCENARIO);
    await page.close();
  });
});
