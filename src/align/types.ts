import type { Phase } from "../model/index.ts";

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
