// What the two importers share: validating options, turning a built record into an Activity (or its
// problems, each located by line), and ending in a throw or a lenient result.

import {
  type Activity,
  ActivitySchema,
  type Catalogue,
  ImportOptionsSchema,
  issuesFromZod,
  PlannerInputError,
  pushAll,
  type ResolvedImportOptions,
  readInput,
  withoutUndefined,
} from "../../model/index.ts";
import { agencyOfIatiRef } from "../data/iatiOrganisations.ts";
import type { ImportProblem, ImportResult } from "../types.ts";
import { catalogueIssues, readOptions } from "./validate.ts";

type Path = readonly (string | number)[];

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

/** "undp.xml, line 9" or "line 9": how problems name where they are. */
export function placeOf(file: string | undefined, line: number): string {
  return file === undefined ? `line ${line}` : `${file}, line ${line}`;
}

/** An import under way: its resolved options, the problems found so far, and the records kept. */
export interface ImportRun {
  readonly resolved: ResolvedImportOptions;
  readonly catalogue: Catalogue;
  /** The agency id an organisation ref stands for: `agencyIds`, then the built-in table (for agencies the catalogue knows). */
  readonly agencyOf: (ref: string) => string;
  /** `{ file }` when the caller named the file, else `{}`: spread into every record's `source`. */
  readonly inFile: { readonly file?: string };
  readonly problems: ImportProblem[];
  /** A problem of the record (row, element) at `line`: "undp.xml, line 9 (a1): …" at `["line", 9, …path]`. */
  recordProblem(
    line: number,
    column: number | undefined,
    id: string | undefined,
    path: Path,
    message: string,
  ): ImportProblem;
  /** Records a problem of the whole file, not of one record: "undp.xml: …". */
  fileProblem(line: number, path: Path, message: string, column?: number): void;
  /**
   * Validates a record built from the file and keeps the activity, or rejects the record: its own
   * problems (found while reading it) first, then the schema's and the catalogue's, each at
   * `["line", line, …field path]`, except those `said` tells its own problems already cover.
   */
  keep(
    input: unknown,
    line: number,
    id: string | undefined,
    own: readonly ImportProblem[],
    columnOf: (path: Path) => number | undefined,
    said: (problem: ImportProblem) => boolean,
  ): void;
  /** Rejects a record that could not be built, with its problems. */
  reject(own: readonly ImportProblem[]): void;
  /**
   * Ends the import: the activities, or a `PlannerInputError` listing every problem unless lenient.
   * A file-level problem rejects no record by itself.
   */
  finish(): Activity[] | ImportResult;
}

/**
 * Starts an import of `text`: reads and validates the arguments. Bad arguments are the caller's mistake,
 * not the file's, so they throw even when `lenient` is set. `subject` names the file's kind in the error
 * an import that is not lenient throws.
 */
export function startImport(text: unknown, options: unknown, subject: string): ImportRun {
  // Read once into plain data: a Proxy or a throwing getter is an input error (issue 10).
  const read = readInput(options, "import options", ["options"]);
  const problems: ImportProblem[] = [];
  if (typeof text !== "string")
    problems.push({ line: 0, path: ["text"], message: "must be the file's text (a string)" });
  const {
    options: resolved,
    catalogue,
    issues,
  } = readOptions(read, (rest) => {
    const ids = rest["agencyIds"];
    // A plain object becomes a Map here, key by key, so "__proto__" or "constructor" is just a ref.
    const plain =
      typeof ids === "object" && ids !== null && !(ids instanceof Map) && !Array.isArray(ids)
        ? new Map(Object.entries(ids as Record<string, unknown>))
        : ids;
    return ImportOptionsSchema.safeParse(plain === ids ? rest : { ...rest, agencyIds: plain });
  });
  for (const issue of issues) problems.push({ line: 0, path: issue.path, message: issue.message });
  if (problems.length > 0 || resolved === undefined) throw new PlannerInputError(problems, "import options");
  const known = new Set(catalogue.agencies.map((agency) => agency.id));
  const agencyOf = (ref: string): string => {
    const given = resolved.agencyIds?.get(ref);
    if (given !== undefined) return given;
    if (!resolved.builtInAgencies) return ref;
    const builtIn = agencyOfIatiRef(ref);
    return builtIn !== undefined && known.has(builtIn) ? builtIn : ref;
  };
  const file = resolved.file;
  const inFile = file === undefined ? {} : { file };
  const activities: Activity[] = [];
  let rejected = 0;
  const located = (
    line: number,
    column: number | undefined,
    id: string | undefined,
    path: Path,
    message: string,
  ): ImportProblem => withoutUndefined({ file, line, column, id, path: ["line", line, ...path], message });
  const recordProblem = (
    line: number,
    column: number | undefined,
    id: string | undefined,
    path: Path,
    message: string,
  ): ImportProblem =>
    located(
      line,
      column,
      id,
      path,
      `${placeOf(file, line)}${id === undefined ? "" : ` (${id})`}: ${message}`,
    );
  return {
    resolved,
    catalogue,
    agencyOf,
    inFile,
    problems,
    recordProblem,
    fileProblem(line, path, message, column) {
      problems.push(
        located(line, column, undefined, path, file === undefined ? message : `${file}: ${message}`),
      );
    },
    keep(input, line, id, own, columnOf, said) {
      const parsed = ActivitySchema.safeParse(input);
      const issues = [
        ...(parsed.success ? [] : issuesFromZod(parsed.error)),
        ...catalogueIssues(input, catalogue, []),
      ].sort((a, b) => order(a.path) - order(b.path));
      pushAll(problems, own);
      for (const issue of issues) {
        const problem = recordProblem(line, columnOf(issue.path), id, issue.path, issue.message);
        if (!said(problem)) problems.push(problem);
      }
      if (own.length === 0 && issues.length === 0 && parsed.success) activities.push(parsed.data);
      else rejected++;
    },
    reject(own) {
      pushAll(problems, own);
      rejected++;
    },
    finish() {
      // Stable: by line, then column, with problems of a whole record or file after the located ones.
      const column = (problem: ImportProblem) => problem.column ?? Number.POSITIVE_INFINITY;
      const sorted = [...problems].sort((a, b) => a.line - b.line || column(a) - column(b));
      if (resolved.lenient) {
        const unmapped = activities.filter((activity) => activity.unmapped === true).length;
        const counts = { mapped: activities.length - unmapped, unmapped, rejected };
        return { activities, problems: sorted, counts };
      }
      if (sorted.length > 0) throw new PlannerInputError(sorted, subject);
      return activities;
    },
  };
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
