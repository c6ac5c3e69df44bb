import * as z from "zod/mini";

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

/** A calendar year within the range the planner accepts (1990–2200). */
export const YearSchema = z
  .number({ error: "must be a number" })
  .check(
    z.int("must be a whole number"),
    z.gte(1990, "must be 1990 or later"),
    z.lte(2200, "must be 2200 or earlier"),
  );

/** A calendar date written `YYYY-MM-DD` that exists (no 30 February). */
export const IsoDateSchema = z.iso.date({ error: "must be a date written YYYY-MM-DD" });

/** A non-empty, trimmed line of text. */
export const TitleSchema = z.string().check(z.trim(), z.minLength(1, "must not be empty"));

/** An SDG number, 1–17. */
export const SdgSchema = z
  .number()
  .check(z.int(), z.gte(1, "SDGs are numbered 1–17"), z.lte(17, "SDGs are numbered 1–17"));
