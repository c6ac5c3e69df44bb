import * as z from "zod";

/**
 * An identifier: a theme, an agency, an action line, an agenda item. Letters, digits and `_ . : -`,
 * starting with a letter, digit or underscore, so `__proto__` or `constructor` are ordinary ids
 * (every table keyed by id is a `Map`).
 */
export const IdSchema = z
  .string()
  .min(1, "must not be empty")
  .max(80, "must be at most 80 characters")
  .regex(/^[A-Za-z0-9_][A-Za-z0-9_.:-]*$/u, "must use only letters, digits and _ . : - (no spaces)");

/** A calendar year within the range the planner accepts (1990–2200). */
export const YearSchema = z
  .number({ error: "must be a number" })
  .int("must be a whole number")
  .min(1990, "must be 1990 or later")
  .max(2200, "must be 2200 or earlier");

/** A calendar date written `YYYY-MM-DD` that exists (no 30 February). */
export const IsoDateSchema = z.iso.date({ error: "must be a date written YYYY-MM-DD" });

/** A non-empty, trimmed line of text. */
export const TitleSchema = z.string().trim().min(1, "must not be empty");

/** An SDG number, 1–17. */
export const SdgSchema = z.number().int().min(1, "SDGs are numbered 1–17").max(17, "SDGs are numbered 1–17");
