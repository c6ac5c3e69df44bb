import { wsis } from "../catalogue/index.ts";
import {
  ActivitiesSchema,
  type Activity,
  type ActivityInput,
  type Catalogue,
  CatalogueSchema,
  FindDuplicatesOptionsSchema,
  type InputIssue,
  issuesFromZod,
  NOT_A_CATALOGUE,
  type ResolvedFindDuplicatesOptions,
  readInput,
  throwIfAny,
} from "../model/index.ts";
import { planSearch, searchPairs } from "./_lib/candidates.ts";
import { compareConfig, explainPair, reasonOf, round, sharedLines } from "./_lib/compare.ts";
import { findDeterministic } from "./_lib/deterministic.ts";
import { compareStrings, prepare } from "./_lib/prepare.ts";
import { summarise } from "./_lib/summary.ts";
import { append, catalogueIssues, sortIssues } from "./_lib/validate.ts";
import { scoreOfWeight, weightOfScore } from "./_lib/weights.ts";
import type { DuplicatePair, DuplicationReport, FieldComparison, FindDuplicatesOptions } from "./types.ts";

const DEFAULT_REVIEW_SCORE = 0.2;
const KIND_ORDER = { "same-id": 0, identical: 1, "double-reporting": 2, overlap: 3 } as const;
const FIELD_ORDER = {
  title: 0,
  description: 1,
  actionLines: 2,
  period: 3,
  geography: 4,
  partners: 5,
} as const;

function isCatalogue(value: unknown): value is Catalogue {
  return CatalogueSchema.safeParse(value).success;
}

/** The activities and options read, validated and resolved; throws every input issue at once. */
function validated(
  activities: readonly ActivityInput[],
  options: FindDuplicatesOptions,
): { records: readonly Activity[]; resolved: ResolvedFindDuplicatesOptions; catalogue: Catalogue } {
  // Read once into plain data: a Proxy or a throwing getter is an input error (issue 10).
  activities = readInput(activities, "duplicate search input", ["activities"]);
  options = readInput(options, "duplicate search input", ["options"]);
  const issues: InputIssue[] = [];
  const isObject = typeof options === "object" && options !== null && !Array.isArray(options);
  if (!isObject) issues.push({ path: ["options"], message: "must be an object of options" });
  const { catalogue: catalogueOption, ...rest } = (isObject ? options : {}) as FindDuplicatesOptions;
  const parsedOptions = FindDuplicatesOptionsSchema.safeParse(rest);
  if (!parsedOptions.success)
    for (const issue of issuesFromZod(parsedOptions.error))
      issues.push({ ...issue, path: ["options", ...issue.path] });
  let catalogue: Catalogue = wsis;
  if (catalogueOption !== undefined) {
    if (isCatalogue(catalogueOption)) catalogue = catalogueOption;
    else issues.push({ path: ["options", "catalogue"], message: NOT_A_CATALOGUE });
  }
  const parsed = ActivitiesSchema.safeParse(activities);
  const activityProblems: InputIssue[] = parsed.success
    ? []
    : issuesFromZod(parsed.error).map((issue) => ({ ...issue, path: ["activities", ...issue.path] }));
  if (Array.isArray(activities))
    activities.forEach((raw, index) => {
      append(activityProblems, catalogueIssues(raw, catalogue, ["activities", index]));
    });
  append(issues, sortIssues(activityProblems));
  throwIfAny(issues, "duplicates input");
  if (!parsed.success || !parsedOptions.success) throw new Error("unreachable: issues were thrown above");
  return { records: parsed.data, resolved: parsedOptions.data, catalogue };
}

/**
 * Finds agencies' activities that duplicate or overlap each other, explains why, and groups them.
 *
 * First, deterministically: records that repeat an id, records identical but for their ids, and one
 * activity reported by two agencies (a cross-reference or a participant's activity id names the other
 * record) — reported as double reporting, not as overlapping work. Then, Fellegi–Sunter style, on
 * candidate pairs blocked by action line (hierarchy-aware), overlapping period and shared geography
 * ("global" overlaps everything): title and description wording (IDF-weighted, so rare words weigh
 * more; a title an agency gives k ≥ 3 of its records, like one record per scholarship, weighs 1/(k − 1)
 * as much), action-line overlap, time overlap, geography and shared partners each add or take match weight,
 * and the total gives the pair's score. Pairs at or above `threshold` are linked into groups; weaker
 * pairs down to `reviewThreshold` stay in the list for review. By default only pairs from different
 * agencies are compared (`withinAgency: true` compares all).
 *
 * @param activities - The agencies' activities (validated like `parseActivities`; the list is not changed).
 * @param options - `threshold` (score, default 0.5) or `matchWeight` (bits), `reviewThreshold` (default 0.2),
 *   `withinAgency`, `fields` to compare, `method` ("indexed" or the exhaustive "all-pairs"), `catalogue`.
 * @returns The pairs with per-field reasons, the groups with their agencies, shared action lines and
 *   suggested lead (the line's facilitator), an agency × agency matrix per action line, per-agency counts,
 *   and how the search ran.
 * @throws {PlannerInputError} Listing every bad activity field (`["activities", 3, "countries", 0]`) and
 *   option (`["options", "threshold"]`).
 * @example
 * const report = findDuplicates([
 *   { id: "itu-1", agency: "ITU", title: "Rural broadband for schools in Kenya", actionLines: ["C2"],
 *     start: "2026", end: "2027", countries: ["KEN"] },
 *   { id: "undp-7", agency: "UNDP", title: "Broadband for rural schools, Kenya", actionLines: ["C2"],
 *     start: "2026-03-01", end: "2027-12-31", countries: ["KEN"] },
 * ]);
 * report.groups; // [["itu-1", "undp-7"]]
 * report.groupDetails[0]?.lead?.agency; // "ITU" (lead facilitator of C2)
 */
export function findDuplicates(
  activities: readonly ActivityInput[],
  options: FindDuplicatesOptions = {},
): DuplicationReport {
  // Validated in a function of its own, so the read copy of the input is garbage once it returns (at a
  // million records it is hundreds of megabytes the collector would otherwise keep tracing).
  const { records, resolved, catalogue } = validated(activities, options);

  const thresholdWeight = resolved.matchWeight ?? weightOfScore(resolved.threshold);
  const thresholdScore = scoreOfWeight(thresholdWeight);
  const reviewWeight = Math.min(
    weightOfScore(resolved.reviewThreshold ?? DEFAULT_REVIEW_SCORE),
    thresholdWeight,
  );
  const config = compareConfig(resolved.fields, resolved.withinAgency);

  const deterministic = findDeterministic(records);
  const unitOf = new Int32Array(records.length);
  for (let i = 0; i < records.length; i++) unitOf[i] = deterministic.units.find(i);

  const prepared = prepare(records, catalogue);
  const plan = planSearch(config, reviewWeight);
  const found = searchPairs(prepared, config, plan, {
    method: resolved.method,
    maxBlockSize: resolved.maxBlockSize,
    skip: deterministic.skip,
    unitOf,
    reviewWeight,
  });

  const pairs: DuplicatePair[] = [];
  const sourcesOf = (i: number, j: number) => {
    const x = (records[i] as Activity).source;
    const y = (records[j] as Activity).source;
    return x === undefined && y === undefined ? {} : { sources: [x, y] as const };
  };
  const orient = (x: number, y: number): [number, number] => {
    const a = records[x] as Activity;
    const b = records[y] as Activity;
    const order = compareStrings(a.id, b.id) || x - y;
    return order <= 0 ? [x, y] : [y, x];
  };
  for (const pair of deterministic.pairs) {
    const [i, j] = orient(pair.i, pair.j);
    const a = records[i] as Activity;
    const b = records[j] as Activity;
    pairs.push({
      a: a.id,
      b: b.id,
      score: 1,
      reasons: pair.reasons,
      kind: pair.kind,
      match: true,
      records: [i, j],
      ...sourcesOf(i, j),
      agencies: [a.agency, b.agency],
      actionLines: sharedLines(prepared, i, j),
      fields: [],
    });
  }
  const weights: number[] = [];
  for (let k = 0; k < found.first.length; k++) {
    const [i, j] = orient(found.first[k] as number, found.second[k] as number);
    const fields = explainPair(prepared, config, i, j);
    let weight = 0;
    for (const field of fields) weight += field.weight;
    const shown: FieldComparison[] = fields
      .map((field) => ({
        ...field,
        weight: round(field.weight, 2),
        ...(field.similarity === undefined ? {} : { similarity: round(field.similarity, 3) }),
      }))
      .sort((x, y) => FIELD_ORDER[x.field] - FIELD_ORDER[y.field]);
    const a = records[i] as Activity;
    const b = records[j] as Activity;
    weights[pairs.length] = weight;
    pairs.push({
      a: a.id,
      b: b.id,
      score: round(scoreOfWeight(weight), 4),
      reasons: shown.map(reasonOf),
      kind: "overlap",
      match: weight >= thresholdWeight,
      weight: round(weight, 2),
      records: [i, j],
      ...sourcesOf(i, j),
      agencies: [a.agency, b.agency],
      actionLines: sharedLines(prepared, i, j),
      fields: shown,
    });
  }
  const exactWeight = (index: number): number => weights[index] ?? Number.POSITIVE_INFINITY;
  const order = pairs.map((_, index) => index);
  order.sort((x, y) => {
    const p = pairs[x] as DuplicatePair;
    const q = pairs[y] as DuplicatePair;
    return (
      KIND_ORDER[p.kind] - KIND_ORDER[q.kind] ||
      exactWeight(y) - exactWeight(x) ||
      compareStrings(p.a, q.a) ||
      compareStrings(p.b, q.b) ||
      p.records[0] - q.records[0] ||
      p.records[1] - q.records[1]
    );
  });
  const sorted = order.map((index) => pairs[index] as DuplicatePair);

  const summary = summarise(records, sorted, catalogue);
  return {
    pairs: sorted,
    groups: summary.groups,
    groupDetails: summary.groupDetails,
    matrix: summary.matrix,
    byAgency: summary.byAgency,
    stats: {
      activities: records.length,
      method: resolved.method,
      threshold: { score: round(thresholdScore, 4), weight: round(thresholdWeight, 2) },
      review: { score: round(scoreOfWeight(reviewWeight), 4), weight: round(reviewWeight, 2) },
      compared: found.compared,
      candidates: found.candidates,
      truncatedKeys: found.truncatedKeys,
      exact: resolved.method === "all-pairs" || (plan.bounded && found.truncatedKeys === 0),
    },
  };
}
