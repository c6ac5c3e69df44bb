export { ACTION_LINES, type WsisActionLineId } from "./data/actionLines.ts";
export {
  CSTD11_ACADEMICS_URL,
  CSTD11_NGOS_URL,
  ECOSOC_SESSION_URL,
  FACILITATORS_2006_URL,
  GENEVA_PLAN_URL,
  NINTH_SESSION_URL,
  RES_45_238_URL,
  RES_49_221_URL,
  SESSION_LENGTH_URL,
  TWELFTH_SESSION_URL,
  WSIS_FLASH_2014_URL,
  WSIS_REVIEWS_URL,
  WSIS_SDG_URL,
} from "./data/addresses.ts";
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
