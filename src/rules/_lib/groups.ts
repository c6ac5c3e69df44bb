import type { Programme } from "../../model/index.ts";
import type {
  CheckReport,
  Finding,
  FindingGroup,
  FindingSubjects,
  PreparedCheck,
  RuleContext,
} from "../types.ts";

/** The grouped views of a report. */
export type Grouped = Pick<
  CheckReport,
  "byTheme" | "byCycle" | "bySession" | "byAgency" | "byActionLine" | "byStakeholder"
>;

/** A group as it is counted up: the report's group itself, keys in its order. */
interface Tally<K> {
  key: K;
  label: string;
  hard: number;
  soft: number;
  score: { hard: number; soft: number };
  findings: number[];
}

/** The findings grouped by one kind of subject they involve (`involves[subject]`), heaviest first. */
function tally<S extends keyof FindingSubjects, K extends FindingSubjects[S][number]>(
  findings: readonly Finding[],
  subject: S,
  label: (key: K) => string,
): FindingGroup<K>[] {
  const tallies = new Map<K, Tally<K>>();
  for (let index = 0; index < findings.length; index++) {
    const finding = findings[index] as Finding;
    const keys = finding.involves[subject] as readonly K[];
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as K;
      let entry = tallies.get(key);
      if (entry === undefined) {
        entry = { key, label: label(key), hard: 0, soft: 0, score: { hard: 0, soft: 0 }, findings: [index] };
        tallies.set(key, entry);
      } else entry.findings.push(index);
      if (finding.severity === "hard") {
        entry.hard++;
        entry.score.hard += finding.weight;
      } else {
        entry.soft++;
        entry.score.soft += finding.weight;
      }
    }
  }
  if (tallies.size === 0) return [];
  return stableSort([...tallies.values()], heavierFirst);
}

function heavierFirst<K extends string | number>(a: Tally<K>, b: Tally<K>): number {
  return (
    b.score.hard - a.score.hard ||
    b.score.soft - a.score.soft ||
    b.findings.length - a.findings.length ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/**
 * `items.sort(compare)`, which is stable: a report has a few groups per view, and for a few items
 * an insertion sort (stable too, so the same order) costs far less than V8's sort.
 */
function stableSort<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > 16) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    let j = i - 1;
    for (; j >= 0 && compare(items[j] as T, item) > 0; j--) items[j + 1] = items[j] as T;
    items[j + 1] = item;
  }
  return items;
}

/** Findings grouped by the things they involve, heaviest first (ties: more findings, then key). */
export function groupFindings(
  findings: readonly Finding[],
  programme: Programme,
  prepared: PreparedCheck,
  context: RuleContext,
): Grouped {
  const names = new Map(
    (prepared.params.participation?.stakeholders ?? []).map((stakeholder) => [
      stakeholder.id,
      stakeholder.name,
    ]),
  );
  return {
    byTheme: tally(findings, "themes", (id: string) => context.themes.get(id)?.title ?? id),
    byCycle: tally(findings, "cycles", (index: number) => context.cycle(index)),
    bySession: tally(findings, "years", (year: number) => {
      const index = context.sessionIndexByYear.get(year);
      const session = index === undefined ? undefined : programme.sessions[index];
      return session === undefined ? `the ${year} session` : context.session(session);
    }),
    byAgency: tally(findings, "agencies", (id: string) => context.agency(id)),
    byActionLine: tally(findings, "actionLines", (id: string) => context.line(id)),
    byStakeholder: tally(findings, "stakeholders", (id: string) => names.get(id) ?? id),
  };
}
