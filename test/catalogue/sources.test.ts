// Issue 11 §8: the sources rules cite ship with the package, and every rule ref carries an address.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUILTIN_RULES, PLANNER_DEFAULTS } from "../../src/index.ts";

const sources = readFileSync("docs/sources.md", "utf8");
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { files: string[] };
const anchors = new Set(
  [...sources.matchAll(/^## (.+)$/gmu)].map((m) =>
    (m[1] ?? "")
      .toLowerCase()
      .replace(/[^a-z0-9 -]/gu, "")
      .replace(/ /gu, "-"),
  ),
);

describe("docs/sources.md", () => {
  // `files` entries are paths, folders or simple globs ("docs/*.md").
  const shipped = (path: string) =>
    pkg.files.some((entry) => {
      if (entry === path || path.startsWith(`${entry}/`)) return true;
      const star = entry.indexOf("*");
      return (
        star >= 0 &&
        path.startsWith(entry.slice(0, star)) &&
        path.endsWith(entry.slice(star + 1)) &&
        !path.slice(star).includes("/")
      );
    });

  it("ships in the package with the 2006 meeting's summary", () => {
    expect(shipped("docs/sources.md")).toBe(true);
    expect(shipped("docs/meeting-2006.txt")).toBe(true);
  });

  it("has the section every rule ref points to, and every ref an address or the shipped summary", () => {
    for (const rule of BUILTIN_RULES)
      for (const ref of rule.refs) {
        const anchor = /docs\/sources\.md#([a-z0-9-]+)/u.exec(ref)?.[1];
        expect(anchor, `${rule.id}: ${ref}`).toBeDefined();
        expect(anchors.has(anchor ?? ""), `${rule.id}: #${anchor}`).toBe(true);
        expect(ref, rule.id).toMatch(/https?:\/\/|docs\/meeting-2006\.txt/u);
        expect(ref, rule.id).not.toMatch(/reference\//u);
      }
  });

  it("lists every default of PLANNER_DEFAULTS with its basis", () => {
    for (const entry of PLANNER_DEFAULTS) {
      const row = sources.split("\n").find((line) => line.startsWith(`| \`${entry.option.split(" ")[0]}\``));
      expect(row, entry.option).toBeDefined();
      expect(row, entry.option).toContain(entry.basis);
    }
  });

  it("dates the seed meeting 13 February 2006", () => {
    expect(sources).toContain("**13 February 2006**");
  });
});
