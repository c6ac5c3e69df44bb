import { type Activity, nearestId, OrganisationRoleSchema, withoutUndefined } from "../model/index.ts";
import { nonEmpty } from "./_lib/collections.ts";
import { type CsvRecord, detectDelimiter, positionOf, readCsv } from "./_lib/csv.ts";
import { type ImportOptions, placeOf, startImport } from "./_lib/importing.ts";
import { lineFieldsFromSectors } from "./_lib/sectors.ts";
import { alpha3Of } from "./data/iso3166.ts";
import type { ImportProblem, ImportResult } from "./types.ts";

/** The columns of the activities spreadsheet (docs/activities-csv.md), in the documented order. */
export const CSV_COLUMNS = [
  "id",
  "agency",
  "agency_name",
  "title",
  "description",
  "action_lines",
  "start",
  "end",
  "actual_start",
  "actual_end",
  "status",
  "countries",
  "regions",
  "participants",
  "budgets",
  "cross_references",
  "sectors",
] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ["id", "agency", "title", "start", "end"];
const ROLES = new Set<string>(OrganisationRoleSchema.options);

/** The Activity field each column fills ("agency_name" → "agencyName"): problem paths name fields, like the schema's. */
const FIELD_NAME = Object.fromEntries(
  CSV_COLUMNS.map((column) => [
    column,
    column.replace(/_([a-z])/gu, (_, letter: string) => letter.toUpperCase()),
  ]),
) as Record<Column, string>;

/** The column that fills an Activity field (the shares are in the action lines' cell), for locating schema problems. */
const COLUMN_OF = new Map<string, Column>([
  ...CSV_COLUMNS.map((column) => [FIELD_NAME[column], column] as const),
  ["actionLineShares", "action_lines"],
]);

/** "vocabulary:code" as its two parts, trimmed (the second `undefined` when there is no colon). */
const splitAtColon = (item: string): [string, string | undefined] => {
  const colon = item.indexOf(":");
  return colon < 0 ? [item, undefined] : [item.slice(0, colon).trim(), item.slice(colon + 1).trim()];
};

/** A number written with or without a per cent sign ("40", "40%"). */
const percentOf = (text: string): number => Number(text.replace(/%$/u, ""));

const headerName = (raw: string): string =>
  raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/gu, "_");

/**
 * Reads agencies' activities from a spreadsheet saved as CSV (RFC 4180), one activity per row under a
 * header row; the columns are documented in docs/activities-csv.md. Lists inside a cell are separated by
 * ";" (or "|" when ";" is the field separator): action lines with optional shares ("C4=60; C7.e-learning=40"),
 * ISO 3166-1 alpha-3 countries or "global", regions ("vocabulary:code"), participants ("role:org" or
 * "role:org@their-activity-id"), budgets ("120000 USD") and cross-references.
 *
 * @param text - The file's text.
 * @param options - `lenient` to get the good rows and the problems instead of an error; `delimiter`;
 *   `agencyIds` to map organisation references to agency ids; `catalogue` for action lines.
 * @returns The activities (with `lenient`: `{ activities, problems }`).
 * @throws {PlannerInputError} Listing every bad row and field with its line (`["line", 4, "countries", 0]`),
 *   unless `lenient`; always for bad arguments.
 * @example
 * fromCsv("id,agency,title,action_lines,start,end,countries\nitu-1,ITU,Rural broadband,C2,2026,2027,KEN; UGA\n")[0]
 *   ?.countries; // ["KEN", "UGA"]
 */
export function fromCsv(text: string, options?: ImportOptions & { readonly lenient?: false }): Activity[];
export function fromCsv(text: string, options: ImportOptions & { readonly lenient: true }): ImportResult;
export function fromCsv(text: string, options?: ImportOptions): Activity[] | ImportResult;
export function fromCsv(text: string, options: ImportOptions = {}): Activity[] | ImportResult {
  const run = startImport(text, options, "activities CSV");
  const { resolved, catalogue, agencyOf, recordProblem } = run;
  const delimiter = resolved.delimiter ?? detectDelimiter(text);
  const separator = delimiter === ";" ? "|" : ";";
  const columns = new Map<Column, number>();
  let header: CsvRecord | undefined;
  let usable = true;
  const columnAt = (record: CsvRecord, index: number | undefined): number | undefined =>
    index === undefined ? undefined : positionOf(text, record, index)?.column;

  const readHeader = (record: CsvRecord): void => {
    header = record;
    const known = new Set<string>(CSV_COLUMNS);
    record.fields.forEach((raw, index) => {
      const name = headerName(raw);
      const problem = (message: string) =>
        run.problems.push(
          recordProblem(record.line, columnAt(record, index), undefined, ["header", index], message),
        );
      if (!known.has(name)) {
        const hint = nearestId(name, CSV_COLUMNS);
        problem(
          hint === undefined
            ? `unknown column "${raw}" (known columns: ${CSV_COLUMNS.join(", ")})`
            : `unknown column "${raw}"; did you mean "${hint}"?`,
        );
      } else if (columns.has(name as Column)) problem(`column "${name}" appears twice`);
      else columns.set(name as Column, index);
    });
    const missing = REQUIRED.filter((column) => !columns.has(column));
    if (missing.length > 0) {
      usable = false;
      const hint =
        record.fields.length === 1 && resolved.delimiter === undefined
          ? " (the header has one column: is the file separated by something other than , ; or a tab?)"
          : "";
      run.problems.push(
        recordProblem(
          record.line,
          undefined,
          undefined,
          ["header"],
          `the header lacks the required column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}${hint}`,
        ),
      );
    }
  };

  /** Reads a row into an activity, or rejects it with its problems. */
  const readRow = (record: CsvRecord): void => {
    if (header === undefined) return;
    const cell = (column: Column): string | undefined => {
      const index = columns.get(column);
      // An empty cell is none.
      return (index === undefined ? undefined : record.fields[index]?.trim()) || undefined;
    };
    const id = cell("id");
    const own: ImportProblem[] = [];
    const width = header.fields.length;
    if (record.fields.length !== width) {
      run.reject([
        recordProblem(
          record.line,
          undefined,
          id,
          [],
          `has ${record.fields.length} fields, the header has ${width} (a separator too many or too few, or an unquoted "${separator === "|" ? ";" : ","}" in a cell?)`,
        ),
      ]);
      return;
    }
    const list = (column: Column): string[] =>
      (cell(column) ?? "")
        .split(separator)
        .map((item) => item.trim())
        .filter((item) => item !== "");
    /** A problem with the cell of `column` (with item `index` of its list, when given). */
    const problem = (column: Column, index: number | undefined, message: string): void => {
      const field = FIELD_NAME[column];
      const path = index === undefined ? [field] : [field, index];
      own.push(recordProblem(record.line, columnAt(record, columns.get(column)), id, path, message));
    };

    const lines: string[] = [];
    const shares: number[] = [];
    list("action_lines").forEach((item, index) => {
      const [line, share] = item.split("=").map((part) => part.trim());
      lines.push(line ?? "");
      if (share !== undefined) {
        const value = percentOf(share);
        if (share === "" || !Number.isFinite(value))
          problem("action_lines", index, `"${share}" is not a share in per cent`);
        else shares.push(value);
      }
    });
    if (shares.length > 0 && shares.length !== lines.length)
      problem(
        "action_lines",
        undefined,
        "give a share for every action line (C4=60; C7.e-learning=40) or for none",
      );

    const countries = list("countries").map((code, index) => {
      if (code.toLowerCase() === "global") return "global";
      const upper = code.toUpperCase();
      if (/^[A-Z]{2}$/u.test(upper)) {
        const alpha3 = alpha3Of(upper);
        problem(
          "countries",
          index,
          alpha3 === undefined
            ? `"${code}" is not an ISO 3166-1 alpha-3 code`
            : `"${code}" is an alpha-2 code; write its alpha-3 code "${alpha3}"`,
        );
      }
      return upper;
    });

    const regions = list("regions").map((item) => {
      const [vocabulary, code] = splitAtColon(item);
      return code === undefined ? { code: item } : { vocabulary, code };
    });

    const participants = list("participants").flatMap((item, index) => {
      const [before, after] = splitAtColon(item);
      const role = after === undefined ? "" : before.toLowerCase();
      if (!ROLES.has(role)) {
        problem(
          "participants",
          index,
          `"${item}" should read role:organisation, the role one of funding, accountable, extending, implementing`,
        );
        return [];
      }
      let who = after ?? "";
      let activityId: string | undefined;
      const at = who.lastIndexOf("@");
      if (at > 0) {
        activityId = who.slice(at + 1).trim();
        who = who.slice(0, at).trim();
      }
      const mapped = agencyOf(who);
      const participant: Record<string, unknown> = /\s/u.test(mapped) ? { name: mapped } : { ref: mapped };
      participant["role"] = role;
      if (activityId !== undefined && activityId !== "") participant["activityId"] = activityId;
      return [participant];
    });

    const budgets = list("budgets").flatMap((item, index) => {
      const match =
        /^([A-Za-z]{3})\s*([-+]?[\d.,\s]+)$/u.exec(item) ?? /^([-+]?[\d.,\s]+?)\s*([A-Za-z]{3})$/u.exec(item);
      if (match === null) {
        problem(
          "budgets",
          index,
          `"${item}" should read an amount and an ISO 4217 currency, e.g. "120000 USD"`,
        );
        return [];
      }
      // Both groups take part in either pattern's match.
      const [first, second] = [match[1] as string, match[2] as string];
      const [currency, amount] = /^[A-Za-z]/u.test(first) ? [first, second] : [second, first];
      const value = Number(amount.replace(/[\s,]/gu, ""));
      if (!Number.isFinite(value)) {
        problem("budgets", index, `"${amount}" is not an amount`);
        return [];
      }
      return [{ value, currency: currency.toUpperCase() }];
    });

    // DAC sectors: "15150", "2:220", "1:43082=40"; they give the action lines when the row names none.
    const sectors = list("sectors").flatMap((item, index) => {
      const [codePart = "", share] = item.split("=").map((part) => part.trim());
      const [before, after] = splitAtColon(codePart);
      const code = after ?? codePart;
      const vocabulary = after === undefined ? (/^\d{3}$/u.test(code) ? "2" : "1") : before;
      const percentage = share === undefined ? undefined : percentOf(share);
      if (code === "" || (percentage !== undefined && !(percentage >= 0 && percentage <= 100))) {
        problem(
          "sectors",
          index,
          `"${item}" should read a DAC code, optionally vocabulary:code and =percentage`,
        );
        return [];
      }
      return [withoutUndefined({ vocabulary, code, percentage })];
    });

    const agency = cell("agency");
    const input = withoutUndefined({
      id: id ?? "",
      agency: agency === undefined ? "" : agencyOf(agency),
      agencyName: cell("agency_name"),
      title: cell("title") ?? "",
      description: cell("description"),
      start: cell("start") ?? "",
      end: cell("end") ?? "",
      actualStart: cell("actual_start"),
      actualEnd: cell("actual_end"),
      status: cell("status")?.toLowerCase(),
      // A row that names no action line takes them from its sectors (or is imported unmapped).
      ...(lines.length === 0
        ? lineFieldsFromSectors(sectors, catalogue)
        : { actionLines: lines, actionLineShares: shares.length === lines.length ? shares : undefined }),
      countries: nonEmpty(countries),
      regions: nonEmpty(regions),
      participants: nonEmpty(participants),
      budgets: nonEmpty(budgets),
      sectors: nonEmpty(sectors),
      crossReferences: nonEmpty(list("cross_references")),
      source: { ...run.inFile, line: record.line },
    });

    // Schema problems too, except where the row's own reading already said what is wrong with that cell.
    const cellOf = (problem: ImportProblem) => `${problem.path[2]}|${problem.path[3]}`;
    const said = new Set(own.map(cellOf));
    const columnOf = (path: readonly (string | number)[]): number | undefined => {
      const column = COLUMN_OF.get(String(path[0]));
      return columnAt(record, column === undefined ? undefined : columns.get(column));
    };
    run.keep(input, record.line, id, own, columnOf, (problem) => said.has(cellOf(problem)));
  };

  const errors = readCsv(text, delimiter, (record) => {
    if (header === undefined) readHeader(record);
    else if (usable) readRow(record);
  });
  for (const error of errors)
    run.problems.push({
      ...run.inFile,
      line: error.line,
      column: error.column,
      path: ["line", error.line],
      message: `${placeOf(resolved.file, error.line)}, column ${error.column}: ${error.message}`,
    });
  if (header === undefined) run.fileProblem(1, [], "the file has no header row (and no activities)");
  return run.finish();
}
