import { indexOf } from "../../catalogue/index.ts";
import {
  type Catalogue,
  type InputIssue,
  type Programme,
  pushAll,
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

/** Checks the ids a value names against a table, for every string among them (paths built only for problems). */
function idIssues(ids: unknown, at: Path, noun: string, known: ReadonlyMap<string, unknown>): InputIssue[] {
  const issues: InputIssue[] = [];
  const unknown = (id: unknown): id is string => typeof id === "string" && !known.has(id);
  if (Array.isArray(ids)) {
    ids.forEach((id, k) => {
      if (unknown(id)) issues.push({ path: [...at, k], message: unknownIdMessage(noun, id, known.keys()) });
    });
  } else if (unknown(ids)) issues.push({ path: at, message: unknownIdMessage(noun, ids, known.keys()) });
  return issues;
}

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
  const themes = strict === undefined ? undefined : new Map(strict.programme.themes.map((t) => [t.id, t]));
  const window = strict === undefined ? undefined : ungisWindow(strict.programme, strict.lead);
  arrayAt(input, "years").forEach((entry, i) => {
    const at: Path = ["years", i];
    if (!isRecord(entry)) return;
    const year = entry.year;
    if (typeof year === "number" && Number.isInteger(year)) {
      const first = firstOfYear.get(year);
      if (first !== undefined)
        issues.push({
          path: [...at, "year"],
          message: `a second entry for ${year} (first at years[${first}])`,
        });
      else firstOfYear.set(year, i);
      if (window !== undefined && strict !== undefined && (year < window.first || year > window.last)) {
        const years = strict.lead === 1 ? "1 year" : `${strict.lead} years`;
        issues.push({
          path: [...at, "year"],
          message: `${year} is outside the programme: UNGIS years ${window.first}–${window.last} feed its sessions of ${strict.programme.startYear}–${strict.programme.endYear} (UNGIS leading by ${years})`,
        });
      }
    }
    pushAll(issues, idIssues(entry.chair, [...at, "chair"], "agency", agencies));
    pushAll(issues, idIssues(entry.viceChairs, [...at, "viceChairs"], "agency", agencies));
    arrayAt(entry, "themes").forEach((theme, j) => {
      const themeAt: Path = [...at, "themes", j];
      if (!isRecord(theme)) return;
      pushAll(issues, idIssues(theme.actionLines, [...themeAt, "actionLines"], catalogue.lineNoun, lines));
      pushAll(issues, idIssues(theme.lead, [...themeAt, "lead"], "agency", agencies));
      if (themes !== undefined)
        pushAll(issues, idIssues(theme.parallels, [...themeAt, "parallels"], "theme", themes));
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
  const themes = programme === undefined ? undefined : new Map(programme.themes.map((t) => [t.id, t]));
  const firstOfId = new Map<string, number>();
  input.forEach((forum: unknown, f) => {
    if (!isRecord(forum)) return;
    const id = forum.id;
    if (typeof id === "string") {
      const first = firstOfId.get(id);
      if (first !== undefined)
        issues.push({ path: [f, "id"], message: `a second forum "${id}" (first at [${first}])` });
      else firstOfId.set(id, f);
    }
    const firstOfYear = new Map<number, number>();
    arrayAt(forum, "years").forEach((entry, y) => {
      if (!isRecord(entry)) return;
      const year = entry.year;
      if (typeof year === "number") {
        const first = firstOfYear.get(year);
        if (first !== undefined)
          issues.push({
            path: [f, "years", y, "year"],
            message: `a second entry for ${year} (first at years[${first}])`,
          });
        else firstOfYear.set(year, y);
      }
      arrayAt(entry, "items").forEach((item, i) => {
        const at: Path = [f, "years", y, "items", i];
        if (!isRecord(item)) return;
        pushAll(issues, idIssues(item.actionLines, [...at, "actionLines"], catalogue.lineNoun, lines));
        if (themes !== undefined) pushAll(issues, idIssues(item.themes, [...at, "themes"], "theme", themes));
        for (const key of ["opens", "closes", "inputs"] as const) {
          const date = item[key];
          if (typeof year === "number" && typeof date === "string" && /^\d{4}-/u.test(date)) {
            const dateYear = Number(date.slice(0, 4));
            // Inputs may be due the year before; meetings belong to their agenda year.
            if (key === "inputs" ? dateYear > year || dateYear < year - 1 : dateYear !== year)
              issues.push({ path: [...at, key], message: `${date} is not in ${year}` });
          }
        }
      });
    });
  });
  return issues;
}
