export type {
  AlignedPair,
  AlignmentGap,
  AlignmentReport,
  AlignmentYear,
  ForumOverlap,
  ForumOverlapReport,
  ForumParty,
  InputPath,
  UngisThemeRef,
} from "../model/index.ts";
export { alignWithUngis } from "./alignWithUngis.ts";
export { findForumOverlaps } from "./findForumOverlaps.ts";
export { parseFora, parseUngisPlan, safeParseUngisPlan } from "./parseUngisPlan.ts";
export { proposeUngisPlan } from "./proposeUngisPlan.ts";
