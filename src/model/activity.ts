import * as z from "zod/mini";
import { forEachRepeat } from "./collections.ts";
import { periodEndDay, periodStartDay, YEAR_OR_DATE } from "./days.ts";
import { strictObject } from "./hints.ts";
import { IdSchema, IsoDateSchema, NumberSchema, TextSchema, TitleSchema, wholeNumber } from "./ids.ts";
import { refinement } from "./refine.ts";

// Activity registers (IATI activity files, "who does what where" matrices) describe each activity by its
// reporting organisation, participating organisations and their roles, status, planned and actual dates,
// sectors, geography and budgets. The code lists below are IATI's (standard 2.03): OrganisationRole,
// ActivityStatus, BudgetType, BudgetStatus (https://iatistandard.org/en/iati-standard/203/codelists/).

/**
 * An activity identifier or an organisation reference: any text without control characters (up to 250
 * characters), so IATI identifiers ("XM-DAC-41114-PROJECT-00012345", "GB-1-203 04/1") fit as they are.
 */
export const RecordIdSchema = z.string({ error: "must be text" }).check(
  z.trim(),
  z.minLength(1, "must not be empty"),
  z.maxLength(250, "must be at most 250 characters"),
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to reject control characters
  z.regex(/^[^\u0000-\u001f\u007f]+$/u, "must not contain control characters"),
);

/** The pattern `z.iso.date()` (IsoDateSchema) checks: month lengths and leap years included. */
const ISO_DATE = IsoDateSchema._zod.def.pattern as RegExp;

/**
 * What is wrong with a year or date (`ActivityDateSchema`'s one issue), or undefined when it is one. A
 * plain function, so the activity's own checks re-read its dates without a zod parse each.
 */
function activityDateProblem(value: string): string | undefined {
  if (!YEAR_OR_DATE.test(value)) return `"${value}" is not a year (YYYY) or a date (YYYY-MM-DD)`;
  const year = Number.parseInt(value, 10);
  if (year < 1900 || year > 2200) return `${year} is outside 1900–2200`;
  if (value.length > 4 && !ISO_DATE.test(value)) return `"${value}" is not a date that exists`;
  return undefined;
}

/**
 * A year (`"2026"`) or a calendar date (`"2026-03-31"`) between 1900 and 2200. A year alone means the whole
 * year: from 1 January when it starts a period, to 31 December when it ends one.
 */
export const ActivityDateSchema = z.string({ error: "must be a year (YYYY) or a date (YYYY-MM-DD)" }).check(
  z.trim(),
  refinement<string>((value, report) => {
    const problem = activityDateProblem(value);
    if (problem !== undefined) report(problem);
  }),
);
export type ActivityDate = z.infer<typeof ActivityDateSchema>;

/** IATI ActivityStatus 1–6, by name. */
export const ActivityStatusSchema = z.enum([
  "pipeline",
  "implementation",
  "finalisation",
  "closed",
  "cancelled",
  "suspended",
]);
export type ActivityStatus = z.infer<typeof ActivityStatusSchema>;

/** IATI OrganisationRole 1–4: who pays, who answers for it, who manages the money, who does the work. */
export const OrganisationRoleSchema = z.enum(["funding", "accountable", "extending", "implementing"]);
export type OrganisationRole = z.infer<typeof OrganisationRoleSchema>;

/** An organisation taking part in an activity, by reference (an agency id or IATI org ref), by name, or both. */
export const ParticipantSchema = strictObject({
  ref: z.optional(RecordIdSchema),
  name: z.optional(TitleSchema),
  role: OrganisationRoleSchema,
  /** IATI organisation type code (10 government, 40 multilateral, …), kept as given. */
  type: z.optional(TextSchema),
  /** This organisation's own identifier for the same activity: a cross-reference to its record. */
  activityId: z.optional(RecordIdSchema),
}).check(
  z.refine((participant) => participant.ref !== undefined || participant.name !== undefined, {
    message: "a participant needs a ref or a name",
  }),
);
export type ParticipantInput = z.input<typeof ParticipantSchema>;
export type Participant = z.output<typeof ParticipantSchema>;

/**
 * An ISO 3166-1 alpha-3 country code ("KEN"), or "global" for work with no particular country.
 * Whether the code is assigned is checked against the ISO 3166-1 table by `parseActivities` and `findDuplicates`.
 */
export const CountryCodeSchema = z
  .string({ error: "must be text" })
  .check(
    z.regex(
      /^(?:[A-Z]{3}|global)$/u,
      'must be an ISO 3166-1 alpha-3 code in capitals (e.g. "KEN"), or "global"',
    ),
  );

/** A region by its code in a vocabulary (IATI RegionVocabulary; "1" is the OECD DAC's region list). */
export const RegionRefSchema = strictObject({
  code: TitleSchema,
  vocabulary: z._default(TitleSchema, "1"),
  name: z.optional(TextSchema),
});
export type RegionRefInput = z.input<typeof RegionRefSchema>;
export type RegionRef = z.output<typeof RegionRefSchema>;

/** A budget: an amount in an ISO 4217 currency, optionally for a period and with IATI's type and status. */
export const BudgetSchema = strictObject({
  value: NumberSchema,
  currency: z
    .string()
    .check(z.regex(/^[A-Z]{3}$/u, 'must be an ISO 4217 currency code in capitals (e.g. "USD")')),
  start: z.optional(IsoDateSchema),
  end: z.optional(IsoDateSchema),
  kind: z.optional(z.enum(["original", "revised"])),
  status: z.optional(z.enum(["indicative", "committed"])),
});
export type BudgetInput = z.input<typeof BudgetSchema>;
export type Budget = z.output<typeof BudgetSchema>;

/** A sector code as reported (IATI SectorVocabulary "1" = DAC 5-digit, "2" = DAC 3-digit), kept as given. */
export const SectorSchema = strictObject({
  vocabulary: z._default(TextSchema, "1"),
  code: TitleSchema,
  percentage: z.optional(z.number().check(z.gte(0), z.lte(100))),
  name: z.optional(TextSchema),
});
export type SectorInput = z.input<typeof SectorSchema>;
export type Sector = z.output<typeof SectorSchema>;

const PercentageSchema = NumberSchema.check(
  z.gt(0, "must be more than 0"),
  z.lte(100, "must be at most 100"),
);

/** Shares may be written to two decimals, so three lines of 33.33 add up to 99.99. */
const SHARE_TOLERANCE = 0.05;

/** An activity's fields, each checked on its own; `ActivitySchema` adds the checks across fields. */
const ActivityObjectSchema = strictObject({
  id: RecordIdSchema,
  /** The reporting agency: a catalogue agency id ("ITU") or an IATI organisation reference. */
  agency: RecordIdSchema,
  agencyName: z.optional(TitleSchema),
  title: TitleSchema,
  description: z.optional(z.string().check(z.trim())),
  /** May be empty: an imported activity whose sectors map to no action line (then `unmapped` is set). */
  actionLines: z.array(IdSchema),
  actionLineShares: z.optional(z.array(PercentageSchema)),
  start: ActivityDateSchema,
  end: ActivityDateSchema,
  actualStart: z.optional(ActivityDateSchema),
  actualEnd: z.optional(ActivityDateSchema),
  status: z.optional(ActivityStatusSchema),
  countries: z.optional(z.array(CountryCodeSchema)),
  regions: z.optional(z.array(RegionRefSchema)),
  participants: z.optional(z.array(ParticipantSchema)),
  budgets: z.optional(z.array(BudgetSchema)),
  sectors: z.optional(z.array(SectorSchema)),
  crossReferences: z.optional(z.array(RecordIdSchema)),
  /** Set by the importers when no sector maps to an action line (the sectors are kept in `sectors`). */
  unmapped: z.optional(z.boolean()),
  /** Where the record was read from: a file name (as given to the importer) and its 1-based line and column. */
  source: z.optional(
    strictObject({
      file: z.optional(z.string().check(z.minLength(1))),
      line: z.optional(wholeNumber(1)),
      column: z.optional(wholeNumber(1)),
    }),
  ),
});

/** Whether a date field holds a valid year or date (its own issue, if any, is the field schema's). */
function valid(value: string | undefined): value is string {
  return value !== undefined && activityDateProblem(value) === undefined;
}

/** Whether a period's valid end falls before its valid start (a bare year ends on 31 December). */
function endsBeforeStart(start: string | undefined, end: string | undefined): boolean {
  return valid(start) && valid(end) && periodEndDay(end) < periodStartDay(start);
}

/**
 * An agency's planned or running activity, as activity registers report it. `start`/`end` are the planned
 * dates; `actualStart`/`actualEnd` what happened. `actionLineShares`, when given, are the percentage of the
 * activity under each of `actionLines` (same order) and add up to 100. `countries` holds ISO 3166-1
 * alpha-3 codes, or just "global"; absent means not known. `crossReferences` are ids under which other
 * agencies report this same activity (a funder's and an implementer's record of one activity).
 */
export const ActivitySchema = ActivityObjectSchema.check(
  refinement<z.output<typeof ActivityObjectSchema>>((activity, report) => {
    if (endsBeforeStart(activity.start, activity.end)) {
      report(`ends (${activity.end}) before it starts (${activity.start})`, ["end"]);
    }
    if (endsBeforeStart(activity.actualStart, activity.actualEnd)) {
      report(`actually ended (${activity.actualEnd}) before it actually started (${activity.actualStart})`, [
        "actualEnd",
      ]);
    }
    forEachRepeat(activity.actionLines, (line, index, first) => {
      report(`names action line "${line}" twice (first at actionLines[${first}])`, ["actionLines", index]);
    });
    const shares = activity.actionLineShares;
    if (shares !== undefined) {
      if (shares.length !== activity.actionLines.length) {
        report(
          `has ${shares.length} shares for ${activity.actionLines.length} action lines; give one share per line, in the same order`,
          ["actionLineShares"],
        );
      } else {
        const sum = shares.reduce((total, share) => total + share, 0);
        if (Math.abs(sum - 100) > SHARE_TOLERANCE) {
          report(`shares add up to ${Math.round(sum * 100) / 100}, not 100`, ["actionLineShares"]);
        }
      }
    }
    const countries = activity.countries ?? [];
    if (countries.includes("global") && countries.length > 1) {
      report('"global" stands alone: it already covers every country', ["countries"]);
    }
    forEachRepeat(countries, (code, index) => {
      report(`names ${code} twice`, ["countries", index]);
    });
  }),
);
/** An activity as callers write it. */
export type ActivityInput = z.input<typeof ActivitySchema>;
/** A validated activity. */
export type Activity = z.output<typeof ActivitySchema>;

/** Where an activity was read from (`Activity.source`). */
export type ActivitySource = NonNullable<Activity["source"]>;

/** A list of activities: the file format `findDuplicates` reads (JSON), beside the IATI and CSV importers. */
export const ActivitiesSchema = z.array(ActivitySchema);

/** The fields `findDuplicates` can compare. */
export const DuplicateFieldSchema = z.enum([
  "title",
  "description",
  "actionLines",
  "period",
  "geography",
  "partners",
]);
export type DuplicateField = z.infer<typeof DuplicateFieldSchema>;

const ScoreSchema = NumberSchema.check(z.gt(0, "must be more than 0"), z.lt(1, "must be less than 1"));

/**
 * Options of `findDuplicates`. `threshold` (a score) or `matchWeight` (a Fellegi–Sunter match weight in
 * bits; it wins when both are given) decides which pairs count as overlapping and form groups;
 * `reviewThreshold` keeps weaker pairs in the list for a person to review. By default only pairs from
 * different agencies are compared.
 */
export const FindDuplicatesOptionsSchema = strictObject({
  threshold: z._default(ScoreSchema, 0.5),
  matchWeight: z.optional(z.number().check(z.gte(-60), z.lte(60))),
  reviewThreshold: z.optional(ScoreSchema),
  withinAgency: z._default(z.boolean(), false),
  /** Every field by default. */
  fields: z._default(
    z.array(DuplicateFieldSchema).check(z.minLength(1, "compare at least one field")),
    DuplicateFieldSchema.options,
  ),
  /** "indexed" (default) compares only candidate pairs; "all-pairs" compares every pair (quadratic: for audits of small sets). */
  method: z._default(z.enum(["indexed", "all-pairs"]), "indexed"),
  /** Longest posting list the candidate index keeps per action line and word (guards against blow-ups). */
  maxBlockSize: z._default(wholeNumber(10, 1_000_000), 5000),
}).check(
  refinement((options, report) => {
    if (!options.fields.includes("title") && !options.fields.includes("description")) {
      report('must include "title" or "description": candidate pairs are found through their words', [
        "fields",
      ]);
    }
    forEachRepeat(options.fields, (field, index) => {
      report(`names "${field}" twice`, ["fields", index]);
    });
  }),
);
export type FindDuplicatesOptionsInput = z.input<typeof FindDuplicatesOptionsSchema>;
export type ResolvedFindDuplicatesOptions = z.output<typeof FindDuplicatesOptionsSchema>;

const AGENCY_IDS_MESSAGE = "must be a Map or a plain object of organisation references to agency ids";

/**
 * A Map of organisation references to agency ids, checked and copied as
 * `z.map(z.string(), RecordIdSchema, { error: AGENCY_IDS_MESSAGE })` checks and copies one, issue for issue
 * (zod's map type weighs 1.2 KB in a bundle, for this one option): not a Map is the one issue; then, entry
 * by entry, a key that is not a string and a value that is not a record id, at the key's path (a key that
 * cannot be a path, an object say, gets the message at the Map's own path, as zod's `invalid_key` and
 * `invalid_element`); the copy holds the trimmed ids.
 */
const AgencyIdsSchema = z.unknown().check(
  z.check((payload) => {
    const input = payload.value;
    if (!(input instanceof Map)) {
      payload.issues.push({ code: "invalid_type", expected: "map", input, message: AGENCY_IDS_MESSAGE });
      return;
    }
    const copy = new Map<unknown, unknown>();
    for (const [key, value] of input) {
      const pathKey = typeof key === "string" || typeof key === "number" || typeof key === "symbol";
      if (typeof key !== "string")
        payload.issues.push(
          pathKey
            ? { code: "invalid_type", expected: "string", input: key, path: [key] }
            : { code: "invalid_key", origin: "map", input, message: AGENCY_IDS_MESSAGE, issues: [] },
        );
      const id = RecordIdSchema.safeParse(value);
      if (!id.success) {
        if (pathKey)
          for (const issue of id.error.issues)
            payload.issues.push({ ...issue, input: value, path: [key, ...issue.path] });
        else
          payload.issues.push({
            code: "invalid_element",
            origin: "map",
            key,
            input,
            message: AGENCY_IDS_MESSAGE,
            issues: [],
          });
      }
      copy.set(key, id.success ? id.data : value);
    }
    payload.value = copy;
  }),
) as unknown as z.ZodMiniMap<z.ZodMiniString<string>, typeof RecordIdSchema>;

/** Options of the importers `fromIatiXml` and `fromCsv`. */
export const ImportOptionsSchema = strictObject({
  /** Return the good records and the list of problems instead of throwing. */
  lenient: z._default(z.boolean(), false),
  /** Narrative language to prefer (IATI): an ISO 639-1 code. */
  language: z._default(
    z.string().check(z.regex(/^[a-z]{2,3}$/u, 'must be an ISO 639-1 code in lower case, e.g. "en"')),
    "en",
  ),
  /** Organisation references to agency ids (e.g. an IATI org ref to "UNDP"), so agencies match the catalogue. */
  // The importers turn a plain object into a Map before this schema sees it (so "__proto__" stays a key).
  agencyIds: z.optional(AgencyIdsSchema),
  /** Whether IATI organisation refs of UN agencies map to catalogue agencies through the built-in table (default true). */
  builtInAgencies: z._default(z.boolean(), true),
  /** CSV field separator; detected from the header row when not given. */
  delimiter: z.optional(z.enum([",", ";", "\t"])),
  /** A name for the file (e.g. its path), kept on each record's `source` and named in every problem. */
  file: z.optional(z.string().check(z.minLength(1, "must not be empty"))),
});
export type ImportOptionsInput = z.input<typeof ImportOptionsSchema>;
export type ResolvedImportOptions = z.output<typeof ImportOptionsSchema>;
