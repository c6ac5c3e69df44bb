import {
  appendTo,
  type Catalogue,
  type CatalogueInput,
  CatalogueSchema,
  deepFreeze,
  forEachRepeat,
  type InputIssue,
  parseWith,
  throwIfAny,
  trust,
  unknownIdMessage,
} from "../model/index.ts";

function duplicateIssues(ids: readonly string[], path: string, noun: string): InputIssue[] {
  const issues: InputIssue[] = [];
  forEachRepeat(ids, (id, index, first) => {
    issues.push({
      path: [path, index, "id"],
      message: `duplicate ${noun} id "${id}" (first at ${path}[${first}])`,
    });
  });
  return issues;
}

/**
 * Validates a commission's reference data and returns it frozen, ready for `createProgramme`.
 * Checks that ids are unique and that every reference (parents, facilitators, SDG links, group
 * members and chairs) resolves.
 *
 * @param input - The catalogue: action lines (or thematic issues), agencies, facilitation, SDG links, regions.
 * @returns The validated, deep-frozen catalogue.
 * @throws {PlannerInputError} Listing every duplicate id and unresolved reference with its path.
 * @example
 * const csd = defineCatalogue({ id: "csd", name: "Commission on Sustainable Development",
 *   lineNoun: "thematic issue", actionLines: [{ id: "water", title: "Water" }, { id: "energy", title: "Energy" }] });
 * csd.actionLines.length; // 2
 */
export function defineCatalogue(input: CatalogueInput): Catalogue {
  const catalogue = parseWith(CatalogueSchema, input, "catalogue", true);
  const lineIds = catalogue.actionLines.map((line) => line.id);
  const agencyIds = catalogue.agencies.map((agency) => agency.id);
  const lines = new Set(lineIds);
  const agencies = new Set(agencyIds);
  const lineNoun = catalogue.lineNoun;
  const issues: InputIssue[] = [
    ...duplicateIssues(lineIds, "actionLines", lineNoun),
    ...duplicateIssues(agencyIds, "agencies", "agency"),
    ...duplicateIssues(
      catalogue.regions.map((region) => region.id),
      "regions",
      "region",
    ),
  ];

  const parentOf = new Map(catalogue.actionLines.map((line) => [line.id, line.parent]));
  catalogue.actionLines.forEach((line, index) => {
    if (line.parent === undefined) return;
    if (!lines.has(line.parent)) {
      issues.push({
        path: ["actionLines", index, "parent"],
        message: unknownIdMessage(lineNoun, line.parent, lines),
      });
      return;
    }
    // Walk up the chain: a line may not be its own ancestor.
    const seen = new Set([line.id]);
    for (let up: string | undefined = line.parent; up !== undefined; up = parentOf.get(up)) {
      if (seen.has(up)) {
        issues.push({ path: ["actionLines", index, "parent"], message: `"${line.id}" is its own ancestor` });
        break;
      }
      seen.add(up);
    }
  });

  const checkAgency = (id: string, path: (string | number)[]) => {
    if (!agencies.has(id)) issues.push({ path, message: unknownIdMessage("agency", id, agencies) });
  };
  /** Each of `ids` must name an agency too (its path: `at` and its position). */
  const checkAgencies = (ids: readonly string[], at: (string | number)[]) => {
    ids.forEach((id, i) => {
      checkAgency(id, [...at, i]);
    });
  };
  const checkLine = (id: string, path: (string | number)[]) => {
    if (!lines.has(id)) issues.push({ path, message: unknownIdMessage(lineNoun, id, lines) });
  };

  // A line may have several entries over time, as long as their years do not overlap.
  const facilitated = new Map<string, { index: number; from: number; to: number }[]>();
  catalogue.facilitation.forEach((entry, index) => {
    checkLine(entry.actionLine, ["facilitation", index, "actionLine"]);
    const from = entry.from ?? Number.NEGATIVE_INFINITY;
    const to = entry.to ?? Number.POSITIVE_INFINITY;
    if (to < from)
      issues.push({
        path: ["facilitation", index, "to"],
        message: `ends (${entry.to}) before it starts (${entry.from})`,
      });
    const earlier = facilitated.get(entry.actionLine) ?? [];
    const clash = earlier.find((other) => other.from <= to && from <= other.to);
    if (clash !== undefined) {
      issues.push({
        path: ["facilitation", index, "actionLine"],
        message: `"${entry.actionLine}" already has a facilitation entry for these years (facilitation[${clash.index}]); give each entry its years (from, to)`,
      });
    }
    appendTo(facilitated, entry.actionLine, { index, from, to });
    checkAgencies(entry.lead, ["facilitation", index, "lead"]);
    checkAgencies(entry.co, ["facilitation", index, "co"]);
  });
  catalogue.sdgLinks.forEach((link, index) => {
    checkLine(link.actionLine, ["sdgLinks", index, "actionLine"]);
  });

  const group = catalogue.interAgencyGroup;
  if (group !== undefined) {
    checkAgencies(group.members, ["interAgencyGroup", "members"]);
    group.memberTerms.forEach((term, i) => {
      if (!group.members.includes(term.agency))
        issues.push({
          path: ["interAgencyGroup", "memberTerms", i, "agency"],
          message: unknownIdMessage("member", term.agency, group.members),
        });
    });
    group.chairs.forEach((term, i) => {
      checkAgency(term.chair, ["interAgencyGroup", "chairs", i, "chair"]);
      checkAgencies(term.viceChairs, ["interAgencyGroup", "chairs", i, "viceChairs"]);
    });
  }

  throwIfAny(issues, "catalogue");
  return trust(deepFreeze(catalogue));
}
