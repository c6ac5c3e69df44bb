import type { ActionLine, Agency, Catalogue, Facilitation, Region } from "../model/index.ts";
import {
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
  readonly facilitation: Map<string, Facilitation>;
  readonly sdgs: Map<string, number[]>;
  readonly regions: Map<string, Region>;
  readonly groupMembers: Set<string>;
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
    for (const line of data.actionLines) {
      if (line.parent === undefined) continue;
      const siblings = children.get(line.parent) ?? [];
      siblings.push(line);
      children.set(line.parent, siblings);
    }
    const sdgs = new Map<string, number[]>();
    for (const link of data.sdgLinks)
      sdgs.set(link.actionLine, [...(sdgs.get(link.actionLine) ?? []), ...link.sdgs]);
    index = {
      catalogue: data,
      lines: new Map(data.actionLines.map((line) => [line.id, line])),
      children,
      agencies: new Map(data.agencies.map((agency) => [agency.id, agency])),
      facilitation: new Map(data.facilitation.map((entry) => [entry.actionLine, entry])),
      sdgs,
      regions: new Map(data.regions.map((region) => [region.id, region])),
      groupMembers: new Set(data.interAgencyGroup?.members ?? []),
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

/**
 * The action line with this id, or `undefined`.
 *
 * @example
 * actionLineById(wsis, "C9")?.title; // "Media"
 */
export function actionLineById(catalogue: Catalogue, id: string): ActionLine | undefined {
  const index = indexOf(catalogue);
  return index.lines.get(requireText(id, "id"));
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
  const lines = indexOf(catalogue).lines;
  while (line.parent !== undefined) {
    const parent = lines.get(line.parent);
    if (parent === undefined) break;
    line = parent;
  }
  return line.id;
}

/** The lines with no parent, in catalogue order (C1–C11 for WSIS). */
export function topLevelLines(catalogue: Catalogue): ActionLine[] {
  return indexOf(catalogue).catalogue.actionLines.filter((line) => line.parent === undefined);
}

/**
 * Lead and co-facilitators of an action line. A sub-line without an entry of its own falls back
 * to its parent's; a line with no entry has none.
 *
 * @param catalogue - The catalogue (`wsis` for the Tunis Agenda's facilitators).
 * @param actionLineId - An action line or sub-line id.
 * @throws {PlannerInputError} When the id is unknown.
 * @example
 * facilitatorsOf(wsis, "C5"); // { lead: ["ITU"], co: [] }
 */
export function facilitatorsOf(catalogue: Catalogue, actionLineId: string): { lead: string[]; co: string[] } {
  const index = indexOf(catalogue);
  for (
    let line: ActionLine | undefined = requireLine(catalogue, actionLineId, "actionLineId");
    line !== undefined;
  ) {
    const entry = index.facilitation.get(line.id);
    if (entry !== undefined) return { lead: [...entry.lead], co: [...entry.co] };
    line = line.parent === undefined ? undefined : index.lines.get(line.parent);
  }
  return { lead: [], co: [] };
}

/** The catalogue's facilitation entry for a line (with its status and source), or `undefined`. */
export function facilitationOf(catalogue: Catalogue, actionLineId: string): Facilitation | undefined {
  const index = indexOf(catalogue);
  return index.facilitation.get(requireText(actionLineId, "actionLineId"));
}

/** The agency with this id, or `undefined`. */
export function agencyById(catalogue: Catalogue, id: string): Agency | undefined {
  const index = indexOf(catalogue);
  return index.agencies.get(requireText(id, "id"));
}

/** Whether the agency belongs to the catalogue's inter-agency group (UNGIS for WSIS). */
export function isUngisMember(catalogue: Catalogue, agencyId: string): boolean {
  const index = indexOf(catalogue);
  return index.groupMembers.has(requireText(agencyId, "agencyId"));
}

/** SDGs linked to an action line, with a sub-line's own links first and then its parent's, without repeats. */
export function sdgsOf(catalogue: Catalogue, actionLineId: string): number[] {
  const index = indexOf(catalogue);
  const out = new Set<number>();
  for (
    let line: ActionLine | undefined = requireLine(catalogue, actionLineId, "actionLineId");
    line !== undefined;
  ) {
    for (const sdg of index.sdgs.get(line.id) ?? []) out.add(sdg);
    line = line.parent === undefined ? undefined : index.lines.get(line.parent);
  }
  return [...out];
}

/** The region with this id, or `undefined`. */
export function regionById(catalogue: Catalogue, id: string): Region | undefined {
  const index = indexOf(catalogue);
  return index.regions.get(requireText(id, "id"));
}
