// Features of every activity, computed once so comparing a pair allocates nothing: day numbers, action
// lines as small integers with the hierarchy as a relation matrix, words as ranks in one global order
// (rarest first), IDF weights, countries, regions and partners as integer ids, every list laid out end to
// end (CSR).

import type { Activity, Catalogue } from "../../model/index.ts";
import { addTo, type Csr, csrBuilder, grown, sortedDistinctText } from "./collections.ts";
import { endDay, startDay } from "./dates.ts";
import { FNV_OFFSET, fnvStep } from "./hash.ts";
import { canonicalText, isStopWord, stemWord, surfaceValues } from "./text.ts";

/** Words of one field for every record: `ranks[offsets[i]…offsets[i+1])`, ascending, and their weight. */
export interface WordTable {
  readonly offsets: Int32Array;
  readonly ranks: Int32Array;
  /** Sum of the words' IDF weights per record. */
  readonly total: Float64Array;
}

/** `Prepared.geoKind` of a record: no country or region known, "global", or countries and regions named. */
export const UNKNOWN_PLACE = 0;
export const GLOBAL = 1;
export const PLACES = 2;

export interface Prepared {
  readonly n: number;
  readonly activities: readonly Activity[];
  /** Each record's index into the sorted distinct reporting agencies. */
  readonly agencyOf: Int32Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** Catalogue action-line ids, in catalogue order; `lines` holds each record's indexes into them, ascending. */
  readonly lineIds: readonly string[];
  readonly lines: Csr;
  /** `related[a * L + b]`: 1 when line a is b or an ancestor of b, 2 when a descends from b, else 0. */
  readonly related: Uint8Array;
  /** Lines a record looks in: its own lines, their ancestors and their descendants. */
  readonly lineProbes: readonly (readonly number[])[];
  readonly title: WordTable;
  /**
   * Records whose title has exactly the same words, as a group id per record (−1 for no words), and how
   * many records of the record's own agency have that title: a title an agency gives many of its records
   * ("Scholarships", one record per scholar) tells less about any pair of them.
   */
  readonly titleGroup: Int32Array;
  readonly titleShare: Int32Array;
  readonly description: WordTable;
  /** IDF weight and a surface form of each word rank. */
  readonly rankWeight: Float64Array;
  readonly rankWord: readonly string[];
  /** UNKNOWN_PLACE, GLOBAL or PLACES; only PLACES records have countries and regions (ids, ascending). */
  readonly geoKind: Uint8Array;
  readonly countries: Csr;
  readonly regions: Csr;
  readonly countryCodes: readonly string[];
  readonly regionKeys: readonly string[];
  /** Partner keys each record names (participants other than itself), ascending ids into `partnerKeys`. */
  readonly partners: Csr;
  /** Which partner keys stand for each record's own agency (its id and its name). */
  readonly selfKeys: Csr;
  readonly partnerKeys: readonly string[];
}

/** Keys for an organisation named as a participant: by its ref, or by its folded name. */
const refKey = (ref: string): string => `ref:${ref.toLowerCase()}`;
const nameKey = (name: string): string => `name:${canonicalText(name)}`;

/** Numbers in ascending order (a sort's default order is by their text). */
const ascending = (x: number, y: number): number => x - y;

/** A list's distinct values in ascending order (one value or none, the common case, as it is). */
function sortedDistinct(list: number[]): number[] {
  return list.length < 2 ? list : [...new Set(list)].sort(ascending);
}

function interned(map: Map<string, number>, list: string[], key: string): number {
  let id = map.get(key);
  if (id === undefined) {
    id = list.length;
    map.set(key, id);
    list.push(key);
  }
  return id;
}

/** Builds every record's features for comparison. */
export function prepare(activities: readonly Activity[], catalogue: Catalogue): Prepared {
  const n = activities.length;

  const agencies = sortedDistinctText(activities.map((activity) => activity.agency));
  const agencyIndex = new Map(agencies.map((agency, index) => [agency, index]));
  const agencyOf = new Int32Array(n);
  const start = new Float64Array(n);
  const end = new Float64Array(n);

  const lineIds = catalogue.actionLines.map((line) => line.id);
  const lineIndex = new Map(lineIds.map((id, index) => [id, index]));
  const L = lineIds.length;
  const related = new Uint8Array(L * L);
  catalogue.actionLines.forEach((line, b) => {
    // Walk up from b: every ancestor a (and b itself) is related as "a contains b".
    const seen = new Set<number>();
    for (let up: string | undefined = line.id; up !== undefined; ) {
      const a = lineIndex.get(up);
      if (a === undefined || seen.has(a)) break;
      seen.add(a);
      related[a * L + b] = 1;
      if (a !== b) related[b * L + a] = 2;
      up = catalogue.actionLines[a]?.parent;
    }
  });
  const relatives: number[][] = lineIds.map((_, a) => {
    const out: number[] = [];
    for (let b = 0; b < L; b++) if (related[a * L + b] !== 0) out.push(b);
    return out;
  });

  const lines = csrBuilder(n);
  const lineProbes: (readonly number[])[] = [];
  const geoKind = new Uint8Array(n);
  const countries = csrBuilder(n);
  const regions = csrBuilder(n);
  const partners = csrBuilder(n);
  const selfKeys = csrBuilder(n);

  // Words: intern stems, count document frequency over title and description together.
  const stemIds = new Map<string, number>();
  const stems: string[] = [];
  const surfaces: string[] = [];
  const df: number[] = [];
  const countryIds = new Map<string, number>();
  const countryCodes: string[] = [];
  const regionIds = new Map<string, number>();
  const regionKeys: string[] = [];
  const partnerIds = new Map<string, number>();
  const partnerKeys: string[] = [];
  const selfCache = new Map<string, number[]>();
  // Partner ids of the refs and names participants give, each spelling folded and interned once.
  const refIds = new Map<string, number>();
  const nameIds = new Map<string, number>();
  const partnerIdOf = (ids: Map<string, number>, value: string, keyOf: (value: string) => string): number => {
    let id = ids.get(value);
    if (id === undefined) {
      id = interned(partnerIds, partnerKeys, keyOf(value));
      ids.set(value, id);
    }
    return id;
  };
  /** Adds a partner a record names, unless it is the record's own agency or named already. */
  const addPartner = (named: number[], self: readonly number[], id: number): void => {
    if (!self.includes(id) && !named.includes(id)) named.push(id);
  };

  // Word ids of a text without repeats; `seenIn[id] === mark` dedupes without a Set per text. Each
  // surface form is resolved once (`surfaceValues` finds it again by its characters): to its stem's id,
  // or −1 for a stop word.
  let seenIn = new Int32Array(1024).fill(-1);
  let mark = 0;
  const surfaceIds = surfaceValues((surface) => {
    if (isStopWord(surface)) return -1;
    const id = interned(stemIds, stems, stemWord(surface));
    if (id === surfaces.length) {
      surfaces.push(surface);
      df.push(0);
      if (id >= seenIn.length) seenIn = grown(seenIn, -1);
    }
    return id;
  });
  // Word ids of every record, one list per field (later turned into ranks in place). Document frequency
  // counts a record once per word, title and description together: a description's word counts only when
  // the title (whose mark is one less) lacks it.
  const titleIds = csrBuilder(n);
  const descriptionIds = csrBuilder(n);
  let target = titleIds;
  const visitId = (id: number): void => {
    if (id < 0) return;
    const seen = seenIn[id] as number;
    if (seen === mark) return;
    if (target === titleIds || seen !== mark - 1) df[id] = (df[id] as number) + 1;
    seenIn[id] = mark;
    target.add(id);
  };
  for (let i = 0; i < n; i++) {
    const { title, description } = activities[i] as Activity;
    // Marks go up by two per record, so a description's "one less" is always its own title's.
    mark += 2;
    target = titleIds;
    surfaceIds.forEach(title, visitId);
    titleIds.end(i);
    mark++;
    target = descriptionIds;
    if (description !== undefined && description !== "") surfaceIds.forEach(description, visitId);
    descriptionIds.end(i);
    mark--;
  }

  for (let i = 0; i < n; i++) {
    const activity = activities[i] as Activity;
    agencyOf[i] = agencyIndex.get(activity.agency) as number;
    start[i] = startDay(activity.start);
    end[i] = endDay(activity.end);

    const own: number[] = [];
    for (const id of activity.actionLines) {
      const index = lineIndex.get(id);
      if (index !== undefined && !own.includes(index)) own.push(index);
    }
    own.sort(ascending);
    lines.addAll(own);
    lines.end(i);
    if (own.length === 1) lineProbes.push(relatives[own[0] as number] as number[]);
    else {
      const probes = new Set<number>();
      for (const a of own) for (const b of relatives[a] as number[]) probes.add(b);
      lineProbes.push([...probes].sort(ascending));
    }

    const codes = activity.countries ?? [];
    const regionList = (activity.regions ?? []).map((region) =>
      interned(regionIds, regionKeys, `${region.vocabulary}:${region.code}`),
    );
    if (codes.includes("global")) geoKind[i] = GLOBAL;
    else if (codes.length > 0 || regionList.length > 0) {
      geoKind[i] = PLACES;
      countries.addAll(sortedDistinct(codes.map((code) => interned(countryIds, countryCodes, code))));
      regions.addAll(sortedDistinct(regionList));
    }
    countries.end(i);
    regions.end(i);

    // Keys are interned in the same order as without the cache (a cache hit interns nothing new).
    const selfCacheKey = `${activity.agency}\u0000${activity.agencyName ?? "\u0001"}`;
    let self = selfCache.get(selfCacheKey);
    if (self === undefined) {
      const ids = new Set<number>();
      const { agency, agencyName } = activity;
      for (const key of [
        refKey(agency),
        nameKey(agency),
        ...(agencyName === undefined ? [] : [nameKey(agencyName)]),
      ])
        ids.add(interned(partnerIds, partnerKeys, key));
      self = [...ids].sort(ascending);
      selfCache.set(selfCacheKey, self);
    }
    selfKeys.addAll(self);
    selfKeys.end(i);
    const named: number[] = [];
    for (const { ref, name } of activity.participants ?? []) {
      if (ref !== undefined) addPartner(named, self, partnerIdOf(refIds, ref, refKey));
      if (name !== undefined) addPartner(named, self, partnerIdOf(nameIds, name, nameKey));
    }
    partners.addAll(named.sort(ascending));
    partners.end(i);
  }

  // Global word order: rarest first (highest IDF), ties by first appearance.
  const V = stems.length;
  const order = Array.from({ length: V }, (_, id) => id);
  order.sort((x, y) => (df[x] as number) - (df[y] as number) || x - y);
  const rankOf = new Int32Array(V);
  const rankWeight = new Float64Array(V);
  const rankWord: string[] = new Array(V);
  order.forEach((id, rank) => {
    rankOf[id] = rank;
    rankWeight[rank] = Math.log(1 + n / (df[id] as number));
    rankWord[rank] = surfaces[id] as string;
  });

  const table = (words: Csr): WordTable => {
    const { offsets, values: ranks } = words;
    const total = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const from = offsets[i] as number;
      const to = offsets[i + 1] as number;
      let sum = 0;
      for (let k = from; k < to; k++) {
        const rank = rankOf[ranks[k] as number] as number;
        ranks[k] = rank;
        sum += rankWeight[rank] as number;
      }
      ranks.subarray(from, to).sort();
      total[i] = sum;
    }
    return { offsets, ranks, total };
  };

  const title = table(titleIds.done());
  const titleGroup = new Int32Array(n).fill(-1);
  const titleShare = new Int32Array(n);
  // Groups of identical word lists by an open-addressing table over a hash of the ranks, each hit checked
  // word by word (exact, and no string or map entry per record).
  let mask = 1;
  while (mask < n * 2) mask = mask * 2 + 1;
  const slotOf = new Int32Array(mask + 1);
  const groupSize: number[] = [];
  const { offsets: titleOffsets, ranks: titleRanks } = title;
  const sameWords = (i: number, j: number): boolean => {
    const from = titleOffsets[i] as number;
    const other = titleOffsets[j] as number;
    const size = (titleOffsets[i + 1] as number) - from;
    if ((titleOffsets[j + 1] as number) - other !== size) return false;
    for (let k = 0; k < size; k++) if (titleRanks[from + k] !== titleRanks[other + k]) return false;
    return true;
  };
  for (let i = 0; i < n; i++) {
    const from = titleOffsets[i] as number;
    const to = titleOffsets[i + 1] as number;
    if (from === to) continue;
    let hash = FNV_OFFSET;
    for (let k = from; k < to; k++) hash = fnvStep(hash, titleRanks[k] as number);
    let slot = hash & mask;
    let group = -1;
    for (let held = slotOf[slot] as number; held !== 0; held = slotOf[slot] as number) {
      if (sameWords(held - 1, i)) {
        group = titleGroup[held - 1] as number;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (group < 0) {
      group = groupSize.length;
      groupSize.push(0);
      slotOf[slot] = i + 1;
    }
    titleGroup[i] = group;
    groupSize[group] = (groupSize[group] as number) + 1;
  }
  // Only a title on three or more records can be discounted: count those records per agency.
  const perAgency = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const group = titleGroup[i] as number;
    if (group >= 0 && (groupSize[group] as number) >= 3) addTo(perAgency, `${agencyOf[i]} ${group}`);
  }
  for (let i = 0; i < n; i++) {
    const group = titleGroup[i] as number;
    if (group < 0) continue;
    const size = groupSize[group] as number;
    titleShare[i] = size < 3 ? size : (perAgency.get(`${agencyOf[i]} ${group}`) as number);
  }

  return {
    n,
    activities,
    agencyOf,
    start,
    end,
    lineIds,
    lines: lines.done(),
    related,
    lineProbes,
    title,
    titleGroup,
    titleShare,
    description: table(descriptionIds.done()),
    rankWeight,
    rankWord,
    geoKind,
    countries: countries.done(),
    regions: regions.done(),
    countryCodes,
    regionKeys,
    partners: partners.done(),
    selfKeys: selfKeys.done(),
    partnerKeys,
  };
}
