export { listWords } from "./_lib/words.ts";
export { historySummary } from "./builtin/history.ts";
export {
  agencyLeadLoad,
  BUILTIN_RULES,
  calendarDocumentsDeadline,
  calendarExternalClash,
  calendarInputsBeforeDocuments,
  calendarPanelLeadTime,
  calendarReportToEcosoc,
  calendarWorkingDays,
  coverageActionLines,
  cycleDualMandate,
  cycleHighLevelSegment,
  cycleReviewBeforePolicy,
  cycleThemeCount,
  integrationReviewMilestones,
  participationEligibility,
  participationRegionalBalance,
  themeCrossCutting,
  themeGoalLinks,
  themeRepetition,
  themeReviewedBeforePolicy,
} from "./builtin/index.ts";
export { lineOverlap, normalisedTitle } from "./builtin/repetition.ts";
export {
  checkProgramme,
  checkSkeleton,
  type SkeletonCheck,
  safeCheckProgramme,
  scoreProgramme,
} from "./checkProgramme.ts";
export { WSIS_REVIEW_MILESTONES } from "./data/reviewMilestones.ts";
export { defineRule } from "./defineRule.ts";
export { explainFinding, type SummarizeCheckOptions, summarizeCheck } from "./explainFinding.ts";
export { isPreparedCheck, prepareCheck } from "./prepareCheck.ts";
export { leadsOfLines, themeLeads } from "./themeLeads.ts";
export type {
  ActiveRule,
  CheckProgrammeOptions,
  CheckReport,
  Finding,
  FindingGroup,
  FindingSubjects,
  HistorySummary,
  PreparedCheck,
  ProgrammeScore,
  Rule,
  RuleContext,
  RuleInput,
  RuleParams,
  RuleSetting,
  RuleSummary,
  Severity,
  Violation,
} from "./types.ts";
