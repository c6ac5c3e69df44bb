import * as z from "zod/mini";
import type { Catalogue } from "./catalogue.ts";
import { strictObject } from "./hints.ts";
import {
  IdListSchema,
  IdSchema,
  IsoDateSchema,
  NumberSchema,
  optionalList,
  TitleSchema,
  YearSchema,
} from "./ids.ts";
import type { Phase } from "./programme.ts";
import { refinement } from "./refine.ts";

// Plans and agendas are files people write by hand (often YAML), so their objects are strict: a
// misspelt key ("leads:") is reported rather than silently dropped.

/**
 * One UNGIS theme: what the inter-agency group works on in a year, by action line, with the agencies
 * that lead it. UNGIS focuses each year on one or two cross-cutting themes (reference §4).
 */
export const UngisThemeSchema = strictObject({
  title: TitleSchema,
  actionLines: z.array(IdSchema).check(z.minLength(1, "a UNGIS theme names at least one action line")),
  /** Agencies (ids in the catalogue) that lead the theme. */
  lead: z.optional(z.array(IdSchema)),
  /** Id of the Commission theme this one parallels (informational; alignment matches by action line). */
  parallels: z.optional(IdSchema),
  /** Where the fact comes from, for plans built from the record. */
  source: z.optional(z.string()),
});
/** A UNGIS theme as written in a plan file. */
export type UngisThemeInput = z.input<typeof UngisThemeSchema>;
/** A validated UNGIS theme. */
export type UngisTheme = z.output<typeof UngisThemeSchema>;

/** A year of a UNGIS plan: its chair and vice-chairs, and the themes it takes up. */
export const UngisYearSchema = strictObject({
  year: YearSchema,
  chair: z.optional(IdSchema),
  viceChairs: z.optional(z.array(IdSchema)),
  themes: optionalList(UngisThemeSchema),
  source: z.optional(z.string()),
});
/** A year of a UNGIS plan as written (themes may be omitted). */
export type UngisYearInput = z.input<typeof UngisYearSchema>;
/** A validated year of a UNGIS plan. */
export type UngisYear = z.output<typeof UngisYearSchema>;

/**
 * A UNGIS work plan by year: the parallel thematic approach that the 2006 meeting on strengthening
 * the Commission asked of the inter-agency group, "to avoid duplication and have greater coherence".
 */
export const UngisPlanSchema = strictObject({
  title: z.optional(TitleSchema),
  years: z.array(UngisYearSchema),
});
/** A UNGIS plan as written (themes may be omitted for a year). */
export type UngisPlanInput = z.input<typeof UngisPlanSchema>;
/** A validated UNGIS plan. */
export type UngisPlan = z.output<typeof UngisPlanSchema>;

/**
 * An item of another follow-up body's agenda (a session, a track, a segment). It names action lines,
 * the Commission's theme ids, or both; dates, where known, let overlaps be told from complements.
 */
export const ForumItemSchema = strictObject({
  title: TitleSchema,
  actionLines: IdListSchema,
  /** Ids of the programme's themes the item takes up explicitly. */
  themes: IdListSchema,
  opens: z.optional(IsoDateSchema),
  closes: z.optional(IsoDateSchema),
  /** When the item takes in others' outcomes (its input deadline); its opening day by default. */
  inputs: z.optional(IsoDateSchema),
}).check(
  refinement((item, report) => {
    if (item.actionLines.length === 0 && item.themes.length === 0) {
      report("an agenda item names at least one action line or theme", ["actionLines"]);
    }
    if ((item.opens === undefined) !== (item.closes === undefined)) {
      report("give both opens and closes, or neither", [item.opens === undefined ? "opens" : "closes"]);
    }
    if (item.opens !== undefined && item.closes !== undefined && item.closes < item.opens) {
      report(`closes (${item.closes}) before it opens (${item.opens})`, ["closes"]);
    }
  }),
);
/** An agenda item as written. */
export type ForumItemInput = z.input<typeof ForumItemSchema>;
/** A validated agenda item, with `actionLines` and `themes` filled in. */
export type ForumItem = z.output<typeof ForumItemSchema>;

/** Another follow-up body (the IGF, the WSIS Forum, ECOSOC's coordination segment…) and its agenda by year. */
export const ForumSchema = strictObject({
  id: IdSchema,
  name: TitleSchema,
  source: z.optional(z.string()),
  years: z.array(strictObject({ year: YearSchema, items: z.array(ForumItemSchema) })),
});
/** A forum as written. */
export type ForumInput = z.input<typeof ForumSchema>;
/** A validated forum. */
export type Forum = z.output<typeof ForumSchema>;

/** Several follow-up bodies' agendas. */
export const ForaSchema = z.array(ForumSchema);
/** Fora as written (what `findForumOverlaps` and `parseFora` take). */
export type ForaInput = z.input<typeof ForaSchema>;
/** Validated fora. */
export type Fora = z.output<typeof ForaSchema>;

/** What an argument that should be a catalogue is told. */
export const NOT_A_CATALOGUE = "must be a catalogue (see defineCatalogue)";

/**
 * A catalogue passed as an argument or option (see `defineCatalogue`): checked for the fields and
 * tables the analyses read, not re-validated entry by entry.
 */
export const CatalogueArgumentSchema = z.custom<Catalogue>(
  (value) => {
    if (typeof value !== "object" || value === null) return false;
    const c = value as Partial<Record<keyof Catalogue, unknown>>;
    return (
      typeof c.id === "string" &&
      typeof c.lineNoun === "string" &&
      [c.actionLines, c.agencies, c.facilitation, c.sdgLinks, c.regions].every(Array.isArray)
    );
  },
  { message: NOT_A_CATALOGUE },
);
const CatalogueOptionSchema = CatalogueArgumentSchema;

/** How many years UNGIS's work runs ahead of the Commission session it feeds. */
const LeadSchema = z
  .number({ error: "must be a number of years" })
  .check(
    z.int("must be a whole number of years"),
    z.gte(0, "must be 0 (same year) or more"),
    z.lte(5, "must be at most 5 years"),
  );

/** How overlap is scored and how much of it counts: options of both `alignWithUngis` and `findForumOverlaps`. */
const OVERLAP_OPTIONS = {
  partialCredit: z._default(
    NumberSchema.check(z.gt(0, "must be more than 0"), z.lte(1, "must be at most 1")),
    0.5,
  ),
  minOverlap: z._default(NumberSchema.check(z.gte(0, "must be 0–1"), z.lte(1, "must be 0–1")), 0.25),
};

/**
 * Options of `alignWithUngis`. `lead` defaults to 1: UNGIS met in July in 2006–2007 and in May at the
 * WSIS Forum since 2010 (reference §4, §9b), each time after the Commission's documents for its May
 * session were due, so a year's UNGIS work informs the next year's session.
 */
export const AlignWithUngisOptionsSchema = strictObject({
  lead: z._default(LeadSchema, 1),
  ...OVERLAP_OPTIONS,
  strict: z._default(z.boolean(), false),
  catalogue: z.optional(CatalogueOptionSchema),
});
/** What callers pass to `alignWithUngis`; every field is optional. */
export type AlignWithUngisOptions = z.input<typeof AlignWithUngisOptionsSchema>;

/** How the proposal rotates the UNGIS chair. */
export const ChairRotationSchema = strictObject({
  /** Agencies taking the chair in turn; by default those that have chaired, in order of first term. */
  rotation: z.optional(z.array(IdSchema).check(z.minLength(1, "a rotation names at least one agency"))),
  /** Years each chair serves. */
  termYears: z._default(z.number().check(z.int(), z.gte(1, "a term lasts at least 1 year"), z.lte(10)), 1),
  /** Keep the catalogue's recorded chair terms for the years they cover. */
  knownTerms: z._default(z.boolean(), true),
});
/** A chair rotation as callers write it. */
export type ChairRotation = z.input<typeof ChairRotationSchema>;

/** Options of `proposeUngisPlan`. */
export const ProposeUngisPlanOptionsSchema = strictObject({
  lead: z._default(LeadSchema, 1),
  /** Lead agencies per theme (fewer when fewer facilitators are UNGIS members). */
  leadsPerTheme: z._default(
    z.number().check(z.int(), z.gte(0), z.lte(5, "at most 5 lead agencies a theme")),
    2,
  ),
  /** The chair rotation, or `false` for a plan without chairs. */
  chairs: z._default(z.union([z.literal(false), ChairRotationSchema]), { termYears: 1, knownTerms: true }),
  title: z.optional(TitleSchema),
});
/** What callers pass to `proposeUngisPlan`; every field is optional. */
export type ProposeUngisPlanOptions = z.input<typeof ProposeUngisPlanOptionsSchema>;

/** Options of `parseUngisPlan`. */
export const ParseUngisPlanOptionsSchema = strictObject({
  catalogue: z.optional(CatalogueOptionSchema),
  /** The programme the plan parallels (a `Programme`); needed for `strict`. */
  programme: z.optional(z.unknown()),
  /** Reject years outside the window that feeds the programme, and `parallels` naming no theme. */
  strict: z._default(z.boolean(), false),
  lead: z._default(LeadSchema, 1),
});
/** What callers pass to `parseUngisPlan`; every field is optional. */
export type ParseUngisPlanOptions = z.input<typeof ParseUngisPlanOptionsSchema>;

/** Options of `findForumOverlaps`. */
export const FindForumOverlapsOptionsSchema = strictObject({
  catalogue: z.optional(CatalogueOptionSchema),
  ...OVERLAP_OPTIONS,
  /** Also report items of two different fora that meet the same year on the same lines. */
  betweenFora: z._default(z.boolean(), true),
});
/** What callers pass to `findForumOverlaps`; every field is optional. */
export type FindForumOverlapsOptions = z.input<typeof FindForumOverlapsOptionsSchema>;

// Reports: output-only shapes, so plain interfaces with readonly fields.

/** A path into an input, as in `PlannerInputError` issues. */
export type InputPath = readonly (string | number)[];

/** A theme of a UNGIS plan, by its position. */
export interface UngisThemeRef {
  /** The UNGIS plan year. */
  readonly year: number;
  readonly title: string;
  /** Where it is in the plan: `["years", i, "themes", j]`. */
  readonly path: InputPath;
}

/** A Commission theme paired with the UNGIS theme that parallels it. */
export interface AlignedPair {
  /** The Commission theme's id. */
  readonly theme: string;
  readonly ungis: UngisThemeRef;
  /** The soft Dice overlap of their action lines, 0–1 (see `alignWithUngis`). */
  readonly overlap: number;
  /** Action lines both name. */
  readonly shared: readonly string[];
  /** Lines where one side names a line and the other its sub-line or parent (`C7` and `C7.e-health`). */
  readonly related: readonly { readonly cstd: string; readonly ungis: string }[];
}

/** One Commission session year and the UNGIS year that feeds it. */
export interface AlignmentYear {
  /** The year of the Commission's session. */
  readonly year: number;
  /** The UNGIS year whose themes feed it (`year − lead`). */
  readonly ungisYear: number;
  readonly phase: Phase;
  /** The session's number in the Commission's series, when the programme gives it. */
  readonly session?: number;
  /** This year's share of the coherence formula (1 when the year has nothing to align). */
  readonly coherence: number;
  readonly pairs: readonly AlignedPair[];
  /** Themes with no parallel: Commission theme ids, and UNGIS themes. */
  readonly unmatched: { readonly cstd: readonly string[]; readonly ungis: readonly UngisThemeRef[] };
  /** Commission themes with only the STI mandate, which need no UNGIS parallel. */
  readonly stiOnly: readonly string[];
}

/** A theme with no parallel on the other side, with who could fill the gap. */
export interface AlignmentGap {
  /** The year of the Commission's session concerned. */
  readonly year: number;
  /** The UNGIS year that should feed it. */
  readonly ungisYear: number;
  /** The Commission theme's id (`missingIn: "ungis"`) or the UNGIS theme's title (`missingIn: "cstd"`). */
  readonly theme: string;
  readonly title: string;
  /** The side that lacks a parallel theme. */
  readonly missingIn: "ungis" | "cstd";
  readonly actionLines: readonly string[];
  /**
   * Agencies that would naturally lead a parallel theme: the UNGIS members that facilitate its action
   * lines, lead facilitators first (for a UNGIS theme, its own leads when it names them).
   */
  readonly agencies: readonly string[];
  /**
   * The nearest theme on the other side that touches the same lines: a UNGIS year and theme title
   * (`missingIn: "ungis"`), or a session year and Commission theme id (`missingIn: "cstd"`).
   */
  readonly nearest?: { readonly year: number; readonly theme: string };
  /** One line of plain English on how to close the gap. */
  readonly suggestion: string;
  /** Where the unmatched theme is: `["cycles", c, "themes", k]` in the programme, or `["years", i, "themes", j]` in the plan. */
  readonly path: InputPath;
}

/** How far a UNGIS plan parallels a Commission programme. */
export interface AlignmentReport {
  /** Dice coefficient of the matched themes' overlaps, 0–1 (formula in `alignWithUngis`). */
  readonly coherence: number;
  /** Years UNGIS runs ahead of the session it feeds. */
  readonly lead: number;
  readonly counts: {
    /** Commission theme-years that need a parallel (WSIS or dual mandate). */
    readonly cstd: number;
    /** UNGIS theme-years that feed a year of the programme. */
    readonly ungis: number;
    readonly matched: number;
  };
  readonly byYear: readonly AlignmentYear[];
  readonly gaps: readonly AlignmentGap[];
  /** Plan years that feed no year of the programme (left out of the analysis). */
  readonly outside: readonly number[];
}

/** One side of a forum overlap: a Commission theme in a session year, or an item of a forum's agenda. */
export type ForumParty =
  | {
      readonly kind: "programme";
      /** The Commission theme's id. */
      readonly theme: string;
      readonly title: string;
      readonly opens: string;
      readonly closes: string;
      /** The session's input deadline. */
      readonly inputs: string;
      /** `["cycles", c, "themes", k]` in the programme. */
      readonly path: InputPath;
    }
  | {
      readonly kind: "forum";
      /** The forum's id. */
      readonly forum: string;
      readonly title: string;
      readonly opens?: string;
      readonly closes?: string;
      /** `[f, "years", y, "items", i]` in the fora. */
      readonly path: InputPath;
    };

/** Two bodies taking up the same lines in the same year. */
export interface ForumOverlap {
  /**
   * `"complementary"` when one ends before the other takes in inputs (so `a` feeds `b`);
   * `"duplication"` when they meet at the same time or their dates are not known.
   */
  readonly kind: "duplication" | "complementary";
  readonly timing: "sequential" | "concurrent" | "unknown";
  readonly year: number;
  /** The earlier or feeding side (the programme's theme, when one side is the programme). */
  readonly a: ForumParty;
  readonly b: ForumParty;
  /** Soft Dice overlap of their action lines, 0–1. */
  readonly overlap: number;
  /** Action lines both take up. */
  readonly shared: readonly string[];
  /** Lines where one side names a line and the other its sub-line or parent. */
  readonly related: readonly { readonly a: string; readonly b: string }[];
  /** Whether an agenda item names the Commission theme explicitly. */
  readonly explicit: boolean;
  readonly message: string;
}

/** What `findForumOverlaps` finds. */
export interface ForumOverlapReport {
  /** Every overlap, by year, then the programme's themes in cycle order, then fora in input order. */
  readonly overlaps: readonly ForumOverlap[];
  readonly duplications: number;
  readonly complementary: number;
}
