// The deterministic pass: records that repeat an identifier, records identical but for their ids, and
// cross-references (one activity reported by two agencies: a funder's and an implementer's record).
// Each is reported, never dropped. Repeats link to the first occurrence (a star, not every pair), so a
// list with one id 100,000 times yields 99,999 pairs, not 5 billion.

import { type Activity, ActivitySchema, appendTo, compareText } from "../../model/index.ts";
import { FNV_OFFSET, fnvStep } from "./hash.ts";
import { fieldLabel } from "./labels.ts";
import { canonicalText } from "./text.ts";
import { type UnionFind, unionFind } from "./unionFind.ts";

export interface DeterministicPair {
  readonly i: number;
  readonly j: number;
  readonly kind: "same-id" | "identical" | "double-reporting";
  readonly reasons: readonly string[];
}

export interface DeterministicResult {
  readonly pairs: DeterministicPair[];
  /** Later copies of an identical record: left out of the probabilistic search (the first copy stands for them). */
  readonly skip: Uint8Array;
  /** Records linked here share a set. */
  readonly units: UnionFind;
}

/** Each item's key, sorted (none when the list is absent). */
const sortedKeys = <T>(items: readonly T[] | undefined, keyOf: (item: T) => string): string[] =>
  (items ?? []).map(keyOf).sort();
const itself = (text: string): string => text;
const json = (value: unknown): string => JSON.stringify(value);

/**
 * Everything but the id, normalised, as one string: equal keys mean identical records. JSON writes a
 * missing value in a list as `null`, so every value keeps its place.
 */
function contentKey(activity: Activity): string {
  const lines = activity.actionLines.map((line, k) => [line, activity.actionLineShares?.[k]] as const);
  lines.sort((x, y) => compareText(x[0], y[0]));
  return json([
    activity.agency,
    activity.agencyName,
    canonicalText(activity.title),
    canonicalText(activity.description),
    lines,
    activity.start,
    activity.end,
    activity.actualStart,
    activity.actualEnd,
    activity.status,
    sortedKeys(activity.countries, itself),
    sortedKeys(activity.regions, (region) => `${region.vocabulary}:${region.code}`),
    sortedKeys(activity.participants, (participant) =>
      json([participant.ref, participant.name, participant.role, participant.activityId]),
    ),
    sortedKeys(activity.budgets, json),
    sortedKeys(activity.sectors, json),
    sortedKeys(activity.crossReferences, itself),
  ]);
}

/**
 * The fields "they differ in …" compares, in the schema's order (the order it lists them): all but the id,
 * the agency's name and what the importers note about a record.
 */
const COMPARED_FIELDS = (Object.keys(ActivitySchema.shape) as (keyof Activity)[]).filter(
  (key) => !["id", "agencyName", "unmapped", "source"].includes(key),
);

function differingFields(a: Activity, b: Activity): string[] {
  return COMPARED_FIELDS.filter((key) => json(a[key]) !== json(b[key])).map(fieldLabel);
}

/** Ids other agencies' records carry for this same activity: cross-references and participants' activity ids. */
function referencesOf(activity: Activity): Map<string, string> {
  const out = new Map<string, string>();
  for (const ref of activity.crossReferences ?? []) if (ref !== activity.id) out.set(ref, "cross-reference");
  for (const participant of activity.participants ?? []) {
    const ref = participant.activityId;
    if (ref === undefined || ref === activity.id || out.has(ref)) continue;
    const who = participant.ref ?? participant.name ?? "a participant";
    out.set(ref, `${participant.role} organisation ${who}'s activity id`);
  }
  return out;
}

const ASCII_TEXT = /^[\u0020-\u007e\t\n\r\v\f]*$/u;

function mixText(hash: number, text: string): number {
  let h = hash;
  for (let k = 0; k < text.length; k++) h = fnvStep(h, text.charCodeAt(k));
  return fnvStep(h, 0);
}

/** What a cross-referenced pair is, in every such pair's reasons. */
const DOUBLE_REPORTING = "double reporting: one activity reported twice, not two activities overlapping";

/**
 * A 30-bit hash of agency, dates and `canonicalText(title)` (lower case, runs of white space as one
 * space, trimmed): equal for records that may be identical. ASCII titles are folded as they are hashed.
 */
function cheapKey(activity: Activity): number {
  let hash = mixText(mixText(mixText(FNV_OFFSET, activity.agency), activity.start), activity.end);
  const title = activity.title;
  if (!ASCII_TEXT.test(title)) return mixText(hash, canonicalText(title)) & 0x3fffffff;
  let space = false;
  let started = false;
  for (let k = 0; k < title.length; k++) {
    let code = title.charCodeAt(k);
    if (code === 32 || (code >= 9 && code <= 13)) {
      space = started;
      continue;
    }
    if (space) hash = fnvStep(hash, 32);
    space = false;
    started = true;
    if (code >= 65 && code <= 90) code += 32;
    hash = fnvStep(hash, code);
  }
  return fnvStep(hash, 0) & 0x3fffffff;
}

/** Files record `index` under `key`: one index as it is, more as a list (most keys have one record: no array). */
function addIndex<K>(map: Map<K, number | number[]>, key: K, index: number): void {
  const same = map.get(key);
  if (same === undefined) map.set(key, index);
  else if (typeof same === "number") map.set(key, [same, index]);
  else same.push(index);
}

export function findDeterministic(activities: readonly Activity[]): DeterministicResult {
  const n = activities.length;
  const pairs: DeterministicPair[] = [];
  const skip = new Uint8Array(n);
  const units = unionFind(n);
  const linked = new Set<string>();
  const add = (x: number, y: number, kind: DeterministicPair["kind"], reasons: string[]): void => {
    const i = Math.min(x, y);
    const j = Math.max(x, y);
    const key = `${i},${j}`;
    if (linked.has(key)) return;
    linked.add(key);
    pairs.push({ i, j, kind, reasons });
    units.union(i, j);
  };

  /** Calls `link` for the first of `records` and each later one (a star, not every pair), with both records. */
  const forEachLater = (
    records: readonly number[],
    link: (first: number, later: number, a: Activity, b: Activity) => void,
  ): void => {
    const first = records[0] as number;
    for (const k of records.slice(1))
      link(first, k, activities[first] as Activity, activities[k] as Activity);
  };

  // A record index, or the indexes of records sharing the key (most keys have one record: no array).
  const byId = new Map<string, number | number[]>();
  // Identical records share a cheap key (a hash of agency, dates and canonical title) first; only records
  // that share one get the full content key, so a list of distinct records never serialises every field
  // of every record. A hash that two different records happen to share costs two content keys, no more.
  const byCheap = new Map<number, number | number[]>();
  activities.forEach((activity, index) => {
    addIndex(byId, activity.id, index);
    addIndex(byCheap, cheapKey(activity), index);
  });
  const keys: (string | undefined)[] = new Array(n);
  const byContent = new Map<string, number[]>();
  for (const same of byCheap.values()) {
    if (typeof same === "number") continue;
    for (const index of same) {
      const key = contentKey(activities[index] as Activity);
      keys[index] = key;
      appendTo(byContent, key, index);
    }
  }

  for (const [id, records] of byId) {
    if (typeof records === "number") continue;
    forEachLater(records, (first, k, a, b) => {
      const identical = keys[first] !== undefined && keys[first] === keys[k];
      if (identical) skip[k] = 1;
      add(first, k, "same-id", [
        `id: the id "${id}" appears again (records ${first} and ${k})`,
        identical
          ? "content: the two records are identical (the same record listed twice)"
          : `content: they differ in ${differingFields(a, b).join(", ")}`,
      ]);
    });
  }
  for (const records of byContent.values()) {
    forEachLater(records, (first, k, a, b) => {
      skip[k] = 1;
      if (a.id === b.id) return;
      add(first, k, "identical", [
        `content: every field but the id is the same ("${a.id}" and "${b.id}", reported by ${a.agency})`,
      ]);
    });
  }

  const holders = new Map<string, number[]>();
  activities.forEach((activity, index) => {
    if (
      activity.crossReferences === undefined &&
      !activity.participants?.some((p) => p.activityId !== undefined)
    )
      return;
    for (const [ref, source] of referencesOf(activity)) {
      const targets = byId.get(ref);
      if (targets === undefined) {
        // Only explicit cross-references say "this is that same activity" about an id outside the list; a
        // participant's activity id may be a whole programme of theirs that funds many activities.
        if (source === "cross-reference") appendTo(holders, ref, index);
        continue;
      }
      for (const target of typeof targets === "number" ? [targets] : targets) {
        if (target === index) continue;
        const other = activities[target] as Activity;
        add(index, target, "double-reporting", [
          `cross-reference: ${activity.agency}'s record "${activity.id}" gives "${ref}" (${source}), which is ${other.agency}'s record of the same activity`,
          DOUBLE_REPORTING,
        ]);
      }
    }
  });
  for (const [ref, records] of holders) {
    forEachLater(records, (first, k, a, b) => {
      add(first, k, "double-reporting", [
        `cross-reference: ${a.agency}'s record "${a.id}" and ${b.agency}'s record "${b.id}" both give "${ref}" as an identifier of the same activity`,
        DOUBLE_REPORTING,
      ]);
    });
  }
  return { pairs, skip, units };
}
