import { indexOf, wsis } from "../catalogue/index.ts";
import {
  type Catalogue,
  deepFreeze,
  type InputIssue,
  NOT_A_CATALOGUE,
  PlannerInputError,
  pushAll,
  ReviewMilestoneSchema,
  RuleDefinitionSchema,
  RuleParamsSchema,
  type RuleSetting,
  RuleSettingSchema,
  readInput,
  trust,
  unknownIdMessage,
} from "../model/index.ts";
import { registryIssues, resolvePolicy } from "../participation/index.ts";
import { pushZodIssues } from "./_lib/issues.ts";
import { historyOption } from "./builtin/history.ts";
import { BUILTIN_RULES } from "./builtin/index.ts";
import { WSIS_REVIEW_MILESTONES } from "./data/reviewMilestones.ts";
import type {
  ActiveRule,
  CheckProgrammeOptions,
  PreparedCheck,
  Rule,
  RuleParams,
  RuleSummary,
} from "./types.ts";

/** What the errors of a check's options say was wrong. */
export const CHECK_OPTIONS = "check options";

const PREPARED = new WeakSet<PreparedCheck>();
const DEFAULT_MILESTONES = WSIS_REVIEW_MILESTONES.map((milestone) => ReviewMilestoneSchema.parse(milestone));
const OPTION_KEYS = new Set(["catalogue", "rules", "customRules", "params", "history"]);
const BUILTINS: ReadonlySet<Rule> = new Set(BUILTIN_RULES);
const BUILTIN_IDS: ReadonlySet<string> = new Set(BUILTIN_RULES.map((rule) => rule.id));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether `value` came from `prepareCheck` (and so needs no validation again). */
export function isPreparedCheck(value: unknown): value is PreparedCheck {
  return typeof value === "object" && value !== null && PREPARED.has(value as PreparedCheck);
}

// Each option below is read on its own, its problems added to `issues` (in the order of the options).

/** The `catalogue` option: the caller's catalogue, or `wsis` when there is none or it is no catalogue. */
function catalogueOption(value: unknown, issues: InputIssue[]): Catalogue {
  if (value === undefined) return wsis;
  const candidate = isRecord(value) ? (value as { actionLines?: unknown; regions?: unknown }) : undefined;
  if (Array.isArray(candidate?.actionLines) && Array.isArray(candidate?.regions)) return value as Catalogue;
  issues.push({ path: ["catalogue"], message: NOT_A_CATALOGUE });
  return wsis;
}

/** The `customRules` option: the caller's rules that are well formed and have ids of their own. */
function customRulesOption(value: unknown, issues: InputIssue[]): Rule[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    issues.push({ path: ["customRules"], message: "must be a list of rules" });
    return [];
  }
  const rules: Rule[] = [];
  const seen = new Set<string>();
  value.forEach((raw: unknown, i: number) => {
    const parsed = RuleDefinitionSchema.safeParse(raw);
    if (!parsed.success) {
      pushZodIssues(issues, parsed.error, ["customRules", i]);
      return;
    }
    const id = parsed.data.id;
    if (BUILTIN_IDS.has(id) || seen.has(id)) {
      issues.push({
        path: ["customRules", i, "id"],
        message: BUILTIN_IDS.has(id)
          ? `"${id}" is a built-in rule; give yours another id, or switch the built-in off with rules: { "${id}": false }`
          : `duplicate rule id "${id}"`,
      });
      return;
    }
    seen.add(id);
    rules.push(raw as Rule);
  });
  return rules;
}

/** The `rules` option: the well-formed settings of known rules, by rule id. */
function settingsOption(
  value: unknown,
  known: ReadonlySet<string>,
  issues: InputIssue[],
): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>();
  if (value === undefined) return settings;
  if (!isRecord(value)) {
    issues.push({ path: ["rules"], message: "must map rule ids to settings" });
    return settings;
  }
  for (const key of Object.keys(value)) {
    if (!known.has(key)) {
      issues.push({ path: ["rules", key], message: unknownIdMessage("rule id", key, known) });
      continue;
    }
    const parsed = RuleSettingSchema.safeParse(value[key]);
    if (parsed.success) settings.set(key, parsed.data);
    else pushZodIssues(issues, parsed.error, ["rules", key]);
  }
  return settings;
}

/** The `params` option with its defaults filled in, or `undefined` when it is malformed. */
function paramsOption(value: unknown, catalogue: Catalogue, issues: InputIssue[]): RuleParams | undefined {
  const parsed = RuleParamsSchema.safeParse(value ?? {});
  if (!parsed.success) {
    pushZodIssues(issues, parsed.error, ["params"]);
    return undefined;
  }
  const data = parsed.data;
  const lines = indexOf(catalogue).lines;
  data.coverageLines?.forEach((line, i) => {
    if (!lines.has(line))
      issues.push({
        path: ["params", "coverageLines", i],
        message: unknownIdMessage(catalogue.lineNoun, line, lines.keys()),
      });
  });
  let participation: RuleParams["participation"];
  if (data.participation !== undefined) {
    const at = ["params", "participation"] as const;
    const { stakeholders, sessions } = data.participation;
    pushAll(issues, registryIssues(stakeholders, catalogue, [...at, "stakeholders"]));
    const ids = new Set(stakeholders.map((stakeholder) => stakeholder.id));
    const years = new Set<number>();
    sessions.forEach((registration, r) => {
      if (years.has(registration.year))
        issues.push({
          path: [...at, "sessions", r, "year"],
          message: `a second registration list for ${registration.year}`,
        });
      years.add(registration.year);
      registration.stakeholders.forEach((id, s) => {
        if (!ids.has(id))
          issues.push({
            path: [...at, "sessions", r, "stakeholders", s],
            message: unknownIdMessage("stakeholder", id, ids),
          });
      });
    });
    const policy = resolvePolicy(data.participation.policy, [...at, "policy"]);
    pushAll(issues, policy.issues);
    participation = { stakeholders, sessions, policy: policy.policy };
  }
  const { participation: _parsed, reviewMilestones, ...rest } = data;
  return {
    ...rest,
    reviewMilestones: reviewMilestones ?? DEFAULT_MILESTONES,
    ...(participation === undefined ? {} : { participation }),
  };
}

/**
 * Validates check options once, so a solver can score many programmes against exactly the rules
 * `checkProgramme` applies: the rule list (built-ins, then custom rules) with each rule's severity
 * and weight after the caller's settings, and the resolved parameters.
 *
 * @param options - `catalogue`, `rules` (settings by rule id), `customRules`, `params`.
 * @returns A frozen `PreparedCheck`; pass it to `checkProgramme` or `scoreProgramme` in place of the options.
 * @throws {PlannerInputError} Listing every problem with its path: an unknown rule id, a malformed setting or custom rule, a negative or unknown parameter, an unknown action line or regional group.
 * @example
 * const prepared = prepareCheck({ rules: { "theme.repetition": false }, params: { minGapYears: 8 } });
 * prepared.rules.length; // 17 (the 18 built-ins less the one switched off)
 */
export function prepareCheck(options: CheckProgrammeOptions | PreparedCheck = {}): PreparedCheck {
  if (isPreparedCheck(options)) return options;
  const issues: InputIssue[] = [];
  // Read once into plain data (a Proxy or a throwing getter is an input error); custom rules' functions are kept.
  const raw: unknown = readInput(options, CHECK_OPTIONS);
  if (!isRecord(raw))
    throw new PlannerInputError([{ path: [], message: "options must be an object" }], CHECK_OPTIONS);
  options = raw as CheckProgrammeOptions;
  for (const key of Object.keys(raw)) {
    if (!OPTION_KEYS.has(key))
      issues.push({ path: [key], message: unknownIdMessage("option", key, OPTION_KEYS) });
  }
  const catalogue = catalogueOption(options.catalogue, issues);
  // Issue 11: the record of past sessions, read by the rules as params.history.
  const history = historyOption(options.history, catalogue, issues);

  const customRules = customRulesOption(options.customRules, issues);
  const all = [...BUILTIN_RULES, ...customRules];
  const known =
    customRules.length === 0 ? BUILTIN_IDS : new Set([...BUILTIN_IDS, ...customRules.map((rule) => rule.id)]);
  const settings = settingsOption(options.rules, known, issues);
  const params = paramsOption(options.params, catalogue, issues);
  if (issues.length > 0 || params === undefined) throw new PlannerInputError(issues, CHECK_OPTIONS);

  const summary: RuleSummary[] = [];
  const active: ActiveRule[] = [];
  for (const rule of all) {
    const setting = settings.get(rule.id);
    let enabled = true;
    let severity = rule.severity;
    let weight = rule.weight;
    if (typeof setting === "boolean") enabled = setting;
    else if (typeof setting === "string") severity = setting;
    else if (setting !== undefined) {
      enabled = setting.enabled ?? true;
      severity = setting.severity ?? severity;
      weight = setting.weight ?? weight;
    }
    const custom = !BUILTINS.has(rule);
    // Built-in refs are frozen at load and shared; a caller's rule may change its own later, so copy.
    const refs = custom ? Object.freeze([...rule.refs]) : rule.refs;
    summary.push(
      Object.freeze({ id: rule.id, enabled, severity, weight, description: rule.description, refs, custom }),
    );
    if (enabled) active.push({ rule, severity, weight, refs, order: active.length });
  }
  // Freeze what was built here, but not the caller's catalogue or rule objects.
  const prepared: PreparedCheck = Object.freeze({
    catalogue,
    params: deepFreeze(history === undefined ? params : { ...params, history }),
    rules: Object.freeze(active.map((entry) => Object.freeze(entry))),
    summary: Object.freeze(summary),
  });
  PREPARED.add(prepared);
  return trust(prepared);
}
