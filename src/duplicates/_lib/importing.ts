// What the two importers share: validating options, turning a built record into an Activity (or its
// problems, each located by line), and ending in a throw or a lenient result.

import { wsis } from "../../catalogue/index.ts";
import {
  type Activity,
  ActivitySchema,
  type Catalogue,
  CatalogueSchema,
  ImportOptionsSchema,
  issuesFromZod,
  NOT_A_CATALOGUE,
  PlannerInputError,
  type ResolvedImportOptions,
} from "../../model/index.ts";
import { agencyOfIatiRef } from "../data/iatiOrganisations.ts";
import type { ImportCounts, ImportProblem, ImportResult } from "../types.ts";
import { catalogueIssues } from "./validate.ts";

type Path = (string | number)[];

/** Options of `fromIatiXml` and `fromCsv`. */
export interface ImportOptions {
  /** Return `{ activities, problems }` instead of throwing when a record is bad. */
  readonly lenient?: boolean;
  /** IATI: the narrative language to prefer (ISO 639-1, default "en"). */
  readonly language?: string;
  /**
   * Organisation references → agency ids (a `Map` or a plain object), so an org ref ("XM-DAC-41114") becomes
   * a catalogue agency ("UNDP"). They win over the built-in table of UN agencies' IATI refs.
   */
  readonly agencyIds?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  /** Map UN agencies' IATI refs through the built-in table `IATI_ORGANISATIONS` (default true). */
  readonly builtInAgencies?: boolean;
  /** CSV: the field separator (",", ";" or a tab); detected from the header row when not given. */
  readonly delimiter?: "," | ";" | "\t";
  /** A name for the file (its path), kept on every record's `source` and named in every problem. */
  readonly file?: string;
  /** Where action lines resolve; the WSIS catalogue by default. */
  readonly catalogue?: Catalogue;
}

/**
 * Validates an importer's arguments. Bad arguments are the caller's mistake, not the file's, so they
 * throw even when `lenient` is set.
 */
export function resolveImportOptions(
  text: unknown,
  options: unknown,
): {
  resolved: ResolvedImportOptions;
  catalogue: Catalogue;
  /** The agency id an organisation ref stands for: `agencyIds`, then the built-in table (for agencies the catalogue knows). */
  agencyOf: (ref: string) => string;
} {
  const problems: ImportProblem[] = [];
  if (typeof text !== "string")
    problems.push({ line: 0, path: ["text"], message: "must be the file's text (a string)" });
  const isObject = typeof options === "object" && options !== null && !Array.isArray(options);
  if (options !== undefined && !isObject)
    problems.push({ line: 0, path: ["options"], message: "must be an object of options" });
  const { catalogue: catalogueOption, ...rest } = (isObject ? options : {}) as ImportOptions;
  const ids = rest.agencyIds;
  // A plain object becomes a Map here, key by key, so "__proto__" or "constructor" is just a ref.
  const plain =
    typeof ids === "object" && ids !== null && !(ids instanceof Map) && !Array.isArray(ids)
      ? new Map(Object.entries(ids as Record<string, unknown>))
      : ids;
  const parsed = ImportOptionsSchema.safeParse(plain === ids ? rest : { ...rest, agencyIds: plain });
  if (!parsed.success)
    for (const issue of issuesFromZod(parsed.error))
      problems.push({ line: 0, path: ["options", ...issue.path], message: issue.message });
  let catalogue = wsis;
  if (catalogueOption !== undefined) {
    if (CatalogueSchema.safeParse(catalogueOption).success) catalogue = catalogueOption;
    else
      problems.push({
        line: 0,
        path: ["options", "catalogue"],
        message: NOT_A_CATALOGUE,
      });
  }
  if (problems.length > 0 || !parsed.success) throw new PlannerInputError(problems, "import options");
  const resolved = parsed.data;
  const known = new Set(catalogue.agencies.map((agency) => agency.id));
  const agencyOf = (ref: string): string => {
    const given = resolved.agencyIds?.get(ref);
    if (given !== undefined) return given;
    if (!resolved.builtInAgencies) return ref;
    const builtIn = agencyOfIatiRef(ref);
    return builtIn !== undefined && known.has(builtIn) ? builtIn : ref;
  };
  return { resolved, catalogue, agencyOf };
}

/** "undp.xml, line 9" or "line 9": how problems name where they are. */
export function placeOf(file: string | undefined, line: number): string {
  return file === undefined ? `line ${line}` : `${file}, line ${line}`;
}

/**
 * Validates a record built from a file. Returns the activity, or the problems found, each at
 * `["line", line, …field path]`.
 */
export function checkRecord(
  input: unknown,
  catalogue: Catalogue,
  line: number,
  id: string | undefined,
  columnOf: (path: Path) => number | undefined = () => undefined,
  file?: string,
): { activity?: Activity; problems: ImportProblem[] } {
  const located = (path: Path, message: string): ImportProblem => {
    const column = columnOf(path);
    return {
      ...(file === undefined ? {} : { file }),
      line,
      ...(column === undefined ? {} : { column }),
      ...(id === undefined ? {} : { id }),
      path: ["line", line, ...path],
      message: `${placeOf(file, line)}${id === undefined ? "" : ` (${id})`}: ${message}`,
    };
  };
  const parsed = ActivitySchema.safeParse(input);
  const issues = [
    ...(parsed.success ? [] : issuesFromZod(parsed.error)),
    ...catalogueIssues(input, catalogue, []),
  ].sort((a, b) => order(a.path) - order(b.path));
  if (issues.length > 0 || !parsed.success) {
    return { problems: issues.map((issue) => located([...issue.path], issue.message)) };
  }
  return { activity: parsed.data, problems: [] };
}

const FIELD_ORDER = [
  "id",
  "agency",
  "agencyName",
  "title",
  "description",
  "actionLines",
  "actionLineShares",
  "start",
  "end",
];
/** Problems of one record in field order. */
const order = (path: readonly (string | number)[]): number => {
  const at = FIELD_ORDER.indexOf(String(path[0]));
  return at < 0 ? FIELD_ORDER.length : at;
};

/**
 * Ends an import: the activities, or a `PlannerInputError` listing every problem unless lenient.
 * `rejected` counts the records that had problems (a file-level problem rejects no record by itself).
 */
export function finishImport(
  activities: Activity[],
  problems: ImportProblem[],
  lenient: boolean,
  subject: string,
  rejected: number,
): Activity[] | ImportResult {
  // Stable: by line, then column, with problems of a whole record or file after the located ones.
  const column = (problem: ImportProblem) => problem.column ?? Number.POSITIVE_INFINITY;
  const sorted = [...problems].sort((a, b) => a.line - b.line || column(a) - column(b));
  if (lenient) return { activities, problems: sorted, counts: countsOf(activities, rejected) };
  if (sorted.length > 0) throw new PlannerInputError(sorted, subject);
  return activities;
}

/** How many activities were mapped to action lines, imported unmapped, and rejected. */
export function countsOf(activities: readonly Activity[], rejected: number): ImportCounts {
  let unmapped = 0;
  for (const activity of activities) if (activity.unmapped === true) unmapped++;
  return { mapped: activities.length - unmapped, unmapped, rejected };
}
