// Comparing two prepared records, field by field. `pairWeight` is the hot path (no allocation);
// `explainPair` recomputes the same weights with the same helpers and words them, for reported pairs only.

import { type Activity, type DuplicateField, DuplicateFieldSchema } from "../../model/index.ts";
import type { FieldComparison } from "../types.ts";
import { type Csr, listOf, sharedValues, sizeIn } from "./collections.ts";
import { isoOfDay } from "./dates.ts";
import * as WEIGHTS from "./fieldWeights.ts";
import { fieldLabel } from "./labels.ts";
import { GLOBAL, type Prepared, UNKNOWN_PLACE, type WordTable } from "./prepare.ts";
import { curveWeight, DESCRIPTION_CURVE, PERIOD_CURVE, TITLE_CURVE } from "./weights.ts";

/** Which fields take part, and whether pairs from one agency are compared. */
export interface CompareConfig {
  readonly title: boolean;
  readonly description: boolean;
  readonly actionLines: boolean;
  readonly period: boolean;
  readonly geography: boolean;
  readonly partners: boolean;
  readonly withinAgency: boolean;
}

/** The weight of a pair that a blocking field rules out (no shared line, time or place). */
export const EXCLUDED = Number.NEGATIVE_INFINITY;

export function compareConfig(fields: readonly DuplicateField[], withinAgency: boolean): CompareConfig {
  const config: Record<string, boolean> = { withinAgency };
  for (const field of DuplicateFieldSchema.options) config[field] = fields.includes(field);
  return config as Record<DuplicateField | "withinAgency", boolean>;
}

/** IDF-weighted Jaccard similarity of two records' words in one field (0 when either has none). */
export function wordSimilarity(p: Prepared, table: WordTable, i: number, j: number): number {
  const { offsets, ranks } = table;
  const weights = p.rankWeight;
  let x = offsets[i] as number;
  const xEnd = offsets[i + 1] as number;
  let y = offsets[j] as number;
  const yEnd = offsets[j + 1] as number;
  if (x === xEnd || y === yEnd) return 0;
  let shared = 0;
  while (x < xEnd && y < yEnd) {
    const a = ranks[x] as number;
    const b = ranks[y] as number;
    if (a === b) {
      shared += weights[a] as number;
      x++;
      y++;
    } else if (a < b) x++;
    else y++;
  }
  const union = (table.total[i] as number) + (table.total[j] as number) - shared;
  return union > 0 ? shared / union : 0;
}

/** Action-line weight, or EXCLUDED when no line of one is a line, parent or child of a line of the other. */
export function linesWeight(p: Prepared, i: number, j: number): number {
  const { offsets, values } = p.lines;
  const aFrom = offsets[i] as number;
  const aTo = offsets[i + 1] as number;
  const bFrom = offsets[j] as number;
  const bTo = offsets[j + 1] as number;
  // A record with no action line (imported unmapped) is compared on everything else.
  if (aFrom === aTo || bFrom === bTo) return WEIGHTS.lineUnknown;
  const L = p.lineIds.length;
  let exact = 0;
  let related = false;
  for (let x = aFrom; x < aTo; x++) {
    const a = values[x] as number;
    for (let y = bFrom; y < bTo; y++) {
      const b = values[y] as number;
      if (a === b) exact++;
      else if (p.related[a * L + b] !== 0) related = true;
    }
  }
  if (exact === 0) return related ? WEIGHTS.hierarchyOnly : EXCLUDED;
  const sizeA = aTo - aFrom;
  const sizeB = bTo - bFrom;
  if (exact === sizeA && exact === sizeB) return WEIGHTS.sameLines;
  return WEIGHTS.sharedLines + (WEIGHTS.sharedLinesPerJaccard * exact) / (sizeA + sizeB - exact);
}

/** Share of the two periods that overlaps (days in both / days in either), or −1 when apart. */
export function periodOverlap(p: Prepared, i: number, j: number): number {
  const from = Math.max(p.start[i] as number, p.start[j] as number);
  const to = Math.min(p.end[i] as number, p.end[j] as number);
  if (to < from) return -1;
  const span =
    Math.max(p.end[i] as number, p.end[j] as number) - Math.min(p.start[i] as number, p.start[j] as number);
  return (to - from + 1) / (span + 1);
}

export function periodWeight(p: Prepared, i: number, j: number): number {
  const overlap = periodOverlap(p, i, j);
  if (overlap < 0) return EXCLUDED;
  if (p.start[i] === p.start[j] && p.end[i] === p.end[j]) return WEIGHTS.sameDates;
  return curveWeight(PERIOD_CURVE, overlap);
}

/** How many values the sorted lists of records i (in `x`) and j (in `y`) share. */
function sharedIn(x: Csr, i: number, y: Csr, j: number): number {
  let p = x.offsets[i] as number;
  const pEnd = x.offsets[i + 1] as number;
  let q = y.offsets[j] as number;
  const qEnd = y.offsets[j + 1] as number;
  let shared = 0;
  while (p < pEnd && q < qEnd) {
    const a = x.values[p] as number;
    const b = y.values[q] as number;
    if (a === b) {
      shared++;
      p++;
      q++;
    } else if (a < b) p++;
    else q++;
  }
  return shared;
}

/** Geography weight, or EXCLUDED when both name places and share none. */
export function geographyWeight(p: Prepared, i: number, j: number): number {
  const { geoKind, countries, regions } = p;
  const a = geoKind[i] as number;
  const b = geoKind[j] as number;
  if (a === UNKNOWN_PLACE || b === UNKNOWN_PLACE) return 0;
  if (a === GLOBAL && b === GLOBAL) return WEIGHTS.bothGlobal;
  if (a === GLOBAL || b === GLOBAL) return WEIGHTS.globalAndCountries;
  const countriesA = sizeIn(countries, i);
  const countriesB = sizeIn(countries, j);
  if (countriesA > 0 && countriesB > 0) {
    const shared = sharedIn(countries, i, countries, j);
    if (shared > 0) {
      if (shared === countriesA && shared === countriesB) return WEIGHTS.sameCountries;
      return (
        WEIGHTS.sharedCountries +
        (WEIGHTS.sharedCountriesPerJaccard * shared) / (countriesA + countriesB - shared)
      );
    }
    return sharedIn(regions, i, regions, j) > 0 ? WEIGHTS.sharedRegion : EXCLUDED;
  }
  if (sizeIn(regions, i) > 0 && sizeIn(regions, j) > 0) {
    if (sharedIn(regions, i, regions, j) > 0) return WEIGHTS.sharedRegion;
    return countriesA === 0 && countriesB === 0 ? EXCLUDED : 0;
  }
  return 0;
}

export function partnersWeight(p: Prepared, i: number, j: number): number {
  const { partners, selfKeys } = p;
  if (sharedIn(partners, i, selfKeys, j) > 0 || sharedIn(partners, j, selfKeys, i) > 0)
    return WEIGHTS.namesOtherAgency;
  if (sizeIn(partners, i) === 0 || sizeIn(partners, j) === 0) return 0;
  return sharedIn(partners, i, partners, j) > 0 ? WEIGHTS.sharedPartner : WEIGHTS.differentPartners;
}

/**
 * Weight of the fields other than title and description, or EXCLUDED when one rules the pair out (an
 * EXCLUDED field makes the sum EXCLUDED, and the fields after it are not weighed).
 */
export function otherWeight(p: Prepared, config: CompareConfig, i: number, j: number): number {
  let weight = config.actionLines ? linesWeight(p, i, j) : 0;
  if (config.period && weight !== EXCLUDED) weight += periodWeight(p, i, j);
  if (config.geography && weight !== EXCLUDED) weight += geographyWeight(p, i, j);
  if (config.partners && weight !== EXCLUDED) weight += partnersWeight(p, i, j);
  return weight;
}

/**
 * Title weight of a pair. A title an agency gives `k` ≥ 3 of its own records (a register's
 * "Scholarships" or "Volunteer posts", one record per scholar or post) says only that the pair is among
 * those records, not that it is one activity: the agreement weighs 1/(k − 1) of an agreement on a title
 * the agency uses once or twice (a term-frequency adjustment, as Splink's for common values), and the
 * descriptions and other fields decide. Several agencies giving one activity the same title is not
 * discounted: that is what double reporting looks like. Never more than `curveWeight(TITLE_CURVE, …)`,
 * which the search's bounds use.
 */
export function titleWeight(p: Prepared, i: number, j: number, similarity: number): number {
  const weight = curveWeight(TITLE_CURVE, similarity);
  const share = titleShareOf(p, i, j);
  if (weight <= 0 || share < 3) return weight;
  return weight / (share - 1);
}

/** How many records of one agency have the pair's (identical) title, the larger of the two; 0 if it differs. */
function titleShareOf(p: Prepared, i: number, j: number): number {
  if (p.titleGroup[i] !== p.titleGroup[j] || p.titleGroup[i] === -1) return 0;
  return Math.max(p.titleShare[i] as number, p.titleShare[j] as number);
}

/** Total match weight of a pair, or EXCLUDED when a blocking field rules it out. */
export function pairWeight(p: Prepared, config: CompareConfig, i: number, j: number): number {
  let weight = otherWeight(p, config, i, j);
  if (weight === EXCLUDED) return EXCLUDED;
  if (config.title) weight += titleWeight(p, i, j, wordSimilarity(p, p.title, i, j));
  if (config.description && sizeIn(p.description, i) > 0 && sizeIn(p.description, j) > 0)
    weight += curveWeight(DESCRIPTION_CURVE, wordSimilarity(p, p.description, i, j));
  return weight;
}

/** Action lines both records fall under: shared ids, and the more specific line where one refines the other. */
export function sharedLines(p: Prepared, i: number, j: number): string[] {
  const L = p.lineIds.length;
  const out = new Set<number>();
  const linesB = listOf(p.lines, j);
  for (const x of listOf(p.lines, i)) {
    for (const y of linesB) {
      // 1: x is y or contains it, so y is the more specific; 2: x refines y.
      const relation = p.related[x * L + y];
      if (relation === 1) out.add(y);
      else if (relation === 2) out.add(x);
    }
  }
  return [...out].sort((x, y) => x - y).map((index) => p.lineIds[index] as string);
}

const round = (value: number, digits: number): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};
const percent = (value: number): string => `${Math.round(value * 100)}%`;
const list = (items: readonly string[]): string => items.join(", ");

function wordingNote(similarity: number, words: readonly string[]): string {
  const degree =
    similarity >= 0.7
      ? "nearly the same wording"
      : similarity >= 0.5
        ? "much the same wording"
        : similarity >= 0.35
          ? "some wording in common"
          : similarity > 0
            ? "little wording in common"
            : "no words in common";
  const shared = words.length > 0 ? `; shared words: ${list(words)}` : "";
  return `${degree} (${percent(similarity)} of the weighted words shared${shared})`;
}

function countryList(p: Prepared, ids: readonly number[]): string {
  return list(ids.map((id) => p.countryCodes[id] as string));
}

/** Field comparisons are shown in the schema's order of the fields. */
const FIELD_ORDER: readonly DuplicateField[] = DuplicateFieldSchema.options;

/**
 * The per-field breakdown of a pair's weight, in plain words and in the schema's order of the fields, its
 * weights and similarities rounded as reports show them; and the pair's exact total weight (the fields'
 * weights added up unrounded, lines, period, geography, title, description, partners).
 */
export function explainPair(
  p: Prepared,
  config: CompareConfig,
  i: number,
  j: number,
): { fields: FieldComparison[]; weight: number } {
  const fields: FieldComparison[] = [];
  let total = 0;
  const add = (field: DuplicateField, weight: number, note: string, similarity?: number): void => {
    total += weight;
    fields.push({
      field,
      weight: round(weight, 2),
      ...(similarity === undefined ? {} : { similarity: round(similarity, 3) }),
      note,
    });
  };
  const A = p.activities[i] as Activity;
  const B = p.activities[j] as Activity;
  /** The records of the pair a note is about, as notes name them: `"a1" (ITU) and "b2" (UNDP)`. */
  const named = (first: boolean, second: boolean): string =>
    [A, B]
      .filter((_, k) => (k === 0 ? first : second))
      .map((record) => `"${record.id}" (${record.agency})`)
      .join(" and ");
  /** "not compared: "a1" (ITU) has no description": the records lacking `what`, the verb agreeing with them. */
  const notCompared = (first: boolean, second: boolean, verbs: readonly [string, string], what: string) => {
    const missing = named(first, second);
    return `not compared: ${missing} ${verbs[missing.includes(" and ") ? 1 : 0]} ${what}`;
  };
  /** A field's wording note, naming up to four words both records use, rarest first. */
  const wording = (table: WordTable, similarity: number): string =>
    wordingNote(
      similarity,
      sharedValues({ offsets: table.offsets, values: table.ranks }, i, j)
        .slice(0, 4)
        .map((rank) => p.rankWord[rank] as string),
    );
  if (config.actionLines) {
    const weight = linesWeight(p, i, j);
    const shared = sharedLines(p, i, j);
    const none = [A, B].filter((record) => record.actionLines.length === 0);
    const note =
      none.length > 0
        ? `not compared: ${named(none.includes(A), none.includes(B))} ${none.length > 1 ? "have" : "has"} no action line (${none.map(unmappedWhy).join("; ")})`
        : weight === WEIGHTS.sameLines
          ? `same action lines (${list(A.actionLines)})`
          : weight === WEIGHTS.hierarchyOnly
            ? `related through the hierarchy only: ${list(A.actionLines)} and ${list(B.actionLines)} meet in ${list(shared)}`
            : `share ${list(shared)} of ${list(A.actionLines)} and ${list(B.actionLines)}`;
    add("actionLines", weight, note);
  }
  if (config.period) {
    const overlap = periodOverlap(p, i, j);
    const weight = periodWeight(p, i, j);
    const from = isoOfDay(Math.max(p.start[i] as number, p.start[j] as number));
    const to = isoOfDay(Math.min(p.end[i] as number, p.end[j] as number));
    const note =
      weight === WEIGHTS.sameDates
        ? `same dates (${A.start} to ${A.end})`
        : `periods overlap from ${from} to ${to}, ${percent(overlap)} of their combined span (${A.start}–${A.end} and ${B.start}–${B.end})`;
    add("period", weight, note, overlap);
  }
  if (config.geography) {
    const weight = geographyWeight(p, i, j);
    const unknownA = p.geoKind[i] === UNKNOWN_PLACE;
    const unknownB = p.geoKind[j] === UNKNOWN_PLACE;
    const globalA = p.geoKind[i] === GLOBAL;
    const globalB = p.geoKind[j] === GLOBAL;
    const countriesA = listOf(p.countries, i);
    const countriesB = listOf(p.countries, j);
    let note: string;
    if (unknownA || unknownB)
      note = notCompared(unknownA, unknownB, ["names", "name"], "no country or region");
    else if (globalA && globalB) note = "both are global";
    else if (globalA || globalB) {
      const other = globalA ? countriesB : countriesA;
      note = `${named(globalA, globalB)} is global, so it covers ${other.length > 0 ? countryList(p, other) : "the other's regions"}`;
    } else {
      const shared = sharedValues(p.countries, i, j);
      if (shared.length > 0 && shared.length === countriesA.length && shared.length === countriesB.length)
        note = `same countries (${countryList(p, countriesA)})`;
      else if (shared.length > 0)
        note = `share ${countryList(p, shared)} of ${countryList(p, countriesA)} and ${countryList(p, countriesB)}`;
      else if (weight === 0) note = "cannot tell: one names countries, the other only regions";
      else {
        const regions = sharedValues(p.regions, i, j).map((id) => p.regionKeys[id] as string);
        note = `share region ${list(regions)} (vocabulary:code)`;
      }
    }
    add("geography", weight, note);
  }
  if (config.title) {
    const similarity = wordSimilarity(p, p.title, i, j);
    const weight = titleWeight(p, i, j, similarity);
    const share = titleShareOf(p, i, j);
    const agency = (p.titleShare[i] as number) >= (p.titleShare[j] as number) ? A.agency : B.agency;
    const common =
      weight < curveWeight(TITLE_CURVE, similarity)
        ? `; ${agency} gives ${share} of its records this title, so it weighs 1/${share - 1}`
        : "";
    add("title", weight, `${wording(p.title, similarity)}${common}`, similarity);
  }
  if (config.description) {
    const hasA = sizeIn(p.description, i) > 0;
    const hasB = sizeIn(p.description, j) > 0;
    if (hasA && hasB) {
      const similarity = wordSimilarity(p, p.description, i, j);
      add(
        "description",
        curveWeight(DESCRIPTION_CURVE, similarity),
        wording(p.description, similarity),
        similarity,
      );
    } else add("description", 0, notCompared(!hasA, !hasB, ["has", "have"], "no description"));
  }
  if (config.partners) {
    const weight = partnersWeight(p, i, j);
    let note: string;
    if (weight === WEIGHTS.namesOtherAgency) {
      const aNamesB = sharedIn(p.partners, i, p.selfKeys, j) > 0;
      const [namer, named] = aNamesB ? [A, B] : [B, A];
      const role = (namer.participants ?? []).find(
        (participant) =>
          participant.ref === named.agency ||
          participant.name === named.agency ||
          participant.name === named.agencyName,
      )?.role;
      note = `${namer.agency}'s record names ${named.agency} among its participants${role === undefined ? "" : ` (${role})`}`;
    } else if (weight === WEIGHTS.sharedPartner) {
      const shared = sharedValues(p.partners, i, j).map((id) =>
        (p.partnerKeys[id] as string).replace(/^(ref|name):/u, ""),
      );
      note = `both name ${list(shared)} among their participants`;
    } else if (weight === WEIGHTS.differentPartners) note = "both name participants, none in common";
    else note = "not compared: at least one names no participants";
    add("partners", weight, note);
  }
  fields.sort((x, y) => FIELD_ORDER.indexOf(x.field) - FIELD_ORDER.indexOf(y.field));
  return { fields, weight: total };
}

/** Why a record has no action line: its sectors, when the importer kept them. */
function unmappedWhy(activity: Activity): string {
  const sectors = activity.sectors ?? [];
  return sectors.length === 0
    ? `"${activity.id}" names none`
    : `sectors ${sectors.map((sector) => sector.code).join(", ")} map to none`;
}

/** "title: +6.2 — nearly the same wording (…)": one reason line per field comparison. */
export function reasonOf(comparison: FieldComparison): string {
  const weight = round(comparison.weight, 1);
  const signed = weight === 0 ? "0" : `${weight > 0 ? "+" : "−"}${Math.abs(weight).toFixed(1)}`;
  return `${fieldLabel(comparison.field)}: ${signed} — ${comparison.note}`;
}

export { round };
