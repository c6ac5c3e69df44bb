// Words for comparing titles and descriptions: folded (case, accents), joined where agencies hyphenate
// differently ("e-Health", "eHealth"), British and American spellings made one, stop words dropped
// (English, French, Spanish), and a light suffix stemmer so "policies"/"policy", "training"/"train"
// and "digitalisation"/"digitalization" meet. The rules apply to both sides of every comparison, so a
// stem only needs to be consistent, not a dictionary word.

import { grown } from "./collections.ts";
import { FNV_OFFSET, fnvStep } from "./hash.ts";

const STOP_WORDS = new Set(
  [
    // English
    "a an and are as at be been being but by for from has have in into is it its of on or over per the their",
    "them they this those these to under with within without via among across between through towards toward",
    "using use used our we will all also other more most such than that which who whose how what when where",
    "why not no so up out about after before both each any can may shall should would could do does done",
    // French
    "le la les de des du un une et en au aux pour par sur dans avec entre est sont ou leur leurs ce cette ces",
    "qui que son sa ses afin vers selon sans",
    // Spanish
    "el los las del y para por con al una unos unas es su sus lo como se mas sobre este esta estos estas",
    "desde hasta segun sin",
    // Portuguese (accents are folded before the look-up: "não" is "nao")
    "os as do da dos das um uma umas uns em no na nas ao aos pelo pela pelos pelas com nao seu sua seus suas",
  ]
    .join(" ")
    .split(" "),
);

const COMBINING_MARKS = /\p{M}+/gu;
const HYPHENATED_PREFIX = /(^|[^\p{L}\p{N}])([a-z])[-‐‑–]\s?(?=\p{L})/gu;
const HYPHEN = /[-‐‑–]/u;
const DIGIT = /\d/u;

// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, to skip normalisation
const ASCII = /^[\u0000-\u007f]*$/u;

/** Lower case without accents: "Télémédecine" → "telemedecine". */
export function foldText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize("NFKD").replace(COMBINING_MARKS, "").toLowerCase();
}

// Stems of words seen so far: vocabularies are small, so most words are stemmed once. Bounded, so a
// stream of unique tokens cannot grow it without limit.
const STEMS = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/** One word made comparable: spelling variants unified and common suffixes removed. */
export function stemWord(word: string): string {
  const cached = STEMS.get(word);
  if (cached !== undefined) return cached;
  const stem = stemUncached(word);
  if (STEMS.size >= STEM_CACHE_LIMIT) STEMS.clear();
  STEMS.set(word, stem);
  return stem;
}

function stemUncached(word: string): string {
  if (word.length <= 3 || DIGIT.test(word)) return word;
  // British and American spellings.
  let w = word
    .replace(/^programme/u, "program")
    .replace(/isation/u, "ization")
    .replace(/([a-z]{2})is(e|es|ed|ing)$/u, "$1iz$2")
    .replace(/ys(e|es|ed|ing)$/u, "yz$1")
    .replace(/([^aeiou])tre(s?)$/u, "$1ter$2")
    .replace(/([bilv])our(s|ed|ing)?$/u, "$1or$2")
    .replace(/(log)ue(s?)$/u, "$1$2");
  // Plurals and verb endings.
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length > 3)
    w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length >= 7) w = w.slice(0, -3);
  else if (w.endsWith("ed") && w.length >= 6) w = w.slice(0, -2);
  if (w.length > 4 && w[w.length - 1] === w[w.length - 2] && !/[lsz]$/u.test(w)) w = w.slice(0, -1);
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  return w;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Whether a folded word is an English, French, Spanish or Portuguese stop word. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13);

/**
 * Calls `visit(surface)` for each folded word of two or more characters in a text, in order, stop words
 * and repeats included (callers stem, drop stop words and dedupe), a one-letter prefix joined to the
 * word it is hyphenated to ("e-Health" → "ehealth"). The reference for `surfaceValues`, which scans
 * ASCII text by character codes instead.
 */
export function forEachSurface(text: string, visit: (surface: string) => void): void {
  let folded = foldText(text);
  if (HYPHEN.test(folded)) folded = folded.replace(HYPHENATED_PREFIX, "$1$2");
  WORD.lastIndex = 0;
  for (let match = WORD.exec(folded); match !== null; match = WORD.exec(folded))
    if (match[0].length >= 2) visit(match[0]);
}

/** Text made comparable for identity checks: lower case, with runs of white space as one space. */
export function canonicalText(text: string | undefined): string {
  return text === undefined ? "" : text.toLowerCase().replace(/\s+/gu, " ").trim();
}

// Hashes are kept to 30 bits so they stay small integers.

/**
 * Small integer values for the words of many texts: the words `forEachSurface` gives, in the same
 * order, but an ASCII word seen before is found by its characters (an open-addressing table hashed over
 * its codes, in one lower-cased copy of the text) without a substring per word. A word seen for the first
 * time gets its value from `resolve(surface)`, once.
 */
export function surfaceValues(resolve: (surface: string) => number): {
  forEach: (text: string, visit: (value: number) => void) => void;
} {
  let mask = (1 << 12) - 1;
  /** Slot → 1 + entry, 0 when empty. */
  let slots = new Int32Array(mask + 1);
  let hashes = new Int32Array(1024);
  let values = new Int32Array(1024);
  const surfaces: string[] = [];

  const insert = (surface: string, hash: number, slot: number): number => {
    const value = resolve(surface);
    const entry = surfaces.length;
    if (entry >= hashes.length) {
      hashes = grown(hashes);
      values = grown(values);
    }
    surfaces.push(surface);
    hashes[entry] = hash;
    values[entry] = value;
    slots[slot] = entry + 1;
    if (surfaces.length * 2 > mask) {
      mask = mask * 2 + 1;
      slots = new Int32Array(mask + 1);
      for (let e = 0; e < surfaces.length; e++) {
        let s = (hashes[e] as number) & mask;
        while (slots[s] !== 0) s = (s + 1) & mask;
        slots[s] = e + 1;
      }
    }
    return value;
  };

  /** The value of the word `lower[from…to)` (text already in lower case), whose hash is `hash`. */
  const valueAt = (lower: string, from: number, to: number, hash: number): number => {
    const size = to - from;
    let slot = hash & mask;
    for (let entry = slots[slot] as number; entry !== 0; entry = slots[slot] as number) {
      if (hashes[entry - 1] === hash) {
        const surface = surfaces[entry - 1] as string;
        if (surface.length === size && lower.startsWith(surface, from)) return values[entry - 1] as number;
      }
      slot = (slot + 1) & mask;
    }
    return insert(lower.slice(from, to), hash, slot);
  };

  const valueOfSurface = (surface: string): number => {
    let hash = FNV_OFFSET;
    for (let k = 0; k < surface.length; k++) hash = fnvStep(hash, surface.charCodeAt(k));
    return valueAt(surface, 0, surface.length, hash & 0x3fffffff);
  };

  const forEach = (text: string, visit: (value: number) => void): void => {
    if (!ASCII.test(text)) {
      forEachSurface(text, (surface) => visit(valueOfSurface(surface)));
      return;
    }
    // One lower-cased copy (V8 lowers ASCII text natively): the scan needs no case test, and a word seen
    // before is matched by the native startsWith.
    const lower = text.toLowerCase();
    const length = lower.length;
    let start = -1;
    let hash = FNV_OFFSET;
    // A one-letter word joined to the next ("e-health"): its letter, put in front of the next word.
    let prefix = "";
    for (let k = 0; k <= length; k++) {
      const code = k < length ? lower.charCodeAt(k) : 0;
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
        if (start < 0) {
          start = k;
          hash = FNV_OFFSET;
        }
        hash = fnvStep(hash, code);
        continue;
      }
      if (start < 0) continue;
      const size = k - start;
      if (prefix === "" && size === 1 && code === 45 && lower.charCodeAt(start) >= 97 && k + 1 < length) {
        // As HYPHENATED_PREFIX: a letter, a hyphen, at most one space, then a letter.
        const next = lower.charCodeAt(k + 1);
        const after = isSpace(next) && k + 2 < length ? lower.charCodeAt(k + 2) : -1;
        const letterAt = next >= 97 && next <= 122 ? k + 1 : after >= 97 && after <= 122 ? k + 2 : -1;
        if (letterAt > 0) {
          prefix = lower[start] as string;
          start = letterAt;
          k = letterAt;
          continue;
        }
      }
      // A joined word is rare, and not in the text as it stands: it is found by its own characters.
      if (prefix !== "") visit(valueOfSurface(prefix + lower.slice(start, k)));
      else if (size >= 2) visit(valueAt(lower, start, k, hash & 0x3fffffff));
      prefix = "";
      start = -1;
    }
  };
  return { forEach };
}
