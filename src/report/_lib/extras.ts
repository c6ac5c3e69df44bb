import * as z from "zod/mini";
import type { AlignmentReport } from "../../align/index.ts";
import type { Milestone } from "../../calendar/index.ts";
import type { DuplicationReport } from "../../duplicates/index.ts";
import { isoDate, parseWith } from "../../model/index.ts";
import type { CheckReport } from "../../rules/index.ts";

// The analyses a document can append. Each schema checks what the reporters read (other fields pass
// through), so a malformed report fails with paths rather than a TypeError deep in a reporter.

const share = z.number().check(z.gte(0), z.lte(1));
const integer = z.number().check(z.int());
const year = integer;
const tally = z.number().check(z.int(), z.gte(0));
const texts = z.array(z.string());

const UngisThemeRefSchema = z.looseObject({ year, title: z.string() });

const AlignmentSchema = z.looseObject({
  coherence: share,
  lead: integer,
  counts: z.looseObject({ cstd: integer, ungis: integer, matched: integer }),
  byYear: z.array(
    z.looseObject({
      year,
      ungisYear: year,
      coherence: share,
      pairs: z.array(
        z.looseObject({ theme: z.string(), ungis: UngisThemeRefSchema, overlap: share, shared: texts }),
      ),
      unmatched: z.looseObject({ cstd: texts, ungis: z.array(UngisThemeRefSchema) }),
      stiOnly: texts,
    }),
  ),
  gaps: z.array(
    z.looseObject({
      year,
      ungisYear: year,
      theme: z.string(),
      title: z.string(),
      missingIn: z.enum(["ungis", "cstd"]),
      actionLines: texts,
      agencies: texts,
      suggestion: z.string(),
    }),
  ),
  outside: z.array(year),
});

/** A check report (`findingsToCsv` validates one alone). */
export const CheckSchema = z.looseObject({
  ok: z.boolean(),
  hard: tally,
  soft: tally,
  findings: z.array(
    z.looseObject({
      rule: z.string(),
      severity: z.enum(["hard", "soft"]),
      message: z.string(),
      path: z.optional(z.array(z.union([z.string(), z.number()]))),
      refs: texts,
    }),
  ),
});

const isoDateSchema = isoDate();
const MilestonesSchema = z.array(
  z.looseObject({
    date: isoDateSchema,
    end: z.optional(isoDateSchema),
    kind: z.string(),
    title: z.string(),
    year,
    session: z.optional(integer),
    workingDay: z.optional(z.boolean()),
    clashes: z.optional(texts),
  }),
);

/**
 * Two strings, checked issue for issue as `z.tuple([z.string(), z.string()])` checks them (zod's tuple
 * type weighs 1.9 KB in a bundle, for this one field): not a list, too short (and nothing more), too
 * long, then each of the two that is not a string, at its index.
 */
const stringPair = z.unknown().check(
  z.check(({ value: input, issues }) => {
    if (!Array.isArray(input)) {
      issues.push({ code: "invalid_type", expected: "tuple", input });
      return;
    }
    if (input.length < 2) {
      issues.push({ code: "too_small", minimum: 2, inclusive: true, input, origin: "array" });
      return;
    }
    if (input.length > 2)
      issues.push({ code: "too_big", maximum: 2, inclusive: true, input, origin: "array" });
    for (let i = 0; i < 2; i++)
      if (typeof input[i] !== "string")
        issues.push({ code: "invalid_type", expected: "string", input: input[i], path: [i] });
  }),
) as unknown as z.ZodMiniType<[string, string], [string, string]>;

/** A duplication report (`duplicatePairsToCsv` validates one alone). */
export const DuplicatesSchema = z.looseObject({
  pairs: z.array(
    z.looseObject({
      a: z.string(),
      b: z.string(),
      score: share,
      reasons: texts,
      kind: z.optional(z.string()),
      match: z.optional(z.boolean()),
      agencies: z.optional(stringPair),
      actionLines: z.optional(texts),
    }),
  ),
  groups: z.array(texts),
});

const ExtrasSchema = z.strictObject({
  check: z.optional(CheckSchema),
  calendar: z.optional(MilestonesSchema),
  alignment: z.optional(AlignmentSchema),
  duplicates: z.optional(DuplicatesSchema),
});

/** Analyses to append to a document: only what is given is rendered. */
export interface RenderExtras {
  /** From `checkProgramme`: the verdict and every finding. */
  readonly check?: CheckReport;
  /**
   * From `sessionCalendar` (say, with holidays or external events): the dated calendar to show
   * instead of the one `sessionCalendar(programme)` gives.
   */
  readonly calendar?: readonly Milestone[];
  /** From `alignWithUngis`: coherence, the alignment by year, and the gaps. */
  readonly alignment?: AlignmentReport;
  /** From `findDuplicates`: the pairs of activities that duplicate or overlap, and their groups. */
  readonly duplicates?: DuplicationReport;
}

/** The validated extras. */
export type ParsedExtras = z.output<typeof ExtrasSchema>;
export type ParsedAlignment = z.output<typeof AlignmentSchema>;
export type ParsedCheck = z.output<typeof CheckSchema>;
export type ParsedDuplicates = z.output<typeof DuplicatesSchema>;

/** Validates the extras (an absent value means none). */
export function parseExtras(extras: unknown): ParsedExtras {
  return parseWith(ExtrasSchema, extras ?? {}, "extras");
}
