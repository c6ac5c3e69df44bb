import type { Rule, Severity } from "../types.ts";

/**
 * A built-in rule: its default severity and weight, then the rest of it (id first), frozen with its
 * references (a caller's settings change severity and weight per check, never the rule itself).
 *
 * @example
 * export const cycleThemeCount: Rule = builtinRule("hard", 1, { id: "cycle.theme-count", description, refs, *check() {…} });
 * // { id: "cycle.theme-count", severity: "hard", weight: 1, description, refs, check }
 */
export function builtinRule(
  severity: Severity,
  weight: number,
  { id, ...rule }: Omit<Rule, "severity" | "weight">,
): Rule {
  Object.freeze(rule.refs);
  return Object.freeze({ id, severity, weight, ...rule });
}
