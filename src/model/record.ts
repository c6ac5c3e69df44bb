import * as z from "zod/mini";
import { FactStatusSchema } from "./catalogue.ts";
import { strictObject } from "./hints.ts";
import { IdSchema, IsoDateSchema, SourceSchema, TitleSchema, wholeNumber, YearSchema } from "./ids.ts";
import { requireActionLines, ThemeObjectSchema } from "./programme.ts";
import { refinement } from "./refine.ts";

/** A theme a past session took up, mapped to the catalogue's lines, with where it comes from. */
export const RecordThemeSchema = strictObject({
  ...ThemeObjectSchema.shape,
  /** How sure the record is that the session took up this theme. */
  status: z._default(FactStatusSchema, "confirmed"),
  source: SourceSchema,
}).check(refinement(requireActionLines));
export type RecordThemeInput = z.input<typeof RecordThemeSchema>;
export type RecordTheme = z.output<typeof RecordThemeSchema>;

/** One past session of a commission: its number, dates and the themes it took up. */
export const RecordSessionSchema = strictObject({
  number: z.optional(wholeNumber(1)),
  year: YearSchema,
  opens: z.optional(IsoDateSchema),
  closes: z.optional(IsoDateSchema),
  /** How sure the record is of the dates (`recalled` or omitted dates when the source gives none). */
  datesStatus: z._default(FactStatusSchema, "confirmed"),
  venue: z.optional(z.string()),
  themes: z.array(RecordThemeSchema),
  source: SourceSchema,
  note: z.optional(z.string()),
});
export type RecordSessionInput = z.input<typeof RecordSessionSchema>;
export type RecordSession = z.output<typeof RecordSessionSchema>;

/**
 * A commission's record: the sessions it held and the themes each took up, as a `history` for
 * `checkProgramme` and `draftProgramme` (repetition against past sessions, coverage over the record
 * and the horizon). Its themes name lines of the catalogue `catalogue` (an id).
 */
export const CommissionRecordSchema = strictObject({
  id: IdSchema,
  commission: TitleSchema,
  /** Id of the catalogue whose lines the record's themes name. */
  catalogue: IdSchema,
  /** How the record's themes were mapped to lines (for the embedded records: this project's reading). */
  mapping: z._default(z.string(), ""),
  sessions: z.array(RecordSessionSchema),
  source: SourceSchema,
});
export type CommissionRecordInput = z.input<typeof CommissionRecordSchema>;
export type CommissionRecord = z.output<typeof CommissionRecordSchema>;
