export { registryIssues, resolvePolicy, salvagedRegionIssues } from "./_lib/validate.ts";
export { checkParticipation } from "./checkParticipation.ts";
export { CSTD_INTERIM_ARRANGEMENTS } from "./data/interim.ts";
export {
  type ArrangementWindow,
  evaluateStakeholder,
  type FixedPart,
  fixedPartOf,
  kindNoun,
  participationReport,
  type ResolvedPolicy,
  reasonOf,
  regionalBalance,
  type Verdict,
  verdictOf,
} from "./evaluate.ts";
export type {
  CheckParticipationOptions,
  EligibilityBasis,
  EligibilityStatus,
  KindBalance,
  ParticipationEntry,
  ParticipationReport,
  RegionBalance,
} from "./types.ts";
