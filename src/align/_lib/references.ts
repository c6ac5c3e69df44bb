import { indexOf } from "../../catalogue/index.ts";
import {
  addIssue,
  byId,
  type Catalogue,
  type InputIssue,
  type Programme,
  unknownIdMessage,
} from "../../model/index.ts";

type Path = (string | number)[];

/** Raw fields of an object read from a file, so reference checks can run even when its shape is wrong. */
type RawFields = { readonly [K in RawKey]?: unknown };
type RawKey =
  | "years"
  | "year"
  | "chair"
  | "viceChairs"
  | "themes"
  | "actionLines"
  | "lead"
  | "parallels"
  | "id"
  | "items"
  | "opens"
  | "closes"
  | "inputs";

const isRecord = (value: unknown): value is RawFields =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const arrayAt = (value: unknown, key: RawKey): unknown[] =>
  isRecord(value) && Array.isArray(value[key]) ? (value[key] as unknown[]) : [];

/** Adds an issue for each unknown id a value names, for every string among them (paths built only for problems). */
export function checkIds(
  issues: InputIssue[],
  ids: unknown,
  at: Path,
  noun: string,
  known: ReadonlyMap<string, unknown>,
): void {
  const check = (id: unknown, path: () => Path) => {
    if (typeof id === "string" && !known.has(id))
      addIssue(issues, path(), unknownIdMessage(noun, id, known.keys()));
  };
  if (!Array.isArray(ids)) check(ids, () => at);
  else for (const [k, id] of ids.entries()) check(id, () => [...at, k]);
}

/** Records where `key` first appears; returns the index of an earlier appearance, if there was one. */
function earlierIndex<K>(firstIndex: Map<K, number>, key: K, index: number): number | undefined {
  const first = firstIndex.get(key);
  if (first === undefined) firstIndex.set(key, index);
  return first;
}

/** The issue of a year given a second time in a list of years. */
const secondYear = (path: Path, year: number, first: number): InputIssue => ({
  path,
  message: `a second entry for ${year} (first at years[${first}])`,
});

/** The UNGIS years that feed a programme's sessions when UNGIS leads by `lead` years. */
export function ungisWindow(programme: Programme, lead: number): { first: number; last: number } {
  return { first: programme.startYear - lead, last: programme.endYear - lead };
}

/**
 * Reference problems of a plan: unknown action lines and agencies, a year given twice, and (strict)
 * years outside the programme's window and `parallels` naming no theme. It walks the raw input so that
 * they are reported together with shape problems.
 */
export function planReferenceIssues(
  input: unknown,
  catalogue: Catalogue,
  strict: { programme: Programme; lead: number } | undefined,
): InputIssue[] {
  const issues: InputIssue[] = [];
  const { lines, agencies } = indexOf(catalogue);
  const firstOfYear = new Map<number, number>();
  const themes = strict === undefined ? undefined : byId(strict.programme.themes);
  const window = strict === undefined ? undefined : ungisWindow(strict.programme, strict.lead);
  arrayAt(input, "years").forEach((entry, i) => {
    const at: Path = ["years", i];
    if (!isRecord(entry)) return;
    const year = entry.year;
    if (typeof year === "number" && Number.isInteger(year)) {
      const first = earlierIndex(firstOfYear, year, i);
      if (first !== undefined) issues.push(secondYear([...at, "year"], year, first));
      if (window !== undefined && strict !== undefined && (year < window.first || year > window.last)) {
        const years = strict.lead === 1 ? "1 year" : `${strict.lead} years`;
        addIssue(
          issues,
          [...at, "year"],
          `${year} is outside the programme: UNGIS years ${window.first}–${window.last} feed its sessions of ${strict.programme.startYear}–${strict.programme.endYear} (UNGIS leading by ${years})`,
        );
      }
    }
    checkIds(issues, entry.chair, [...at, "chair"], "agency", agencies);
    checkIds(issues, entry.viceChairs, [...at, "viceChairs"], "agency", agencies);
    arrayAt(entry, "themes").forEach((theme, j) => {
      const themeAt: Path = [...at, "themes", j];
      if (!isRecord(theme)) return;
      checkIds(issues, theme.actionLines, [...themeAt, "actionLines"], catalogue.lineNoun, lines);
      checkIds(issues, theme.lead, [...themeAt, "lead"], "agency", agencies);
      if (themes !== undefined) checkIds(issues, theme.parallels, [...themeAt, "parallels"], "theme", themes);
    });
  });
  return issues;
}

/** Reference problems of fora: unknown lines and themes, a forum id given twice, dates outside their year. */
export function foraReferenceIssues(
  input: unknown,
  catalogue: Catalogue,
  programme: Programme | undefined,
): InputIssue[] {
  const issues: InputIssue[] = [];
  if (!Array.isArray(input)) return issues;
  const { lines } = indexOf(catalogue);
  const themes = programme === undefined ? undefined : byId(programme.themes);
  const firstOfId = new Map<string, number>();
  input.forEach((forum: unknown, f) => {
    if (!isRecord(forum)) return;
    const id = forum.id;
    const first = typeof id === "string" ? earlierIndex(firstOfId, id, f) : undefined;
    if (first !== undefined) addIssue(issues, [f, "id"], `a second forum "${id}" (first at [${first}])`);
    const firstOfYear = new Map<number, number>();
    arrayAt(forum, "years").forEach((entry, y) => {
      if (!isRecord(entry)) return;
      const year = entry.year;
      if (typeof year === "number") {
        const first = earlierIndex(firstOfYear, year, y);
        if (first !== undefined) issues.push(secondYear([f, "years", y, "year"], year, first));
      }
      arrayAt(entry, "items").forEach((item, i) => {
        const at: Path = [f, "years", y, "items", i];
        if (!isRecord(item)) return;
        checkIds(issues, item.actionLines, [...at, "actionLines"], catalogue.lineNoun, lines);
        if (themes !== undefined) checkIds(issues, item.themes, [...at, "themes"], "theme", themes);
        for (const key of ["opens", "closes", "inputs"] as const) {
          const date = item[key];
          if (typeof year === "number" && typeof date === "string" && /^\d{4}-/u.test(date)) {
            const dateYear = Number(date.slice(0, 4));
            // Inputs may be due the year before; meetings belong to their agenda year.
            if (key === "inputs" ? dateYear > year || dateYear < year - 1 : dateYear !== year)
              addIssue(issues, [...at, key], `${date} is not in ${year}`);
          }
        }
      });
    });
  });
  return issues;
}
