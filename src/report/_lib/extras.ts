import { z } from "zod";
import type { AlignmentReport } from "../../align/index.ts";
import { parseWith } from "../../model/index.ts";

// The analyses a document can append. Each schema checks what the reporters read (other fields pass
// through), so a malformed report fails with paths rather than a TypeError deep in a reporter.

const share = z.number().min(0).max(1);
const year = z.number().int();
const texts = z.array(z.string());

const UngisThemeRefSchema = z.looseObject({ year, title: z.string() });

const AlignmentSchema = z.looseObject({
  coherence: share,
  lead: z.number().int(),
  counts: z.looseObject({ cstd: z.number().int(), ungis: z.number().int(), matched: z.number().int() }),
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

const ExtrasSchema = z.strictObject({
  alignment: AlignmentSchema.optional(),
});

/** Analyses to append to a document: only what is given is rendered. */
export interface RenderExtras {
  /** From `alignWithUngis`: coherence, the alignment by year, and the gaps. */
  readonly alignment?: AlignmentReport;
}

/** The validated extras. */
export type ParsedExtras = z.output<typeof ExtrasSchema>;
export type ParsedAlignment = z.output<typeof AlignmentSchema>;

/** Validates the extras (an absent value means none). */
export function parseExtras(extras: unknown): ParsedExtras {
  return parseWith(ExtrasSchema, extras ?? {}, "extras");
}
