// The report shapes live with the plan schemas in model/ungis.ts; re-exported here for the module's face.
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
