// The messages between the page and its worker, and the plain data the worker sends back. Everything
// here survives structured cloning (no classes, no functions).

import type { AlignmentReport, DraftStats, DuplicationReport, Programme, UngisPlan } from "cstd-planner";

/** One problem in the scenario, placed in its text. */
export interface Diagnostic {
  /** Offsets into the text analysed. */
  readonly from: number;
  readonly to: number;
  /** Line and column, from 1. */
  readonly line: number;
  readonly col: number;
  /** The path of the value in the scenario, as the library writes it (`themes[0].actionLines[0]`). */
  readonly where: string;
  /** The library's message, with its "did you mean". */
  readonly message: string;
}

export interface FindingView {
  readonly severity: "hard" | "soft";
  readonly message: string;
  readonly where: string | undefined;
  /** `explainFinding`'s lines after the message: where it is, what it involves. */
  readonly explanation: string;
}

/** The findings of one rule, with what the rule checks. */
export interface RuleGroupView {
  readonly rule: string;
  readonly description: string;
  readonly refs: readonly string[];
  readonly findings: readonly FindingView[];
}

export type ScenarioResult =
  | {
      readonly ok: true;
      /** `laid-out`: the cycles list their themes (createProgramme); `drafted`: `cycles: N` (draftProgramme). */
      readonly mode: "laid-out" | "drafted";
      readonly millis: number;
      readonly programme: Programme;
      readonly svg: string;
      readonly check: {
        readonly ok: boolean;
        readonly hard: number;
        readonly soft: number;
        readonly groups: readonly RuleGroupView[];
      };
      readonly stats?: DraftStats;
      readonly plan: UngisPlan;
      readonly alignment: AlignmentReport;
    }
  | {
      readonly ok: false;
      readonly kind: "yaml" | "input" | "infeasible";
      readonly diagnostics: readonly Diagnostic[];
    };

/** One file dropped or chosen, read as text in the page (nothing leaves the machine). */
export interface RegisterFile {
  readonly name: string;
  readonly text: string;
}

export interface RegistersResult {
  readonly files: readonly {
    readonly name: string;
    readonly format: "csv" | "iati";
    readonly activities: number;
  }[];
  /** Records an importer could not read, with the file and line. */
  readonly problems: readonly {
    readonly file: string;
    readonly line: number;
    readonly where: string;
    readonly message: string;
  }[];
  readonly report: DuplicationReport | undefined;
  /** Titles and agencies by record id, to name the records of a pair. */
  readonly records: Readonly<Record<string, { readonly title: string; readonly agency: string }>>;
}

/** What the worker tells the page when it starts: the default scenario and what completion needs. */
export interface Ready {
  readonly type: "ready";
  readonly defaultScenario: string;
  /** The JSON Schema of a spec laid out as written (`cycles` list their themes). */
  readonly schema: Record<string, unknown>;
  /** The JSON Schema of a spec for the solver (`cycles: N`, with pins, forbid, precedence, deadlines). */
  readonly draftSchema: Record<string, unknown>;
  readonly actionLines: readonly { readonly id: string; readonly title: string }[];
  readonly downloads: readonly { readonly id: string; readonly label: string; readonly file: string }[];
}

export type ToWorker =
  | { readonly type: "scenario"; readonly seq: number; readonly text: string }
  | { readonly type: "download"; readonly id: string; readonly scenario: string }
  | { readonly type: "registers"; readonly seq: number; readonly files: readonly RegisterFile[] };

export type FromWorker =
  | Ready
  | {
      readonly type: "scenario";
      readonly seq: number;
      readonly text: string;
      readonly result: ScenarioResult;
    }
  | {
      readonly type: "download";
      readonly id: string;
      readonly file: string;
      readonly mime: string;
      readonly data: string | Uint8Array;
    }
  | { readonly type: "download-failed"; readonly id: string; readonly message: string }
  | { readonly type: "registers"; readonly seq: number; readonly result: RegistersResult }
  | {
      readonly type: "failed";
      readonly of: "scenario" | "registers";
      readonly seq: number;
      readonly message: string;
    };
