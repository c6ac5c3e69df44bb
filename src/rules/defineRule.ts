import { parseWith, RuleDefinitionSchema } from "../model/index.ts";
import type { Rule } from "./types.ts";

/**
 * Checks a rule of the caller's own and returns a frozen copy, typed for `options.customRules`
 * (the caller's object is neither changed nor frozen).
 *
 * @param rule - `id` (dotted kebab-case), `severity`, `weight`, `description`, `refs`, optional `inputs`, and `check(programme, params, context)` yielding violations.
 * @returns A frozen copy of the rule (its `refs` and `inputs` copied too).
 * @throws {PlannerInputError} When a field is missing or malformed (an id that is not dotted kebab-case, a negative weight, a `check` that is not a function).
 * @example
 * const noThirdCycle = defineRule({
 *   id: "local.no-third-cycle", severity: "soft", weight: 1, description: "Keep the third cycle free.", refs: [],
 *   *check(programme) { if ((programme.cycles[2]?.themes.length ?? 0) > 0) yield { message: "Cycle 3 has themes.", path: ["cycles", 2] }; },
 * });
 * checkProgramme(programme, { customRules: [noThirdCycle] });
 */
export function defineRule(rule: Rule): Rule {
  const parsed = parseWith(RuleDefinitionSchema, rule, "rule");
  const copy: Rule = {
    id: parsed.id,
    severity: parsed.severity,
    weight: parsed.weight,
    description: parsed.description,
    refs: Object.freeze([...parsed.refs]),
    ...(parsed.inputs === undefined ? {} : { inputs: Object.freeze([...parsed.inputs]) }),
    check: parsed.check as Rule["check"],
  };
  return Object.freeze(copy);
}
