export { ACTION_LINES, type WsisActionLineId } from "./data/actionLines.ts";
export { WSIS_DEFAULT_SPEC, WSIS_DEFAULT_THEMES } from "./data/defaultProgramme.ts";
export { defineCatalogue } from "./defineCatalogue.ts";
export {
  actionLineById,
  agencyById,
  childrenOf,
  facilitationOf,
  facilitatorsOf,
  indexOf,
  isUngisMember,
  regionById,
  rootLineOf,
  sdgsOf,
  topLevelLines,
} from "./lookup.ts";
export { wsis } from "./wsis.ts";
