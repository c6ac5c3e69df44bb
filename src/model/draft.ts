import * as z from "zod";
import { strictObject } from "./hints.ts";
import { IdSchema, YearSchema } from "./ids.ts";
import { ProgrammeSpecSchema, requireActionLines, ThemeObjectSchema } from "./programme.ts";
import { CommissionRecordSchema } from "./record.ts";

/** A theme the solver may leave out when that makes a better programme. */
export const DraftThemeSchema = ThemeObjectSchema.extend({
  optional: z.boolean().default(false),
}).superRefine(requireActionLines);

/** Bounds on the number of themes a cycle takes up. */
export const ThemesPerCycleSchema = strictObject({
  min: z.number().int().min(0, "must not be negative").max(10_000, "at most 10,000").default(1),
  max: z.number().int().min(1, "must be at least 1").max(10_000, "at most 10,000").default(2),
}).refine((bounds) => bounds.min <= bounds.max, { message: "min must not exceed max", path: ["min"] });

/** Cycle numbers in draft constraints count from 1, as planners say "the first cycle". */
/** The most cycles a horizon can hold: one-year cycles from 1990 to 2200. */
const MAX_CYCLES = 211;

const CycleNumberSchema = z
  .number()
  .int("must be a whole number")
  .min(1, "cycles are numbered from 1")
  .max(MAX_CYCLES, `at most ${MAX_CYCLES} (the planner's years run 1990–2200)`);

/**
 * What `draftProgramme` takes: a programme spec whose cycles are only counted (the solver assigns the
 * themes), with constraints and weights. Cycle numbers count from 1.
 */
export const DraftSpecSchema = ProgrammeSpecSchema.omit({ cycles: true, themes: true }).extend({
  cycles: z
    .number({ error: "must be a number of cycles" })
    .int()
    .min(1, "a programme needs at least 1 cycle")
    .max(MAX_CYCLES, `at most ${MAX_CYCLES} cycles (the planner's years run 1990–2200)`),
  themes: z.array(DraftThemeSchema),
  themesPerCycle: ThemesPerCycleSchema.default({ min: 1, max: 2 }),
  /** Put this theme in this cycle (a theme marked `optional` may still be left out, but only here). */
  pins: z.array(strictObject({ theme: IdSchema, cycle: CycleNumberSchema })).default([]),
  /** Keep this theme out of this cycle. */
  forbid: z.array(strictObject({ theme: IdSchema, cycle: CycleNumberSchema })).default([]),
  /** Take up `before` in an earlier cycle than `after` (when both are in the programme). */
  precedence: z.array(strictObject({ before: IdSchema, after: IdSchema })).default([]),
  /** Finish this theme (its cycle's policy year) by this year. */
  deadlines: z.array(strictObject({ theme: IdSchema, byYear: YearSchema })).default([]),
  /** Rule settings for the checker the solver optimises (as `checkProgramme`'s `rules` option). */
  rules: z.record(z.string(), z.unknown()).optional(),
  /** Rule parameters (as `checkProgramme`'s `params` option); `themesPerCycle` above takes precedence. */
  params: z.record(z.string(), z.unknown()).optional(),
  /** Weights of soft rules by rule id, replacing their default weights. */
  weights: z.record(z.string(), z.number().min(0, "weights must not be negative")).default({}),
  /**
   * Placements to prefer among equally good programmes (they never cost a finding): `draftScenarios`
   * passes the base draft's, so a variation moves only what it has to.
   */
  prefer: z.array(strictObject({ theme: IdSchema, cycle: CycleNumberSchema })).default([]),
  /**
   * A commission's record of past sessions (`cstdRecord`, or another's): the solver keeps themes away
   * from a recent session's near-identical ones and counts the record's coverage, as `checkProgramme` does.
   */
  history: CommissionRecordSchema.optional(),
  /** Seed for the local search's tie-breaks; the same seed gives the same programme. */
  seed: z.number().int().default(0),
  /**
   * Work budget of the exact search, in search steps: past it the solver returns the best programme
   * found with `optimal: false`. Counting steps rather than time keeps results reproducible.
   */
  maxSteps: z.number().int().min(1).default(2_000_000),
  /**
   * Optional wall-clock limit in milliseconds on top of `maxSteps`. When it cuts the search short the
   * result may differ from run to run; leave it unset for reproducible drafts.
   */
  timeLimitMs: z.number().min(1).max(600_000).optional(),
  /**
   * The clock `timeLimitMs` reads, in milliseconds (default `performance.now`); read only when a time
   * limit is set, so a draft without one never depends on the clock. Inject one to test the limit.
   */
  now: z.custom<() => number>((value) => typeof value === "function", "must be a function").optional(),
});
export type DraftSpec = z.input<typeof DraftSpecSchema>;
export type ResolvedDraftSpec = z.output<typeof DraftSpecSchema>;
