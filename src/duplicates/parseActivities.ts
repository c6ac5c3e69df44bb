import { wsis } from "../catalogue/index.ts";
import {
  ActivitiesSchema,
  type Activity,
  type Catalogue,
  PlannerInputError,
  readInput,
  type SafeResult,
  safeParseInput,
  toSafe,
} from "../model/index.ts";
import { activitiesIssues } from "./_lib/validate.ts";

/**
 * Validates a list of agencies' activities (for instance `JSON.parse` of an activities file): each field's
 * shape, dates that exist and do not end before they start, action-line shares that add up to 100, action
 * lines the catalogue knows and ISO 3166-1 alpha-3 country codes.
 *
 * @param input - Any value; a list of `ActivityInput` is expected.
 * @param catalogue - Where action-line ids resolve; the WSIS catalogue by default.
 * @returns New, validated activities (the input is not changed).
 * @throws {PlannerInputError} Listing every problem with its path, e.g. `[3, "countries", 0]`.
 * @example
 * parseActivities([{ id: "a1", agency: "ITU", title: "Rural broadband", actionLines: ["C2"],
 *   start: "2026", end: "2027", countries: ["KEN"] }])[0].countries; // ["KEN"]
 */
export function parseActivities(input: unknown, catalogue: Catalogue = wsis): Activity[] {
  // Read once into plain data: a Proxy or a throwing getter is an input error (issue 10).
  input = readInput(input, "activities");
  const result = safeParseInput(ActivitiesSchema, input, "activities");
  const issues = activitiesIssues(input, result, catalogue, []);
  if (issues.length > 0 || !result.success) throw new PlannerInputError(issues, "activities");
  return result.data;
}

/**
 * `parseActivities` that returns `{ success, data | error }` instead of throwing for bad input.
 *
 * @param input - Any value; a list of `ActivityInput` is expected.
 * @param catalogue - Where action-line ids resolve; the WSIS catalogue by default.
 * @returns `{ success: true, data }` with the validated activities, or `{ success: false, error }`.
 * @throws Nothing for bad input (it is in `error`).
 * @example
 * safeParseActivities([{ id: "a", agency: "ITU", title: "T", actionLines: ["C2"], start: "2026", end: "soon" }])
 *   .error?.issues[0]?.path; // [0, "end"]
 */
export function safeParseActivities(input: unknown, catalogue: Catalogue = wsis): SafeResult<Activity[]> {
  return toSafe(() => parseActivities(input, catalogue));
}
