import { indexOf } from "../../catalogue/index.ts";
import type { Activity, Catalogue, InputIssue } from "../../model/index.ts";
import { unknownIdMessage } from "../../model/index.ts";
import { countryByAlpha3 } from "../data/iso3166.ts";

type Path = (string | number)[];

/**
 * Problems a validated activity has against the catalogue and ISO 3166-1: action lines the catalogue does
 * not know, country codes that are well formed but not assigned.
 */
export function activityIssues(activity: Activity, catalogue: Catalogue, at: Path): InputIssue[] {
  const issues: InputIssue[] = [];
  const lines = indexOf(catalogue).lines;
  activity.actionLines.forEach((line, j) => {
    if (!lines.has(line))
      issues.push({
        path: [...at, "actionLines", j],
        message: unknownIdMessage(catalogue.lineNoun, line, lines.keys()),
      });
  });
  activity.countries?.forEach((code, j) => {
    if (code !== "global" && countryByAlpha3(code) === undefined)
      issues.push({
        path: [...at, "countries", j],
        message: `"${code}" is not an ISO 3166-1 alpha-3 country code`,
      });
  });
  return issues;
}
