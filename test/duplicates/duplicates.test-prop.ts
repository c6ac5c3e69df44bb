import { fc, test } from "@fast-check/vitest";
import { parse } from "csv-parse/sync";
import { describe, expect } from "vitest";
import {
  type ActivityInput,
  findDuplicates,
  fromCsv,
  fromIatiXml,
  PlannerInputError,
} from "../../src/index.ts";

const WORDS = [
  "rural",
  "broadband",
  "schools",
  "telemedicine",
  "clinics",
  "digital",
  "skills",
  "women",
  "farmers",
  "data",
];

/** Small activity sets with many near-duplicates: few words, lines, countries and years to draw from. */
const activityArb: fc.Arbitrary<ActivityInput> = fc
  .record({
    agency: fc.constantFrom("ITU", "UNDP", "UNESCO", "WHO"),
    words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }),
    line: fc.constantFrom("C2", "C7", "C7.e-health", "C7.e-learning", "C4"),
    country: fc.constantFrom("KEN", "UGA", "global", undefined),
    start: fc.integer({ min: 2024, max: 2027 }),
    years: fc.integer({ min: 0, max: 2 }),
    partner: fc.option(fc.constantFrom("ITU", "UNDP", "Ministry of Health"), { nil: undefined }),
  })
  .map(({ agency, words, line, country, start, years, partner }) => ({
    id: "x",
    agency,
    title: words.join(" "),
    actionLines: [line],
    start: String(start),
    end: String(start + years),
    ...(country === undefined ? {} : { countries: [country] }),
    ...(partner === undefined ? {} : { participants: [{ ref: partner, role: "implementing" as const }] }),
  }));
const setArb = fc
  .array(activityArb, { maxLength: 25 })
  .map((activities) => activities.map((activity, index) => ({ ...activity, id: `a${index}` })));

const pairKey = (pair: { a: string; b: string; kind: string; score: number }) =>
  `${[pair.a, pair.b].sort().join("|")}|${pair.kind}|${pair.score}`;

describe("findDuplicates properties", () => {
  test.prop([setArb])(
    "the indexed search finds exactly the pairs the all-pairs method finds",
    (activities) => {
      const indexed = findDuplicates(activities);
      expect(indexed.stats.exact).toBe(true);
      expect(indexed.pairs).toStrictEqual(findDuplicates(activities, { method: "all-pairs" }).pairs);
    },
  );

  const shuffledArb = setArb.chain((list) =>
    fc.tuple(
      fc.constant(list),
      fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
    ),
  );
  test.prop([shuffledArb])("the pairs found do not depend on the input order", ([activities, shuffled]) => {
    const keys = (list: ActivityInput[]) => findDuplicates(list).pairs.map(pairKey).sort();
    expect(keys(shuffled)).toStrictEqual(keys(activities));
  });

  test.prop([setArb])(
    "scores stay in [0, 1], reasons are there, and groups hold only matching records",
    (activities) => {
      const report = findDuplicates(activities);
      for (const pair of report.pairs) {
        expect(pair.score).toBeGreaterThanOrEqual(0);
        expect(pair.score).toBeLessThanOrEqual(1);
        expect(pair.reasons.length).toBeGreaterThan(0);
      }
      const matched = new Set(report.pairs.filter((pair) => pair.match).flatMap((pair) => [pair.a, pair.b]));
      for (const group of report.groups) for (const id of group) expect(matched.has(id)).toBe(true);
    },
  );

  test.prop([setArb])(
    "the same input gives byte-identical output, and the input is not changed",
    (activities) => {
      const before = structuredClone(activities);
      const first = JSON.stringify(findDuplicates(activities));
      expect(JSON.stringify(findDuplicates(activities))).toBe(first);
      expect(activities).toStrictEqual(before);
    },
  );

  test.prop([fc.anything()])("any bad input throws nothing but PlannerInputError", (input) => {
    for (const call of [
      () => findDuplicates(input as ActivityInput[]),
      () => findDuplicates([], input as object),
      () => fromCsv(input as string, { lenient: true }),
      () => fromIatiXml(input as string, { lenient: true }),
    ]) {
      try {
        call();
      } catch (error) {
        expect(error).toBeInstanceOf(PlannerInputError);
      }
    }
  });
});

describe("CSV reader properties", () => {
  const cellArb = fc.string({ unit: fc.constantFrom("a", "b", " ", ",", '"', "\n", "\r\n", ";", "é", "=") });
  const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;

  test.prop([fc.array(fc.tuple(cellArb, cellArb), { minLength: 1, maxLength: 8 })])(
    "titles and descriptions come back as written, as csv-parse reads them",
    (rows) => {
      const header = "id,agency,title,description,action_lines,start,end";
      const lines = rows.map(([title, description], index) =>
        [`r${index}`, "ITU", quote(`T ${title}`), quote(description), "C2", "2026", "2027"].join(","),
      );
      const text = `${[header, ...lines].join("\r\n")}\r\n`;
      const reference = parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
      const activities = fromCsv(text);
      expect(activities.map((activity) => activity.title)).toStrictEqual(
        reference.map((row) => row["title"]?.trim()),
      );
      expect(activities.map((activity) => activity.description ?? "")).toStrictEqual(
        reference.map((row) => row["description"]?.trim()),
      );
    },
  );
});

describe("activity dates", () => {
  /** Whether a YYYY-MM-DD date exists in the proleptic Gregorian calendar, by a calendar round trip. */
  const exists = (year: number, month: number, day: number): boolean => {
    const date = new Date(Date.UTC(2000, 0, 1));
    date.setUTCFullYear(year, month - 1, day);
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  };
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  const accepts = (activity: ActivityInput): boolean => {
    try {
      findDuplicates([activity]);
      return true;
    } catch (error) {
      if (error instanceof PlannerInputError) return false;
      throw error;
    }
  };

  test.prop(
    [fc.integer({ min: 1890, max: 2210 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })],
    { numRuns: 2000 },
  )("accepts a start date exactly when it exists and falls in 1900–2200", (year, month, day) => {
    const start = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
    // Ends in the last year accepted, so the start alone decides.
    const activity = { id: "a", agency: "ITU", title: "T", actionLines: ["C2"], start, end: "2200" };
    const valid = year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && exists(year, month, day);
    expect(accepts(activity)).toBe(valid);
  });
});
