import type {
  Activity,
  ActivitySource,
  Catalogue,
  DuplicateField,
  FindDuplicatesOptionsInput,
  InputIssue,
} from "../model/index.ts";

/** Options of `findDuplicates`: the schema's options plus the catalogue (WSIS by default). */
export type FindDuplicatesOptions = FindDuplicatesOptionsInput & {
  /** Where action lines, their hierarchy and their facilitators come from. */
  readonly catalogue?: Catalogue;
};

/**
 * What a pair is: the same identifier twice, two records identical but for their ids, one activity
 * reported by two agencies (a cross-reference says so), or two activities whose work overlaps.
 */
export type DuplicateKind = "same-id" | "identical" | "double-reporting" | "overlap";

/** What one field added to or took from a pair's match weight. */
export interface FieldComparison {
  readonly field: DuplicateField;
  /** Match weight in bits (positive: evidence for one activity; negative: against). */
  readonly weight: number;
  /** The field's similarity in [0, 1], where it has one (text, periods, countries). */
  readonly similarity?: number;
  /** The comparison in plain words. */
  readonly note: string;
}

/** Two records that duplicate or overlap, with the evidence. */
export interface DuplicatePair {
  /** Ids of the two records (`a` sorts first). */
  readonly a: string;
  readonly b: string;
  /** How likely the two are one activity: 1 for the deterministic kinds, else the Fellegi–Sunter posterior. */
  readonly score: number;
  /** The evidence in plain words, one line per field: what added to the score and what took from it. */
  readonly reasons: readonly string[];
  readonly kind: DuplicateKind;
  /** Whether the pair is at or above the threshold (always for the deterministic kinds). */
  readonly match: boolean;
  /** Total match weight in bits (overlap pairs). */
  readonly weight?: number;
  /** Positions of the two records in the input list (ids may repeat). */
  readonly records: readonly [number, number];
  /** Where the two records were read from (file, line), when the importers recorded it. */
  readonly sources?: readonly [ActivitySource | undefined, ActivitySource | undefined];
  readonly agencies: readonly [string, string];
  /** The action lines both records fall under (the more specific line where one refines the other). */
  readonly actionLines: readonly string[];
  /** The per-field breakdown behind `reasons` (overlap pairs). */
  readonly fields: readonly FieldComparison[];
}

/** The agency suggested to lead a group, and why. */
export interface SuggestedLead {
  readonly agency: string;
  readonly actionLine: string;
  readonly reason: string;
}

/** A connected cluster of records linked by matching pairs. */
export interface DuplicateGroup {
  /** Record ids, sorted. */
  readonly ids: readonly string[];
  /** Agencies reporting them, sorted. */
  readonly agencies: readonly string[];
  /** Action lines the linked records share, in catalogue order. */
  readonly actionLines: readonly string[];
  readonly lead?: SuggestedLead;
  /** Number of matching pairs inside the group. */
  readonly pairs: number;
}

/** For one action line: how many overlapping pairs each two agencies have (symmetric). */
export interface OverlapMatrix {
  readonly actionLine: string;
  /** Row and column labels, sorted. */
  readonly agencies: readonly string[];
  /** `counts[i][j]`: overlapping pairs between `agencies[i]` and `agencies[j]` under this line. */
  readonly counts: readonly (readonly number[])[];
}

/** Per agency: its activities and how many of them duplicate or overlap others. */
export interface AgencySummary {
  readonly agency: string;
  readonly activities: number;
  /** Its activities in at least one overlapping pair at or above the threshold. */
  readonly overlapping: number;
  /** Overlapping pairs involving it. */
  readonly pairs: number;
  /** Its activities that another record reports too (cross-references). */
  readonly doubleReported: number;
  /** Its activities repeated in the list (same id or identical record). */
  readonly repeated: number;
  /** Groups with at least one of its activities. */
  readonly groups: number;
  /** The agencies it overlaps with, sorted. */
  readonly overlapsWith: readonly string[];
}

/** How the analysis ran: thresholds, and how far the candidate search went. */
export interface DuplicationStats {
  readonly activities: number;
  readonly method: "indexed" | "all-pairs";
  readonly threshold: { readonly score: number; readonly weight: number };
  readonly review: { readonly score: number; readonly weight: number };
  /** Distinct pairs scored by the Fellegi–Sunter model. */
  readonly compared: number;
  /**
   * Candidate pairs the search checked on one field's word similarity before scoring (after blocking on
   * line, place, period and agency, and positional filtering); `compared` for "all-pairs".
   */
  readonly candidates: number;
  /** Index keys (action line × word) whose posting list reached `maxBlockSize`. */
  readonly truncatedKeys: number;
  /**
   * Whether the candidate search provably found every pair at or above the review threshold (the word
   * prefixes cover the least text similarity such a pair needs, and no posting list was cut).
   */
  readonly exact: boolean;
}

/** What `findDuplicates` returns. */
export interface DuplicationReport {
  /** Every pair found, deterministic kinds first, then by score (highest first) and ids. */
  readonly pairs: readonly DuplicatePair[];
  /** Connected clusters of matching records (ids sorted; groups sorted by first id). */
  readonly groups: readonly (readonly string[])[];
  /** The groups with their agencies, shared action lines and suggested lead (same order as `groups`). */
  readonly groupDetails: readonly DuplicateGroup[];
  /** Agency × agency overlap counts, one matrix per action line (catalogue order). */
  readonly matrix: readonly OverlapMatrix[];
  /** One row per reporting agency, sorted by agency. */
  readonly byAgency: readonly AgencySummary[];
  readonly stats: DuplicationStats;
}

/** One bad record (or file) found by an importer: where it is, and what is wrong. */
export interface ImportProblem extends InputIssue {
  /** The file, when the importer was given its name (`file` option). */
  readonly file?: string;
  /** 1-based line in the text where the record starts (or where the problem is, for a file-level one). */
  readonly line: number;
  /** 1-based column, where known. */
  readonly column?: number;
  /** The record's id, where it has one. */
  readonly id?: string;
}

/** How an import went: activities mapped to action lines, imported without one (`unmapped`), rejected. */
export interface ImportCounts {
  readonly mapped: number;
  readonly unmapped: number;
  /** Records left out because they are malformed (each has its problems). */
  readonly rejected: number;
}

/** What a lenient import returns: every good record, every problem, and the counts. */
export interface ImportResult {
  readonly activities: Activity[];
  readonly problems: ImportProblem[];
  readonly counts: ImportCounts;
}
