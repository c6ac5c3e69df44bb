import type * as z from "zod/mini";
import { indexOf, wsis } from "../catalogue/index.ts";
import {
  type Catalogue,
  type InputIssue,
  issuesFromZod,
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
import { deepFreeze } from "./_lib/freeze.ts";
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

type Path = readonly (string | number)[];

const PREPARED = new WeakSet<PreparedCheck>();
const DEFAULT_MILESTONES = WSIS_REVIEW_MILESTONES.map((milestone) => ReviewMilestoneSchema.parse(milestone));
const OPTION_KEYS = new Set(["catalogue", "rules", "customRules", "params", "history"]);
const BUILTINS: ReadonlySet<Rule> = new Set(BUILTIN_RULES);
const BUILTIN_IDS: ReadonlySet<string> = new Set(BUILTIN_RULES.map((rule) => rule.id));

function prefixed(error: z.core.$ZodError, at: Path): InputIssue[] {
  return issuesFromZod(error).map((issue) => ({ path: [...at, ...issue.path], message: issue.message }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether `value` came from `prepareCheck` (and so needs no validation again). */
export function isPreparedCheck(value: unknown): value is PreparedCheck {
  return typeof value === "object" && value !== null && PREPARED.has(value as PreparedCheck);
}

function catalogueIssues(value: unknown): InputIssue[] {
  if (value === undefined) return [];
  const candidate = isRecord(value) ? (value as { actionLines?: unknown; regions?: unknown }) : undefined;
  if (!Array.isArray(candidate?.actionLines) || !Array.isArray(candidate?.regions))
    return [{ path: ["catalogue"], message: "must be a catalogue (see defineCatalogue)" }];
  return [];
}

function customRuleIssues(
  value: unknown,
  builtinIds: ReadonlySet<string>,
): { rules: Rule[]; issues: InputIssue[] } {
  if (value === undefined) return { rules: [], issues: [] };
  if (!Array.isArray(value))
    return { rules: [], issues: [{ path: ["customRules"], message: "must be a list of rules" }] };
  const issues: InputIssue[] = [];
  const rules: Rule[] = [];
  const seen = new Set<string>();
  value.forEach((raw: unknown, i: number) => {
    const parsed = RuleDefinitionSchema.safeParse(raw);
    if (!parsed.success) {
      pushAll(issues, prefixed(parsed.error, ["customRules", i]));
      return;
    }
    const id = parsed.data.id;
    if (builtinIds.has(id) || seen.has(id)) {
      issues.push({
        path: ["customRules", i, "id"],
        message: builtinIds.has(id)
          ? `"${id}" is a built-in rule; give yours another id, or switch the built-in off with rules: { "${id}": false }`
          : `duplicate rule id "${id}"`,
      });
      return;
    }
    seen.add(id);
    rules.push(raw as Rule);
  });
  return { rules, issues };
}

function settingIssues(
  value: unknown,
  known: ReadonlySet<string>,
): { settings: Map<string, RuleSetting>; issues: InputIssue[] } {
  const settings = new Map<string, RuleSetting>();
  if (value === undefined) return { settings, issues: [] };
  if (!isRecord(value))
    return { settings, issues: [{ path: ["rules"], message: "must map rule ids to settings" }] };
  const issues: InputIssue[] = [];
  for (const key of Object.keys(value)) {
    if (!known.has(key)) {
      issues.push({ path: ["rules", key], message: unknownIdMessage("rule id", key, known) });
      continue;
    }
    const parsed = RuleSettingSchema.safeParse(value[key]);
    if (parsed.success) settings.set(key, parsed.data);
    else pushAll(issues, prefixed(parsed.error, ["rules", key]));
  }
  return { settings, issues };
}

function paramIssues(value: unknown, catalogue: Catalogue): { params?: RuleParams; issues: InputIssue[] } {
  const parsed = RuleParamsSchema.safeParse(value ?? {});
  if (!parsed.success) return { issues: prefixed(parsed.error, ["params"]) };
  const data = parsed.data;
  const issues: InputIssue[] = [];
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
  const params: RuleParams = {
    ...rest,
    reviewMilestones: reviewMilestones ?? DEFAULT_MILESTONES,
    ...(participation === undefined ? {} : { participation }),
  };
  return { params, issues };
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
  const raw: unknown = readInput(options, "check options");
  if (!isRecord(raw))
    throw new PlannerInputError([{ path: [], message: "options must be an object" }], "check options");
  options = raw as CheckProgrammeOptions;
  for (const key of Object.keys(raw)) {
    if (!OPTION_KEYS.has(key))
      issues.push({ path: [key], message: unknownIdMessage("option", key, OPTION_KEYS) });
  }
  pushAll(issues, catalogueIssues(options.catalogue));
  const catalogue = issues.some((issue) => issue.path[0] === "catalogue")
    ? wsis
    : (options.catalogue ?? wsis);
  // Issue 11: the record of past sessions, read by the rules as params.history.
  const history = historyOption(options.history, catalogue, issues);

  const custom = customRuleIssues(options.customRules, BUILTIN_IDS);
  pushAll(issues, custom.issues);
  const all = [...BUILTIN_RULES, ...custom.rules];
  const known =
    custom.rules.length === 0
      ? BUILTIN_IDS
      : new Set([...BUILTIN_IDS, ...custom.rules.map((rule) => rule.id)]);
  const settings = settingIssues(options.rules, known);
  pushAll(issues, settings.issues);
  const params = paramIssues(options.params, catalogue);
  pushAll(issues, params.issues);
  if (issues.length > 0 || params.params === undefined) throw new PlannerInputError(issues, "check options");

  const summary: RuleSummary[] = [];
  const active: ActiveRule[] = [];
  for (const rule of all) {
    const setting = settings.settings.get(rule.id);
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
    params: deepFreeze(history === undefined ? params.params : { ...params.params, history }),
    rules: Object.freeze(active.map((entry) => Object.freeze(entry))),
    summary: Object.freeze(summary),
  });
  PREPARED.add(prepared);
  return trust(prepared);
}
