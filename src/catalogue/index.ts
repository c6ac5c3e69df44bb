export { ACTION_LINES, type WsisActionLineId } from "./data/actionLines.ts";
export { WSIS_DEFAULT_SPEC, WSIS_DEFAULT_THEMES } from "./data/defaultProgramme.ts";
export { type DefaultBasis, type DefaultSource, PLANNER_DEFAULTS } from "./data/defaults.ts";
export { UNGIS_MEETINGS, type UngisMeeting } from "./data/ungis.ts";
export { defineCatalogue } from "./defineCatalogue.ts";
export { cstdRecord, defineRecord, recordIssues } from "./defineRecord.ts";
export {
  actionLineById,
  agencyById,
  childrenOf,
  facilitationOf,
  facilitationOverTime,
  facilitatorsOf,
  indexOf,
  isUngisMember,
  regionById,
  rootLineOf,
  sdgsOf,
  topLevelLines,
  ungisMembersIn,
} from "./lookup.ts";
export { type RecordCoverage, type RecordLine, recordCoverage } from "./recordCoverage.ts";
export { wsis } from "./wsis.ts";
