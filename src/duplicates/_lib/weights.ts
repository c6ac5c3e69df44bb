// The Fellegi–Sunter model behind `findDuplicates`. Each compared field adds its agreement weight
// log2(m/u) — how much more often two records of one activity agree this way (m) than two records of
// different activities in the same block do (u) — and the total weight W gives the score
// 1 / (1 + 2^(W0 − W)): W0 is the weight at even odds. The values are set, not estimated by EM, and
// checked against the labelled sets of test/duplicates/generator.ts (precision and recall ≥ 0.95).
// Inside a block the pair already shares an action line, overlaps in time and in place, so agreeing on
// those says little (u is high) and their weights are small; wording carries most of the evidence.

import * as WEIGHTS from "./fieldWeights.ts";

/** A piecewise-linear weight curve over a similarity in [0, 1], as (similarity, weight) points. */
export type Curve = readonly (readonly [number, number])[];

/** Title: IDF-weighted Jaccard similarity of the two titles' words. */
export const TITLE_CURVE: Curve = [
  [0, -8],
  [0.2, -4],
  [0.35, 0],
  [0.5, 3],
  [0.7, 6],
  [1, 8],
];

/** Description: the same similarity over the descriptions' words; a missing description weighs 0. */
export const DESCRIPTION_CURVE: Curve = [
  [0, -1.5],
  [0.2, -0.75],
  [0.35, 0],
  [0.5, 1.5],
  [0.7, 3],
  [1, 4],
];

/** Period: Jaccard overlap of the two periods in days (identical dates get `SAME_DATES`). */
export const PERIOD_CURVE: Curve = [
  [0, -1],
  [0.5, 0.25],
  [1, 1],
];

/** The most the fields other than title and description can add, per field. */
export const MAX_OTHER = {
  actionLines: WEIGHTS.sameLines,
  period: WEIGHTS.sameDates,
  geography: WEIGHTS.sameCountries,
  partners: WEIGHTS.namesOtherAgency,
} as const;

/** Match weight at which the score is 0.5. */
export const EVEN_ODDS_WEIGHT = 5;

/** Weight of `similarity` on `curve` (linear between points, flat beyond the ends). */
export function curveWeight(curve: Curve, similarity: number): number {
  let previous = curve[0] as readonly [number, number];
  if (similarity <= previous[0]) return previous[1];
  for (let k = 1; k < curve.length; k++) {
    const point = curve[k] as readonly [number, number];
    if (similarity <= point[0]) {
      return previous[1] + ((similarity - previous[0]) / (point[0] - previous[0])) * (point[1] - previous[1]);
    }
    previous = point;
  }
  return previous[1];
}

/**
 * The similarity at which `curve` reaches `weight` (the curves rise strictly); 0 below the curve's
 * start, and more than 1 when the curve never reaches it.
 */
export function similarityAt(curve: Curve, weight: number): number {
  let previous = curve[0] as readonly [number, number];
  if (weight <= previous[1]) return 0;
  for (let k = 1; k < curve.length; k++) {
    const point = curve[k] as readonly [number, number];
    if (weight <= point[1]) {
      return previous[0] + ((weight - previous[1]) / (point[1] - previous[1])) * (point[0] - previous[0]);
    }
    previous = point;
  }
  return Number.POSITIVE_INFINITY;
}

/** Score in [0, 1] of a match weight. */
export function scoreOfWeight(weight: number): number {
  return 1 / (1 + 2 ** (EVEN_ODDS_WEIGHT - weight));
}

/** Match weight of a score in (0, 1). */
export function weightOfScore(score: number): number {
  return EVEN_ODDS_WEIGHT + Math.log2(score / (1 - score));
}
