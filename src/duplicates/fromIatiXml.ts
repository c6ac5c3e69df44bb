import { parseXml, XmlElement, XmlError, XmlText } from "@rgrove/parse-xml";
import {
  type Activity,
  ActivityStatusSchema,
  OrganisationRoleSchema,
  withoutUndefined,
} from "../model/index.ts";
import { nonEmpty } from "./_lib/collections.ts";
import { type ImportOptions, startImport } from "./_lib/importing.ts";
import { positionAt } from "./_lib/position.ts";
import { lineFieldsFromSectors } from "./_lib/sectors.ts";
import { alpha3Of } from "./data/iso3166.ts";
import type { ImportProblem, ImportResult } from "./types.ts";

// IATI activity standard 2.0x code lists used here (https://iatistandard.org/en/iati-standard/203/codelists/):
// OrganisationRole, ActivityStatus, ActivityDateType, ActivityScope (1 = global), BudgetType, BudgetStatus,
// RelatedActivityType (4 = co-funded, one identifier shared by every reporter; 5 = a third party's report of
// the same activity), SectorVocabulary (1 = DAC 5-digit, 2 = DAC 3-digit, 98/99 = the reporter's own).
// Maps, not object literals: a code read from the file ("__proto__", "constructor") is only ever a key.
/** A code list's names by their codes: "1" for the first, and so on (the schemas list them in code order). */
const byCode = <T extends string>(names: readonly T[]): Map<string, T> =>
  new Map(names.map((name, index) => [String(index + 1), name]));
const ROLES = byCode(OrganisationRoleSchema.options);
const STATUSES = byCode(ActivityStatusSchema.options);
const SAME_ACTIVITY_RELATIONS = new Set(["4", "5"]);

/** The Activity fields each IATI element fills, to avoid reporting one mistake twice. */
const FIELDS_OF_ELEMENT: Readonly<Record<string, readonly string[]>> = {
  "iati-identifier": ["id"],
  "reporting-org": ["agency", "agencyName"],
  title: ["title"],
  "activity-date": ["start", "end", "actualStart", "actualEnd"],
  sector: ["actionLines", "actionLineShares", "sectors"],
  "recipient-country": ["countries"],
  "activity-status": ["status"],
  "participating-org": ["participants"],
  budget: ["budgets"],
};

type Node = XmlElement;
type Path = (string | number)[];

// @rgrove/parse-xml: a strict, non-validating XML 1.0 parser. It decodes the predefined entities and
// character references once, and never expands entities a DOCTYPE declares (an undeclared entity is a
// well-formedness error), so entity-expansion attacks and external entities are refused.
const children = (node: Node | undefined, name: string): Node[] =>
  node === undefined
    ? []
    : (node.children.filter((item) => item instanceof XmlElement && item.name === name) as Node[]);
const child = (node: Node | undefined, name: string): Node | undefined => children(node, name)[0];
const attribute = (node: Node | undefined, name: string): string | undefined => {
  if (node === undefined || !Object.hasOwn(node.attributes, name)) return undefined;
  const value = node.attributes[name];
  return typeof value === "string" ? value.trim() || undefined : undefined;
};
/** The element's own text (not its children's), CDATA included. */
const textOf = (node: Node | undefined): string | undefined => {
  if (node === undefined) return undefined;
  let value = "";
  for (const item of node.children) if (item instanceof XmlText) value += item.text;
  return value.trim() || undefined;
};

/** The narrative in `language`, else the one in the activity's default language, else the first. */
function narrativeOf(node: Node | undefined, language: string, defaultLanguage: string): string | undefined {
  const narratives = children(node, "narrative");
  if (narratives.length === 0) return textOf(node);
  const written = narratives.filter((narrative) => textOf(narrative) !== undefined);
  const chosen =
    written.find((narrative) => (attribute(narrative, "xml:lang") ?? defaultLanguage) === language) ??
    written.find((narrative) => attribute(narrative, "xml:lang") === undefined) ??
    written[0];
  return textOf(chosen);
}

/** IATI dates are xsd:date; a time or zone suffix is dropped. */
const dateOf = (node: Node | undefined): string | undefined => {
  const value = attribute(node, "iso-date");
  return value === undefined ? undefined : /^\d{4}-\d{2}-\d{2}/u.test(value) ? value.slice(0, 10) : value;
};

/**
 * Reads agencies' activities from an IATI activity file (standard 2.01–2.03): the identifier, the reporting
 * organisation (→ `agency`, mapped through `agencyIds` when given), participating organisations and their
 * roles, title and descriptions (the narratives in `language`, else the activity's default language),
 * activity dates by type (planned start and end → `start`/`end`; actual → `actualStart`/`actualEnd`),
 * status, recipient countries (ISO 3166-1 alpha-2 → alpha-3; activity scope 1 → "global") and regions,
 * sectors (kept as given, and mapped to action lines through the DAC table `DAC_CATEGORIES` /
 * `DAC_PURPOSES`, with shares from their percentages), budgets, and cross-references to other reporters'
 * records of the same activity (related activities of type 4 and 5; each participant's own activity id is
 * kept on the participant, and `findDuplicates` links the records it names). Transactions' provider and
 * receiver activity ids are not cross-references: they trace money, and a funder's id there may be a whole
 * programme that funds many activities.
 *
 * @param text - The XML text of an `<iati-activities>` file.
 * @param options - `lenient` to get the good activities and the problems instead of an error; `language`;
 *   `agencyIds`; `catalogue`.
 * @returns The activities (with `lenient`: `{ activities, problems }`).
 * @throws {PlannerInputError} For invalid XML (with its line and column), and for every bad activity with the
 *   line its `<iati-activity>` starts on (`["line", 9, "recipient-country", 0, "code"]`), unless `lenient`;
 *   always for bad arguments.
 * @example
 * const [activity] = fromIatiXml(xml); // the IATI standard's annotated example
 * activity?.countries; // ["AFG", "ATG"]
 */
export function fromIatiXml(text: string, options?: ImportOptions & { readonly lenient?: false }): Activity[];
export function fromIatiXml(text: string, options: ImportOptions & { readonly lenient: true }): ImportResult;
export function fromIatiXml(text: string, options?: ImportOptions): Activity[] | ImportResult;
export function fromIatiXml(text: string, options: ImportOptions = {}): Activity[] | ImportResult {
  const run = startImport(text, options, "IATI activity file");
  const { catalogue, agencyOf, inFile, fileProblem } = run;

  let root: Node;
  try {
    root = parseXml(text, { includeOffsets: true }).root as Node;
  } catch (error) {
    if (error instanceof XmlError) {
      // "Missing end tag for element b (line 1, column 7)" and an excerpt: the reason, then where.
      const reason = (error.message.split("\n")[0] as string).replace(/ \(line \d+, column \d+\)$/u, "");
      fileProblem(
        error.line,
        [],
        `invalid XML at line ${error.line}, column ${error.column}: ${reason}`,
        error.column,
      );
    } else if (error instanceof RangeError) {
      // The parser descends element by element: tens of thousands of nested elements exhaust the stack.
      fileProblem(1, [], "the XML could not be read: its elements are nested too deeply");
    } else throw error;
    return run.finish();
  }
  const version = attribute(root, "version");
  if (root.name !== "iati-activities")
    fileProblem(
      1,
      [],
      `the root element is <${root.name}>, not <iati-activities>: this is not an IATI activity file`,
    );
  else if (version !== undefined && !version.startsWith("2."))
    fileProblem(
      1,
      ["iati-activities", "version"],
      `IATI version ${version} is not supported: this importer reads version 2.0x`,
    );
  // Not an IATI activity file of a version this reads: no activities to read.
  if (run.problems.length > 0) return run.finish();

  // Where each activity starts, counted on from the line the one before it starts on (they are in text order).
  let previous = { line: 1, lineStart: 0 };
  const rootLanguage = attribute(root, "xml:lang") ?? "en";
  const language = run.resolved.language;

  for (const element of children(root, "iati-activity")) {
    const offset = Math.max(element.start, 0);
    const { line, column } = positionAt(text, previous.line, previous.lineStart, offset);
    previous = { line, lineStart: offset - column + 1 };
    const id = textOf(child(element, "iati-identifier"));
    const issues: ImportProblem[] = [];
    const problem = (path: Path, message: string) =>
      issues.push(run.recordProblem(line, column, id, path, message));
    const defaultLanguage = attribute(element, "xml:lang") ?? rootLanguage;
    const narrative = (node: Node | undefined) => narrativeOf(node, language, defaultLanguage);

    if (id === undefined) problem(["iati-identifier"], "has no <iati-identifier>");
    const reporting = child(element, "reporting-org");
    const reportingRef = attribute(reporting, "ref");
    const reportingName = narrative(reporting);
    if (reportingRef === undefined && reportingName === undefined)
      problem(["reporting-org"], "has no <reporting-org> with a ref or a name");
    const title = narrative(child(element, "title"));
    if (title === undefined) problem(["title"], "has no title narrative");
    const descriptions = children(element, "description")
      .map(narrative)
      .filter((value): value is string => value !== undefined);

    const participants = children(element, "participating-org").flatMap((org, index) => {
      const code = attribute(org, "role") ?? "";
      const role = ROLES.get(code);
      const ref = attribute(org, "ref");
      const name = narrative(org);
      if (role === undefined) {
        problem(
          ["participating-org", index, "role"],
          `role "${code}" is not an IATI organisation role (1–4)`,
        );
        return [];
      }
      if (ref === undefined && name === undefined) {
        problem(["participating-org", index], "names no organisation (no ref and no narrative)");
        return [];
      }
      return [
        withoutUndefined({
          ref: ref === undefined ? undefined : agencyOf(ref),
          name,
          role,
          type: attribute(org, "type"),
          activityId: attribute(org, "activity-id"),
        }),
      ];
    });

    const statusCode = attribute(child(element, "activity-status"), "code");
    const status = STATUSES.get(statusCode ?? "");
    if (statusCode !== undefined && status === undefined)
      problem(["activity-status", "code"], `status "${statusCode}" is not an IATI activity status (1–6)`);

    const dates = new Map<string, string>();
    children(element, "activity-date").forEach((date, index) => {
      const type = attribute(date, "type") ?? "";
      const value = dateOf(date);
      if (!["1", "2", "3", "4"].includes(type)) {
        problem(
          ["activity-date", index, "type"],
          `date type "${type}" is not an IATI activity date type (1–4)`,
        );
      } else if (value === undefined) problem(["activity-date", index, "iso-date"], "has no iso-date");
      else if (!dates.has(type)) dates.set(type, value);
    });
    const start = dates.get("1") ?? dates.get("2");
    const end = dates.get("3") ?? dates.get("4");
    if (start === undefined)
      problem(["activity-date"], "has no start date (activity-date type 1, planned, or 2, actual)");
    if (end === undefined)
      problem(["activity-date"], "has no end date (activity-date type 3, planned, or 4, actual)");

    const countries: string[] = [];
    children(element, "recipient-country").forEach((country, index) => {
      const code = attribute(country, "code") ?? "";
      const alpha3 = alpha3Of(code.toUpperCase());
      if (alpha3 === undefined)
        problem(["recipient-country", index, "code"], `"${code}" is not an ISO 3166-1 alpha-2 country code`);
      else if (!countries.includes(alpha3)) countries.push(alpha3);
    });
    const regions = children(element, "recipient-region").flatMap((region, index) => {
      const code = attribute(region, "code");
      if (code === undefined) {
        problem(["recipient-region", index, "code"], "has no code");
        return [];
      }
      return [
        withoutUndefined({
          code,
          vocabulary: attribute(region, "vocabulary") ?? "1",
          name: narrative(region),
        }),
      ];
    });

    const sectors = children(element, "sector").flatMap((sector, index) => {
      const code = attribute(sector, "code");
      if (code === undefined) {
        problem(["sector", index, "code"], "has no code");
        return [];
      }
      const percentageText = attribute(sector, "percentage");
      const percentage = percentageText === undefined ? undefined : Number(percentageText);
      if (percentage !== undefined && !(percentage >= 0 && percentage <= 100)) {
        problem(["sector", index, "percentage"], `"${percentageText}" is not a percentage`);
        return [];
      }
      return [
        withoutUndefined({
          vocabulary: attribute(sector, "vocabulary") ?? "1",
          code,
          percentage,
          name: narrative(sector),
        }),
      ];
    });

    const defaultCurrency = attribute(element, "default-currency");
    const budgets = children(element, "budget").flatMap((budget, index) => {
      const valueNode = child(budget, "value");
      const written = textOf(valueNode);
      const amount = Number(written);
      const currency = attribute(valueNode, "currency") ?? defaultCurrency;
      if (!Number.isFinite(amount) || written === undefined) {
        problem(["budget", index, "value"], `"${written ?? ""}" is not an amount`);
        return [];
      }
      if (currency === undefined) {
        problem(
          ["budget", index, "value", "currency"],
          "has no currency (and the activity has no default-currency)",
        );
        return [];
      }
      const kind = attribute(budget, "type");
      const status = attribute(budget, "status");
      return [
        withoutUndefined({
          value: amount,
          currency,
          start: dateOf(child(budget, "period-start")),
          end: dateOf(child(budget, "period-end")),
          kind: kind === "1" ? "original" : kind === "2" ? "revised" : undefined,
          status: status === "1" ? "indicative" : status === "2" ? "committed" : undefined,
        }),
      ];
    });

    const references = new Set<string>();
    for (const related of children(element, "related-activity")) {
      const ref = attribute(related, "ref");
      if (ref !== undefined && SAME_ACTIVITY_RELATIONS.has(attribute(related, "type") ?? ""))
        references.add(ref);
    }
    if (id !== undefined) references.delete(id);

    const input = withoutUndefined({
      id: id ?? "",
      agency: reportingRef === undefined ? (reportingName ?? "") : agencyOf(reportingRef),
      agencyName: reportingName,
      title: title ?? "",
      description: descriptions.join("\n\n") || undefined,
      participants: nonEmpty(participants),
      status,
      start: start ?? "",
      end: end ?? "",
      actualStart: dates.get("2"),
      actualEnd: dates.get("4"),
      countries:
        countries.length > 0
          ? countries
          : attribute(child(element, "activity-scope"), "code") === "1"
            ? ["global"]
            : undefined,
      regions: nonEmpty(regions),
      sectors: nonEmpty(sectors),
      // No sector that maps is not a malformed record: it is imported unmapped (its sectors kept), and
      // compared on everything but action lines.
      ...lineFieldsFromSectors(sectors, catalogue),
      budgets: nonEmpty(budgets),
      crossReferences: nonEmpty([...references]),
      source: { ...inFile, line, column },
    });

    // Schema problems too, except for fields whose IATI element was already reported as wrong.
    // (`path[2]` is the element named by one of the importer's own problems, never a name from the file.)
    const said = new Set(issues.flatMap((issue) => FIELDS_OF_ELEMENT[String(issue.path[2])] ?? []));
    run.keep(
      input,
      line,
      id,
      issues,
      () => column,
      (issue) => said.has(String(issue.path[2])),
    );
  }
  return run.finish();
}
