import {
  deepFreeze,
  type InputIssue,
  type Programme,
  pushAll,
  type SafeResult,
  throwIfAny,
  toSafe,
  ViolationSchema,
} from "../model/index.ts";
import { parseProgramme } from "../programme/index.ts";
import { buildContext } from "./_lib/context.ts";
import { type Grouped, groupFindings } from "./_lib/groups.ts";
import { historySummary } from "./builtin/history.ts";
import { BUILTIN_RULES } from "./builtin/index.ts";
import { CHECK_OPTIONS, prepareCheck } from "./prepareCheck.ts";
import type {
  ActiveRule,
  CheckProgrammeOptions,
  CheckReport,
  Finding,
  FindingSubjects,
  PreparedCheck,
  ProgrammeScore,
  Rule,
  RuleContext,
  RuleInput,
  Violation,
} from "./types.ts";

/** Built-in rules' violations are trusted; custom rules' are checked before they become findings. */
const BUILTINS: ReadonlySet<Rule> = new Set(BUILTIN_RULES);

const NONE: readonly never[] = Object.freeze([]);

/** The distinct values in first-seen order (a short list, the usual case, without a Set). */
function unique<T>(values: readonly T[] | undefined): readonly T[] {
  if (values === undefined || values.length === 0) return NONE;
  if (values.length === 1) return [values[0] as T];
  if (values.length > 16) return [...new Set(values)];
  const out: T[] = [];
  for (let i = 0; i < values.length; i++) if (!out.includes(values[i] as T)) out.push(values[i] as T);
  return out;
}

function subjectsOf(violation: Violation): FindingSubjects {
  const involves = violation.involves ?? {};
  return {
    themes: unique(involves.themes),
    cycles: unique(involves.cycles),
    years: unique(involves.years),
    agencies: unique(involves.agencies),
    actionLines: unique(involves.actionLines),
    stakeholders: unique(involves.stakeholders),
  };
}

function findingOf(violation: Violation, active: ActiveRule): Finding {
  const rule = active.rule.id;
  const severity = active.severity;
  const weight = active.weight * (violation.scale ?? 1);
  const message = violation.message;
  const involves = subjectsOf(violation);
  // Built key by key, in the report's order (`path` only when the violation has one).
  if (violation.path === undefined) return { rule, severity, weight, message, refs: active.refs, involves };
  return { rule, severity, weight, message, path: [...violation.path], refs: active.refs, involves };
}

function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * Adds a rule's findings on a programme to `collected`, in the order it yields them (one finding
 * saying so when it throws).
 */
function findingsOfRule(
  active: ActiveRule,
  programme: Programme,
  params: PreparedCheck["params"],
  context: RuleContext,
  collected: Finding[] = [],
): Finding[] {
  const trusted = BUILTINS.has(active.rule);
  const start = collected.length;
  try {
    for (const violation of active.rule.check(programme, params, context)) {
      if (!trusted) {
        const parsed = ViolationSchema.safeParse(violation);
        if (!parsed.success) {
          const first = parsed.error.issues[0];
          throw new TypeError(
            `yielded a malformed violation (${first === undefined ? "invalid" : `${first.path.join(".") || "value"}: ${first.message}`})`,
          );
        }
      }
      collected.push(findingOf(violation, active));
    }
  } catch (error) {
    // A rule that throws is reported as a finding of its own; what it yielded before is dropped.
    collected.length = start;
    collected.push({
      rule: active.rule.id,
      severity: active.severity,
      weight: active.weight,
      message: `Rule "${active.rule.id}" could not finish its check (${errorText(error)}); its findings are missing from this report.`,
      refs: active.refs,
      involves: subjectsOf({ message: "" }),
    });
  }
  return collected;
}

/**
 * Every finding of every active rule, in rule order and in the order each rule yields them. A rule
 * in `known` is not run: its findings there are taken instead (copies, so no two reports share one).
 */
function runRules(
  programme: Programme,
  prepared: PreparedCheck,
  context: RuleContext,
  known?: ReadonlyMap<ActiveRule, readonly Finding[]>,
): Finding[] {
  // Hard first, then rule order; each rule's own order is kept. Rules run in rule order and each
  // rule's findings share its severity, so two lists in run order, hard then soft, are that order.
  const hard: Finding[] = [];
  const soft: Finding[] = [];
  for (const active of prepared.rules) {
    const into = active.severity === "hard" ? hard : soft;
    const found = known?.get(active);
    if (found === undefined) findingsOfRule(active, programme, prepared.params, context, into);
    else for (const finding of found) into.push(copyOf(finding));
  }
  const findings = soft.length === 0 ? hard : pushAll(hard, soft);
  return distinctIds(prepared.rules) ? findings : byRuleOrder(findings, prepared.rules);
}

/** Whether some rule of the list is a caller's own. */
function hasCustomRule(rules: readonly ActiveRule[]): boolean {
  // Index loops here and below: the prepared lists are frozen, and V8 iterates frozen arrays slowly.
  for (let i = 0; i < rules.length; i++) if (!BUILTINS.has((rules[i] as ActiveRule).rule)) return true;
  return false;
}

/** Whether no two rules share an id (always, unless a caller's rule object changed its id after `prepareCheck`). */
function distinctIds(rules: readonly ActiveRule[]): boolean {
  return !hasCustomRule(rules) || new Set(rules.map((active) => active.rule.id)).size === rules.length;
}

/** Findings stably sorted hard first, then by the order of their rule's id in the rule list (in place). */
function byRuleOrder(findings: Finding[], rules: readonly ActiveRule[]): Finding[] {
  const order = new Map(rules.map((active) => [active.rule.id, active.order]));
  // `sort` is stable (ES2019): findings of one rule keep the order they were found in.
  return findings.sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === "hard" ? -1 : 1) ||
      (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0),
  );
}

/** A finding with its own path and subject lists (its refs are frozen, so shared). */
function copyOf(finding: Finding): Finding {
  return {
    ...finding,
    ...(finding.path === undefined ? {} : { path: [...finding.path] }),
    // Its subject lists are distinct already, so this copies them (sharing only the frozen empty list).
    involves: subjectsOf(finding),
  };
}

/** The programme parsed and cross-checked against the prepared options, ready for the rules. */
function programmeFor(input: Programme, prepared: PreparedCheck): Programme {
  const programme = parseProgramme(input, prepared.catalogue);
  participationIssues(programme, prepared);
  // Custom rules get a frozen programme, so one cannot change what the next one sees.
  if (hasCustomRule(prepared.rules)) deepFreeze(programme);
  return programme;
}

/** Registrations for years the programme has no session in are an error in the options. */
function participationIssues(programme: Programme, prepared: PreparedCheck): void {
  const participation = prepared.params.participation;
  if (participation !== undefined) {
    const years = new Set(programme.sessions.map((session) => session.year));
    const issues: InputIssue[] = [];
    participation.sessions.forEach((registration, r) => {
      if (!years.has(registration.year))
        issues.push({
          path: ["params", "participation", "sessions", r, "year"],
          message: `${registration.year} has no session in the programme (${programme.startYear}–${programme.endYear})`,
        });
    });
    throwIfAny(issues, CHECK_OPTIONS);
  }
}

/** What no assignment of themes to cycles changes: a rule that reads only these gives every such programme the same findings. */
const FIXED_INPUTS: ReadonlySet<RuleInput> = new Set(["dates", "phases", "participation"]);

/** Whether a rule's declared inputs say its findings do not depend on which themes are in which cycle. */
function readsNoAssignment(rule: Rule): boolean {
  const inputs = rule.inputs;
  if (inputs === undefined) return false;
  for (let i = 0; i < inputs.length; i++) if (!FIXED_INPUTS.has(inputs[i] as RuleInput)) return false;
  return true;
}

/** The check of the programmes laid out from one spec, which differ only in their cycles' themes. */
export interface SkeletonCheck {
  /**
   * The findings `checkProgramme` would list for the hard rules that `skip` does not name, in its
   * order, on the skeleton (what no assignment can fix when the rules read no assignment).
   */
  hardFindings(skip: ReadonlySet<string>): Finding[];
  /** `checkProgramme(programme, prepared)` for a programme laid out from the skeleton's spec. */
  check(programme: Programme): CheckReport;
}

/**
 * Internal (`draftProgramme`): checks a skeleton programme (the spec's cycles, no themes) that the
 * library has just laid out (valid by construction, so not parsed again) and that no custom rule
 * sees (the prepared check has none). The rules that read no assignment (by their `inputs`: the
 * calendar, the cycle structure…) run once, here; `check` then gives each programme of the same spec
 * their findings from the skeleton and runs only the other rules, so its report is the one
 * `checkProgramme` gives.
 *
 * @throws {PlannerInputError} When the participation options name years the programme has no session in.
 */
export function checkSkeleton(skeleton: Programme, prepared: PreparedCheck): SkeletonCheck {
  participationIssues(skeleton, prepared);
  const context = buildContext(skeleton, prepared.catalogue);
  const fixed = new Map<ActiveRule, readonly Finding[]>();
  for (const active of prepared.rules)
    if (readsNoAssignment(active.rule))
      fixed.set(active, findingsOfRule(active, skeleton, prepared.params, context));
  return {
    hardFindings(skip) {
      const rules = prepared.rules.filter(
        (active) => active.severity === "hard" && !skip.has(active.rule.id),
      );
      return runRules(skeleton, { ...prepared, rules }, context, fixed);
    },
    check(programme) {
      return reportOf(programmeFor(programme, prepared), prepared, fixed);
    },
  };
}

function scoreOf(findings: readonly Finding[]): ProgrammeScore & { hardCount: number; softCount: number } {
  let hard = 0;
  let soft = 0;
  let hardCount = 0;
  let softCount = 0;
  for (const finding of findings) {
    if (finding.severity === "hard") {
      hard += finding.weight;
      hardCount++;
    } else {
      soft += finding.weight;
      softCount++;
    }
  }
  return { hard, soft, hardCount, softCount };
}

/**
 * Checks a programme against the scheduling rules and says what breaks them, and why: cycle
 * structure, themes reviewed before policy, coverage of the action lines, repetition, themes per
 * cycle, facilitator load, the calendar (working days, the six-week rule, inputs before documents,
 * the inter-sessional panel, clashes with external events, the report to ECOSOC), goal links, the
 * dual mandate, participation and external reviews. Findings name the things involved in plain words,
 * come hard first and then in rule order, and are grouped by theme, cycle, session, agency, action
 * line and stakeholder, heaviest first. A custom rule that throws becomes a finding naming it.
 *
 * @param programme - A programme (from `createProgramme`, `parseProgramme` or a file); it is validated and not changed.
 * @param options - `catalogue` (default `wsis`), `rules` (per rule id: `false`, `"soft"`, `{ weight }`…), `customRules`, `params`; or a `PreparedCheck`.
 * @returns A new report: `ok` (no hard finding), counts, the weighted `score`, the findings and the groups.
 * @throws {PlannerInputError} When the programme or the options are malformed, listing each problem with its path.
 * @example
 * const report = checkProgramme(createProgramme(WSIS_DEFAULT_SPEC));
 * report.ok; // true
 * report.findings.map((finding) => finding.rule); // [] (the default programme breaks no rule)
 */
export function checkProgramme(
  programme: Programme,
  options: CheckProgrammeOptions | PreparedCheck = {},
): CheckReport {
  const prepared = prepareCheck(options);
  return reportOf(programmeFor(programme, prepared), prepared);
}

/** The report of a parsed programme; the findings of the rules in `known` are taken from there. */
function reportOf(
  parsed: Programme,
  prepared: PreparedCheck,
  known?: ReadonlyMap<ActiveRule, readonly Finding[]>,
): CheckReport {
  const context = buildContext(parsed, prepared.catalogue);
  const findings = runRules(parsed, prepared, context, known);
  const { hard, soft, hardCount, softCount } = scoreOf(findings);
  const groups: Grouped = groupFindings(findings, parsed, prepared, context);
  return {
    ok: hardCount === 0,
    hard: hardCount,
    soft: softCount,
    score: { hard, soft },
    findings,
    ...groups,
    rules: prepared.summary,
    ...(prepared.params.history === undefined
      ? {}
      : { history: historySummary(parsed, prepared.params.history, prepared.catalogue) }),
  };
}

/**
 * `checkProgramme` that returns `{ success, data | error }` instead of throwing for bad input.
 *
 * @param programme - As for `checkProgramme`.
 * @param options - As for `checkProgramme`.
 * @returns `{ success: true, data: report }`, or `{ success: false, error }` with the `PlannerInputError`.
 * @throws Nothing for bad input; only a bug in the library would throw.
 * @example
 * safeCheckProgramme({} as Programme).success; // false
 */
export function safeCheckProgramme(
  programme: Programme,
  options: CheckProgrammeOptions | PreparedCheck = {},
): SafeResult<CheckReport> {
  return toSafe(() => checkProgramme(programme, options));
}

/**
 * The weighted totals `checkProgramme` would report, without building messages into groups: what a
 * solver minimises (hard first, then soft). Prepare the options once with `prepareCheck` and pass
 * the result here for each candidate programme.
 *
 * @param programme - A programme; it is validated and not changed.
 * @param options - A `PreparedCheck`, or check options to prepare.
 * @returns `{ ok, hard, soft }`: whether no hard finding remains, and the sums of the weights of the hard and of the soft findings.
 * @throws {PlannerInputError} When the programme or the options are malformed.
 * @example
 * const prepared = prepareCheck();
 * scoreProgramme(createProgramme(WSIS_DEFAULT_SPEC), prepared); // { ok: true, hard: 0, soft: 0 }
 */
export function scoreProgramme(
  programme: Programme,
  options: CheckProgrammeOptions | PreparedCheck = {},
): ProgrammeScore & { readonly ok: boolean } {
  const prepared = prepareCheck(options);
  const parsed = programmeFor(programme, prepared);
  const findings = runRules(parsed, prepared, buildContext(parsed, prepared.catalogue));
  const { hard, soft, hardCount } = scoreOf(findings);
  return { ok: hardCount === 0, hard, soft };
}
