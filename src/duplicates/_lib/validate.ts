import { indexOf, wsis } from "../../catalogue/index.ts";
import {
  type Catalogue,
  CatalogueSchema,
  type InputIssue,
  issuesFromZod,
  NOT_A_CATALOGUE,
  pushAll,
  unknownIdMessage,
} from "../../model/index.ts";
import { countryByAlpha3 } from "../data/iso3166.ts";

type Path = readonly (string | number)[];
type ParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: Parameters<typeof issuesFromZod>[0] };

/**
 * Reads the options of an analysis or an importer: the catalogue (the WSIS one unless given) apart, the
 * rest parsed by `parse`. The issues are at `["options", …]`: options that are not an object, bad values,
 * a catalogue that is not one. `options` is the parsed rest, when it parsed.
 */
export function readOptions<T>(
  options: unknown,
  parse: (rest: Record<string, unknown>) => ParseResult<T>,
): { options: T | undefined; catalogue: Catalogue; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  const isObject = typeof options === "object" && options !== null && !Array.isArray(options);
  if (!isObject) issues.push({ path: ["options"], message: "must be an object of options" });
  const { catalogue: given, ...rest } = (isObject ? options : {}) as Record<string, unknown>;
  const parsed = parse(rest);
  if (!parsed.success)
    for (const issue of issuesFromZod(parsed.error))
      issues.push({ ...issue, path: ["options", ...issue.path] });
  let catalogue: Catalogue = wsis;
  if (given !== undefined) {
    if (CatalogueSchema.safeParse(given).success) catalogue = given as Catalogue;
    else issues.push({ path: ["options", "catalogue"], message: NOT_A_CATALOGUE });
  }
  return { options: parsed.success ? parsed.data : undefined, catalogue, issues };
}

/**
 * Every problem of a list of activities, at `at`, by record: the schema's (when `parsed` failed) and the
 * catalogue's (see `catalogueIssues`).
 */
export function activitiesIssues(
  input: unknown,
  parsed: ParseResult<unknown>,
  catalogue: Catalogue,
  at: Path,
): InputIssue[] {
  const issues = parsed.success
    ? []
    : issuesFromZod(parsed.error).map((issue) => ({ ...issue, path: [...at, ...issue.path] }));
  if (Array.isArray(input))
    input.forEach((raw, index) => {
      pushAll(issues, catalogueIssues(raw, catalogue, [...at, index]));
    });
  return sortIssues(issues);
}

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
  /** Checks each well-formed item of the list `key`: `unknown` says whether it is one the tables lack. */
  const check = (key: string, wellFormed: RegExp, unknown: (value: string) => string | undefined): void => {
    const list = record[key];
    if (Array.isArray(list))
      list.forEach((value, j) => {
        const message = typeof value === "string" && wellFormed.test(value) ? unknown(value) : undefined;
        if (message !== undefined) issues.push({ path: [...at, key, j], message });
      });
  };
  check("actionLines", /^[A-Za-z0-9_][A-Za-z0-9_.:-]*$/u, (line) =>
    lines.has(line) ? undefined : unknownIdMessage(catalogue.lineNoun, line, lines.keys()),
  );
  check("countries", /^[A-Z]{3}$/u, (code) =>
    countryByAlpha3(code) === undefined ? `"${code}" is not an ISO 3166-1 alpha-3 country code` : undefined,
  );
  return issues;
}

/** Issues ordered by record (the first number in the path), keeping each record's own order. */
export function sortIssues(issues: readonly InputIssue[]): InputIssue[] {
  const recordOf = (issue: InputIssue) => issue.path.find((key) => typeof key === "number") ?? -1;
  return [...issues].sort((a, b) => (recordOf(a) as number) - (recordOf(b) as number));
}
