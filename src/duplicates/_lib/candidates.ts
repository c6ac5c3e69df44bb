// Finding the pairs worth scoring without comparing all n² of them. Blocking keys are action lines
// (a record is filed under each of its lines and their sub-lines, so a C7 record meets C7.e-health
// records, but C7.e-health never meets C7.e-learning); within a key, records meet through the rarest of
// their words (prefix filtering, Bayardo et al. 2007, weighted): if two word sets have weighted Jaccard
// similarity ≥ t, they share a word among the first words of each (rarest first) whose remaining weight
// is below t × the set's weight. t is the least similarity a pair needs to reach the review threshold
// given what the other fields can add at most, so the search misses no such pair unless a posting list
// is cut at `maxBlockSize`. Keys also carry geography (see `placeKeys`); period is checked on each
// candidate before any text.
//
// The search runs block by block, with posting lists in dense per-word arrays reset between blocks (no
// hash table of block × word), each busy block ordering words by their own count in it. Once a pair has
// met, the fields other than wording are known, so it gets its own threshold (`leastFor`), usually far
// above t: the length and positional filters and the verification use it, and only pairs that can still
// reach the review weight are scored.

import { type Csr, csrBuilder, forEachIn, grown, sizeIn, valuesOf } from "./collections.ts";
import type { CompareConfig } from "./compare.ts";
import { EXCLUDED, geographyWeight, otherWeight, pairWeight, wordSimilarity } from "./compare.ts";
import type { Prepared } from "./prepare.ts";
import { curveWeight, DESCRIPTION_CURVE, MAX_OTHER, similarityAt, TITLE_CURVE } from "./weights.ts";

/**
 * Description similarity from which the description pass takes over when titles are compared too: a
 * pair below it reaches the review weight only with a title the title pass finds. Any value from where
 * the description's weight turns positive (0.35) up keeps the search exact. A higher one trades a longer
 * title prefix for a shorter description prefix (0.5: a fifth fewer posting visits on the generator's
 * 100k), but the title pass must then allow for what the description below it can add, so more pairs
 * are scored in full (n^1.33 instead of n^1.10 from 10k to 100k): 0.35 keeps scoring near-linear.
 */
const DESCRIPTION_SEARCH = 0.35;

/** Least title and description similarity a pair needs (per field) to reach the review weight; infinite for a field not compared. */
export interface SearchPlan {
  readonly titleThreshold: number;
  readonly descriptionThreshold: number;
  /** The most a description below `descriptionThreshold` can add (0 when descriptions are not compared). */
  readonly descriptionBelow: number;
  /** Whether pairs below both thresholds provably stay under the review weight. */
  readonly bounded: boolean;
}

/** Works out the word-similarity thresholds that keep the search exact for `reviewWeight`. */
export function planSearch(config: CompareConfig, reviewWeight: number): SearchPlan {
  let other = 0;
  for (const field of Object.keys(MAX_OTHER) as (keyof typeof MAX_OTHER)[])
    if (config[field]) other += MAX_OTHER[field];
  const room = reviewWeight - other;
  // With titles: pairs with a description similarity at or above the description threshold are the
  // description pass's; below it a description adds at most `descriptionBelow` (a missing one weighs 0),
  // so the title must make up `room − descriptionBelow` at least. Description only: the description must
  // make up the room, and records without one weigh `other` at most.
  const descriptionThreshold = !config.description
    ? Number.POSITIVE_INFINITY
    : config.title
      ? Math.max(similarityAt(DESCRIPTION_CURVE, 0), DESCRIPTION_SEARCH)
      : similarityAt(DESCRIPTION_CURVE, room);
  const descriptionBelow =
    config.title && config.description ? curveWeight(DESCRIPTION_CURVE, descriptionThreshold) : 0;
  const titleThreshold = config.title
    ? similarityAt(TITLE_CURVE, room - descriptionBelow)
    : Number.POSITIVE_INFINITY;
  return {
    titleThreshold,
    descriptionThreshold,
    descriptionBelow,
    bounded: config.title ? titleThreshold > 0 : descriptionThreshold > 0 && other < reviewWeight,
  };
}

/** Blocks with at least this many records order their words by their own counts. */
const BUSY = 16;
const ANYWHERE = 0;
const EVERYWHERE = 1;

/** Whether record i has countries (so it is filed under them), rather than being global, unknown or regional. */
const hasCountries = (p: Prepared, i: number): boolean => sizeIn(p.countries, i) > 0;

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
  if (!config.geography) {
    inserts.push(ANYWHERE);
    probes.push(ANYWHERE);
    return;
  }
  if (hasCountries(p, i)) {
    forEachIn(p.countries, i, (country) => inserts.push(2 + country));
    forEachIn(p.regions, i, (region) => inserts.push(2 + p.countryCodes.length + region));
    probes.push(...inserts);
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
  /** Pairs at or above the review weight: `first[k] < second[k]`. */
  readonly first: number[];
  readonly second: number[];
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
  const n = p.n;
  const first: number[] = [];
  const second: number[] = [];
  let compared = 0;
  let candidates = 0;
  const { skip, unitOf, reviewWeight } = options;

  const visit = (j: number, i: number): void => {
    if (!config.withinAgency && p.agencyOf[i] === p.agencyOf[j]) return;
    if (unitOf[i] === unitOf[j]) return;
    compared++;
    const weight = pairWeight(p, config, j, i);
    if (weight !== EXCLUDED && weight >= reviewWeight) {
      first.push(j);
      second.push(i);
    }
  };

  if (options.method === "all-pairs") {
    for (let i = 0; i < n; i++) {
      if (skip[i] === 1) continue;
      for (let j = 0; j < i; j++) if (skip[j] === 0) visit(j, i);
    }
    return { first, second, compared, candidates: compared, truncatedKeys: 0 };
  }

  const geoKeys = p.countryCodes.length + p.regionKeys.length + 2;
  // Records with no action line (imported unmapped) are filed under one more key, NONE, and look under
  // every line; records with lines look under NONE too. So an unmapped record meets every record once.
  const NONE = p.lineIds.length;
  let someUnmapped = false;
  let someAnywhere = false;
  for (let i = 0; i < n; i++) {
    if (skip[i] === 1) continue;
    if (sizeIn(p.lines, i) === 0) someUnmapped = true;
    if (!hasCountries(p, i)) someAnywhere = true;
  }
  const everyLine = Array.from({ length: NONE + 1 }, (_, line) => line);
  const lineCount = config.actionLines ? NONE + 1 : 1;
  const blocks = lineCount * geoKeys;

  // Blocks of every record, laid end to end: where it is filed and where it looks.
  const filing = csrBuilder(n);
  const looking = csrBuilder(n);
  const inserts: number[] = [];
  const probes: number[] = [];
  const filed = new Int32Array(blocks);
  for (let i = 0; i < n; i++) {
    if (skip[i] === 0) {
      placeKeys(p, config, i, someAnywhere, inserts, probes);
      // A record is filed under its own lines and looks under its lines' ancestors and descendants too.
      const mine = valuesOf(p.lines, i);
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
          filing.add(block);
          filed[block] = (filed[block] as number) + 1;
        }
      }
      for (const line of looks) for (const place of probes) looking.add(line * geoKeys + place);
    }
    filing.end(i);
    looking.end(i);
  }
  const fileBlocks = filing.done();
  const lookBlocks = looking.done();

  // Events, block by block: record i looking in a block is 2i, filed under it 2i + 1, in record order (so
  // a record looks before it is filed, and meets only earlier records).
  const eventOffsets = new Int32Array(blocks + 1);
  for (const list of [lookBlocks, fileBlocks])
    for (const block of list.values) eventOffsets[block + 1] = (eventOffsets[block + 1] as number) + 1;
  for (let b = 0; b < blocks; b++)
    eventOffsets[b + 1] = (eventOffsets[b + 1] as number) + (eventOffsets[b] as number);
  const events = new Int32Array(eventOffsets[blocks] as number);
  const fillAt = eventOffsets.slice(0, blocks);
  /** Puts `event` in each of record i's blocks in `lists`. */
  const addEvents = ({ offsets, values }: Csr, i: number, event: number): void => {
    for (let b = offsets[i] as number; b < (offsets[i + 1] as number); b++) {
      const block = values[b] as number;
      events[fillAt[block] as number] = event;
      fillAt[block] = (fillAt[block] as number) + 1;
    }
  };
  for (let i = 0; i < n; i++) {
    addEvents(lookBlocks, i, i * 2);
    addEvents(fileBlocks, i, i * 2 + 1);
  }

  // Per word rank, for the block being searched: whether it is common there, its posting list (a linked
  // list of nodes, newest first; valid while `headStamp` is the block's stamp) and the list's length.
  const V = p.rankWeight.length;
  const rankWeight = p.rankWeight;
  /** In a busy block: ⌊log2⌋ of how many of its filed records use the word (0 for one or none). */
  const bucketOf = new Uint8Array(V);
  const bucketStarts = new Int32Array(33);
  const counts = new Int32Array(V);
  const headStamp = new Int32Array(V).fill(-1);
  const head = new Int32Array(V);
  const listSize = new Int32Array(V);
  /** In a busy block: the words its filed records use (each once, so at most every word). */
  const touched = new Int32Array(V);
  let nodeRecord = new Int32Array(1024);
  let nodeRest = new Float64Array(1024);
  let nodeNext = new Int32Array(1024);
  let ordered = new Int32Array(64);
  /** Where `prefixIn` left record i's words: `prefix[prefixFrom…]` (its own slice of `ranks` outside busy blocks). */
  let prefix: Int32Array<ArrayBufferLike> = ordered;
  let prefixFrom = 0;
  // Records filed in the block being searched get a slot there (0, 1, …), and what the look-ups read of
  // them is copied into the slot, so the hot loop reads small arrays the cache holds rather than arrays
  // over every record (which at a million records it does not). A block has as many slots as records
  // filed under it at most, so the arrays are as long as the busiest block needs, and never grow.
  let most = 0;
  for (const count of filed) if (count > most) most = count;
  const met = new Int32Array(most);
  const slotRecord = new Int32Array(most);
  const slotAgency = new Int32Array(most);
  const slotUnit = new Int32Array(most);
  const slotStart = new Float64Array(most);
  const slotEnd = new Float64Array(most);
  const slotTotal = new Float64Array(most);
  const shared = new Float64Array(most);
  /** The positional bound on what i and j share, as of the last word they were found to share. */
  const boundOf = new Float64Array(most);
  const seenBy = new Int32Array(most).fill(-1);
  const dropped = new Uint8Array(most);
  let truncatedKeys = 0;
  let stamp = 0;
  let lookMark = 0;
  /** Pairs that pass a field's verification, as keys j·n + i (j < i), per pass. */
  const accepted: Float64Array[] = [];

  // The plan's thresholds are infinite for a field that is not compared.
  for (const [table, threshold] of [
    [p.title, plan.titleThreshold],
    [p.description, plan.descriptionThreshold],
  ] as const) {
    if (threshold > 1) continue;
    const { offsets, ranks, total } = table;
    const share = threshold <= 0 ? 0 : threshold / (1 + threshold);
    const titlePass = table === p.title;
    let found = new Float64Array(1024);
    let foundCount = 0;

    /**
     * The least similarity in this field that lets pair (i, j) reach the review weight, given the other
     * fields' weights (known once the pair is met), or more than 1 when it cannot. Title pass: below the
     * description threshold a description adds `plan.descriptionBelow` at most, so the title must make up
     * the rest; a pair whose description reaches the threshold is the description pass's. Description
     * pass: the title's own weight is known too.
     */
    const leastFor = (i: number, j: number): number => {
      const other = otherWeight(p, config, i, j);
      if (other === EXCLUDED) return Number.POSITIVE_INFINITY;
      const rest = titlePass
        ? plan.descriptionBelow
        : config.title
          ? curveWeight(TITLE_CURVE, wordSimilarity(p, p.title, i, j))
          : 0;
      const least = similarityAt(
        titlePass ? TITLE_CURVE : DESCRIPTION_CURVE,
        reviewWeight - other - rest - 1e-9,
      );
      return Math.max(least, threshold);
    };

    /**
     * Points `prefix` at record i's words in the block's order (by `bucketOf`, then by global rank: a
     * stable counting sort of the rank-sorted words, in `ordered`; outside busy blocks its own words, read
     * where they are) and returns the length of its prefix.
     */
    const prefixIn = (i: number, busy: boolean): number => {
      const from = offsets[i] as number;
      const size = (offsets[i + 1] as number) - from;
      if (!busy) {
        prefix = ranks;
        prefixFrom = from;
      } else {
        if (ordered.length < size) ordered = new Int32Array(size * 2);
        prefix = ordered;
        prefixFrom = 0;
        bucketStarts.fill(0);
        for (let k = 0; k < size; k++) {
          const b = bucketOf[ranks[from + k] as number] as number;
          bucketStarts[b + 1] = (bucketStarts[b + 1] as number) + 1;
        }
        for (let b = 0; b < 32; b++)
          bucketStarts[b + 1] = (bucketStarts[b + 1] as number) + (bucketStarts[b] as number);
        for (let k = 0; k < size; k++) {
          const rank = ranks[from + k] as number;
          const b = bucketOf[rank] as number;
          ordered[bucketStarts[b] as number] = rank;
          bucketStarts[b] = (bucketStarts[b] as number) + 1;
        }
      }
      if (threshold <= 0) return size;
      // Slightly below t·W so rounding never drops a word the proof needs.
      const limit = threshold * (total[i] as number) * (1 - 1e-9);
      let suffix = 0;
      let keep = size;
      while (keep > 0) {
        const weight = rankWeight[prefix[prefixFrom + keep - 1] as number] as number;
        if (suffix + weight >= limit) break;
        suffix += weight;
        keep--;
      }
      return keep;
    };

    for (let block = 0; block < blocks; block++) {
      const from = eventOffsets[block] as number;
      const to = eventOffsets[block + 1] as number;
      // Only events up to the block's last look matter: records filed after it meet no one here.
      let last = to - 1;
      while (last >= from && ((events[last] as number) & 1) === 1) last--;
      if (last < from) continue;
      let files = 0;
      for (let e = from; e < last; e++) files += (events[e] as number) & 1;
      if (files === 0) continue;
      stamp++;
      const checkPlaces = config.geography && block % geoKeys < 2;

      // A busy block orders words by how many of its records use them (in powers of two), rarest first:
      // a word most of the block uses (like the country's name in that country's block) tells its records
      // apart no better than "the", wherever it stands globally. Any fixed order per block keeps prefix
      // filtering exact; this one keeps prefixes and posting lists short as blocks grow.
      const filedHere = filed[block] as number;
      let distinct = 0;
      const busy = filedHere >= BUSY;
      if (busy) {
        for (let e = from; e < to; e++) {
          const event = events[e] as number;
          if ((event & 1) === 0) continue;
          const i = event >> 1;
          for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++) {
            const rank = ranks[k] as number;
            if (counts[rank] === 0) {
              touched[distinct++] = rank;
            }
            counts[rank] = (counts[rank] as number) + 1;
          }
        }
        for (let k = 0; k < distinct; k++) {
          const rank = touched[k] as number;
          bucketOf[rank] = 31 - Math.clz32(counts[rank] as number);
          counts[rank] = 0;
        }
      }

      let nodes = 0;
      let slots = 0;
      for (let e = from; e <= last; e++) {
        const event = events[e] as number;
        const i = event >> 1;
        const keep = prefixIn(i, busy);
        const weightI = total[i] as number;
        if ((event & 1) === 1) {
          // Filing: i takes a slot and joins the posting list of each of its prefix words, with the weight
          // it has left after it.
          const slot = slots++;
          slotRecord[slot] = i;
          slotAgency[slot] = p.agencyOf[i] as number;
          slotUnit[slot] = unitOf[i] as number;
          slotStart[slot] = p.start[i] as number;
          slotEnd[slot] = p.end[i] as number;
          slotTotal[slot] = weightI;
          let rest = weightI;
          for (let k = 0; k < keep; k++) {
            const rank = prefix[prefixFrom + k] as number;
            rest -= rankWeight[rank] as number;
            if (headStamp[rank] !== stamp) {
              headStamp[rank] = stamp;
              head[rank] = -1;
              listSize[rank] = 0;
            }
            const size = listSize[rank] as number;
            if (size >= options.maxBlockSize) {
              if (size === options.maxBlockSize) {
                truncatedKeys++;
                listSize[rank] = size + 1;
              }
              continue;
            }
            listSize[rank] = size + 1;
            if (nodes >= nodeRecord.length) {
              nodeRecord = grown(nodeRecord);
              nodeNext = grown(nodeNext);
              nodeRest = grown(nodeRest);
            }
            nodeRecord[nodes] = slot;
            nodeRest[nodes] = rest;
            nodeNext[nodes] = head[rank] as number;
            head[rank] = nodes++;
          }
          continue;
        }
        if (nodes === 0) continue;
        // Looking up: i meets the earlier records filed under its prefix words. Positional filtering
        // (PPJoin, Xiao et al. 2008, weighted): the words two records share so far plus the least of what
        // either has left after the current word bound how much they can share; a record that cannot reach
        // the field's threshold is dropped without scoring.
        const mark = lookMark++;
        let count = 0;
        let restI = weightI;
        const agencyI = p.agencyOf[i] as number;
        const unitI = unitOf[i] as number;
        const startI = p.start[i] as number;
        const endI = p.end[i] as number;
        for (let k = 0; k < keep; k++) {
          const rank = prefix[prefixFrom + k] as number;
          const weight = rankWeight[rank] as number;
          restI -= weight;
          if (headStamp[rank] !== stamp) continue;
          for (let node = head[rank] as number; node >= 0; node = nodeNext[node] as number) {
            const j = nodeRecord[node] as number;
            if (seenBy[j] !== mark) {
              seenBy[j] = mark;
              shared[j] = 0;
              const weightJ = slotTotal[j] as number;
              // Blocking on the other fields first (another agency, another unit, overlapping periods,
              // shared places where the block does not imply them), then the length filter.
              dropped[j] =
                (!config.withinAgency && agencyI === slotAgency[j]) ||
                unitI === slotUnit[j] ||
                (config.period && ((slotEnd[j] as number) < startI || endI < (slotStart[j] as number))) ||
                (checkPlaces && geographyWeight(p, i, slotRecord[j] as number) === EXCLUDED) ||
                Math.min(weightI, weightJ) < threshold * Math.max(weightI, weightJ) * (1 - 1e-6)
                  ? 1
                  : 0;
              met[count++] = j;
            }
            if (dropped[j] === 1) continue;
            const sum = (shared[j] as number) + weight;
            shared[j] = sum;
            const bound = sum + Math.min(restI, nodeRest[node] as number);
            boundOf[j] = bound;
            if (bound < share * (weightI + (slotTotal[j] as number)) * (1 - 1e-6)) dropped[j] = 1;
          }
        }
        for (let k = 0; k < count; k++) {
          const slot = met[k] as number;
          if (dropped[slot] === 1) continue;
          const j = slotRecord[slot] as number;
          // The length and positional filters again, with the pair's own threshold (see `leastFor`).
          const least = leastFor(i, j);
          if (least > 1) continue;
          const weightJ = total[j] as number;
          if (Math.min(weightI, weightJ) < least * Math.max(weightI, weightJ) * (1 - 1e-6)) continue;
          if ((boundOf[slot] as number) < (least / (1 + least)) * (weightI + weightJ) * (1 - 1e-6)) continue;
          if (foundCount >= found.length) found = grown(found);
          found[foundCount++] = j * n + i;
        }
      }
      for (let k = 0; k < distinct; k++) bucketOf[touched[k] as number] = 0;
    }

    // Verification: the field's similarity itself, once per pair (a pair may meet in several blocks), and
    // not again for a pair the title pass already accepted. Accepted keys move to the front of `keys`
    // (never past the one being read, so the one before it is still there to compare with).
    const keys = found.subarray(0, foundCount).sort();
    const before = accepted[0];
    let b = 0;
    let kept = 0;
    for (let k = 0; k < foundCount; k++) {
      const key = keys[k] as number;
      if (k > 0 && key === keys[k - 1]) continue;
      if (before !== undefined) {
        while (b < before.length && (before[b] as number) < key) b++;
        if (b < before.length && before[b] === key) continue;
      }
      candidates++;
      const j = Math.floor(key / n);
      const i = key - j * n;
      const similarity = wordSimilarity(p, table, i, j);
      if (similarity < threshold * (1 - 1e-9)) continue;
      if (similarity < leastFor(i, j) * (1 - 1e-9)) continue;
      keys[kept++] = key;
    }
    accepted.push(keys.slice(0, kept));
  }

  // Scoring every accepted pair on every field, in key order (deterministic).
  const all = new Float64Array(accepted.reduce((sum, list) => sum + list.length, 0));
  let at = 0;
  for (const list of accepted) {
    all.set(list, at);
    at += list.length;
  }
  all.sort();
  for (let k = 0; k < all.length; k++) {
    const key = all[k] as number;
    const j = Math.floor(key / n);
    visit(j, key - j * n);
  }
  return { first, second, compared, candidates, truncatedKeys };
}
