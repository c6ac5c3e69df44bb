import type { ActionLine, Agency, Catalogue, Facilitation, Region } from "../model/index.ts";
import {
  appendTo,
  byId,
  CatalogueSchema,
  issuesFromZod,
  isTrusted,
  PlannerInputError,
  readInput,
  unknownIdMessage,
} from "../model/index.ts";

interface CatalogueIndex {
  /** The catalogue as validated (the library's own copy of a caller's catalogue). */
  readonly catalogue: Catalogue;
  readonly lines: Map<string, ActionLine>;
  readonly children: Map<string, ActionLine[]>;
  readonly agencies: Map<string, Agency>;
  /** Every entry of each line, oldest first (the last is the one in force now). */
  readonly facilitationOverTime: Map<string, Facilitation[]>;
  readonly sdgs: Map<string, number[]>;
  readonly regions: Map<string, Region>;
  readonly groupMembers: Set<string>;
  readonly memberTerms: Map<string, { from?: number | undefined; to?: number | undefined }[]>;
}

const INDEXES = new WeakMap<Catalogue, CatalogueIndex>();

/** Lookup tables for a catalogue, built once per catalogue object. */
export function indexOf(catalogue: Catalogue): CatalogueIndex {
  let index = typeof catalogue === "object" && catalogue !== null ? INDEXES.get(catalogue) : undefined;
  if (index === undefined) {
    // A catalogue not seen before is read and checked once, so a wrong argument is an input error, not a
    // TypeError, and the tables are built from the library's own copy.
    const shape = isTrusted(catalogue)
      ? { success: true as const, data: catalogue }
      : CatalogueSchema.safeParse(readInput(catalogue, "catalogue", ["catalogue"]));
    if (!shape.success) {
      const issues = issuesFromZod(shape.error).map((issue) => ({
        path: ["catalogue", ...issue.path],
        message: issue.message,
      }));
      throw new PlannerInputError(issues, "catalogue (use defineCatalogue)");
    }
    const data = shape.data;
    const children = new Map<string, ActionLine[]>();
    for (const line of data.actionLines) if (line.parent !== undefined) appendTo(children, line.parent, line);
    const sdgs = new Map<string, number[]>();
    for (const link of data.sdgLinks) appendTo(sdgs, link.actionLine, ...link.sdgs);
    const overTime = new Map<string, Facilitation[]>();
    for (const entry of data.facilitation) appendTo(overTime, entry.actionLine, entry);
    for (const entries of overTime.values())
      entries.sort((a, b) => (a.from ?? Number.NEGATIVE_INFINITY) - (b.from ?? Number.NEGATIVE_INFINITY));
    const memberTerms: CatalogueIndex["memberTerms"] = new Map();
    for (const term of data.interAgencyGroup?.memberTerms ?? []) appendTo(memberTerms, term.agency, term);
    index = {
      catalogue: data,
      lines: byId(data.actionLines),
      children,
      agencies: byId(data.agencies),
      facilitationOverTime: overTime,
      sdgs,
      regions: byId(data.regions),
      groupMembers: new Set(data.interAgencyGroup?.members ?? []),
      memberTerms,
    };
    INDEXES.set(catalogue, index);
  }
  return index;
}

/** An id argument must be text: `facilitatorsOf(wsis, 5)` is an input error, not a TypeError. */
function requireText(value: unknown, name: string): string {
  if (typeof value !== "string")
    throw new PlannerInputError([{ path: [name], message: `must be text (an id), not ${typeName(value)}` }]);
  return value;
}

function requireYear(value: unknown, name = "year"): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value))
    throw new PlannerInputError([{ path: [name], message: `must be a whole year, not ${typeName(value)}` }]);
  return value;
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

function requireLine(catalogue: Catalogue, id: string, name = "actionLine"): ActionLine {
  const index = indexOf(catalogue);
  const line = index.lines.get(requireText(id, name));
  if (line === undefined) {
    throw new PlannerInputError([
      { path: [name], message: unknownIdMessage(index.catalogue.lineNoun, id, index.lines.keys()) },
    ]);
  }
  return line;
}

/** The line's parent, when it has one the catalogue knows. */
function parentOf(index: CatalogueIndex, line: ActionLine): ActionLine | undefined {
  return line.parent === undefined ? undefined : index.lines.get(line.parent);
}

/** The action line with this id (an unknown one throws), then its ancestors, nearest first. */
function lineage(catalogue: Catalogue, actionLineId: string): ActionLine[] {
  const index = indexOf(catalogue);
  const lines: ActionLine[] = [];
  for (
    let line: ActionLine | undefined = requireLine(catalogue, actionLineId, "actionLineId");
    line !== undefined;
    line = parentOf(index, line)
  )
    lines.push(line);
  return lines;
}

/**
 * The action line with this id, or `undefined`.
 *
 * @example
 * actionLineById(wsis, "C9")?.title; // "Media"
 */
export function actionLineById(catalogue: Catalogue, id: string): ActionLine | undefined {
  return indexOf(catalogue).lines.get(requireText(id, "id"));
}

/**
 * The lines that refine this one, in catalogue order (C7's eight sub-lines; none for the others).
 *
 * @throws {PlannerInputError} When the id is unknown.
 * @example
 * childrenOf(wsis, "C7").map((line) => line.id); // ["C7.e-government", …, "C7.e-science"]
 */
export function childrenOf(catalogue: Catalogue, id: string): ActionLine[] {
  requireLine(catalogue, id);
  return [...(indexOf(catalogue).children.get(id) ?? [])];
}

/**
 * The top-level ancestor of a line (`"C7"` for `"C7.e-health"`; the line itself when it has no parent).
 *
 * @throws {PlannerInputError} When the id is unknown.
 */
export function rootLineOf(catalogue: Catalogue, id: string): string {
  let line = requireLine(catalogue, id);
  const index = indexOf(catalogue);
  for (let parent = parentOf(index, line); parent !== undefined; parent = parentOf(index, line))
    line = parent;
  return line.id;
}

/** The lines with no parent, in catalogue order (C1–C11 for WSIS). */
export function topLevelLines(catalogue: Catalogue): ActionLine[] {
  return indexOf(catalogue).catalogue.actionLines.filter((line) => line.parent === undefined);
}

function holds(entry: { from?: number | undefined; to?: number | undefined }, year: number): boolean {
  return (entry.from === undefined || entry.from <= year) && (entry.to === undefined || year <= entry.to);
}

/** The facilitation entry of a line itself (no fallback to its parent) in a year, or now. */
function entryOf(index: CatalogueIndex, line: string, year: number | undefined): Facilitation | undefined {
  const entries = index.facilitationOverTime.get(line);
  return year === undefined ? entries?.at(-1) : entries?.find((entry) => holds(entry, year));
}

/**
 * Lead and co-facilitators of an action line. A sub-line without an entry of its own falls back
 * to its parent's; a line with no entry has none. Entries carry the years they hold: with `year`,
 * the entry of that year (none when no entry holds then); without it, the entry in force now.
 *
 * @param catalogue - The catalogue (`wsis` for the Tunis Agenda's facilitators).
 * @param actionLineId - An action line or sub-line id.
 * @param year - The year the facilitators are wanted for (a programme's session year).
 * @throws {PlannerInputError} When the id is unknown.
 * @example
 * facilitatorsOf(wsis, "C5"); // { lead: ["ITU"], co: [] }
 * facilitatorsOf(wsis, "C6", 2006).lead; // ["UNDP"] (provisional focal point; ITU leads since May 2008)
 */
export function facilitatorsOf(
  catalogue: Catalogue,
  actionLineId: string,
  year?: number,
): { lead: string[]; co: string[] } {
  const index = indexOf(catalogue);
  requireYear(year);
  // The nearest line with entries of its own: its entry of the year, when one holds then.
  const line = lineage(catalogue, actionLineId).find((line) => index.facilitationOverTime.has(line.id));
  const entry = line === undefined ? undefined : entryOf(index, line.id, year);
  return entry === undefined ? { lead: [], co: [] } : { lead: [...entry.lead], co: [...entry.co] };
}

/**
 * The catalogue's facilitation entry for a line (with its status, source and years), in a year or
 * now, or `undefined`.
 */
export function facilitationOf(
  catalogue: Catalogue,
  actionLineId: string,
  year?: number,
): Facilitation | undefined {
  return entryOf(indexOf(catalogue), requireText(actionLineId, "actionLineId"), requireYear(year));
}

/** Every facilitation entry of a line over time, oldest first (empty when it has none of its own). */
export function facilitationOverTime(catalogue: Catalogue, actionLineId: string): Facilitation[] {
  return [...(indexOf(catalogue).facilitationOverTime.get(requireText(actionLineId, "actionLineId")) ?? [])];
}

/** The agency with this id, or `undefined`. */
export function agencyById(catalogue: Catalogue, id: string): Agency | undefined {
  return indexOf(catalogue).agencies.get(requireText(id, "id"));
}

/**
 * Whether the agency belongs to the catalogue's inter-agency group (UNGIS for WSIS), in a year when
 * given: members with dated terms count only in the years of their terms.
 *
 * @example
 * isUngisMember(wsis, "UN-Women", 2006); // false (UN Women was created in 2010)
 */
export function isUngisMember(catalogue: Catalogue, agencyId: string, year?: number): boolean {
  const index = indexOf(catalogue);
  requireYear(year);
  if (!index.groupMembers.has(requireText(agencyId, "agencyId"))) return false;
  const terms = index.memberTerms.get(agencyId);
  if (year === undefined || terms === undefined) return true;
  return terms.some((term) => holds(term, year));
}

/**
 * The members of the catalogue's inter-agency group in a year (all members when no year is given),
 * in catalogue order.
 *
 * @example
 * ungisMembersIn(wsis, 2006).includes("UN-Women"); // false
 */
export function ungisMembersIn(catalogue: Catalogue, year?: number): string[] {
  const index = indexOf(catalogue);
  requireYear(year);
  return (index.catalogue.interAgencyGroup?.members ?? []).filter((id) => isUngisMember(catalogue, id, year));
}

/** SDGs linked to an action line, with a sub-line's own links first and then its parent's, without repeats. */
export function sdgsOf(catalogue: Catalogue, actionLineId: string): number[] {
  const index = indexOf(catalogue);
  const out = new Set<number>();
  for (const line of lineage(catalogue, actionLineId))
    for (const sdg of index.sdgs.get(line.id) ?? []) out.add(sdg);
  return [...out];
}

/** The region with this id, or `undefined`. */
export function regionById(catalogue: Catalogue, id: string): Region | undefined {
  return indexOf(catalogue).regions.get(requireText(id, "id"));
}
