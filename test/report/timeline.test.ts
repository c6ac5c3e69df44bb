/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The SVG timeline on a time axis: every date at its place, lanes for each kind, cycles as bands,
// external events when given, accessible, A4 wide, no XML declaration; and drawn by Chromium with
// nothing outside the picture and no label on another.
import { DomUtils, parseDocument } from "htmlparser2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProgramme, PlannerInputError, renderTimelineSvg, WSIS_DEFAULT_SPEC } from "../../src/index.ts";
import { launch, missing, saveArtifact } from "../support/browser.ts";

const programme = createProgramme(WSIS_DEFAULT_SPEC);
const external = [
  {
    id: "wsis-forum-2027",
    title: "WSIS Forum 2027",
    kind: "wsis-forum" as const,
    opens: "2027-03-15",
    closes: "2027-03-19",
  },
  { id: "hlpf-2030", title: "HLPF 2030", kind: "hlpf" as const, opens: "2030-07-08", closes: "2030-07-17" },
  { id: "far-away", title: "Outside the span", opens: "2050-01-01" },
];
const svg = renderTimelineSvg(programme, { externalEvents: external });
const parsed = parseDocument(svg, { xmlMode: true });
const root = DomUtils.findOne((el) => el.name === "svg", parsed.children);

/** Each mark: its tooltip and the x of its shape. */
function marks(): { title: string; x: number }[] {
  return DomUtils.findAll((el) => el.name === "g", parsed.children).flatMap((g) => {
    const title = g.children.find((child) => "name" in child && child.name === "title");
    const shape = g.children.find(
      (child) => "name" in child && (child.name === "rect" || child.name === "path"),
    );
    if (title === undefined || shape === undefined || !("attribs" in shape)) return [];
    const x = shape.attribs["x"] ?? /^M([\d.]+)/u.exec(shape.attribs["d"] ?? "")?.[1];
    return x === undefined ? [] : [{ title: DomUtils.textContent(title), x: Number(x) }];
  });
}

describe("renderTimelineSvg on a time axis", () => {
  it("is one accessible <svg> at A4 width, with no XML declaration", () => {
    expect(svg.startsWith("<svg ")).toBe(true);
    expect(svg).not.toContain("<?xml");
    expect(root?.attribs).toMatchObject({
      role: "img",
      width: "794",
      "aria-labelledby": "timeline-title timeline-desc",
    });
    const desc = DomUtils.textContent(DomUtils.findOne((el) => el.name === "desc", parsed.children) ?? []);
    expect(desc).toContain("30th session: 10–14 May 2027");
    expect(desc).toContain("WSIS Forum 2027");
  });

  it("draws a lane for each kind of date, and the years on an axis", () => {
    const texts = DomUtils.findAll((el) => el.name === "tspan", parsed.children).map((el) =>
      DomUtils.textContent(el),
    );
    for (const lane of [
      "Sessions",
      "High-level segments",
      "Inter-sessional panels",
      "Consultations",
      "Documents due",
      "Reports to ECOSOC",
      "External events",
    ])
      expect(texts).toContain(lane);
    for (let year = 2027; year <= 2036; year++) expect(texts).toContain(String(year));
    expect(texts).toContain("Cycle 1");
    expect(texts).toContain("Cycle 5");
  });

  it("places each session, segment and deadline at its date, in proportion", () => {
    const all = marks();
    const at = (prefix: string) => {
      const mark = all.find((m) => m.title.startsWith(prefix));
      expect(mark, prefix).toBeDefined();
      return mark?.x ?? Number.NaN;
    };
    const first = at("30th session");
    const last = at("39th session");
    // Ten sessions, each in May: equal steps of about one year.
    const step = (last - first) / 9;
    const sessions = all.filter((m) => /^\d+(st|nd|rd|th) session/u.test(m.title));
    expect(sessions).toHaveLength(programme.sessions.length);
    sessions.forEach((mark, i) => {
      expect(Math.abs(mark.x - (first + i * step))).toBeLessThan(step / 20);
    });
    // A report to ECOSOC (June–July) falls after its session (May) and before the next.
    const report = all.find((m) => m.title.includes("ECOSOC") && m.title.includes("2027"));
    expect(report?.x).toBeGreaterThan(first);
    expect(report?.x).toBeLessThan(first + step);
    // The panel of the first session falls in the year before it.
    const panel = all.find((m) => m.title.startsWith("Inter-sessional panel preparing the 30th"));
    expect(panel?.x).toBeLessThan(first - step / 3);
    // The WSIS Forum in March 2027 comes before the 30th session in May.
    expect(at("WSIS Forum 2027")).toBeLessThan(first);
    expect(all.some((m) => m.title.startsWith("Outside the span"))).toBe(false);
  });

  it("draws cycles as bands, and no external lane unless events are given", () => {
    const plain = renderTimelineSvg(programme);
    expect(plain).not.toContain("External events");
    expect(plain).toContain("<title>Cycle 3, 2031–2032</title>");
  });

  it("keeps the list of cycles as an option", () => {
    const cycles = renderTimelineSvg(programme, { layout: "cycles" });
    expect(cycles.startsWith("<svg ")).toBe(true);
    expect(cycles).toContain("Legend");
  });

  it("rejects bad options with a PlannerInputError", () => {
    expect(() => renderTimelineSvg(programme, { layout: "gantt" } as never)).toThrow(PlannerInputError);
    expect(() =>
      renderTimelineSvg(programme, { externalEvents: [{ id: "x", title: "x", opens: "soon" }] } as never),
    ).toThrow(PlannerInputError);
  });
});

describe.skipIf(missing !== undefined)("the timeline in Chromium", () => {
  let close: (() => Promise<void>) | undefined;
  let layout: { outside: string[]; overlaps: string[] };

  beforeAll(async () => {
    const started = await launch();
    close = started.close;
    const page = await started.browser.newPage();
    await page.setViewport({ width: 794, height: 600, deviceScaleFactor: 2 });
    await page.setContent(`<!DOCTYPE html><html><body style="margin:0">${svg}</body></html>`);
    const element = await page.$("svg");
    saveArtifact("timeline.png", (await element?.screenshot()) ?? new Uint8Array());
    layout = await page.evaluate(() => {
      const box = document.querySelector("svg")?.getBoundingClientRect();
      const texts = [...document.querySelectorAll("svg text")].map((el) => ({
        text: el.textContent ?? "",
        rect: el.getBoundingClientRect(),
      }));
      const outside = texts
        .filter(({ rect }) => box === undefined || rect.left < box.left || rect.right > box.right + 0.5)
        .map(({ text }) => text);
      const overlaps: string[] = [];
      texts.forEach((a, i) => {
        for (const b of texts.slice(i + 1)) {
          const overlap =
            a.rect.left < b.rect.right - 0.5 &&
            b.rect.left < a.rect.right - 0.5 &&
            a.rect.top < b.rect.bottom - 0.5 &&
            b.rect.top < a.rect.bottom - 0.5;
          if (overlap) overlaps.push(`${a.text} / ${b.text}`);
        }
      });
      return { outside, overlaps };
    });
  }, 60_000);

  afterAll(async () => {
    await close?.();
  });

  it("draws every label inside the picture and none over another", () => {
    expect(layout).toStrictEqual({ outside: [], overlaps: [] });
  });
});
