// Finding the pairs worth scoring without comparing all n² of them. Blocking keys are action lines
// (a record is filed under each of its lines and their sub-lines, so a C7 record meets C7.e-health
// records, but C7.e-health never meets C7.e-learning); within a key, records meet through the rarest of
// their words (prefix filtering, Bayardo et al. 2007, weighted): if two word sets have weighted Jaccard
// similarity ≥ t, they share a word among the first words of each (rarest first) whose remaining weight
// is below t × the set's weight. t is the least similarity a pair needs to reach the review threshold
// given what the other fields can add at most, so the search misses no such pair unless a posting list
// is cut at `maxBlockSize`. Keys also carry geography (see `placeKeys`); period is checked on each
// candidate before any text.

import type { CompareConfig } from "./compare.ts";
import { EXCLUDED, geographyWeight, pairWeight, periodOverlap, wordSimilarity } from "./compare.ts";
import { PairTable } from "./pairTable.ts";
import type { Prepared, WordTable } from "./prepare.ts";
import { DESCRIPTION_CURVE, MAX_OTHER, similarityAt, TITLE_CURVE } from "./weights.ts";

/** Least title and description similarity a pair needs (per field) to reach the review weight. */
export interface SearchPlan {
  readonly titleThreshold: number;
  readonly descriptionThreshold: number;
  /** Whether pairs below both thresholds provably stay under the review weight. */
  readonly bounded: boolean;
}

/** Works out the word-similarity thresholds that keep the search exact for `reviewWeight`. */
export function planSearch(config: CompareConfig, reviewWeight: number): SearchPlan {
  let other = 0;
  if (config.actionLines) other += MAX_OTHER.actionLines;
  if (config.period) other += MAX_OTHER.period;
  if (config.geography) other += MAX_OTHER.geography;
  if (config.partners) other += MAX_OTHER.partners;
  const room = reviewWeight - other;
  // The description threshold sits where its weight turns positive: below it a description only takes
  // weight away, so the title alone must stay below `room`; a missing description weighs 0, the same bound.
  if (config.title) {
    const titleThreshold = similarityAt(TITLE_CURVE, room);
    const descriptionThreshold = config.description
      ? similarityAt(DESCRIPTION_CURVE, 0)
      : Number.POSITIVE_INFINITY;
    return { titleThreshold, descriptionThreshold, bounded: titleThreshold > 0 };
  }
  // Description only: records without one weigh `other` at most.
  const descriptionThreshold = similarityAt(DESCRIPTION_CURVE, room);
  return {
    titleThreshold: Number.POSITIVE_INFINITY,
    descriptionThreshold,
    bounded: descriptionThreshold > 0 && other < reviewWeight,
  };
}

/** Blocks with at least this many records order their words by their own counts. */
const BUSY = 16;
/** A word used by 1/COMMON_SHARE of a busy block's records or more counts as common in that block. */
const COMMON_SHARE = 4;
const ANYWHERE = 0;
const EVERYWHERE = 1;

/** Whether record i has countries (so it is filed under them), rather than being global, unknown or regional. */
function hasCountries(p: Prepared, i: number): boolean {
  const geography = p.geography[i];
  return geography !== undefined && geography.kind === "places" && geography.countries.length > 0;
}

/**
 * Geography keys record i is filed under and looks in. A record with countries is filed under each of
 * its countries and regions (and under EVERYWHERE when some record is not), and looks in its own places
 * and in ANYWHERE. A global record, or one whose places are unknown or only regions (which may contain any
 * country), is filed under ANYWHERE and EVERYWHERE and looks in EVERYWHERE. So every pair
 * `geographyWeight` does not rule out meets in at least one key, whichever of the two comes first.
 */
function placeKeys(
  p: Prepared,
  config: CompareConfig,
  i: number,
  someAnywhere: boolean,
  inserts: number[],
  probes: number[],
): void {
  inserts.length = 0;
  probes.length = 0;
  const geography = p.geography[i];
  if (!config.geography || geography === undefined) {
    inserts.push(ANYWHERE);
    probes.push(ANYWHERE);
    return;
  }
  if (hasCountries(p, i)) {
    for (const country of geography.countries) {
      inserts.push(2 + country);
      probes.push(2 + country);
    }
    for (const region of geography.regions) {
      inserts.push(2 + p.countryCodes.length + region);
      probes.push(2 + p.countryCodes.length + region);
    }
    if (someAnywhere) {
      inserts.push(EVERYWHERE);
      probes.push(ANYWHERE);
    }
    return;
  }
  inserts.push(ANYWHERE, EVERYWHERE);
  probes.push(EVERYWHERE);
}

export interface SearchOptions {
  readonly method: "indexed" | "all-pairs";
  readonly maxBlockSize: number;
  /** Records left out of the search (later copies of an identical record). */
  readonly skip: Uint8Array;
  /** Records already linked deterministically share a unit and are not scored against each other. */
  readonly unitOf: Int32Array;
  readonly reviewWeight: number;
}

export interface SearchResult {
  /** Pairs at or above the review weight: `first[k] < second[k]`, weight `weights[k]`. */
  readonly first: number[];
  readonly second: number[];
  readonly weights: number[];
  readonly compared: number;
  /** Candidate pairs whose word similarity was checked (before scoring). */
  readonly candidates: number;
  readonly truncatedKeys: number;
}

/** Scores the candidate pairs (or every pair) and keeps those at or above the review weight. */
export function searchPairs(
  p: Prepared,
  config: CompareConfig,
  plan: SearchPlan,
  options: SearchOptions,
): SearchResult {
  const first: number[] = [];
  const second: number[] = [];
  const weights: number[] = [];
  let compared = 0;
  let candidates = 0;
  const { skip, unitOf, reviewWeight } = options;

  /** Whether a blocking field or the deterministic pass rules the pair out before any scoring. */
  const rejected = (j: number, i: number): boolean =>
    (!config.withinAgency && p.agencyOf[i] === p.agencyOf[j]) ||
    unitOf[i] === unitOf[j] ||
    (config.period && periodOverlap(p, i, j) < 0) ||
    (config.geography && geographyWeight(p, i, j) === EXCLUDED);
  const visit = (j: number, i: number): void => {
    if (!config.withinAgency && p.agencyOf[i] === p.agencyOf[j]) return;
    if (unitOf[i] === unitOf[j]) return;
    compared++;
    const weight = pairWeight(p, config, j, i);
    if (weight !== EXCLUDED && weight >= reviewWeight) {
      first.push(j);
      second.push(i);
      weights.push(weight);
    }
  };

  if (options.method === "all-pairs") {
    for (let i = 0; i < p.n; i++) {
      if (skip[i] === 1) continue;
      for (let j = 0; j < i; j++) if (skip[j] === 0) visit(j, i);
    }
    return { first, second, weights, compared, candidates: compared, truncatedKeys: 0 };
  }

  const geoKeys = p.countryCodes.length + p.regionKeys.length + 2;
  // Records with no action line (imported unmapped) are filed under one more key, NONE, and look under
  // every line; records with lines look under NONE too. So an unmapped record meets every record once.
  const NONE = p.lineIds.length;
  let someUnmapped = false;
  for (let i = 0; i < p.n && !someUnmapped; i++)
    someUnmapped = skip[i] === 0 && (p.lines[i] as readonly number[]).length === 0;
  const everyLine = Array.from({ length: NONE + 1 }, (_, line) => line);
  const lineCount = config.actionLines ? NONE + 1 : 1;
  const blocks = lineCount * geoKeys;
  let someAnywhere = false;
  for (let i = 0; i < p.n && !someAnywhere; i++) someAnywhere = skip[i] === 0 && !hasCountries(p, i);

  // Blocks of every record, laid end to end: where it is filed and where it looks.
  const fileOffsets = new Int32Array(p.n + 1);
  const lookOffsets = new Int32Array(p.n + 1);
  const fileBlocks: number[] = [];
  const lookBlocks: number[] = [];
  const inserts: number[] = [];
  const probes: number[] = [];
  const filed = new Int32Array(blocks);
  for (let i = 0; i < p.n; i++) {
    if (skip[i] === 0) {
      placeKeys(p, config, i, someAnywhere, inserts, probes);
      // A record is filed under its own lines and looks under its lines' ancestors and descendants too.
      const mine = p.lines[i] as readonly number[];
      const own = !config.actionLines ? [0] : mine.length === 0 ? [NONE] : mine;
      const looks = !config.actionLines
        ? [0]
        : mine.length === 0
          ? everyLine
          : someUnmapped
            ? [...(p.lineProbes[i] as readonly number[]), NONE]
            : (p.lineProbes[i] as readonly number[]);
      for (const line of own) {
        for (const place of inserts) {
          const block = line * geoKeys + place;
          fileBlocks.push(block);
          filed[block] = (filed[block] as number) + 1;
        }
      }
      for (const line of looks) for (const place of probes) lookBlocks.push(line * geoKeys + place);
    }
    fileOffsets[i + 1] = fileBlocks.length;
    lookOffsets[i + 1] = lookBlocks.length;
  }

  const words = p.rankWeight.length;
  const frequent = new Uint8Array(words);
  let ordered = new Int32Array(64);
  let truncatedKeys = 0;
  const built: {
    prefixIn: (block: number, i: number) => number;
    listOf: PairTable;
    starts: Int32Array;
    postings: Int32Array;
    /** For each posting, the weight of its record's words after that word (in the block's order). */
    rests: Float32Array;
    threshold: number;
    total: Float64Array;
    table: WordTable;
  }[] = [];

  for (const [table, threshold] of [
    [p.title, config.title ? plan.titleThreshold : Number.POSITIVE_INFINITY],
    [p.description, config.description ? plan.descriptionThreshold : Number.POSITIVE_INFINITY],
  ] as const) {
    if (threshold > 1) continue;

    // Words common within a block (used by a quarter or more of its records, like a country's name in
    // that country's block) go last in that block's order: they tell its records apart no better than
    // "the". Any fixed order per block keeps prefix filtering exact; this one keeps prefixes short.
    const countIds = new PairTable(p.n);
    let counts = new Int32Array(1024);
    for (let i = 0; i < p.n; i++) {
      for (let b = fileOffsets[i] as number; b < (fileOffsets[i + 1] as number); b++) {
        const block = fileBlocks[b] as number;
        if ((filed[block] as number) < BUSY) continue;
        for (let k = table.offsets[i] as number; k < (table.offsets[i + 1] as number); k++) {
          const id = countIds.add(block, table.ranks[k] as number);
          if (id >= counts.length) {
            const grown = new Int32Array(counts.length * 2);
            grown.set(counts);
            counts = grown;
          }
          counts[id] = (counts[id] as number) + 1;
        }
      }
    }
    const commonLists = new Map<number, number[]>();
    countIds.forEach((block, rank, id) => {
      if ((counts[id] as number) < (filed[block] as number) / COMMON_SHARE) return;
      const list = commonLists.get(block);
      if (list === undefined) commonLists.set(block, [rank]);
      else list.push(rank);
    });
    const common: (Int32Array | undefined)[] = new Array(blocks);
    for (const [block, list] of commonLists) common[block] = Int32Array.from(list.sort((x, y) => x - y));

    /** Fills `ordered` with record i's prefix in the block's order and returns its length. */
    const prefixIn = (block: number, i: number): number => {
      const from = table.offsets[i] as number;
      const size = (table.offsets[i + 1] as number) - from;
      if (ordered.length < size) ordered = new Int32Array(size * 2);
      const marks = common[block];
      if (marks !== undefined) for (const rank of marks) frequent[rank] = 1;
      let front = 0;
      for (let k = 0; k < size; k++) {
        const rank = table.ranks[from + k] as number;
        if (frequent[rank] === 0) ordered[front++] = rank;
      }
      for (let k = 0; k < size; k++) {
        const rank = table.ranks[from + k] as number;
        if (frequent[rank] === 1) ordered[front++] = rank;
      }
      if (marks !== undefined) for (const rank of marks) frequent[rank] = 0;
      if (threshold <= 0) return size;
      // Slightly below t·W so rounding never drops a word the proof needs.
      const limit = threshold * (table.total[i] as number) * (1 - 1e-9);
      let suffix = 0;
      let keep = size;
      while (keep > 0) {
        const weight = p.rankWeight[ordered[keep - 1] as number] as number;
        if (suffix + weight >= limit) break;
        suffix += weight;
        keep--;
      }
      return keep;
    };

    // Filing: posting lists (block × word → records in input order), built once as one flat array.
    const listOf = new PairTable(p.n * 4);
    let sizes = new Int32Array(1024);
    let lists = 0;
    let sequence = new Int32Array(1024);
    let sequenceRest = new Float32Array(1024);
    let length = 0;
    const sequenceOffsets = new Int32Array(p.n + 1);
    for (let i = 0; i < p.n; i++) {
      for (let b = fileOffsets[i] as number; b < (fileOffsets[i + 1] as number); b++) {
        const block = fileBlocks[b] as number;
        const keep = prefixIn(block, i);
        let rest = table.total[i] as number;
        for (let k = 0; k < keep; k++) {
          const rank = ordered[k] as number;
          rest -= p.rankWeight[rank] as number;
          const id = listOf.add(block, rank);
          if (id === lists) {
            lists++;
            if (id >= sizes.length) {
              const grown = new Int32Array(sizes.length * 2);
              grown.set(sizes);
              sizes = grown;
            }
          }
          if ((sizes[id] as number) >= options.maxBlockSize) {
            if (sizes[id] === options.maxBlockSize) truncatedKeys++;
            sizes[id] = options.maxBlockSize + 1;
            continue;
          }
          sizes[id] = (sizes[id] as number) + 1;
          if (length >= sequence.length) {
            const grown = new Int32Array(sequence.length * 2);
            grown.set(sequence);
            sequence = grown;
            const grownRest = new Float32Array(sequence.length);
            grownRest.set(sequenceRest);
            sequenceRest = grownRest;
          }
          sequenceRest[length] = rest;
          sequence[length++] = id;
        }
      }
      sequenceOffsets[i + 1] = length;
    }
    const starts = new Int32Array(lists + 1);
    for (let id = 0; id < lists; id++)
      starts[id + 1] = (starts[id] as number) + Math.min(sizes[id] as number, options.maxBlockSize);
    const fill = starts.slice(0, lists);
    const postings = new Int32Array(starts[lists] as number);
    const rests = new Float32Array(starts[lists] as number);
    for (let i = 0; i < p.n; i++) {
      for (let k = sequenceOffsets[i] as number; k < (sequenceOffsets[i + 1] as number); k++) {
        const id = sequence[k] as number;
        rests[fill[id] as number] = sequenceRest[k] as number;
        postings[fill[id] as number] = i;
        fill[id] = (fill[id] as number) + 1;
      }
    }

    built.push({ prefixIn, listOf, starts, postings, rests, threshold, total: table.total, table });
  }

  // Looking up: each record meets the earlier records filed under its prefix words in its blocks, through
  // the title's words or the description's. Positional filtering (PPJoin, Xiao et al. 2008, weighted): the
  // words two records share so far plus the least of what either has left after the current word bound
  // how much they can share; a record that cannot reach the field's threshold is dropped without scoring.
  // A word met again through a second block is counted again, which only loosens the bound.
  const shared = new Float64Array(p.n);
  const seenBy = new Int32Array(p.n).fill(-1);
  const dropped = new Uint8Array(p.n);
  const scored = new Int32Array(p.n).fill(-1);
  let met = new Int32Array(256);
  for (let i = 0; i < p.n; i++) {
    let pass = 0;
    for (const { prefixIn, listOf, starts, postings, rests, threshold, total, table } of built) {
      const mark = i * 2 + pass++;
      let count = 0;
      const weightI = total[i] as number;
      const share = threshold <= 0 ? 0 : threshold / (1 + threshold);
      for (let b = lookOffsets[i] as number; b < (lookOffsets[i + 1] as number); b++) {
        const block = lookBlocks[b] as number;
        if ((filed[block] as number) === 0) continue;
        const keep = prefixIn(block, i);
        let restI = weightI;
        for (let k = 0; k < keep; k++) {
          const rank = ordered[k] as number;
          const weight = p.rankWeight[rank] as number;
          restI -= weight;
          const id = listOf.get(block, rank);
          if (id < 0) continue;
          const end = starts[id + 1] as number;
          for (let at = starts[id] as number; at < end; at++) {
            const j = postings[at] as number;
            if (j >= i) break;
            if (seenBy[j] !== mark) {
              seenBy[j] = mark;
              shared[j] = 0;
              const weightJ = total[j] as number;
              // Blocking on the other fields first (another agency, overlapping periods, shared places:
              // a pair they rule out is never scored), then the length filter: J ≤ min/max of the weights.
              dropped[j] =
                rejected(j, i) ||
                Math.min(weightI, weightJ) < threshold * Math.max(weightI, weightJ) * (1 - 1e-6)
                  ? 1
                  : 0;
              if (count >= met.length) {
                const grown = new Int32Array(met.length * 2);
                grown.set(met);
                met = grown;
              }
              met[count++] = j;
            }
            if (dropped[j] === 1) continue;
            shared[j] = (shared[j] as number) + weight;
            const bound = (shared[j] as number) + Math.min(restI, rests[at] as number);
            if (bound < share * (weightI + (total[j] as number)) * (1 - 1e-6)) dropped[j] = 1;
          }
        }
      }
      // Verification: the field's similarity itself, before the pair is scored on every field.
      for (let k = 0; k < count; k++) {
        const j = met[k] as number;
        if (dropped[j] === 1 || scored[j] === i) continue;
        candidates++;
        if (wordSimilarity(table, p.rankWeight, i, j) < threshold * (1 - 1e-9)) continue;
        scored[j] = i;
        visit(j, i);
      }
    }
  }
  return { first, second, weights, compared, candidates, truncatedKeys };
}
