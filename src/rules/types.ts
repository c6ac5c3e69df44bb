import type {
  Catalogue,
  CommissionRecord,
  CommissionRecordInput,
  ParsedRuleParams,
  Programme,
  ReviewMilestone,
  RuleInput,
  RuleParamsInput,
  RuleSetting,
  Session,
  Severity,
  Stakeholder,
  Theme,
} from "../model/index.ts";
import type { ResolvedPolicy } from "../participation/index.ts";

export type { RuleInput, RuleSetting, Severity };

/** The things a finding is about, by id: what the report groups findings by. */
export interface FindingSubjects {
  readonly themes: readonly string[];
  /** Cycle indexes (0-based, as in `programme.cycles`). */
  readonly cycles: readonly number[];
  /** Session years. */
  readonly years: readonly number[];
  readonly agencies: readonly string[];
  readonly actionLines: readonly string[];
  readonly stakeholders: readonly string[];
}

/** What a rule's `check` yields for each problem; the engine adds the rule, severity, weight and refs. */
export interface Violation {
  /** Plain English naming the things involved (theme titles and ids, years, agencies). */
  readonly message: string;
  /** Path into the programme, e.g. `["sessions", 3, "deadlines", "documents"]`. */
  readonly path?: readonly (string | number)[];
  /** Multiplies the rule's weight for this finding (e.g. the number of themes too many); 1 when omitted. */
  readonly scale?: number;
  /** The ids involved. */
  readonly involves?: Partial<FindingSubjects>;
}

/** One problem the checker found. */
export interface Finding {
  /** Id of the rule that found it. */
  readonly rule: string;
  readonly severity: Severity;
  /** The rule's weight times the violation's scale: what the finding adds to the score. */
  readonly weight: number;
  /** Plain English naming the things involved. */
  readonly message: string;
  /**
   * Path into the programme when the finding has a place there; findings about the check's own
   * data (registrations) start with `"params"`, a path into the options.
   */
  readonly path?: readonly (string | number)[];
  /** Where the rule comes from (reference sections and addresses). */
  readonly refs: readonly string[];
  /** The ids involved. */
  readonly involves: FindingSubjects;
}

/** The resolved parameters every built-in rule reads (defaults filled in). */
export type RuleParams = Readonly<
  Omit<ParsedRuleParams, "reviewMilestones" | "participation"> & {
    readonly reviewMilestones: readonly ReviewMilestone[];
    readonly participation?: {
      readonly stakeholders: readonly Stakeholder[];
      readonly sessions: readonly { readonly year: number; readonly stakeholders: readonly string[] }[];
      readonly policy: ResolvedPolicy;
    };
    /** A commission's record of past sessions (the `history` option), validated against the catalogue. */
    readonly history?: CommissionRecord;
  }
>;

/**
 * What the engine gives every rule besides the programme and parameters: the catalogue, lookups
 * built once per check, and labels that name things in plain words. Everything here is derived from
 * the programme and the catalogue; rules stay pure functions of (programme, params, context).
 */
export interface RuleContext {
  readonly catalogue: Catalogue;
  /** Themes by id. */
  readonly themes: ReadonlyMap<string, Theme>;
  /** Each cycle's sessions in year order, by cycle index. */
  readonly sessionsByCycle: readonly (readonly { readonly session: Session; readonly index: number }[])[];
  /** Index into `programme.sessions` of each year's session. */
  readonly sessionIndexByYear: ReadonlyMap<number, number>;
  /** Theme ids each session's agenda takes up (items of any kind that list themes), by session index. */
  themesOnAgenda(sessionIndex: number): ReadonlySet<string>;
  /**
   * Lead facilitators of a theme: the agencies that lead the most of its action lines (all of them on
   * a tie), in the order of its lines; with `year`, the facilitators of that year (the entry in force now without).
   */
  leadsOf(themeId: string, year?: number): readonly string[];
  /** "‘Media’ (media)": a theme's title and id. */
  theme(id: string): string;
  /** "cycle 2 (2029–2030)". */
  cycle(index: number): string;
  /** "the 31st session (2028)" or "the 2028 session". */
  session(session: Pick<Session, "year" | "number">): string;
  /** "ITU (International Telecommunication Union)". */
  agency(id: string): string;
  /** "C9 (Media)". */
  line(id: string): string;
  /** "10 May 2027". */
  day(iso: string): string;
  /**
   * A cache for data several rules derive from the same inputs within one check (the first call
   * computes, later calls with the key reuse). Keys are namespaced by the rules that share them.
   */
  memo<T>(key: string, compute: () => T): T;
}

/**
 * A scheduling rule: it declares its id, default severity and weight, a one-line description and the
 * references it rests on, and yields a violation for each problem it finds. The engine never branches
 * on rule ids; callers switch rules off, change severity or weight with `options.rules`, and add their
 * own rules with `options.customRules`.
 */
export interface Rule {
  /** Stable, dotted, kebab-case id, e.g. `cycle.review-before-policy`. */
  readonly id: string;
  /** Default severity. */
  readonly severity: Severity;
  /** Default weight of each finding in the score. */
  readonly weight: number;
  /** One line saying what the rule asks. */
  readonly description: string;
  /** Where the rule comes from: reference sections and addresses. */
  readonly refs: readonly string[];
  /** The parts of a programme the rule reads (for solvers: which changes can affect it). */
  readonly inputs?: readonly RuleInput[];
  /** Yields a violation for each problem; must not change its arguments. */
  check(programme: Programme, params: RuleParams, context: RuleContext): Iterable<Violation>;
}

/** A rule as the engine will apply it: severity and weight after the caller's settings. */
export interface ActiveRule {
  readonly rule: Rule;
  readonly severity: Severity;
  readonly weight: number;
  /** The rule's references, as findings carry them (a frozen copy for a caller's rule). */
  readonly refs: readonly string[];
  /** Position in the rule list, the findings' order after severity. */
  readonly order: number;
}

/** The validated options of a check, ready to apply to any number of programmes (see `prepareCheck`). */
export interface PreparedCheck {
  readonly catalogue: Catalogue;
  readonly params: RuleParams;
  /** The rules that will run, in order (switched-off rules left out). */
  readonly rules: readonly ActiveRule[];
  /** Every known rule with its settings, switched off or not. */
  readonly summary: readonly RuleSummary[];
}

/** A rule as a report lists it. */
export interface RuleSummary {
  readonly id: string;
  readonly enabled: boolean;
  readonly severity: Severity;
  readonly weight: number;
  readonly description: string;
  readonly refs: readonly string[];
  readonly custom: boolean;
}

/** Findings grouped by the thing they involve, heaviest first. */
export interface FindingGroup<K extends string | number = string> {
  readonly key: K;
  /** Plain-words name of the thing (a theme's title, "the 2029 session", an agency's name). */
  readonly label: string;
  readonly hard: number;
  readonly soft: number;
  readonly score: ProgrammeScore;
  /** Indexes into `CheckReport.findings`. */
  readonly findings: readonly number[];
}

/** Weighted totals: the sum of the weights of the hard findings, and of the soft ones. */
export interface ProgrammeScore {
  readonly hard: number;
  readonly soft: number;
}

/** What `checkProgramme` returns. */
export interface CheckReport {
  /** True when there is no hard finding. */
  readonly ok: boolean;
  /** Number of hard findings. */
  readonly hard: number;
  /** Number of soft findings. */
  readonly soft: number;
  /** Weighted totals (what a solver minimises: hard first, then soft). */
  readonly score: ProgrammeScore;
  /** Every finding: hard first, then by rule order, then by path and message. */
  readonly findings: readonly Finding[];
  readonly byTheme: readonly FindingGroup<string>[];
  readonly byCycle: readonly FindingGroup<number>[];
  readonly bySession: readonly FindingGroup<number>[];
  readonly byAgency: readonly FindingGroup<string>[];
  readonly byActionLine: readonly FindingGroup<string>[];
  readonly byStakeholder: readonly FindingGroup<string>[];
  /** Every rule the check knew, with the settings it ran with. */
  readonly rules: readonly RuleSummary[];
  /** With the `history` option: what the record covered, and what it left out longest. */
  readonly history?: HistorySummary;
}

/** What a check says of the record it was given as `history`. */
export interface HistorySummary {
  readonly record: string;
  readonly commission: string;
  readonly sessions: number;
  readonly first: number;
  readonly last: number;
  /** Every top-level line with the years the record took it up (see `recordCoverage`). */
  readonly lines: readonly {
    readonly line: string;
    readonly title: string;
    readonly years: readonly number[];
    readonly lastYear?: number;
  }[];
  /** Top-level lines the record never took up. */
  readonly neverCovered: readonly string[];
  /** Top-level lines the record took up longest ago (all those with the earliest last year). */
  readonly longestIdle: { readonly lines: readonly string[]; readonly lastYear?: number };
  /** Top-level lines neither the record nor the programme takes up. */
  readonly uncovered: readonly string[];
  /** The summary in plain words. */
  readonly message: string;
}

/** What `checkProgramme`, `prepareCheck` and `scoreProgramme` take besides the programme. */
export interface CheckProgrammeOptions {
  /** Where action lines, agencies and regional groups resolve; the WSIS catalogue by default. */
  readonly catalogue?: Catalogue;
  /** Per rule id: `false` off, `true` on, `"hard"`/`"soft"`, or `{ enabled?, severity?, weight? }`. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** Rules of the caller's own, run after the built-ins. */
  readonly customRules?: readonly Rule[];
  /** Parameters of the built-in rules (see `RuleParamsSchema` for each and its default). */
  readonly params?: RuleParamsInput;
  /**
   * A commission's record of past sessions (`cstdRecord`, or another commission's from
   * `defineRecord`): themes repeating a recent session's are found, and coverage counts the record.
   */
  readonly history?: CommissionRecordInput;
}
