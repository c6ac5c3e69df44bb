import { describe, expect, it } from "vitest";
import { findDuplicates } from "../../src/index.ts";
import { accuracyOf, generateActivities } from "./generator.ts";

// Labelled sets from the generator: planted duplicates (paraphrased titles, reordered words, shifted dates,
// a funder's and an implementer's record of one activity, translation-like spellings, joint work naming the
// other agency) and hard negatives (the same work elsewhere; the same place under another line).
describe("findDuplicates accuracy on labelled sets", () => {
  for (const seed of [1, 2]) {
    it(`reaches precision and recall of 0.95 or more at the default threshold (seed ${seed})`, () => {
      const set = generateActivities({ count: 4000, seed });
      const accuracy = accuracyOf(set, findDuplicates(set.activities).pairs);
      expect(set.truth.length).toBeGreaterThan(150);
      expect(accuracy.precision).toBeGreaterThanOrEqual(0.95);
      expect(accuracy.recall).toBeGreaterThanOrEqual(0.95);
    });
  }

  it("flags no hard negative", () => {
    const set = generateActivities({ count: 4000, seed: 3, hardNegativeShare: 0.2 });
    expect(set.hardNegatives.length).toBeGreaterThan(300);
    expect(accuracyOf(set, findDuplicates(set.activities).pairs).hardNegativesFlagged).toBe(0);
  });

  it("reports every planted funder–implementer pair as double reporting", () => {
    const set = generateActivities({ count: 4000, seed: 4 });
    const accuracy = accuracyOf(set, findDuplicates(set.activities).pairs);
    expect(accuracy.doubleReportingPlanted).toBeGreaterThan(20);
    expect(accuracy.doubleReportingFound).toBe(accuracy.doubleReportingPlanted);
  });

  it("makes the labelled sets it promises: every planted pair names two records of different agencies", () => {
    const set = generateActivities({ count: 1000, seed: 5 });
    const agencyOf = new Map(set.activities.map((activity) => [activity.id, activity.agency]));
    for (const pair of set.truth) expect(agencyOf.get(pair.a)).not.toBe(agencyOf.get(pair.b));
    expect(new Set(set.truth.map((pair) => pair.variant))).toStrictEqual(
      new Set(["paraphrase", "reorder", "shifted", "funder-implementer", "translation", "partner"]),
    );
  });
  it("keeps its hard negatives a fixed share and grows its vocabulary past the listed topics (40k)", () => {
    const small = generateActivities({ count: 4000, seed: 6 });
    const large = generateActivities({ count: 40_000, seed: 6 });
    const share = (set: typeof small) => set.hardNegatives.length / set.activities.length;
    expect(share(large)).toBeGreaterThan(share(small) * 0.9);
    expect(large.truth.length / large.activities.length).toBeGreaterThan(
      (small.truth.length / small.activities.length) * 0.9,
    );
    // New places, programmes, and the topics and foci coined once the listed ones are taken.
    const titleWords = (title: string) => new Set(title.toLowerCase().split(/[^a-z0-9]+/u));
    const vocabulary = (set: typeof small) =>
      new Set(set.activities.flatMap((a) => [...titleWords(a.title)]));
    expect(vocabulary(large).size).toBeGreaterThan(vocabulary(small).size * 3);
  });
});
