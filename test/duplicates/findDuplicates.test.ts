import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type ActivityInput,
  type DuplicatePair,
  defineCatalogue,
  findDuplicates,
  fromCsv,
  fromIatiXml,
  PlannerInputError,
} from "../../src/index.ts";
import { inputErrorOf } from "../support/errors.ts";
import { generateActivities } from "./generator.ts";

const activity = (id: string, agency: string, extra: Partial<ActivityInput> = {}): ActivityInput => ({
  id,
  agency,
  title: "Rural broadband for schools in Kenya",
  description: "Connects rural schools to broadband and trains their teachers to use it in class.",
  actionLines: ["C2"],
  start: "2026",
  end: "2027",
  countries: ["KEN"],
  ...extra,
});

const pairOf = (pairs: readonly DuplicatePair[], a: string, b: string): DuplicatePair | undefined =>
  pairs.find((pair) => (pair.a === a && pair.b === b) || (pair.a === b && pair.b === a));

describe("findDuplicates: deterministic pass", () => {
  it("reports a repeated id openly, linking each repeat to the first record", () => {
    const report = findDuplicates([activity("x", "ITU"), activity("x", "ITU"), activity("x", "ITU")]);
    const repeats = report.pairs.filter((pair) => pair.kind === "same-id");
    expect(repeats.map((pair) => pair.records)).toStrictEqual([
      [0, 1],
      [0, 2],
    ]);
    expect(repeats[0]?.reasons).toStrictEqual([
      'id: the id "x" appears again (records 0 and 1)',
      "content: the two records are identical (the same record listed twice)",
    ]);
  });

  it("says which fields differ when an id is reused for different content", () => {
    const report = findDuplicates([
      activity("x", "ITU"),
      activity("x", "ITU", { countries: ["UGA"], end: "2028" }),
    ]);
    expect(report.pairs[0]?.reasons[1]).toBe("content: they differ in end, countries");
  });

  it("reports records identical but for their ids", () => {
    const report = findDuplicates([activity("a", "ITU"), activity("b", "ITU")]);
    expect(report.pairs.map((pair) => [pair.a, pair.b, pair.kind, pair.score])).toStrictEqual([
      ["a", "b", "identical", 1],
    ]);
  });

  it("flags a funder's and an implementer's record of one activity as double reporting, not as overlap", () => {
    const report = findDuplicates([
      activity("itu-1", "ITU"),
      activity("undp-9", "UNDP", {
        title: "Support to school connectivity",
        participants: [{ ref: "ITU", role: "implementing", activityId: "itu-1" }],
      }),
    ]);
    expect(report.pairs.map((pair) => [pair.a, pair.b, pair.kind])).toStrictEqual([
      ["itu-1", "undp-9", "double-reporting"],
    ]);
    expect(report.pairs[0]?.reasons[0]).toContain('UNDP\'s record "undp-9" gives "itu-1"');
    expect(report.groups).toStrictEqual([]);
    expect(report.byAgency.map((row) => [row.agency, row.doubleReported, row.overlapping])).toStrictEqual([
      ["ITU", 1, 0],
      ["UNDP", 1, 0],
    ]);
  });

  it("honours cross-references given either way, and a shared outside identifier", () => {
    const viaList = findDuplicates([
      activity("a", "ITU", { crossReferences: ["b"] }),
      activity("b", "UNDP", { title: "Other" }),
    ]);
    expect(viaList.pairs[0]?.kind).toBe("double-reporting");
    const shared = findDuplicates([
      activity("a", "ITU", { crossReferences: ["XM-1"] }),
      activity("b", "UNDP", { title: "Other", crossReferences: ["XM-1"] }),
    ]);
    expect(shared.pairs[0]?.reasons[0]).toContain('both give "XM-1"');
  });

  it("does not make one activity of two records funded by the same outside programme", () => {
    const funder = { ref: "UNDP", role: "funding" as const, activityId: "UNDP-PROGRAMME-1" };
    const report = findDuplicates([
      activity("a", "ITU", { title: "Broadband in Kenya", participants: [funder] }),
      activity("b", "UNESCO", { title: "Open textbooks", actionLines: ["C3"], participants: [funder] }),
    ]);
    expect(report.pairs).toStrictEqual([]);
  });
});

describe("findDuplicates: scoring overlap", () => {
  const itu = activity("itu-1", "ITU");
  const undp = activity("undp-7", "UNDP", {
    title: "Broadband for rural schools, Kenya",
    description: "Brings broadband to rural schools in Kenya and trains teachers to use it in class.",
    start: "2026-03-01",
  });

  it("finds two agencies' records of the same work and groups them, with the line's facilitator as lead", () => {
    const report = findDuplicates([itu, undp]);
    expect(report.groups).toStrictEqual([["itu-1", "undp-7"]]);
    expect(report.groupDetails[0]).toMatchObject({
      agencies: ["ITU", "UNDP"],
      actionLines: ["C2"],
      lead: { agency: "ITU", actionLine: "C2" },
      pairs: 1,
    });
    expect(report.groupDetails[0]?.lead?.reason).toMatch(
      /^ITU \(International Telecommunication Union\) is the lead facilitator of C2/u,
    );
  });

  it("explains the score field by field, and the field weights add up to the pair's weight", () => {
    const [pair] = findDuplicates([itu, undp]).pairs;
    expect(pair?.fields.map((field) => field.field)).toStrictEqual([
      "title",
      "description",
      "actionLines",
      "period",
      "geography",
      "partners",
    ]);
    expect(pair?.reasons[0]).toMatch(/^title: \+\d\.\d — /u);
    const total = (pair?.fields ?? []).reduce((sum, field) => sum + field.weight, 0);
    expect(total).toBeCloseTo(pair?.weight ?? Number.NaN, 1);
    expect(pair?.score).toBeGreaterThan(0.9);
    expect(pair?.score).toBeLessThanOrEqual(1);
  });

  it("compares only across agencies unless asked to compare within one", () => {
    const sameAgency = [itu, { ...undp, agency: "ITU" }];
    expect(findDuplicates(sameAgency).pairs).toStrictEqual([]);
    expect(findDuplicates(sameAgency, { withinAgency: true }).groups).toStrictEqual([["itu-1", "undp-7"]]);
  });

  it("never pairs records in different countries, different lines or apart in time", () => {
    expect(findDuplicates([itu, { ...undp, countries: ["UGA"] }]).pairs).toStrictEqual([]);
    expect(findDuplicates([itu, { ...undp, actionLines: ["C5"] }]).pairs).toStrictEqual([]);
    expect(findDuplicates([itu, { ...undp, start: "2028", end: "2029" }]).pairs).toStrictEqual([]);
  });

  it("lets global work overlap every country", () => {
    const report = findDuplicates([itu, { ...undp, countries: ["global"] }]);
    expect(report.groups).toStrictEqual([["itu-1", "undp-7"]]);
    expect(report.pairs[0]?.reasons.find((reason) => reason.startsWith("geography"))).toBe(
      'geography: 0 — "undp-7" (UNDP) is global, so it covers KEN',
    );
  });

  it("follows the action-line hierarchy: C7 meets its sub-lines, sibling sub-lines do not meet", () => {
    const health = activity("who-1", "WHO", {
      title: "Telemedicine for district hospitals",
      actionLines: ["C7.e-health"],
    });
    const parent = activity("itu-3", "ITU", {
      title: "Telemedicine for district hospitals",
      actionLines: ["C7"],
    });
    const sibling = activity("unesco-4", "UNESCO", {
      title: "Telemedicine for district hospitals",
      actionLines: ["C7.e-learning"],
    });
    const report = findDuplicates([health, parent, sibling]);
    // Equal scores sort by ids.
    expect(report.pairs.map((pair) => [pair.a, pair.b, pair.actionLines])).toStrictEqual([
      ["itu-3", "unesco-4", ["C7.e-learning"]],
      ["itu-3", "who-1", ["C7.e-health"]],
    ]);
    expect(pairOf(report.pairs, "who-1", "unesco-4")).toBeUndefined();
  });

  it("counts an agency naming the other as a participant as evidence", () => {
    const named = findDuplicates([itu, { ...undp, participants: [{ ref: "ITU", role: "implementing" }] }]);
    const partners = named.pairs[0]?.fields.find((field) => field.field === "partners");
    expect(partners).toStrictEqual({
      field: "partners",
      weight: 2.5,
      note: "UNDP's record names ITU among its participants (implementing)",
    });
  });

  it("keeps weaker pairs for review below the threshold, without grouping them", () => {
    const weak = activity("unesco-2", "UNESCO", {
      title: "School broadband and teacher training",
      description: "Teacher training on digital tools.",
    });
    const report = findDuplicates([itu, weak], { reviewThreshold: 0.01 });
    expect(report.pairs).toHaveLength(1);
    expect(report.pairs[0]?.match).toBe(false);
    expect(report.groups).toStrictEqual([]);
  });

  it("takes the threshold as a score or as a match weight", () => {
    const strict = findDuplicates([itu, undp], { threshold: 0.99999 });
    expect(strict.groups).toStrictEqual([]);
    expect(strict.pairs[0]?.match).toBe(false);
    const byWeight = findDuplicates([itu, undp], { matchWeight: 40 });
    expect(byWeight.stats.threshold.weight).toBe(40);
    expect(byWeight.groups).toStrictEqual([]);
  });

  it("compares only the fields asked for", () => {
    const report = findDuplicates([itu, { ...undp, countries: ["UGA"] }], {
      fields: ["title", "description"],
    });
    expect(report.pairs[0]?.fields.map((field) => field.field)).toStrictEqual(["title", "description"]);
  });
});

describe("findDuplicates: summaries", () => {
  it("builds an agency × agency matrix per action line and per-agency counts", () => {
    const report = findDuplicates([
      activity("itu-1", "ITU"),
      activity("undp-1", "UNDP", { title: "Rural broadband for schools, Kenya" }),
      activity("unesco-1", "UNESCO", { title: "Broadband for rural schools in Kenya" }),
    ]);
    expect(report.matrix).toStrictEqual([
      {
        actionLine: "C2",
        agencies: ["ITU", "UNDP", "UNESCO"],
        counts: [
          [0, 1, 1],
          [1, 0, 1],
          [1, 1, 0],
        ],
      },
    ]);
    expect(report.byAgency.find((row) => row.agency === "ITU")).toStrictEqual({
      agency: "ITU",
      activities: 1,
      overlapping: 1,
      pairs: 2,
      doubleReported: 0,
      repeated: 0,
      groups: 1,
      overlapsWith: ["UNDP", "UNESCO"],
    });
  });

  it("suggests a co-facilitator when no lead facilitator is in the group", () => {
    const report = findDuplicates([
      activity("itu-1", "ITU", {
        actionLines: ["C7.e-health"],
        title: "Telemedicine for district hospitals",
      }),
      activity("unicef-1", "UNICEF", {
        actionLines: ["C7.e-health"],
        title: "Telemedicine in district hospitals",
      }),
    ]);
    expect(report.groupDetails[0]?.lead?.agency).toBe("ITU");
    expect(report.groupDetails[0]?.lead?.reason).toContain("co-facilitates C7.e-health");
    expect(report.groupDetails[0]?.lead?.reason).toContain("the lead facilitator, WHO, reports none of them");
  });

  it("uses another commission's catalogue for lines and leads", () => {
    const csd = defineCatalogue({
      id: "csd",
      name: "Commission on Sustainable Development",
      lineNoun: "thematic issue",
      actionLines: [{ id: "water", title: "Water" }],
      agencies: [{ id: "UNEP", name: "United Nations Environment Programme", kind: "fund-or-programme" }],
      facilitation: [{ actionLine: "water", lead: ["UNEP"], status: "recalled" }],
    });
    const report = findDuplicates(
      [
        activity("a", "FAO", { actionLines: ["water"], title: "Irrigation data for farmers" }),
        activity("b", "WMO", { actionLines: ["water"], title: "Irrigation data for farmers in Kenya" }),
      ],
      { catalogue: csd },
    );
    expect(report.groupDetails[0]?.lead?.agency).toBe("UNEP");
    expect(() => findDuplicates([activity("a", "FAO")], { catalogue: csd })).toThrow(PlannerInputError);
  });
});

describe("findDuplicates: input", () => {
  it("lists bad activities and options with their paths", () => {
    const error = inputErrorOf(() =>
      findDuplicates([activity("a", "ITU", { start: "2026-13-01", countries: ["KE"] })], {
        threshold: 2,
        fields: ["actionLines"],
      }),
    );
    expect(error.issues.map((issue) => issue.path)).toStrictEqual([
      ["options", "threshold"],
      ["options", "fields"],
      ["activities", 0, "start"],
      ["activities", 0, "countries", 0],
    ]);
  });

  it("does not mutate its input", () => {
    const input = [activity("a", "ITU"), activity("b", "UNDP", { title: "Rural broadband for schools" })];
    const before = structuredClone(input);
    findDuplicates(input);
    expect(input).toStrictEqual(before);
  });

  it("gives byte-identical output for the same input", () => {
    const { activities } = generateActivities({ count: 600, seed: 3 });
    expect(JSON.stringify(findDuplicates(activities))).toBe(JSON.stringify(findDuplicates(activities)));
  });

  it("finds exactly the pairs the all-pairs method finds", () => {
    const { activities } = generateActivities({ count: 1500, seed: 4 });
    const indexed = findDuplicates(activities);
    const exhaustive = findDuplicates(activities, { method: "all-pairs" });
    expect(indexed.stats.exact).toBe(true);
    expect(indexed.stats.compared).toBeLessThan(exhaustive.stats.compared / 20);
    expect(indexed.pairs).toStrictEqual(exhaustive.pairs);
  });

  it("lists 150,000 bad records, and 200,000 unknown lines in one record, without blowing the stack", () => {
    const bad = Array.from({ length: 150_000 }, (_, index) =>
      activity(`a${index}`, "ITU", { start: "soon" }),
    );
    expect(inputErrorOf(() => findDuplicates(bad)).issues).toHaveLength(150_000);
    const lines = Array.from({ length: 200_000 }, (_, index) => `Z${index}`);
    expect(
      inputErrorOf(() => findDuplicates([activity("a", "ITU", { actionLines: lines })])).issues,
    ).toHaveLength(200_000);
  }, 60_000);

  it("handles 100,000 records with one id without blowing the stack", () => {
    const many = Array.from({ length: 100_000 }, () => activity("same", "ITU"));
    const report = findDuplicates(many);
    expect(report.pairs).toHaveLength(99_999);
    expect(report.byAgency[0]?.repeated).toBe(100_000);
  }, 60_000);
});

describe("findDuplicates: whole registers as agencies publish them", () => {
  const REGISTER = readFileSync(
    new URL("../fixtures/iati/constructed-register-es.xml", import.meta.url),
    "utf8",
  );

  it("imports a whole IATI register (Spanish, multi-paragraph) and finds its known double reports", () => {
    const { activities, problems, counts } = fromIatiXml(REGISTER, {
      lenient: true,
      language: "es",
      file: "register.xml",
    });
    expect(problems).toStrictEqual([]);
    expect(counts).toStrictEqual({ mapped: 10, unmapped: 2, rejected: 0 });
    const report = findDuplicates(activities);
    const found = report.pairs.filter((pair) => pair.match).map((pair) => [pair.a, pair.b, pair.kind]);
    expect(found).toStrictEqual([
      ["XM-DAC-41114-PER-00101", "XM-DAC-41303-PE-2026-07", "double-reporting"],
      ["XM-DAC-41114-PER-00140", "XM-DAC-928-PER-0033", "double-reporting"],
      ["XM-DAC-41114-PER-00130", "XM-DAC-41122-PER-2026-015", "overlap"],
      ["XM-DAC-41114-PER-00117", "XM-DAC-41304-PER-0042", "overlap"],
    ]);
    // Agencies resolved through the built-in table of IATI refs, and every pair says where its records are.
    expect(new Set(activities.map((record) => record.agency))).toStrictEqual(
      new Set(["UNDP", "ITU", "UNESCO", "UNICEF", "FAO", "WHO", "UNCTAD"]),
    );
    const water = pairOf(report.pairs, "XM-DAC-41114-PER-00130", "XM-DAC-41122-PER-2026-015");
    expect(water?.sources).toStrictEqual([
      { file: "register.xml", line: 83, column: 2 },
      { file: "register.xml", line: 99, column: 2 },
    ]);
    expect(water?.reasons).toContain(
      'action lines: 0 — not compared: "XM-DAC-41114-PER-00130" (UNDP) and "XM-DAC-41122-PER-2026-015" (UNICEF) have no action line (sectors 14030 map to none; sectors 14032, 14031 map to none)',
    );
  });

  it("compares records from several files and formats in one run", () => {
    const iati = fromIatiXml(REGISTER, { language: "es", file: "register.xml" });
    const csv = fromCsv(
      [
        "id;agency;title;description;start;end;countries;sectors",
        'ilo-pe-9;ILO;"Alfabetización digital para comunidades andinas de Cusco";"Talleres de alfabetización digital y conectividad rural para jóvenes y mujeres de comunidades andinas de Cusco.";2026;2028;PER;43081',
      ].join("\r\n"),
      { file: "ilo.csv" },
    );
    const report = findDuplicates([...iati, ...csv]);
    const pair = pairOf(report.pairs, "ilo-pe-9", "XM-DAC-41114-PER-00101");
    expect(pair?.sources?.map((source) => source?.file).sort()).toStrictEqual(["ilo.csv", "register.xml"]);
    expect(pair?.sources).toContainEqual({ file: "ilo.csv", line: 2 });
  });

  it("folds accents and drops Spanish, French and Portuguese stop words", () => {
    const report = findDuplicates([
      activity("es", "UNDP", {
        title: "Alfabetización digital de los docentes rurales de Puno",
        description: undefined,
        countries: ["PER"],
      }),
      activity("pt", "ITU", {
        title: "Alfabetizacao digital — não os docentes rurais de Puno",
        description: undefined,
        countries: ["PER"],
      }),
      activity("fr", "UNESCO", {
        title: "ALFABETIZACION DIGITAL pour les docentes rurales du Puno",
        description: undefined,
        countries: ["PER"],
      }),
    ]);
    const esFr = pairOf(report.pairs, "es", "fr");
    expect(esFr?.match).toBe(true);
    expect(esFr?.fields.find((field) => field.field === "title")?.similarity).toBe(1);
  });
});

describe("findDuplicates: a title an agency gives many of its records", () => {
  const subjects = ["Political science", "Economics", "Chemistry", "International relations", "Spanish"];
  const scholarships = subjects.map((subject, k) =>
    activity(`s${k}`, "AECID", {
      title: "Scholarships for postgraduate and doctoral study",
      description: `${subject} at a partner university, ${2020 + k} intake.`,
    }),
  );
  const options = { withinAgency: true };

  it("weighs less for each further record, so different descriptions decide", () => {
    const pairs = findDuplicates(scholarships, options).pairs.filter((pair) => pair.kind === "overlap");
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.filter((pair) => pair.match)).toStrictEqual([]);
    const title = pairs[0]?.fields.find((field) => field.field === "title");
    expect(title?.similarity).toBe(1);
    expect(title?.weight).toBe(2);
    expect(title?.note).toContain("AECID gives 5 of its records this title, so it weighs 1/4");
  });

  it("still matches two of them that are one activity (same description too)", () => {
    const again = { ...(scholarships[0] as ActivityInput), id: "s9", start: "2026-03-01" };
    const report = findDuplicates([...scholarships, again], options);
    expect(pairOf(report.pairs, "s0", "s9")?.match).toBe(true);
    expect(report.pairs.filter((pair) => pair.match)).toHaveLength(1);
  });

  it("weighs in full when the agency gives the title to two records, or several agencies to one each", () => {
    const two = findDuplicates(scholarships.slice(0, 2), options);
    expect(pairOf(two.pairs, "s0", "s1")?.fields.find((field) => field.field === "title")?.weight).toBe(8);
    const agencies = scholarships.map((record, k) => ({ ...record, agency: `A${k}` }));
    const several = findDuplicates(agencies);
    expect(pairOf(several.pairs, "s0", "s1")?.fields.find((field) => field.field === "title")?.weight).toBe(
      8,
    );
  });
});
