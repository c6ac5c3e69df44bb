import { type Activity, type ActivityInput, type Catalogue, nearestId, readInput } from "../model/index.ts";
import { type CsvRecord, detectDelimiter, positionOf, readCsv } from "./_lib/csv.ts";
import {
  checkRecord,
  finishImport,
  type ImportOptions,
  placeOf,
  resolveImportOptions,
} from "./_lib/importing.ts";
import { linesFromSectors } from "./_lib/sectors.ts";
import { append } from "./_lib/validate.ts";
import { alpha3Of } from "./data/iso3166.ts";
import type { ImportProblem, ImportResult } from "./types.ts";

type Path = (string | number)[];

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
const ROLES = new Set(["funding", "accountable", "extending", "implementing"]);

/** The Activity field a column fills, for locating schema problems. */
const FIELD_OF: Record<string, Column> = {
  id: "id",
  agency: "agency",
  agencyName: "agency_name",
  title: "title",
  description: "description",
  actionLines: "action_lines",
  actionLineShares: "action_lines",
  start: "start",
  end: "end",
  actualStart: "actual_start",
  actualEnd: "actual_end",
  status: "status",
  countries: "countries",
  regions: "regions",
  participants: "participants",
  budgets: "budgets",
  crossReferences: "cross_references",
  sectors: "sectors",
};

/** The Activity field each column fills (problem paths name fields, like the schema's): `FIELD_OF` read backwards. */
const FIELD_NAME = Object.fromEntries(
  Object.entries(FIELD_OF)
    .filter(([field]) => field !== "actionLineShares")
    .map(([field, column]) => [column, field]),
) as Record<Column, string>;

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
  // Read once into plain data: a Proxy or a throwing getter is an input error (issue 10).
  options = readInput(options, "import options", ["options"]);
  const { resolved, catalogue, agencyOf } = resolveImportOptions(text, options);
  const file = resolved.file;
  const inFile = file === undefined ? {} : { file };
  const delimiter = resolved.delimiter ?? detectDelimiter(text);
  const separator = delimiter === ";" ? "|" : ";";
  const problems: ImportProblem[] = [];
  const activities: Activity[] = [];
  let rejected = 0;
  const columns = new Map<Column, number>();
  let header: CsvRecord | undefined;
  let usable = true;

  const readHeader = (record: CsvRecord): void => {
    header = record;
    const known = new Set<string>(CSV_COLUMNS);
    record.fields.forEach((raw, index) => {
      const name = headerName(raw);
      const at = positionOf(text, record, index);
      const where = { ...inFile, line: record.line, ...(at === undefined ? {} : { column: at.column }) };
      const place = placeOf(file, record.line);
      if (!known.has(name)) {
        const hint = nearestId(name, CSV_COLUMNS);
        problems.push({
          ...where,
          path: ["line", record.line, "header", index],
          message:
            hint === undefined
              ? `${place}: unknown column "${raw}" (known columns: ${CSV_COLUMNS.join(", ")})`
              : `${place}: unknown column "${raw}"; did you mean "${hint}"?`,
        });
      } else if (columns.has(name as Column)) {
        problems.push({
          ...where,
          path: ["line", record.line, "header", index],
          message: `${place}: column "${name}" appears twice`,
        });
      } else columns.set(name as Column, index);
    });
    const missing = REQUIRED.filter((column) => !columns.has(column));
    if (missing.length > 0) {
      usable = false;
      const hint =
        record.fields.length === 1 && resolved.delimiter === undefined
          ? " (the header has one column: is the file separated by something other than , ; or a tab?)"
          : "";
      problems.push({
        ...inFile,
        line: record.line,
        path: ["line", record.line, "header"],
        message: `${placeOf(file, record.line)}: the header lacks the required column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}${hint}`,
      });
    }
  };

  const readRow = (record: CsvRecord): void => {
    if (header === undefined) return;
    const built = buildRecord(record, columns, header.fields.length, separator, agencyOf, catalogue);
    const columnOf = (path: Path): number | undefined => {
      const column = FIELD_OF[String(path[0])];
      const index = column === undefined ? undefined : columns.get(column);
      return index === undefined ? undefined : positionOf(text, record, index)?.column;
    };
    const cellColumn = (index: number | undefined) =>
      index === undefined ? undefined : positionOf(text, record, index)?.column;
    const place = placeOf(file, record.line);
    const own = built.problems.map((problem) => {
      const column = cellColumn(problem.cell);
      return {
        ...inFile,
        line: record.line,
        ...(column === undefined ? {} : { column }),
        ...(built.id === undefined ? {} : { id: built.id }),
        path: ["line", record.line, ...problem.path],
        message: `${place}${built.id === undefined ? "" : ` (${built.id})`}: ${problem.message}`,
      };
    });
    if (built.problems.some((problem) => problem.path.length === 0)) {
      append(problems, own);
      rejected++;
      return;
    }
    (built.input as Record<string, unknown>)["source"] = { ...inFile, line: record.line };
    // Schema problems too, except where the row's own reading already said what is wrong with that cell.
    const said = new Set(own.map((problem) => `${problem.path[2]}|${problem.path[3]}`));
    const checked = checkRecord(built.input, catalogue, record.line, built.id, columnOf, file);
    const rest = checked.problems.filter((problem) => !said.has(`${problem.path[2]}|${problem.path[3]}`));
    append(problems, own);
    append(problems, rest);
    if (own.length === 0 && checked.activity !== undefined) activities.push(checked.activity);
    else rejected++;
  };

  const errors = readCsv(text, delimiter, (record) => {
    if (header === undefined) readHeader(record);
    else if (usable) readRow(record);
  });
  for (const error of errors)
    problems.push({
      ...inFile,
      line: error.line,
      column: error.column,
      path: ["line", error.line],
      message: `${placeOf(file, error.line)}, column ${error.column}: ${error.message}`,
    });
  if (header === undefined)
    problems.push({
      ...inFile,
      line: 1,
      path: ["line", 1],
      message: `${file === undefined ? "" : `${file}: `}the file has no header row (and no activities)`,
    });
  return finishImport(activities, problems, resolved.lenient, "activities CSV", rejected);
}

interface Built {
  readonly input: ActivityInput | Record<string, unknown>;
  readonly id: string | undefined;
  /** Each problem's path, message, and the index of the cell it is in. */
  readonly problems: { path: Path; message: string; cell?: number }[];
}

function buildRecord(
  record: CsvRecord,
  columns: ReadonlyMap<Column, number>,
  width: number,
  separator: string,
  agencyOf: (ref: string) => string,
  catalogue: Catalogue,
): Built {
  const problems: Built["problems"] = [];
  const cell = (column: Column): string | undefined => {
    const index = columns.get(column);
    const value = index === undefined ? undefined : record.fields[index]?.trim();
    return value === undefined || value === "" ? undefined : value;
  };
  const id = cell("id");
  if (record.fields.length !== width) {
    problems.push({
      path: [],
      message: `has ${record.fields.length} fields, the header has ${width} (a separator too many or too few, or an unquoted "${separator === "|" ? ";" : ","}" in a cell?)`,
    });
    return { input: {}, id, problems };
  }
  const list = (column: Column): string[] =>
    (cell(column) ?? "")
      .split(separator)
      .map((item) => item.trim())
      .filter((item) => item !== "");
  const problem = (column: Column, index: number | undefined, message: string): void => {
    const cell = columns.get(column);
    const field = FIELD_NAME[column];
    problems.push({
      path: index === undefined ? [field] : [field, index],
      message,
      ...(cell === undefined ? {} : { cell }),
    });
  };

  const input: Record<string, unknown> = {};
  const set = (key: string, value: unknown): void => {
    if (value !== undefined) input[key] = value;
  };
  set("id", id ?? "");
  const agency = cell("agency");
  set("agency", agency === undefined ? "" : agencyOf(agency));
  set("agencyName", cell("agency_name"));
  set("title", cell("title") ?? "");
  set("description", cell("description"));
  set("start", cell("start") ?? "");
  set("end", cell("end") ?? "");
  set("actualStart", cell("actual_start"));
  set("actualEnd", cell("actual_end"));
  const status = cell("status");
  set("status", status?.toLowerCase());

  const lines: string[] = [];
  const shares: number[] = [];
  list("action_lines").forEach((item, index) => {
    const [line, share] = item.split("=").map((part) => part.trim());
    lines.push(line ?? "");
    if (share !== undefined) {
      const value = Number(share.replace(/%$/u, ""));
      if (share === "" || !Number.isFinite(value))
        problem("action_lines", index, `"${share}" is not a share in per cent`);
      else shares.push(value);
    }
  });
  input["actionLines"] = lines;
  if (shares.length > 0) {
    if (shares.length !== lines.length)
      problem(
        "action_lines",
        undefined,
        "give a share for every action line (C4=60; C7.e-learning=40) or for none",
      );
    else input["actionLineShares"] = shares;
  }

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
  if (countries.length > 0) input["countries"] = countries;

  const regions = list("regions").map((item) => {
    const colon = item.indexOf(":");
    return colon < 0
      ? { code: item }
      : { vocabulary: item.slice(0, colon).trim(), code: item.slice(colon + 1).trim() };
  });
  if (regions.length > 0) input["regions"] = regions;

  const participants = list("participants").flatMap((item, index) => {
    const colon = item.indexOf(":");
    const role = colon < 0 ? "" : item.slice(0, colon).trim().toLowerCase();
    if (!ROLES.has(role)) {
      problem(
        "participants",
        index,
        `"${item}" should read role:organisation, the role one of funding, accountable, extending, implementing`,
      );
      return [];
    }
    let who = item.slice(colon + 1).trim();
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
  if (participants.length > 0) input["participants"] = participants;

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
    const [currency, amount] = /^[A-Za-z]/u.test(match[1] ?? "")
      ? [match[1], match[2]]
      : [match[2], match[1]];
    const value = Number((amount ?? "").replace(/[\s,]/gu, ""));
    if (!Number.isFinite(value)) {
      problem("budgets", index, `"${amount}" is not an amount`);
      return [];
    }
    return [{ value, currency: (currency ?? "").toUpperCase() }];
  });
  if (budgets.length > 0) input["budgets"] = budgets;

  // DAC sectors: "15150", "2:220", "1:43082=40"; they give the action lines when the row names none.
  const sectors = list("sectors").flatMap((item, index) => {
    const [codePart, share] = item.split("=").map((part) => part.trim());
    const colon = (codePart ?? "").indexOf(":");
    const code = colon < 0 ? (codePart ?? "") : (codePart ?? "").slice(colon + 1).trim();
    const vocabulary =
      colon < 0 ? (/^\d{3}$/u.test(code) ? "2" : "1") : (codePart ?? "").slice(0, colon).trim();
    const percentage = share === undefined ? undefined : Number(share.replace(/%$/u, ""));
    if (code === "" || (percentage !== undefined && !(percentage >= 0 && percentage <= 100))) {
      problem(
        "sectors",
        index,
        `"${item}" should read a DAC code, optionally vocabulary:code and =percentage`,
      );
      return [];
    }
    return [{ vocabulary, code, ...(percentage === undefined ? {} : { percentage }) }];
  });
  if (sectors.length > 0) input["sectors"] = sectors;
  if (lines.length === 0) {
    const mapped = linesFromSectors(sectors, catalogue);
    input["actionLines"] = mapped.lines;
    if (mapped.shares !== undefined) input["actionLineShares"] = mapped.shares;
    if (mapped.lines.length === 0) input["unmapped"] = true;
  }

  const references = list("cross_references");
  if (references.length > 0) input["crossReferences"] = references;
  return { input, id, problems };
}
