// What the worker computes from a scenario's YAML text: the programme (laid out or drafted), its check,
// the timeline, the UNGIS proposal and alignment; or the problems, each placed at its line in the text.
// Everything here runs in the Web Worker, so the editor never waits for the solver.

import {
  type AlignmentReport,
  alignWithUngis,
  type CheckReport,
  checkProgramme,
  createProgramme,
  type DraftSpec,
  type DraftStats,
  draftProgramme,
  explainFinding,
  formatPath,
  InfeasibleError,
  PlannerInputError,
  type Programme,
  type ProgrammeSpec,
  proposeUngisPlan,
  renderTimelineSvg,
  type UngisPlan,
} from "cstd-planner";
import { type Document, isMap, isNode, isScalar, LineCounter, parseDocument } from "yaml";
import type { Diagnostic, FindingView, RuleGroupView, ScenarioResult } from "./protocol.ts";

type Path = readonly (string | number)[];

/** The last programme laid out without error, and what the documents append to it. */
export interface Outcome {
  readonly programme: Programme;
  readonly check: CheckReport;
  readonly alignment: AlignmentReport;
  readonly plan: UngisPlan;
}

/**
 * Where the value at `path` sits in the text (or its nearest ancestor present in it), as the CLI
 * places issues in files: the `yaml` Document API gives each node's range, the LineCounter its line.
 */
function firstLineEnd(text: string, from: number): number {
  const end = text.indexOf("\n", from);
  return end === -1 ? text.length : end;
}

function locator(document: Document, counter: LineCounter, text: string) {
  return (path: Path): Pick<Diagnostic, "from" | "to" | "line" | "col"> => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range !== undefined && node.range !== null) {
        const [from, valueEnd] = node.range;
        const { line, col } = counter.linePos(from);
        // A problem of the whole scenario (no path) marks its first line, not all of it.
        const end = depth === 0 ? firstLineEnd(text, from) : valueEnd;
        return { from, to: Math.max(from + 1, end), line, col };
      }
    }
    return { from: 0, to: Math.min(1, text.length), line: 1, col: 1 };
  };
}

/** The position of the key `name` in the mapping at `path`, when the text has one. */
function keyPosition(document: Document, counter: LineCounter, path: Path, name: string | number) {
  const parent = path.length === 0 ? document.contents : document.getIn(path, true);
  if (!isMap(parent)) return undefined;
  for (const item of parent.items) {
    const key = item.key;
    if (isScalar(key) && String(key.value) === String(name) && key.range) {
      const { line, col } = counter.linePos(key.range[0]);
      return { from: key.range[0], to: key.range[1], line, col };
    }
  }
  return undefined;
}

/**
 * Where an issue about a key the schema does not know sits: on the key itself, whether the issue's path
 * ends with the key or names its mapping (as zod's unrecognized-keys issues do) with the key quoted in
 * the message.
 */
function unknownKeyPosition(document: Document, counter: LineCounter, path: Path, message: string) {
  if (!/unknown key|unrecognized key/iu.test(message)) return undefined;
  const last = path[path.length - 1];
  const own = last === undefined ? undefined : keyPosition(document, counter, path.slice(0, -1), last);
  if (own !== undefined) return own;
  const quoted = /key[s]?:? "([^"]+)"/iu.exec(message)?.[1];
  return quoted === undefined ? undefined : keyPosition(document, counter, path, quoted);
}

const isDraftSpec = (data: unknown): boolean =>
  typeof data === "object" && data !== null && typeof (data as { cycles?: unknown }).cycles === "number";

function describe(check: CheckReport): RuleGroupView[] {
  const byRule = new Map<string, FindingView[]>();
  for (const finding of check.findings) {
    const views = byRule.get(finding.rule) ?? [];
    views.push({
      severity: finding.severity,
      message: finding.message,
      where: finding.path === undefined ? undefined : formatPath(finding.path),
      // explainFinding's lines after the message: where it is and what it involves (the sources are the rule's).
      explanation: explainFinding(finding)
        .split("\n")
        .slice(1)
        .filter((line) => !line.trimStart().startsWith("source:"))
        .map((line) => line.trim())
        .join("\n"),
    });
    byRule.set(finding.rule, views);
  }
  const rules = new Map(check.rules.map((rule) => [rule.id, rule]));
  return [...byRule].map(([rule, findings]) => ({
    rule,
    description: rules.get(rule)?.description ?? "",
    refs: [...(rules.get(rule)?.refs ?? [])],
    findings,
  }));
}

/** Analyses one scenario text; never throws for bad input (problems are a result). */
export function analyseScenario(text: string): { result: ScenarioResult; outcome?: Outcome } {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (document.errors.length > 0) {
    const diagnostics = document.errors.map((error): Diagnostic => {
      const [from, to] = error.pos;
      const { line, col } = counter.linePos(from);
      return {
        from,
        to: Math.max(to, from + 1),
        line,
        col,
        where: "",
        message: `not valid YAML: ${error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/u, "")}`,
      };
    });
    return { result: { ok: false, kind: "yaml", diagnostics } };
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      result: {
        ok: false,
        kind: "yaml",
        diagnostics: [{ from: 0, to: 1, line: 1, col: 1, where: "", message: `not valid YAML: ${message}` }],
      },
    };
  }
  const locate = locator(document, counter, text);
  const started = performance.now();
  const drafted = isDraftSpec(data);
  try {
    let programme: Programme;
    let check: CheckReport;
    let stats: DraftStats | undefined;
    if (drafted) {
      const draft = draftProgramme(data as DraftSpec);
      ({ programme, report: check, stats } = draft);
    } else {
      // createProgramme validates the spec; the check then runs over the programme it lays out.
      programme = createProgramme(data as ProgrammeSpec);
      check = checkProgramme(programme);
    }
    const plan = proposeUngisPlan(programme);
    const alignment = alignWithUngis(programme, plan);
    const millis = Math.round(performance.now() - started);
    const result: ScenarioResult = {
      ok: true,
      mode: drafted ? "drafted" : "laid-out",
      millis,
      programme,
      svg: renderTimelineSvg(programme),
      check: { ok: check.ok, hard: check.hard, soft: check.soft, groups: describe(check) },
      ...(stats === undefined ? {} : { stats }),
      plan,
      alignment,
    };
    return { result, outcome: { programme, check, alignment, plan } };
  } catch (error) {
    if (error instanceof PlannerInputError) {
      const diagnostics = error.issues.map((issue): Diagnostic => {
        const at = unknownKeyPosition(document, counter, issue.path, issue.message) ?? locate(issue.path);
        return { ...at, where: formatPath(issue.path), message: issue.message };
      });
      return { result: { ok: false, kind: "input", diagnostics } };
    }
    if (error instanceof InfeasibleError) {
      const diagnostics = error.conflicts.map(
        (conflict): Diagnostic => ({
          ...locate(conflict.path ?? []),
          where: conflict.path === undefined ? "" : formatPath(conflict.path),
          message: `${conflict.message} (${conflict.kind})`,
        }),
      );
      return { result: { ok: false, kind: "infeasible", diagnostics } };
    }
    throw error;
  }
}
