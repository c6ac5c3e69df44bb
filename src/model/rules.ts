import * as z from "zod/mini";
import { strictObject } from "./hints.ts";
import {
  IdSchema,
  IsoDateSchema,
  NumberSchema,
  optionalList,
  ShareSchema,
  SourceSchema,
  TitleSchema,
  wholeNumber,
  YearSchema,
} from "./ids.ts";
import { ExternalEventSchema } from "./milestones.ts";
import { ParticipationPolicySchema, StakeholderSchema } from "./participation.ts";
import { refinement } from "./refine.ts";

/** How much a finding matters: a hard finding makes the programme unacceptable, a soft one worse. */
export const SeveritySchema = z.enum(["hard", "soft"]);
export type Severity = z.infer<typeof SeveritySchema>;

/** A rule id: dotted kebab-case words, e.g. `cycle.review-before-policy`; stable once released. */
export const RuleIdSchema = z
  .string()
  .check(
    z.regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/u,
      'must be dotted kebab-case words, e.g. "cycle.review-before-policy"',
    ),
  );

const WeightSchema = NumberSchema.check(
  z.gte(0, "must not be negative"),
  z.refine(Number.isFinite, "must be finite"),
);

/**
 * How a caller changes a rule: `false` switches it off, `true` on, `"hard"`/`"soft"` sets its
 * severity, and an object sets any of these with its weight.
 */
export const RuleSettingSchema = z.union([
  z.boolean(),
  SeveritySchema,
  strictObject({
    enabled: z.optional(z.boolean()),
    severity: z.optional(SeveritySchema),
    weight: z.optional(WeightSchema),
  }),
]);
export type RuleSetting = z.input<typeof RuleSettingSchema>;

/** Which part of a programme a rule reads, so a solver knows which rules a change can affect. */
export const RuleInputSchema = z.enum(["assignment", "agenda", "phases", "dates", "themes", "participation"]);
export type RuleInput = z.infer<typeof RuleInputSchema>;

/**
 * The shape a rule object must have (checked when a caller passes custom rules). The `check`
 * function's types are given by the `Rule` interface; here it is only required to be a function.
 */
export const RuleDefinitionSchema = strictObject({
  id: RuleIdSchema,
  severity: SeveritySchema,
  weight: WeightSchema,
  description: TitleSchema,
  refs: z.array(z.string()),
  inputs: z.optional(z.array(RuleInputSchema)),
  check: z.custom<(...args: never[]) => unknown>((value) => typeof value === "function", {
    error: "must be a function (programme, params, context) => Iterable<Violation>",
  }),
});

/** What a rule's `check` yields for each problem; the engine adds the rule, severity, weight and refs. */
export const ViolationSchema = strictObject({
  message: TitleSchema,
  path: z.optional(z.array(z.union([z.string(), z.number()]))),
  /** Multiplies the rule's weight for this finding (e.g. the number of themes too many); 1 by default. */
  scale: z.optional(z.number().check(z.gte(0), z.refine(Number.isFinite, "must be finite"))),
  involves: z.optional(
    z.object({
      themes: z.optional(z.array(z.string())),
      cycles: z.optional(z.array(wholeNumber(0))),
      years: z.optional(z.array(z.number().check(z.int()))),
      agencies: z.optional(z.array(z.string())),
      actionLines: z.optional(z.array(z.string())),
      stakeholders: z.optional(z.array(z.string())),
    }),
  ),
});

/**
 * An external review the programme should feed, e.g. the WSIS+20 review: a session that reviews
 * progress should be held in the `leadYears` before its date.
 */
export const ReviewMilestoneSchema = strictObject({
  id: IdSchema,
  title: TitleSchema,
  /** The day of the review (e.g. the General Assembly's high-level meeting). */
  date: IsoDateSchema,
  /** Where the milestone comes from. */
  source: SourceSchema,
});
export type ReviewMilestoneInput = z.input<typeof ReviewMilestoneSchema>;
export type ReviewMilestone = z.output<typeof ReviewMilestoneSchema>;

/** Stakeholders registered for the programme's sessions, checked by the participation rules. */
export const ParticipationParamsSchema = strictObject({
  /** The stakeholder registry. */
  stakeholders: z.array(StakeholderSchema),
  /**
   * Who registered for which year's session: ids of the registry (checked against it, so a plain
   * string schema here keeps long registration lists cheap to parse).
   */
  sessions: z.array(strictObject({ year: YearSchema, stakeholders: z.array(z.string()) })),
  /** Eligibility and balance policy (the defaults of `checkParticipation` when omitted). */
  // A function: each params value gets its own policy lists (zod copies an object default one level deep).
  policy: z._default(ParticipationPolicySchema, () => ParticipationPolicySchema.parse({})),
});
export type ParticipationParamsInput = z.input<typeof ParticipationParamsSchema>;

const Count = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .check(z.int("must be a whole number"), z.gte(0, "must not be negative"));

/**
 * The parameters of the built-in rules, with the defaults the reference supports (each default names
 * its source). Every field is optional in input; `RuleParams` is the resolved form the rules read.
 */
export const RuleParamsSchema = strictObject({
  /** Years that must pass before a theme, or a near-identical one, comes back (rule `theme.repetition`). */
  minGapYears: z._default(Count("minGapYears"), 6),
  /** Two themes are near-identical when their action lines overlap (Jaccard) more than this share. */
  overlapThreshold: z._default(ShareSchema, 0.5),
  /** Themes a cycle takes up: the CSTD's sessions have had one or two priority themes (§5c). */
  themesPerCycle: z._default(
    z.object({
      min: z._default(Count("min"), 1),
      max: z._default(Count("max").check(z.gte(1, "must be at least 1")), 2),
    }),
    { min: 1, max: 2 },
  ),
  /** Most of a cycle's themes one agency may lead the facilitation of (rule `agency.lead-load`). */
  maxLeadPerCycle: z._default(Count("maxLeadPerCycle").check(z.gte(1, "must be at least 1")), 1),
  /** Count C7's sub-lines separately for coverage (each must be covered, not just C7). */
  coverageSubLines: z._default(z.boolean(), false),
  /** Cover only these lines (all top-level lines, or all leaf lines with `coverageSubLines`, when omitted). */
  coverageLines: z.optional(z.array(IdSchema)),
  /** Pre-session documents at least this many weeks before opening: the six-week rule (§8). */
  minDocumentWeeks: z._default(Count("minDocumentWeeks"), 6),
  /**
   * The inter-sessional panel closes at least this many weeks before the session: its report goes
   * to the session (§5b), and documents are due six weeks ahead (§8), so eight leaves two to write it.
   */
  minPanelWeeks: z._default(Count("minPanelWeeks"), 8),
  /** The session closes at least this many weeks before ECOSOC's session (§5c: 3–7 Jun 2013 reached 1 Jul 2013). */
  minReportWeeks: z._default(Count("minReportWeeks"), 3),
  /** Whether each cycle or each session must address both mandates (rule `cycle.dual-mandate`). */
  dualMandatePer: z._default(z.enum(["cycle", "session"]), "cycle"),
  /**
   * From this year themes link to SDGs; before it a tag "MDG 1"…"MDG 8" also counts (the 2030
   * Agenda was adopted in 2015; A/RES/70/125 aligned WSIS with it, §3).
   */
  sdgsFrom: z._default(YearSchema, 2016),
  /** Extra holidays at the venue, on top of the programme's own. */
  holidays: optionalList(IsoDateSchema),
  /** Meetings the sessions should not clash with. */
  externalEvents: optionalList(ExternalEventSchema),
  /** External reviews the programme should feed (WSIS+10 and WSIS+20 by default). */
  reviewMilestones: z.optional(z.array(ReviewMilestoneSchema)),
  /** A reviewing session should fall within this many years before a review milestone. */
  reviewLeadYears: z._default(Count("reviewLeadYears"), 2),
  /** Registered stakeholders, for the participation rules (they find nothing without it). */
  participation: z.optional(ParticipationParamsSchema),
}).check(
  refinement((params, report) => {
    if (params.themesPerCycle.min > params.themesPerCycle.max) {
      report(`min (${params.themesPerCycle.min}) must not exceed max (${params.themesPerCycle.max})`, [
        "themesPerCycle",
        "min",
      ]);
    }
  }),
);
export type RuleParamsInput = z.input<typeof RuleParamsSchema>;
/** The parameters as parsed, before the engine fills in the default review milestones and interim arrangements. */
export type ParsedRuleParams = z.output<typeof RuleParamsSchema>;
