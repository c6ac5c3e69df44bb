import * as z from "zod/mini";
import { strictObject } from "./hints.ts";
import {
  IdListSchema,
  IdSchema,
  IsoDateSchema,
  ShareSchema,
  SourceSchema,
  TitleSchema,
  wholeNumber,
  YearSchema,
} from "./ids.ts";
import { refinement } from "./refine.ts";

/**
 * The groups of stakeholders the 2006 meeting asked the Commission to open its work to: member states,
 * UN entities, other intergovernmental organisations, civil society, the private sector, academia and
 * the technical community (reference/meeting-on-strengthening-the-cstd.txt, "Multi-stakeholder approach").
 */
export const StakeholderKindSchema = z.enum([
  "member-state",
  "un-entity",
  "igo",
  "civil-society",
  "private-sector",
  "academia",
  "technical-community",
]);
export type StakeholderKind = z.infer<typeof StakeholderKindSchema>;

/** ECOSOC consultative status of a non-governmental organisation. */
export const ConsultativeStatusSchema = z.enum(["general", "special", "roster"]);
export type ConsultativeStatus = z.infer<typeof ConsultativeStatusSchema>;

/**
 * A stakeholder that may register for a session. Member states carry their UN regional group
 * (`region`, an id of the catalogue's regions); others may carry one too, for balance figures.
 */
export const StakeholderSchema = strictObject({
  id: IdSchema,
  name: TitleSchema,
  kind: StakeholderKindSchema,
  /** Regional group (required for member states). */
  region: z.optional(IdSchema),
  /** ECOSOC consultative status, when the organisation has it. */
  consultativeStatus: z.optional(ConsultativeStatusSchema),
  /** Conferences the organisation was accredited to, e.g. `["WSIS"]` (or `["WSSD"]` for the CSD). */
  accreditedTo: IdListSchema,
  /** When it applied for ECOSOC consultative status (the condition of interim participation). */
  appliedForStatus: z.optional(IsoDateSchema),
}).check(
  refinement((stakeholder, report) => {
    if (stakeholder.kind === "member-state" && stakeholder.region === undefined) {
      report(`member state "${stakeholder.id}" needs its regional group`, ["region"]);
    }
  }),
);
export type StakeholderInput = z.input<typeof StakeholderSchema>;
export type Stakeholder = z.output<typeof StakeholderSchema>;

/** A stakeholder registry: the file format of `checkParticipation`'s first argument. */
export const StakeholderRegistrySchema = z.array(StakeholderSchema);

/**
 * A transitional arrangement that lets organisations accredited to a conference take part without
 * consultative status, for a number of sessions or years from a start date, optionally on condition
 * that they have applied for it. The CSTD's decisions 2007/215, 2008/217 (civil society) and
 * 2007/216, 2008/218 (business and academia) are such arrangements (reference/domain-facts.md §5a);
 * the CSD did the same for WSSD-accredited groups (§6), and the 2006 meeting proposed "two years with
 * the condition to apply for consultative status" (reference/meeting-on-strengthening-the-cstd.txt).
 */
export const InterimArrangementSchema = strictObject({
  id: IdSchema,
  /** Plain-words name, e.g. "ECOSOC decision 2007/215". */
  title: TitleSchema,
  /** Which stakeholders it covers. */
  kinds: z
    .array(StakeholderKindSchema)
    .check(z.minLength(1, "an arrangement covers at least one kind of stakeholder")),
  /** The conference accreditation it recognises (matched against `Stakeholder.accreditedTo`). */
  accreditedTo: z._default(IdSchema, "WSIS"),
  /** The day it takes effect. */
  from: IsoDateSchema,
  /** The number of annual sessions it covers, counting the first that opens on or after `from`. */
  sessions: z.optional(z.number().check(z.int(), z.gte(1, "must cover at least 1 session"))),
  /** Or the number of years it runs from `from`; with neither, it is open-ended (decisions 2007/216 and 2008/218). */
  years: z.optional(z.number().check(z.int(), z.gte(1, "must run at least 1 year"))),
  /** Whether an organisation must have applied for consultative status by the session's opening. */
  requireApplication: z._default(z.boolean(), true),
  /** Where the arrangement comes from. */
  source: SourceSchema,
}).check(
  refinement((arrangement, report) => {
    if (arrangement.sessions !== undefined && arrangement.years !== undefined) {
      report(`arrangement "${arrangement.id}" takes sessions or years, not both (neither: open-ended)`, [
        "sessions",
      ]);
    }
  }),
);
export type InterimArrangementInput = z.input<typeof InterimArrangementSchema>;
export type InterimArrangement = z.output<typeof InterimArrangementSchema>;

/**
 * Who may take part, as a policy: kinds that take part of right, kinds admitted through ECOSOC
 * consultative status (and which statuses count), interim arrangements, and the regional balance
 * expected of the member states taking part. Private-sector and academic modalities are set here:
 * move a kind between the lists, or give it an arrangement of its own.
 */
export const ParticipationPolicySchema = strictObject({
  /** Kinds that take part of right. */
  ofRight: z._default(z.array(StakeholderKindSchema), ["member-state", "un-entity", "igo"]),
  /**
   * Kinds admitted through ECOSOC consultative status. Academia is not among them by default: academic
   * entities cannot obtain consultative status under resolution 1996/31, which is why decision
   * 2008/218 admits WSIS-accredited ones without it (reference/domain-facts.md §9a).
   */
  consultativeKinds: z._default(z.array(StakeholderKindSchema), [
    "civil-society",
    "private-sector",
    "technical-community",
  ]),
  /** The statuses that admit them: every status by default. */
  statuses: z._default(z.array(ConsultativeStatusSchema), ConsultativeStatusSchema.options),
  /** Interim arrangements; the CSTD's four decisions of 2007–2008 when omitted. */
  interim: z.optional(z.array(InterimArrangementSchema)),
  /**
   * Largest gap allowed between the regions' shares of the member states taking part (0–1):
   * 0.25 allows 30 % from one group and 5 % from another. A judgement, not a rule: the 2006 meeting
   * asked for "a more balanced regional involvement" and set no number.
   */
  maxRegionalSpread: z._default(ShareSchema, 0.25),
  /** Whether every regional group should have at least one member state taking part. */
  everyRegion: z._default(z.boolean(), true),
});
export type ParticipationPolicyInput = z.input<typeof ParticipationPolicySchema>;
export type ParticipationPolicy = z.output<typeof ParticipationPolicySchema>;

/** The session `checkParticipation` judges eligibility for: its year and days (a programme's `Session` fits). */
export const ParticipationSessionSchema = strictObject({
  year: YearSchema,
  opens: IsoDateSchema,
  closes: IsoDateSchema,
  number: z.optional(wholeNumber(1)),
}).check(
  refinement((session, report) => {
    if (session.closes < session.opens) {
      report("closes before it opens", ["closes"]);
    }
    if (!session.opens.startsWith(`${session.year}-`)) {
      report(`${session.opens} is not in ${session.year}`, ["opens"]);
    }
  }),
);
export type ParticipationSessionInput = z.input<typeof ParticipationSessionSchema>;
export type ParticipationSession = z.output<typeof ParticipationSessionSchema>;
