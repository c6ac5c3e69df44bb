import * as z from "zod/mini";
import { strictObject } from "./hints.ts";
import {
  IdListSchema,
  IdSchema,
  optionalList,
  SdgSchema,
  SourceSchema,
  TitleSchema,
  YearSchema,
} from "./ids.ts";
import { MandateSchema } from "./programme.ts";

/** How sure the reference is of a fact: read in the source, or recalled and still to be checked. */
export const FactStatusSchema = z.enum(["confirmed", "inferred", "recalled"]);
export type FactStatus = z.infer<typeof FactStatusSchema>;

/** A line of action (for WSIS, a Geneva action line or a C7 sub-line; for another body, its issue). */
export const ActionLineSchema = strictObject({
  id: IdSchema,
  title: TitleSchema,
  /** The heading as printed in the founding document, where it differs from `title`. */
  heading: z.optional(TitleSchema),
  /** The line this one refines (C7's sub-lines have `parent: "C7"`). */
  parent: z.optional(IdSchema),
  /** Where the fact comes from (a document and an address). */
  source: SourceSchema,
});
export type ActionLineInput = z.input<typeof ActionLineSchema>;
export type ActionLine = z.output<typeof ActionLineSchema>;

/** The kinds of body that implement and facilitate. */
export const AgencyKindSchema = z.enum([
  "specialized-agency",
  "fund-or-programme",
  "secretariat-department",
  "regional-commission",
  "intergovernmental-body",
  "other",
]);
export type AgencyKind = z.infer<typeof AgencyKindSchema>;

/** A UN entity or other organisation, keyed by its acronym. */
export const AgencySchema = strictObject({
  id: IdSchema,
  name: TitleSchema,
  kind: AgencyKindSchema,
  source: SourceSchema,
});
export type AgencyInput = z.input<typeof AgencySchema>;
export type Agency = z.output<typeof AgencySchema>;

/** Who facilitates an action line: lead and co-facilitators, with how sure the reference is. */
export const FacilitationSchema = strictObject({
  actionLine: IdSchema,
  lead: IdListSchema,
  co: IdListSchema,
  status: FactStatusSchema,
  source: SourceSchema,
  note: z.optional(z.string()),
  /** First year the entry holds (open before when omitted); a line may have several entries over time. */
  from: z.optional(YearSchema),
  /** Last year the entry holds (still in force when omitted). */
  to: z.optional(YearSchema),
});
export type FacilitationInput = z.input<typeof FacilitationSchema>;
export type Facilitation = z.output<typeof FacilitationSchema>;

/** An action line's links to the Sustainable Development Goals. */
export const SdgLinkSchema = strictObject({
  actionLine: IdSchema,
  sdgs: z.array(SdgSchema).check(z.minLength(1)),
  status: FactStatusSchema,
  source: SourceSchema,
});
export type SdgLinkInput = z.input<typeof SdgLinkSchema>;
export type SdgLink = z.output<typeof SdgLinkSchema>;

/** A regional group of member states (the UN's five, by default). */
export const RegionSchema = strictObject({
  id: IdSchema,
  name: TitleSchema,
  source: SourceSchema,
});
export type Region = z.output<typeof RegionSchema>;

/** A chair of the inter-agency group for a period. */
export const ChairTermSchema = strictObject({
  from: YearSchema,
  to: z.optional(YearSchema),
  chair: IdSchema,
  viceChairs: IdListSchema,
  status: FactStatusSchema,
  source: SourceSchema,
  /** What the source says of the term (e.g. that the vice-chairs were named co-chairs). */
  note: z.optional(z.string()),
});
export type ChairTerm = z.output<typeof ChairTermSchema>;

/** The inter-agency coordination group (for WSIS: UNGIS). */
export const InterAgencyGroupSchema = strictObject({
  id: IdSchema,
  name: TitleSchema,
  members: z.array(IdSchema),
  membersStatus: FactStatusSchema,
  chairs: optionalList(ChairTermSchema),
  source: SourceSchema,
  /** When members joined or left, for members that did not belong throughout (UN Women exists from 2010). */
  memberTerms: optionalList(
    strictObject({
      agency: IdSchema,
      from: z.optional(YearSchema),
      to: z.optional(YearSchema),
      source: SourceSchema,
    }),
  ),
});
export type InterAgencyGroup = z.output<typeof InterAgencyGroupSchema>;

/** A commission's reference data: what themes are built from, and who implements them. */
export const CatalogueSchema = strictObject({
  id: IdSchema,
  name: TitleSchema,
  /** What the catalogue calls its lines, for messages ("action line", "thematic issue"). */
  lineNoun: z._default(z.string(), "action line"),
  /** Title of the standing agenda item every session carries. */
  standingAgendaItem: z._default(TitleSchema, "Progress made in implementation and follow-up"),
  actionLines: z.array(ActionLineSchema).check(z.minLength(1, "a catalogue needs at least one action line")),
  agencies: optionalList(AgencySchema),
  facilitation: optionalList(FacilitationSchema),
  sdgLinks: optionalList(SdgLinkSchema),
  regions: optionalList(RegionSchema),
  interAgencyGroup: z.optional(InterAgencyGroupSchema),
  /**
   * How documents name the theme mandates this catalogue uses (`wsis`: its follow-up mandate, built
   * from its lines; `sti`: the original science-and-technology mandate; `both`). Mandates left out
   * are not used by the catalogue's commission; when omitted, the WSIS labels apply.
   */
  mandates: z.optional(z.array(strictObject({ id: MandateSchema, label: TitleSchema }))),
});
export type CatalogueInput = z.input<typeof CatalogueSchema>;
/** A validated catalogue (see `defineCatalogue`). */
export type Catalogue = z.output<typeof CatalogueSchema>;
