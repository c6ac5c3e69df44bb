export type { ActivitySource } from "../model/index.ts";
export type { ImportOptions } from "./_lib/importing.ts";
export { DAC_CATEGORIES, DAC_PURPOSES, type SectorMapping } from "./data/dacSectors.ts";
export { IATI_ORGANISATIONS, type IatiOrganisation } from "./data/iatiOrganisations.ts";
export { alpha3Of, countryByAlpha3, ISO_3166_1, type Iso3166Entry } from "./data/iso3166.ts";
export { findDuplicates } from "./findDuplicates.ts";
export { CSV_COLUMNS, fromCsv } from "./fromCsv.ts";
export { fromIatiXml } from "./fromIatiXml.ts";
export { parseActivities, safeParseActivities } from "./parseActivities.ts";
export type {
  AgencySummary,
  DuplicateGroup,
  DuplicateKind,
  DuplicatePair,
  DuplicationReport,
  DuplicationStats,
  FieldComparison,
  FindDuplicatesOptions,
  ImportCounts,
  ImportProblem,
  ImportResult,
  OverlapMatrix,
  SuggestedLead,
} from "./types.ts";
