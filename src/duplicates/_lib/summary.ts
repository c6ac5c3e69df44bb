import { cached } from "../../model/index.ts";
// Groups, suggested leads, the agency × agency matrix per action line, and per-agency counts, all
// derived from the final pair list. Every list is sorted with an explicit comparator and id tie-breaks.

import { actionLineById, agencyById, facilitationOf, facilitatorsOf } from "../../catalogue/index.ts";
import { type Activity, appendTo, type Catalogue, compareText, withoutUndefined } from "../../model/index.ts";
import type { AgencySummary, DuplicateGroup, DuplicatePair, OverlapMatrix, SuggestedLead } from "../types.ts";
import { addTo, sortedDistinctText } from "./collections.ts";
import { unionFind } from "./unionFind.ts";

const isOverlapMatch = (pair: DuplicatePair): boolean => pair.kind === "overlap" && pair.match;

/** Line ids in catalogue order (ids the catalogue does not know last, by id). */
function lineOrder(catalogue: Catalogue): (x: string, y: string) => number {
  const order = new Map(catalogue.actionLines.map((line, index) => [line.id, index]));
  const at = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return (x, y) => at(x) - at(y) || compareText(x, y);
}

function agencyLabel(catalogue: Catalogue, id: string): string {
  const agency = agencyById(catalogue, id);
  return agency === undefined ? id : `${id} (${agency.name})`;
}

/** The facilitation status of a line, falling back to its parent's entry like `facilitatorsOf`. */
function statusOf(catalogue: Catalogue, line: string): string {
  for (let id: string | undefined = line; id !== undefined; id = actionLineById(catalogue, id)?.parent) {
    const entry = facilitationOf(catalogue, id);
    if (entry !== undefined) {
      return entry.status === "confirmed"
        ? "confirmed in the catalogue's sources"
        : `${entry.status} in the catalogue, to be checked`;
    }
  }
  return "no facilitation entry";
}

/** Suggests who should lead the group's work on its main action line, and says why. */
function suggestLead(
  catalogue: Catalogue,
  activities: readonly Activity[],
  members: readonly number[],
  lineCounts: Map<string, number>,
  byLine: (x: string, y: string) => number,
): SuggestedLead | undefined {
  const lines = [...lineCounts.entries()].sort((x, y) => y[1] - x[1] || byLine(x[0], y[0]));
  const line = lines[0]?.[0];
  if (line === undefined) return undefined;
  const perAgency = new Map<string, number>();
  for (const record of members) addTo(perAgency, (activities[record] as Activity).agency);
  const total = members.length;
  const title = catalogue.actionLines.find((entry) => entry.id === line)?.title;
  const lineName = title === undefined ? line : `${line} (${title})`;
  const status = statusOf(catalogue, line);
  const { lead, co } = facilitatorsOf(catalogue, line);
  const reports = (agency: string) => perAgency.get(agency) ?? 0;
  // The agency reporting most of the group's records (ties: the first by id).
  const busiest = (agencies: Iterable<string>): string =>
    [...agencies].sort((x, y) => reports(y) - reports(x) || compareText(x, y))[0] as string;
  /** The suggestion of `agency`, for the reason `why` words from its label and how many records it reports. */
  const suggest = (agency: string, why: (label: string, count: number) => string): SuggestedLead => ({
    agency,
    actionLine: line,
    reason: why(agencyLabel(catalogue, agency), reports(agency)),
  });
  const leadInGroup = lead.filter((agency) => reports(agency) > 0);
  if (leadInGroup.length > 0)
    return suggest(
      busiest(leadInGroup),
      (label, count) =>
        `${label} is the lead facilitator of ${lineName} (${status}) and reports ${count} of the group's ${total} records.`,
    );
  const coInGroup = co.filter((agency) => reports(agency) > 0);
  if (coInGroup.length > 0) {
    const leads =
      lead.length > 0
        ? `the lead facilitator, ${lead.join(" and ")}, reports none of them`
        : "the line has no lead facilitator";
    return suggest(
      busiest(coInGroup),
      (label, count) =>
        `${label} co-facilitates ${lineName} (${status}) and reports ${count} of the group's ${total} records; ${leads}.`,
    );
  }
  if (lead.length > 0)
    return suggest(
      lead[0] as string,
      (label) =>
        `${label} is the lead facilitator of ${lineName} (${status}); it reports none of these activities, but as facilitator it is placed to convene ${sortedDistinctText(perAgency.keys()).join(", ")}.`,
    );
  return suggest(
    busiest(perAgency.keys()),
    (label, count) =>
      `The catalogue names no facilitator for ${lineName}; ${label} reports the most of the group's records (${count} of ${total}).`,
  );
}

export interface Summary {
  readonly groups: string[][];
  readonly groupDetails: DuplicateGroup[];
  readonly matrix: OverlapMatrix[];
  readonly byAgency: AgencySummary[];
}

export function summarise(
  activities: readonly Activity[],
  pairs: readonly DuplicatePair[],
  catalogue: Catalogue,
): Summary {
  const n = activities.length;
  const byLine = lineOrder(catalogue);
  const units = unionFind(n);
  for (const pair of pairs) if (pair.match) units.union(pair.records[0], pair.records[1]);

  // Groups: components with at least one overlapping pair (double reporting alone is not overlapping work).
  const overlapPairs = new Map<number, DuplicatePair[]>();
  for (const pair of pairs)
    if (isOverlapMatch(pair)) appendTo(overlapPairs, units.find(pair.records[0]), pair);
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = units.find(i);
    if (overlapPairs.has(root)) appendTo(members, root, i);
  }
  const details: DuplicateGroup[] = [];
  for (const [root, records] of members) {
    const ids = sortedDistinctText(records.map((record) => (activities[record] as Activity).id));
    const agencies = sortedDistinctText(records.map((record) => (activities[record] as Activity).agency));
    const lineCounts = new Map<string, number>();
    const groupPairs = overlapPairs.get(root) ?? [];
    for (const pair of groupPairs) for (const line of pair.actionLines) addTo(lineCounts, line);
    const actionLines = [...lineCounts.keys()].sort(byLine);
    const lead = suggestLead(catalogue, activities, records, lineCounts, byLine);
    details.push(withoutUndefined({ ids, agencies, actionLines, lead, pairs: groupPairs.length }));
  }
  // Every group has ids: it holds two records at least.
  details.sort((x, y) => compareText(x.ids[0] as string, y.ids[0] as string) || x.ids.length - y.ids.length);

  // The matrix (per action line, overlapping pairs between each two agencies) and the counts per agency.
  const cells = new Map<string, Map<string, Map<string, number>>>();
  const stats = new Map<
    string,
    {
      activities: number;
      overlapping: Set<number>;
      pairs: number;
      doubleReported: Set<number>;
      repeated: Set<number>;
      groups: number;
      overlapsWith: Set<string>;
    }
  >();
  const statOf = (agency: string) =>
    cached(stats, agency, () => ({
      activities: 0,
      overlapping: new Set<number>(),
      pairs: 0,
      doubleReported: new Set<number>(),
      repeated: new Set<number>(),
      groups: 0,
      overlapsWith: new Set<string>(),
    }));
  for (const activity of activities) statOf(activity.agency).activities++;
  for (const pair of pairs) {
    const [i, j] = pair.records;
    const [x, y] = pair.agencies;
    if (isOverlapMatch(pair)) {
      for (const line of pair.actionLines) {
        const table = cached(cells, line, () => new Map<string, Map<string, number>>());
        for (const [from, to] of x === y
          ? [[x, y]]
          : [
              [x, y],
              [y, x],
            ]) {
          addTo(
            cached(table, from as string, () => new Map<string, number>()),
            to as string,
          );
        }
      }
      const sx = statOf(x);
      const sy = statOf(y);
      sx.overlapping.add(i);
      sy.overlapping.add(j);
      sx.pairs++;
      if (x !== y) {
        sy.pairs++;
        sx.overlapsWith.add(y);
        sy.overlapsWith.add(x);
      }
    } else if (pair.kind !== "overlap") {
      const which = pair.kind === "double-reporting" ? "doubleReported" : "repeated";
      statOf(x)[which].add(i);
      statOf(y)[which].add(j);
    }
  }
  const matrix: OverlapMatrix[] = [...cells.entries()]
    .sort((x, y) => byLine(x[0], y[0]))
    .map(([actionLine, table]) => {
      const labels = sortedDistinctText(table.keys());
      return {
        actionLine,
        agencies: labels,
        counts: labels.map((row) => labels.map((column) => table.get(row)?.get(column) ?? 0)),
      };
    });
  for (const group of details) for (const agency of group.agencies) statOf(agency).groups++;
  const byAgency: AgencySummary[] = [...stats.entries()]
    .sort((x, y) => compareText(x[0], y[0]))
    .map(([agency, entry]) => ({
      agency,
      ...entry,
      overlapping: entry.overlapping.size,
      doubleReported: entry.doubleReported.size,
      repeated: entry.repeated.size,
      overlapsWith: sortedDistinctText(entry.overlapsWith),
    }));

  return { groups: details.map((group) => [...group.ids]), groupDetails: details, matrix, byAgency };
}
