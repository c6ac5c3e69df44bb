import * as z from "zod/mini";
import { strictObject } from "./hints.ts";
import { IdSchema, optionalList, wholeNumber, YearSchema } from "./ids.ts";
import { ProgrammeSpecSchema, requireActionLines, ThemeObjectSchema } from "./programme.ts";
import { CommissionRecordSchema } from "./record.ts";
import { refinement } from "./refine.ts";

/** A theme the solver may leave out when that makes a better programme. */
export const DraftThemeSchema = strictObject({
  ...ThemeObjectSchema.shape,
  optional: z._default(z.boolean(), false),
}).check(refinement(requireActionLines));

/** Bounds on the number of themes a cycle takes up. */
export const ThemesPerCycleSchema = strictObject({
  min: z._default(
    z.number().check(z.int(), z.gte(0, "must not be negative"), z.lte(10_000, "at most 10,000")),
    1,
  ),
  max: z._default(
    z.number().check(z.int(), z.gte(1, "must be at least 1"), z.lte(10_000, "at most 10,000")),
    2,
  ),
}).check(
  z.refine((bounds) => bounds.min <= bounds.max, { message: "min must not exceed max", path: ["min"] }),
);

/** Cycle numbers in draft constraints count from 1, as planners say "the first cycle". */
/** The most cycles a horizon can hold: one-year cycles from 1990 to 2200. */
const MAX_CYCLES = 211;

const CycleNumberSchema = z
  .number()
  .check(
    z.int("must be a whole number"),
    z.gte(1, "cycles are numbered from 1"),
    z.lte(MAX_CYCLES, `at most ${MAX_CYCLES} (the planner's years run 1990–2200)`),
  );

/** A theme and a cycle (pins, forbids, preferences). */
const ThemeInCycleSchema = strictObject({ theme: IdSchema, cycle: CycleNumberSchema });

/**
 * What `draftProgramme` takes: a programme spec whose cycles are only counted (the solver assigns the
 * themes), with constraints and weights. Cycle numbers count from 1.
 */
// The spec's fields but cycles and themes, then the draft's own (what `z.extend(z.omit(…))` builds, spelt
// out: zod's shape helpers weigh 2.7 KB in a bundle, for four schemas).
const { cycles: _cycles, themes: _themes, ...specShape } = ProgrammeSpecSchema.shape;
export const DraftSpecSchema = strictObject({
  ...specShape,
  cycles: z
    .number({ error: "must be a number of cycles" })
    .check(
      z.int(),
      z.gte(1, "a programme needs at least 1 cycle"),
      z.lte(MAX_CYCLES, `at most ${MAX_CYCLES} cycles (the planner's years run 1990–2200)`),
    ),
  themes: z.array(DraftThemeSchema),
  themesPerCycle: z._default(ThemesPerCycleSchema, { min: 1, max: 2 }),
  /** Put this theme in this cycle (a theme marked `optional` may still be left out, but only here). */
  pins: optionalList(ThemeInCycleSchema),
  /** Keep this theme out of this cycle. */
  forbid: optionalList(ThemeInCycleSchema),
  /** Take up `before` in an earlier cycle than `after` (when both are in the programme). */
  precedence: optionalList(strictObject({ before: IdSchema, after: IdSchema })),
  /** Finish this theme (its cycle's policy year) by this year. */
  deadlines: optionalList(strictObject({ theme: IdSchema, byYear: YearSchema })),
  /** Rule settings for the checker the solver optimises (as `checkProgramme`'s `rules` option). */
  rules: z.optional(z.record(z.string(), z.unknown())),
  /** Rule parameters (as `checkProgramme`'s `params` option); `themesPerCycle` above takes precedence. */
  params: z.optional(z.record(z.string(), z.unknown())),
  /** Weights of soft rules by rule id, replacing their default weights. */
  weights: z._default(z.record(z.string(), z.number().check(z.gte(0, "weights must not be negative"))), {}),
  /**
   * Placements to prefer among equally good programmes (they never cost a finding): `draftScenarios`
   * passes the base draft's, so a variation moves only what it has to.
   */
  prefer: optionalList(ThemeInCycleSchema),
  /**
   * A commission's record of past sessions (`cstdRecord`, or another's): the solver keeps themes away
   * from a recent session's near-identical ones and counts the record's coverage, as `checkProgramme` does.
   */
  history: z.optional(CommissionRecordSchema),
  /** Seed for the local search's tie-breaks; the same seed gives the same programme. */
  seed: z._default(z.number().check(z.int()), 0),
  /**
   * Work budget of the exact search, in search steps: past it the solver returns the best programme
   * found with `optimal: false`. Counting steps rather than time keeps results reproducible.
   */
  maxSteps: z._default(wholeNumber(1), 2_000_000),
  /**
   * Optional wall-clock limit in milliseconds on top of `maxSteps`. When it cuts the search short the
   * result may differ from run to run; leave it unset for reproducible drafts.
   */
  timeLimitMs: z.optional(z.number().check(z.gte(1), z.lte(600_000))),
  /**
   * The clock `timeLimitMs` reads, in milliseconds (default `performance.now`); read only when a time
   * limit is set, so a draft without one never depends on the clock. Inject one to test the limit.
   */
  now: z.optional(z.custom<() => number>((value) => typeof value === "function", "must be a function")),
});
export type DraftSpec = z.input<typeof DraftSpecSchema>;
export type ResolvedDraftSpec = z.output<typeof DraftSpecSchema>;
