// A real register as its publisher wrote it (test/fixtures/iati/README.md): Spain's MAEC, its 83
// activities in Indonesia, Spanish text, most of them outside ICT. It imports whole, and the records it
// lists twice are found. What counts as listed twice is read here from the raw XML, on its own: the same
// title, description, dates and sectors under two identifiers.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findDuplicates, fromIatiXml } from "../../src/index.ts";

const XML = readFileSync(new URL("../fixtures/iati/maec-indonesia-2015.xml", import.meta.url), "utf8");

/** The activities as the file writes them, by regular expressions (independent of any XML parser). */
function rawActivities(xml: string) {
  const one = (block: string, pattern: RegExp) => pattern.exec(block)?.[1]?.trim() ?? "";
  return xml
    .split("<iati-activity>")
    .slice(1)
    .map((block) => ({
      id: one(block, /<iati-identifier>([^<]*)</u),
      key: [
        one(block, /<title>\s*<narrative[^>]*>([^<]*)</u).toLowerCase(),
        one(block, /<description>\s*<narrative[^>]*>([^<]*)</u).toLowerCase(),
        [...block.matchAll(/<activity-date type="(\d)" iso-date="([^"]*)"/gu)]
          .map((m) => `${m[1]}:${m[2]}`)
          .sort()
          .join(),
        [...block.matchAll(/<sector [^>]*code="([^"]*)"/gu)]
          .map((m) => m[1])
          .sort()
          .join(),
      ].join("\u0000"),
    }));
}

/** Pairs of ids listed with the same content, each as "a b" with a < b. */
function listedTwice(xml: string): string[] {
  const byKey = new Map<string, string[]>();
  for (const { id, key } of rawActivities(xml)) byKey.set(key, [...(byKey.get(key) ?? []), id]);
  return [...byKey.values()].flatMap((ids) => {
    const sorted = [...ids].sort();
    return sorted.flatMap((a, i) => sorted.slice(i + 1).map((b) => `${a} ${b}`));
  });
}

describe("a real IATI register (MAEC, Indonesia, 2015)", () => {
  const raw = rawActivities(XML);

  it("imports every activity, mapped or not, and rejects none", () => {
    expect(raw).toHaveLength(83);
    const lenient = fromIatiXml(XML, { lenient: true });
    expect(lenient.problems).toStrictEqual([]);
    expect(lenient.counts).toStrictEqual({ mapped: 55, unmapped: 28, rejected: 0 });
    const strict = fromIatiXml(XML);
    expect(strict.map((activity) => activity.id)).toStrictEqual(raw.map((activity) => activity.id));
    // Spanish text arrives as written.
    expect(strict.find((a) => a.id.endsWith("-009-032063"))?.title).toBe(
      "SUMINISTRO BARCO OCEANOGRAFICO Y FORMACIÓN PESQUERA",
    );
  });

  it("finds every record the publisher listed twice, comparing the agency's activities with each other", () => {
    const twice = listedTwice(XML);
    expect(twice).toHaveLength(19);
    const report = findDuplicates(fromIatiXml(XML), { withinAgency: true });
    const matched = new Set(report.pairs.filter((pair) => pair.match).map((pair) => `${pair.a} ${pair.b}`));
    expect(twice.filter((pair) => !matched.has(pair))).toStrictEqual([]);
  });

  it("compares across agencies only by default: one publisher's file alone has no pair", () => {
    expect(findDuplicates(fromIatiXml(XML)).pairs).toStrictEqual([]);
  });
  it("does not match the scholarships and volunteer posts that share a title but not a description", () => {
    const activities = fromIatiXml(XML);
    const byId = new Map(activities.map((activity) => [activity.id, activity]));
    const generic = findDuplicates(activities, { withinAgency: true }).pairs.filter((pair) => {
      const a = byId.get(pair.a);
      const b = byId.get(pair.b);
      return (
        a !== undefined &&
        b !== undefined &&
        /^(becas|personas cooperantes)/iu.test(a.title) &&
        a.title.toLowerCase() === b.title.toLowerCase() &&
        a.description !== b.description
      );
    });
    expect(generic.length).toBeGreaterThan(10);
    expect(generic.filter((pair) => pair.match).map((pair) => `${pair.a} ${pair.b}`)).toStrictEqual([]);
  });
});
