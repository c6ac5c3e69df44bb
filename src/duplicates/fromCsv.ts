import type { Activity, ActivityInput } from "../model/index.ts";
import { readInput } from "../model/index.ts";
import { type CsvRecord, readCsv } from "./_lib/csv.ts";
import { checkRecord, finishImport, type ImportOptions, resolveImportOptions } from "./_lib/importing.ts";
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
] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ["id", "agency", "title", "action_lines", "start", "end"];
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
};

/** The Activity field each column fills (problem paths name fields, like the schema's). */
const FIELD_NAME: Record<Column, string> = {
  id: "id",
  agency: "agency",
  agency_name: "agencyName",
  title: "title",
  description: "description",
  action_lines: "actionLines",
  start: "start",
  end: "end",
  actual_start: "actualStart",
  actual_end: "actualEnd",
  status: "status",
  countries: "countries",
  regions: "regions",
  participants: "participants",
  budgets: "budgets",
  cross_references: "crossReferences",
};

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
  const { resolved, catalogue } = resolveImportOptions(text, options);
  const separator = resolved.delimiter === ";" ? "|" : ";";
  const { records, errors } = readCsv(text, resolved.delimiter);
  const problems: ImportProblem[] = errors.map((error) => ({
    line: error.line,
    column: error.column,
    path: ["line", error.line],
    message: `line ${error.line}, column ${error.column}: ${error.message}`,
  }));
  const activities: Activity[] = [];
  const header = records[0];
  if (header === undefined) {
    problems.push({ line: 1, path: ["line", 1], message: "the file has no header row (and no activities)" });
    return finishImport(activities, problems, resolved.lenient, "activities CSV");
  }

  const columns = new Map<Column, number>();
  const known = new Set<string>(CSV_COLUMNS);
  header.fields.forEach((raw, index) => {
    const name = headerName(raw);
    const at = header.positions[index];
    const where = { line: header.line, ...(at === undefined ? {} : { column: at.column }) };
    if (!known.has(name)) {
      problems.push({
        ...where,
        path: ["line", header.line, "header", index],
        message: `line ${header.line}: unknown column "${raw}" (known columns: ${CSV_COLUMNS.join(", ")})`,
      });
    } else if (columns.has(name as Column)) {
      problems.push({
        ...where,
        path: ["line", header.line, "header", index],
        message: `line ${header.line}: column "${name}" appears twice`,
      });
    } else columns.set(name as Column, index);
  });
  const missing = REQUIRED.filter((column) => !columns.has(column));
  if (missing.length > 0) {
    problems.push({
      line: header.line,
      path: ["line", header.line, "header"],
      message: `line ${header.line}: the header lacks the required column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`,
    });
    return finishImport(activities, problems, resolved.lenient, "activities CSV");
  }

  for (const record of records.slice(1)) {
    const built = buildRecord(record, columns, header.fields.length, separator, resolved.agencyIds);
    const columnOf = (path: Path): number | undefined => {
      const column = FIELD_OF[String(path[0])];
      const index = column === undefined ? undefined : columns.get(column);
      return index === undefined ? undefined : record.positions[index]?.column;
    };
    const own = built.problems.map((problem) => ({
      line: record.line,
      ...(problem.column === undefined ? {} : { column: problem.column }),
      ...(built.id === undefined ? {} : { id: built.id }),
      path: ["line", record.line, ...problem.path],
      message: `line ${record.line}${built.id === undefined ? "" : ` (${built.id})`}: ${problem.message}`,
    }));
    if (built.problems.some((problem) => problem.path.length === 0)) {
      append(problems, own);
      continue;
    }
    // Schema problems too, except where the row's own reading already said what is wrong with that cell.
    const said = new Set(own.map((problem) => JSON.stringify(problem.path.slice(2, 4))));
    const checked = checkRecord(built.input, catalogue, record.line, built.id, columnOf);
    const rest = checked.problems.filter((problem) => !said.has(JSON.stringify(problem.path.slice(2, 4))));
    append(problems, own);
    append(problems, rest);
    if (own.length === 0 && checked.activity !== undefined) activities.push(checked.activity);
  }
  return finishImport(activities, problems, resolved.lenient, "activities CSV");
}

interface Built {
  readonly input: ActivityInput | Record<string, unknown>;
  readonly id: string | undefined;
  readonly problems: { path: Path; message: string; column?: number }[];
}

function buildRecord(
  record: CsvRecord,
  columns: ReadonlyMap<Column, number>,
  width: number,
  separator: string,
  agencyIds: ReadonlyMap<string, string> | undefined,
): Built {
  const problems: Built["problems"] = [];
  const cell = (column: Column): string | undefined => {
    const index = columns.get(column);
    const value = index === undefined ? undefined : record.fields[index]?.trim();
    return value === undefined || value === "" ? undefined : value;
  };
  const columnAt = (column: Column): number | undefined => {
    const index = columns.get(column);
    return index === undefined ? undefined : record.positions[index]?.column;
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
    const at = columnAt(column);
    const field = FIELD_NAME[column];
    problems.push({
      path: index === undefined ? [field] : [field, index],
      message,
      ...(at === undefined ? {} : { column: at }),
    });
  };

  const input: Record<string, unknown> = {};
  const set = (key: string, value: unknown): void => {
    if (value !== undefined) input[key] = value;
  };
  set("id", id ?? "");
  const agency = cell("agency");
  set("agency", agency === undefined ? "" : (agencyIds?.get(agency) ?? agency));
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
    const mapped = agencyIds?.get(who) ?? who;
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

  const references = list("cross_references");
  if (references.length > 0) input["crossReferences"] = references;
  return { input, id, problems };
}
