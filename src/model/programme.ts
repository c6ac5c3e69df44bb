import * as z from "zod/mini";
import { strictObject } from "./hints.ts";
import {
  IdListSchema,
  IdSchema,
  IsoDateSchema,
  optionalList,
  SdgSchema,
  TextSchema,
  TitleSchema,
  wholeNumber,
  YearSchema,
} from "./ids.ts";
import { type ReportIssue, refinement } from "./refine.ts";

/** The Commission's two mandates: WSIS follow-up, its original STI-for-development mandate, or both. */
export const MandateSchema = z.enum(["wsis", "sti", "both"]);
export type Mandate = z.infer<typeof MandateSchema>;

/**
 * A priority theme. A theme with a WSIS mandate (the default) names at least one action line;
 * an STI-only theme may name none and carries SDG links and tags instead (ECOSOC 2006/46 kept the
 * Commission's original science-and-technology mandate beside the WSIS one).
 */
export const ThemeObjectSchema = strictObject({
  id: IdSchema,
  title: TitleSchema,
  mandate: z._default(MandateSchema, "wsis"),
  actionLines: IdListSchema,
  sdgs: optionalList(SdgSchema),
  tags: optionalList(TitleSchema),
  /**
   * A cross-cutting theme runs through every cycle (the CSD took up its cross-cutting issues and
   * means of implementation in every cycle, reference §6, §9d): it belongs in each cycle, never
   * counts as a repetition, does not count towards the themes a cycle takes up, and documents list
   * it apart.
   */
  crossCutting: z.optional(z.boolean()),
});

/** A theme with a WSIS mandate names at least one action line (used by the theme and draft-theme schemas). */
export function requireActionLines(
  theme: { id: string; mandate: Mandate; actionLines: readonly string[] },
  report: ReportIssue,
): void {
  if (theme.mandate !== "sti" && theme.actionLines.length === 0) {
    report(
      `theme "${theme.id}" has a ${theme.mandate} mandate, so it must name at least one action line (only "sti" themes may name none)`,
      ["actionLines"],
    );
  }
}

export const ThemeSchema = ThemeObjectSchema.check(refinement(requireActionLines));
/** A theme as callers write it: `mandate`, `sdgs`, `tags` optional. */
export type ThemeInput = z.input<typeof ThemeSchema>;
/** A theme with every default filled in. */
export type Theme = z.output<typeof ThemeSchema>;

/** What a session does: review progress, decide policy, or both in one year (annual cycles). */
export const PhaseSchema = z.enum(["review", "policy", "combined"]);
export type Phase = z.infer<typeof PhaseSchema>;

const NthSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal("last")]);
const MonthSchema = z.number().check(z.int(), z.gte(1, "months are 1–12"), z.lte(12, "months are 1–12"));

/** "The nth Monday of a month": how recurring meetings are placed. */
export const MondayRuleSchema = strictObject({ month: MonthSchema, nth: NthSchema });
export type MondayRule = z.infer<typeof MondayRuleSchema>;

/**
 * How sessions and their deadlines are dated. Defaults follow the reference: five working days in
 * Geneva in May (second Monday), an inter-sessional panel in the preceding November, documents six
 * weeks before opening (A/RES/45/238 B), and the report to ECOSOC's July session.
 */
export const CalendarOptionsSchema = strictObject({
  venue: z._default(TitleSchema, "Geneva, Palais des Nations"),
  /**
   * Sessions open on this Monday of the year. The second Monday of May is a judgement (the CSTD
   * usually meets in May, reference §5b), not a rule.
   */
  sessionStart: z._default(MondayRuleSchema, { month: 5, nth: 2 }),
  /** Working days a session lasts. */
  sessionDays: z._default(wholeNumber(1, 20), 5),
  /** Exact opening dates for particular years, overriding `sessionStart`. */
  sessionDates: optionalList(strictObject({ year: YearSchema, opens: IsoDateSchema })),
  /**
   * Working days of the high-level segment, at the end of the session. Two is a judgement, not a
   * rule (the CSD's lasted three days in two-week sessions, reference §9d).
   */
  highLevelSegmentDays: z._default(wholeNumber(1, 10), 2),
  /**
   * The phases whose sessions hold a high-level segment: `["policy", "combined"]` when omitted (the
   * 2006 meeting's proposal). The CSD held one in its review sessions too (CSD-14, -16, -18, §9d):
   * `["review", "policy"]` models it.
   */
  highLevelSegmentPhases: z.optional(z.array(PhaseSchema).check(z.minLength(1, "name at least one phase"))),
  /** The inter-sessional panel, in the year before the session; `false` for none. */
  intersessionalPanel: z._default(
    z.union([
      z.literal(false),
      strictObject({
        start: z._default(MondayRuleSchema, { month: 11, nth: 3 }),
        days: z._default(wholeNumber(1, 10), 3),
      }),
    ]),
    // A function, so each value gets its own `start` (zod copies an object default one level deep).
    () => ({ start: { month: 11, nth: 3 as const }, days: 3 }),
  ),
  /** Pre-session documents are due this many weeks before the session opens (the six-week rule). */
  documentsWeeks: z._default(wholeNumber(0, 52), 6),
  /** Stakeholder inputs through the portal are due this many weeks before the documents (a judgement). */
  inputsWeeks: z._default(wholeNumber(0, 52), 4),
  /** The open consultation runs this many weeks up to the inputs deadline (a judgement). */
  consultationWeeks: z._default(wholeNumber(1, 52), 8),
  /** ECOSOC's session that receives the report opens on this Monday. */
  ecosoc: z._default(MondayRuleSchema, { month: 7, nth: 1 }),
  /** Days no meeting is held (UN holidays at the venue); sessions and deadlines step around them. */
  holidays: optionalList(IsoDateSchema),
});

/**
 * The calendar options a spec without `calendar` gets: a new object each time (zod copies an object
 * default one level deep, and the options nest), so no spec shares its calendar's parts with another.
 */
const defaultCalendar = (): z.output<typeof CalendarOptionsSchema> => CalendarOptionsSchema.parse({});
export type CalendarOptionsInput = z.input<typeof CalendarOptionsSchema>;
export type CalendarOptions = z.output<typeof CalendarOptionsSchema>;

/** The kinds of agenda item a session carries. */
export const AgendaKindSchema = z.enum([
  "procedural",
  "standing",
  "review",
  "policy",
  "high-level-segment",
  "other",
]);
export type AgendaKind = z.infer<typeof AgendaKindSchema>;

/** An item of a session's agenda. Theme-based items list the theme ids they take up. */
export const AgendaItemSchema = strictObject({
  id: IdSchema,
  title: TitleSchema,
  kind: AgendaKindSchema,
  themes: IdListSchema,
});
export type AgendaItemInput = z.input<typeof AgendaItemSchema>;
export type AgendaItem = z.output<typeof AgendaItemSchema>;

/** A parallel event during a session (side event, stakeholder dialogue, exhibition). */
export const EventSchema = strictObject({
  id: IdSchema,
  title: TitleSchema,
  date: z.optional(IsoDateSchema),
  organiser: z.optional(TextSchema),
  themes: IdListSchema,
});
export type EventInput = z.input<typeof EventSchema>;
export type Event = z.output<typeof EventSchema>;

const DateRangeSchema = strictObject({ opens: IsoDateSchema, closes: IsoDateSchema });
/** A span of days, both ends included. */
export type DateRange = z.infer<typeof DateRangeSchema>;

/** One annual session of the Commission. */
export const SessionSchema = strictObject({
  year: YearSchema,
  /** Index of the cycle the session belongs to (0-based, as in `programme.cycles`). */
  cycle: wholeNumber(0),
  /** The session's number in the Commission's series, when the spec gives `firstSession`. */
  number: z.optional(wholeNumber(1)),
  phase: PhaseSchema,
  venue: TitleSchema,
  opens: IsoDateSchema,
  closes: IsoDateSchema,
  highLevelSegment: z.boolean(),
  /** The days of the high-level segment, when the session has one. */
  highLevelSegmentDates: z.optional(DateRangeSchema),
  deadlines: strictObject({
    /** The open consultation and online portal open for stakeholder inputs. */
    consultationOpens: IsoDateSchema,
    /** Stakeholder inputs due. */
    inputs: IsoDateSchema,
    /** Pre-session documents due (six weeks before opening by default). */
    documents: IsoDateSchema,
    /** The session's report reaches ECOSOC: the opening of its July session. */
    report: IsoDateSchema,
  }),
  intersessionalPanel: z.optional(DateRangeSchema),
  agenda: z.array(AgendaItemSchema),
  parallelEvents: optionalList(EventSchema),
});
export type SessionInput = z.input<typeof SessionSchema>;
export type Session = z.output<typeof SessionSchema>;

/** A cycle of the programme: consecutive years and the themes it takes up. */
export const CycleSchema = strictObject({
  index: wholeNumber(0),
  years: z.array(YearSchema).check(z.minLength(1)),
  themes: z.array(IdSchema),
});
export type Cycle = z.output<typeof CycleSchema>;

/** An extra agenda item the spec adds to sessions (every session, or some years or phases). */
export const ExtraAgendaItemSchema = strictObject({
  id: z.optional(IdSchema),
  title: TitleSchema,
  years: z.optional(z.array(YearSchema)),
  phases: z.optional(z.array(PhaseSchema)),
});
export type ExtraAgendaItem = z.input<typeof ExtraAgendaItemSchema>;

/** A parallel event the spec schedules in a year's session. */
export const SpecEventSchema = strictObject({
  ...EventSchema.shape,
  id: z.optional(EventSchema.shape.id),
  year: YearSchema,
});
export type SpecEvent = z.input<typeof SpecEventSchema>;

/** What `createProgramme` takes. */
export const ProgrammeSpecSchema = strictObject({
  title: TitleSchema,
  startYear: YearSchema,
  /** Years per cycle: 2 (the default) reviews in year one and decides in year two. */
  cycleLength: z._default(
    z
      .number()
      .check(z.int(), z.gte(1, "a cycle lasts at least 1 year"), z.lte(10, "a cycle lasts at most 10 years")),
    2,
  ),
  /** How many cycles, or each cycle's themes in order. */
  cycles: z.union([
    z
      .number({ error: "must be a number of cycles or a list of cycles" })
      .check(z.int(), z.gte(1, "a programme needs at least 1 cycle")),
    z
      .array(strictObject({ themes: z.array(IdSchema) }))
      .check(z.minLength(1, "a programme needs at least 1 cycle")),
  ]),
  themes: z.array(ThemeSchema),
  calendar: z._default(CalendarOptionsSchema, defaultCalendar),
  /** Number of the first session in the Commission's series (e.g. 30 for the CSTD in 2027). */
  firstSession: z.optional(wholeNumber(1)),
  agenda: optionalList(ExtraAgendaItemSchema),
  events: optionalList(SpecEventSchema),
});
export type ProgrammeSpec = z.input<typeof ProgrammeSpecSchema>;
export type ResolvedProgrammeSpec = z.output<typeof ProgrammeSpecSchema>;

/** A multi-year work programme: themes assigned to cycles, and a dated session per year. */
export const ProgrammeSchema = strictObject({
  title: TitleSchema,
  /** Id of the catalogue the programme's action lines come from. */
  catalogue: z._default(IdSchema, "wsis"),
  startYear: YearSchema,
  endYear: YearSchema,
  cycleLength: wholeNumber(1, 10),
  themes: z.array(ThemeSchema),
  cycles: z.array(CycleSchema).check(z.minLength(1)),
  sessions: z.array(SessionSchema).check(z.minLength(1)),
  calendar: z._default(CalendarOptionsSchema, defaultCalendar),
});
export type ProgrammeInput = z.input<typeof ProgrammeSchema>;
export type Programme = z.output<typeof ProgrammeSchema>;
