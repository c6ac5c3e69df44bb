import * as z from "zod/mini";
import { _isoDate, type $ZodISODateParams } from "zod/v4/core";

// `z.iso.date()` as zod/mini's iso.js defines it (`core._isoDate(ZodMiniISODate,
// params)`), without going through the `z.iso` namespace: a bundler keeps every member of a namespace
// object it cannot see through, so `z.iso.date()` brought zod's time and duration formats along (1.8 KB).

/** A `YYYY-MM-DD` date that exists: `z.iso.date(params)`. */
export const isoDate = (params?: string | $ZodISODateParams): z.ZodMiniISODate =>
  _isoDate(z.ZodMiniISODate, params);

/**
 * An identifier: a theme, an agency, an action line, an agenda item. Letters, digits and `_ . : -`,
 * starting with a letter, digit or underscore, so `__proto__` or `constructor` are ordinary ids
 * (every table keyed by id is a `Map`).
 */
export const IdSchema = z
  .string()
  .check(
    z.minLength(1, "must not be empty"),
    z.maxLength(80, "must be at most 80 characters"),
    z.regex(/^[A-Za-z0-9_][A-Za-z0-9_.:-]*$/u, "must use only letters, digits and _ . : - (no spaces)"),
  );

/** Any number, and the one message for what is not one. */
export const NumberSchema = z.number({ error: "must be a number" });

/**
 * A whole number of at least `min` (and at most `max`, when given), with zod's own messages:
 * `z.number().check(z.int(), z.gte(min), z.lte(max))`.
 */
export function wholeNumber(min: number, max?: number): z.ZodMiniNumber<number> {
  return z.number().check(z.int(), z.gte(min), ...(max === undefined ? [] : [z.lte(max)]));
}

/** A calendar year within the range the planner accepts (1990–2200). */
export const YearSchema = NumberSchema.check(
  z.int("must be a whole number"),
  z.gte(1990, "must be 1990 or later"),
  z.lte(2200, "must be 2200 or earlier"),
);

/** A calendar date written `YYYY-MM-DD` that exists (no 30 February). */
export const IsoDateSchema = isoDate({ error: "must be a date written YYYY-MM-DD" });

/**
 * What `z.iso.datetime({ offset: true })` accepts: a date that exists, `T`, the time to the second (a
 * fraction allowed) and `Z` or an offset. The pattern is the one zod builds for it (core/regexes.ts,
 * `datetime`) around IsoDateSchema's date pattern; a test holds the two equal. zod's date-time type
 * itself weighs 0.8 KB in a bundle, for one option of `toICalendar`.
 */
export const ISO_DATE_TIME = new RegExp(
  `^${(IsoDateSchema._zod.def.pattern as RegExp).source.slice(1, -1)}T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$`,
);

/** A non-empty, trimmed line of text. */
export const TitleSchema = z.string().check(z.trim(), z.minLength(1, "must not be empty"));

/** A non-empty, trimmed line of text, with zod's own message when it is empty (codes and names as registers give them). */
export const TextSchema = z.string().check(z.trim(), z.minLength(1));

/** A list of `item`s, empty when omitted. */
export function optionalList<T extends z.core.SomeType>(item: T) {
  return z._default(z.array(item), []);
}

/** A list of ids, empty when omitted. */
export const IdListSchema = optionalList(IdSchema);

/** Where a fact comes from (a document and an address), empty when not given. */
export const SourceSchema = z._default(z.string(), "");

/** A share of a whole, 0–1. */
export const ShareSchema = z
  .number()
  .check(z.gte(0, "must not be negative"), z.lte(1, "is a share, at most 1"));

/** An SDG number, 1–17. */
export const SdgSchema = z
  .number()
  .check(z.int(), z.gte(1, "SDGs are numbered 1–17"), z.lte(17, "SDGs are numbered 1–17"));
