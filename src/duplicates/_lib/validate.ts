import { indexOf } from "../../catalogue/index.ts";
import type { Catalogue, InputIssue } from "../../model/index.ts";
import { unknownIdMessage } from "../../model/index.ts";
import { countryByAlpha3 } from "../data/iso3166.ts";

type Path = (string | number)[];

/**
 * Problems an activity has against the catalogue and ISO 3166-1: action lines the catalogue does not know,
 * and country codes that are well formed but not assigned. It reads the raw record, so it can run beside
 * the schema's checks and one pass lists every problem (ill-formed values are the schema's to report).
 */
export function catalogueIssues(raw: unknown, catalogue: Catalogue, at: Path): InputIssue[] {
  const issues: InputIssue[] = [];
  if (typeof raw !== "object" || raw === null) return issues;
  const record = raw as Record<string, unknown>;
  const lines = indexOf(catalogue).lines;
  const actionLines = record["actionLines"];
  if (Array.isArray(actionLines)) {
    actionLines.forEach((line, j) => {
      if (typeof line === "string" && /^[A-Za-z0-9_][A-Za-z0-9_.:-]*$/u.test(line) && !lines.has(line))
        issues.push({
          path: [...at, "actionLines", j],
          message: unknownIdMessage(catalogue.lineNoun, line, lines.keys()),
        });
    });
  }
  const countries = record["countries"];
  if (Array.isArray(countries)) {
    countries.forEach((code, j) => {
      if (typeof code === "string" && /^[A-Z]{3}$/u.test(code) && countryByAlpha3(code) === undefined)
        issues.push({
          path: [...at, "countries", j],
          message: `"${code}" is not an ISO 3166-1 alpha-3 country code`,
        });
    });
  }
  return issues;
}

/** Issues ordered by record (the first number in the path), keeping each record's own order. */
export function sortIssues(issues: readonly InputIssue[]): InputIssue[] {
  const recordOf = (issue: InputIssue) => issue.path.find((key) => typeof key === "number") ?? -1;
  return [...issues].sort((a, b) => (recordOf(a) as number) - (recordOf(b) as number));
}

/** Appends `items` to `target` one by one: spreading a huge array into `push` would overflow the stack. */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
