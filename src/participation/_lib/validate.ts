import { regionById } from "../../catalogue/index.ts";
import {
  type Catalogue,
  forEachRepeat,
  type InputIssue,
  InterimArrangementSchema,
  type ParticipationPolicy,
  type Stakeholder,
  unknownIdMessage,
} from "../../model/index.ts";
import { CSTD_INTERIM_ARRANGEMENTS } from "../data/interim.ts";
import type { ResolvedPolicy } from "../evaluate.ts";

type Path = readonly (string | number)[];

/** Duplicate ids and regional groups the catalogue does not know, with their paths under `at`. */
export function registryIssues(
  stakeholders: readonly Stakeholder[],
  catalogue: Catalogue,
  at: Path,
): InputIssue[] {
  const issues: InputIssue[] = [];
  const seen = new Map<string, number>();
  const regionIds = catalogue.regions.map((region) => region.id);
  stakeholders.forEach((stakeholder, i) => {
    const first = seen.get(stakeholder.id);
    if (first === undefined) seen.set(stakeholder.id, i);
    else
      issues.push({
        path: [...at, i, "id"],
        message: `duplicate stakeholder id "${stakeholder.id}" (first at position ${first})`,
      });
    if (stakeholder.region !== undefined && regionById(catalogue, stakeholder.region) === undefined) {
      issues.push({
        path: [...at, i, "region"],
        message:
          regionIds.length === 0
            ? `unknown regional group "${stakeholder.region}": catalogue "${catalogue.id}" defines none`
            : `${unknownIdMessage("regional group", stakeholder.region, regionIds)} (known: ${regionIds.join(", ")})`,
      });
    }
  });
  return issues;
}

/** Unknown regional groups in a registry that failed its shape check, so one error lists every problem. */
export function salvagedRegionIssues(input: unknown, catalogue: Catalogue, at: Path): InputIssue[] {
  if (!Array.isArray(input)) return [];
  const regionIds = catalogue.regions.map((region) => region.id);
  const issues: InputIssue[] = [];
  input.forEach((raw: unknown, i: number) => {
    const region = (raw as { region?: unknown } | null)?.region;
    if (typeof region === "string" && regionById(catalogue, region) === undefined) {
      issues.push({
        path: [...at, i, "region"],
        message: unknownIdMessage("regional group", region, regionIds),
      });
    }
  });
  return issues;
}

const DEFAULT_INTERIM = CSTD_INTERIM_ARRANGEMENTS.map((arrangement) =>
  InterimArrangementSchema.parse(arrangement),
);

/** The policy with the CSTD's interim arrangements filled in when it names none, and its own issues. */
export function resolvePolicy(
  policy: ParticipationPolicy,
  at: Path,
): { policy: ResolvedPolicy; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  forEachRepeat(
    (policy.interim ?? []).map((arrangement) => arrangement.id),
    (id, i) => {
      issues.push({ path: [...at, "interim", i, "id"], message: `duplicate arrangement id "${id}"` });
    },
  );
  return { policy: { ...policy, interim: policy.interim ?? DEFAULT_INTERIM }, issues };
}
