// Groups, suggested leads, the agency × agency matrix per action line, and per-agency counts, all
// derived from the final pair list. Every list is sorted with an explicit comparator and id tie-breaks.

import { agencyById, facilitationOf, facilitatorsOf, indexOf } from "../../catalogue/index.ts";
import type { Activity, Catalogue } from "../../model/index.ts";
import type { AgencySummary, DuplicateGroup, DuplicatePair, OverlapMatrix, SuggestedLead } from "../types.ts";
import { compareStrings } from "./prepare.ts";
import { UnionFind } from "./unionFind.ts";

const isOverlapMatch = (pair: DuplicatePair): boolean => pair.kind === "overlap" && pair.match;

/** Catalogue position of a line id, for ordering. */
function lineOrder(catalogue: Catalogue): (id: string) => number {
  const order = new Map(catalogue.actionLines.map((line, index) => [line.id, index]));
  return (id) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
}

function agencyLabel(catalogue: Catalogue, id: string): string {
  const agency = agencyById(catalogue, id);
  return agency === undefined ? id : `${id} (${agency.name})`;
}

/** The facilitation status of a line, falling back to its parent's entry like `facilitatorsOf`. */
function statusOf(catalogue: Catalogue, line: string): string {
  const lines = indexOf(catalogue).lines;
  for (let id: string | undefined = line; id !== undefined; id = lines.get(id)?.parent) {
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
  byLine: (id: string) => number,
): SuggestedLead | undefined {
  const lines = [...lineCounts.entries()].sort(
    (x, y) => y[1] - x[1] || byLine(x[0]) - byLine(y[0]) || compareStrings(x[0], y[0]),
  );
  const line = lines[0]?.[0];
  if (line === undefined) return undefined;
  const perAgency = new Map<string, number>();
  for (const record of members) {
    const agency = (activities[record] as Activity).agency;
    perAgency.set(agency, (perAgency.get(agency) ?? 0) + 1);
  }
  const total = members.length;
  const title = catalogue.actionLines.find((entry) => entry.id === line)?.title;
  const lineName = title === undefined ? line : `${line} (${title})`;
  const status = statusOf(catalogue, line);
  const { lead, co } = facilitatorsOf(catalogue, line);
  const reports = (agency: string) => perAgency.get(agency) ?? 0;
  // The agency reporting most of the group's records (ties: the first by id).
  const busiest = (agencies: Iterable<string>): string =>
    [...agencies].sort((x, y) => reports(y) - reports(x) || compareStrings(x, y))[0] as string;
  const leadInGroup = lead.filter((agency) => reports(agency) > 0);
  if (leadInGroup.length > 0) {
    const agency = busiest(leadInGroup);
    return {
      agency,
      actionLine: line,
      reason: `${agencyLabel(catalogue, agency)} is the lead facilitator of ${lineName} (${status}) and reports ${reports(agency)} of the group's ${total} records.`,
    };
  }
  const coInGroup = co.filter((agency) => reports(agency) > 0);
  if (coInGroup.length > 0) {
    const agency = busiest(coInGroup);
    const leads =
      lead.length > 0
        ? `the lead facilitator, ${lead.join(" and ")}, reports none of them`
        : "the line has no lead facilitator";
    return {
      agency,
      actionLine: line,
      reason: `${agencyLabel(catalogue, agency)} co-facilitates ${lineName} (${status}) and reports ${reports(agency)} of the group's ${total} records; ${leads}.`,
    };
  }
  if (lead.length > 0) {
    const agency = lead[0] as string;
    return {
      agency,
      actionLine: line,
      reason: `${agencyLabel(catalogue, agency)} is the lead facilitator of ${lineName} (${status}); it reports none of these activities, but as facilitator it is placed to convene ${[...perAgency.keys()].sort(compareStrings).join(", ")}.`,
    };
  }
  const agency = busiest(perAgency.keys());
  return {
    agency,
    actionLine: line,
    reason: `The catalogue names no facilitator for ${lineName}; ${agencyLabel(catalogue, agency)} reports the most of the group's records (${reports(agency)} of ${total}).`,
  };
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
  const units = new UnionFind(n);
  for (const pair of pairs) if (pair.match) units.union(pair.records[0], pair.records[1]);

  // Groups: components with at least one overlapping pair (double reporting alone is not overlapping work).
  const overlapPairs = new Map<number, DuplicatePair[]>();
  for (const pair of pairs) {
    if (!isOverlapMatch(pair)) continue;
    const root = units.find(pair.records[0]);
    const list = overlapPairs.get(root);
    if (list === undefined) overlapPairs.set(root, [pair]);
    else list.push(pair);
  }
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = units.find(i);
    if (!overlapPairs.has(root)) continue;
    const list = members.get(root);
    if (list === undefined) members.set(root, [i]);
    else list.push(i);
  }
  const details: DuplicateGroup[] = [];
  for (const [root, records] of members) {
    const ids = [...new Set(records.map((record) => (activities[record] as Activity).id))].sort(
      compareStrings,
    );
    const agencies = [...new Set(records.map((record) => (activities[record] as Activity).agency))].sort(
      compareStrings,
    );
    const lineCounts = new Map<string, number>();
    const groupPairs = overlapPairs.get(root) ?? [];
    for (const pair of groupPairs)
      for (const line of pair.actionLines) lineCounts.set(line, (lineCounts.get(line) ?? 0) + 1);
    const actionLines = [...lineCounts.keys()].sort((x, y) => byLine(x) - byLine(y) || compareStrings(x, y));
    const lead = suggestLead(catalogue, activities, records, lineCounts, byLine);
    details.push({
      ids,
      agencies,
      actionLines,
      ...(lead === undefined ? {} : { lead }),
      pairs: groupPairs.length,
    });
  }
  details.sort((x, y) => compareStrings(x.ids[0] ?? "", y.ids[0] ?? "") || x.ids.length - y.ids.length);

  // Matrix: per action line, overlapping pairs between each two agencies.
  const cells = new Map<string, Map<string, Map<string, number>>>();
  for (const pair of pairs) {
    if (!isOverlapMatch(pair)) continue;
    const [x, y] = pair.agencies;
    for (const line of pair.actionLines) {
      let table = cells.get(line);
      if (table === undefined) {
        table = new Map();
        cells.set(line, table);
      }
      for (const [from, to] of x === y
        ? [[x, y]]
        : [
            [x, y],
            [y, x],
          ]) {
        let row = table.get(from as string);
        if (row === undefined) {
          row = new Map();
          table.set(from as string, row);
        }
        row.set(to as string, (row.get(to as string) ?? 0) + 1);
      }
    }
  }
  const matrix: OverlapMatrix[] = [...cells.entries()]
    .sort((x, y) => byLine(x[0]) - byLine(y[0]) || compareStrings(x[0], y[0]))
    .map(([actionLine, table]) => {
      const labels = [...table.keys()].sort(compareStrings);
      return {
        actionLine,
        agencies: labels,
        counts: labels.map((row) => labels.map((column) => table.get(row)?.get(column) ?? 0)),
      };
    });

  // Per agency.
  const stats = new Map<
    string,
    {
      activities: number;
      overlapping: Set<number>;
      pairs: number;
      double: Set<number>;
      repeated: Set<number>;
      groups: number;
      with: Set<string>;
    }
  >();
  const statOf = (agency: string) => {
    let entry = stats.get(agency);
    if (entry === undefined) {
      entry = {
        activities: 0,
        overlapping: new Set(),
        pairs: 0,
        double: new Set(),
        repeated: new Set(),
        groups: 0,
        with: new Set(),
      };
      stats.set(agency, entry);
    }
    return entry;
  };
  for (const activity of activities) statOf(activity.agency).activities++;
  for (const pair of pairs) {
    const [i, j] = pair.records;
    const [x, y] = pair.agencies;
    if (isOverlapMatch(pair)) {
      const sx = statOf(x);
      const sy = statOf(y);
      sx.overlapping.add(i);
      sy.overlapping.add(j);
      sx.pairs++;
      if (x !== y) {
        sy.pairs++;
        sx.with.add(y);
        sy.with.add(x);
      }
    } else if (pair.kind === "double-reporting") {
      statOf(x).double.add(i);
      statOf(y).double.add(j);
    } else if (pair.kind !== "overlap") {
      statOf(x).repeated.add(i);
      statOf(y).repeated.add(j);
    }
  }
  for (const group of details) for (const agency of group.agencies) statOf(agency).groups++;
  const byAgency: AgencySummary[] = [...stats.entries()]
    .sort((x, y) => compareStrings(x[0], y[0]))
    .map(([agency, entry]) => ({
      agency,
      activities: entry.activities,
      overlapping: entry.overlapping.size,
      pairs: entry.pairs,
      doubleReported: entry.double.size,
      repeated: entry.repeated.size,
      groups: entry.groups,
      overlapsWith: [...entry.with].sort(compareStrings),
    }));

  return { groups: details.map((group) => [...group.ids]), groupDetails: details, matrix, byAgency };
}
