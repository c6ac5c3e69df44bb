import {
  ActivitiesSchema,
  type Activity,
  type ActivityInput,
  type Catalogue,
  compareText,
  FindDuplicatesOptionsSchema,
  PlannerInputError,
  pushAll,
  type ResolvedFindDuplicatesOptions,
  readInput,
} from "../model/index.ts";
import { planSearch, searchPairs } from "./_lib/candidates.ts";
import { compareConfig, explainPair, reasonOf, round, sharedLines } from "./_lib/compare.ts";
import { findDeterministic } from "./_lib/deterministic.ts";
import { prepare } from "./_lib/prepare.ts";
import { summarise } from "./_lib/summary.ts";
import { activitiesIssues, readOptions } from "./_lib/validate.ts";
import { scoreOfWeight, weightOfScore } from "./_lib/weights.ts";
import type { DuplicatePair, DuplicationReport, FieldComparison, FindDuplicatesOptions } from "./types.ts";

const DEFAULT_REVIEW_SCORE = 0.2;
const KIND_ORDER = { "same-id": 0, identical: 1, "double-reporting": 2, overlap: 3 } as const;

/** The activities and options read, validated and resolved; throws every input issue at once. */
function validated(
  activities: readonly ActivityInput[],
  options: FindDuplicatesOptions,
): { records: readonly Activity[]; resolved: ResolvedFindDuplicatesOptions; catalogue: Catalogue } {
  // Read once into plain data: a Proxy or a throwing getter is an input error (issue 10).
  const subject = "duplicate search input";
  activities = readInput(activities, subject, ["activities"]);
  options = readInput(options, subject, ["options"]);
  const {
    options: resolved,
    catalogue,
    issues,
  } = readOptions(options, (rest) => FindDuplicatesOptionsSchema.safeParse(rest));
  const parsed = ActivitiesSchema.safeParse(activities);
  pushAll(issues, activitiesIssues(activities, parsed, catalogue, ["activities"]));
  // Without issues, both parsed.
  if (issues.length > 0 || !parsed.success || resolved === undefined)
    throw new PlannerInputError(issues, "duplicates input");
  return { records: parsed.data, resolved, catalogue };
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
  const reviewWeight = Math.min(
    weightOfScore(resolved.reviewThreshold ?? DEFAULT_REVIEW_SCORE),
    thresholdWeight,
  );
  const config = compareConfig(resolved.fields, resolved.withinAgency);

  const deterministic = findDeterministic(records);
  const unitOf = Int32Array.from(records, (_, i) => deterministic.units.find(i));

  const prepared = prepare(records, catalogue);
  const plan = planSearch(config, reviewWeight);
  const found = searchPairs(prepared, config, plan, {
    method: resolved.method,
    maxBlockSize: resolved.maxBlockSize,
    skip: deterministic.skip,
    unitOf,
    reviewWeight,
  });

  const orient = (x: number, y: number): [number, number] => {
    const order = compareText((records[x] as Activity).id, (records[y] as Activity).id) || x - y;
    return order <= 0 ? [x, y] : [y, x];
  };
  /** Records i and j as a pair: the evidence, then what the two are and have in common. */
  const pairOf = (
    i: number,
    j: number,
    evidence: Pick<DuplicatePair, "score" | "reasons" | "kind" | "match" | "weight">,
    fields: FieldComparison[],
  ): DuplicatePair => {
    const a = records[i] as Activity;
    const b = records[j] as Activity;
    return {
      a: a.id,
      b: b.id,
      ...evidence,
      records: [i, j],
      ...(a.source === undefined && b.source === undefined ? {} : { sources: [a.source, b.source] as const }),
      agencies: [a.agency, b.agency],
      actionLines: sharedLines(prepared, i, j),
      fields,
    };
  };
  const pairs: DuplicatePair[] = [];
  /** Each pair's exact weight, for the order (infinite for the deterministic kinds, which have none). */
  const weights: number[] = [];
  for (const pair of deterministic.pairs) {
    const [i, j] = orient(pair.i, pair.j);
    pairs.push(pairOf(i, j, { score: 1, reasons: pair.reasons, kind: pair.kind, match: true }, []));
    weights.push(Number.POSITIVE_INFINITY);
  }
  for (let k = 0; k < found.first.length; k++) {
    const [i, j] = orient(found.first[k] as number, found.second[k] as number);
    const { fields, weight } = explainPair(prepared, config, i, j);
    weights.push(weight);
    const evidence = {
      score: round(scoreOfWeight(weight), 4),
      reasons: fields.map(reasonOf),
      kind: "overlap",
      match: weight >= thresholdWeight,
      weight: round(weight, 2),
    } as const;
    pairs.push(pairOf(i, j, evidence, fields));
  }
  const order = pairs.map((_, index) => index);
  order.sort((x, y) => {
    const p = pairs[x] as DuplicatePair;
    const q = pairs[y] as DuplicatePair;
    return (
      KIND_ORDER[p.kind] - KIND_ORDER[q.kind] ||
      (weights[y] as number) - (weights[x] as number) ||
      compareText(p.a, q.a) ||
      compareText(p.b, q.b) ||
      p.records[0] - q.records[0] ||
      p.records[1] - q.records[1]
    );
  });
  const sorted = order.map((index) => pairs[index] as DuplicatePair);

  /** A threshold as the stats show it: its score and its weight. */
  const shownThreshold = (weight: number) => ({
    score: round(scoreOfWeight(weight), 4),
    weight: round(weight, 2),
  });
  return {
    pairs: sorted,
    // The groups with their details, the matrix and the per-agency rows.
    ...summarise(records, sorted, catalogue),
    stats: {
      activities: records.length,
      method: resolved.method,
      threshold: shownThreshold(thresholdWeight),
      review: shownThreshold(reviewWeight),
      compared: found.compared,
      candidates: found.candidates,
      truncatedKeys: found.truncatedKeys,
      exact: resolved.method === "all-pairs" || (plan.bounded && found.truncatedKeys === 0),
    },
  };
}
