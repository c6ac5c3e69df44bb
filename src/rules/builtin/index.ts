import type { Rule } from "../types.ts";
import {
  calendarDocumentsDeadline,
  calendarExternalClash,
  calendarInputsBeforeDocuments,
  calendarPanelLeadTime,
  calendarReportToEcosoc,
  calendarWorkingDays,
} from "./calendar.ts";
import { coverageActionLines } from "./coverage.ts";
import { themeCrossCutting } from "./crossCutting.ts";
import { cycleHighLevelSegment, cycleReviewBeforePolicy } from "./cycleStructure.ts";
import { cycleDualMandate, themeGoalLinks } from "./goals.ts";
import { integrationReviewMilestones } from "./integration.ts";
import { agencyLeadLoad } from "./leadLoad.ts";
import { participationEligibility, participationRegionalBalance } from "./participation.ts";
import { themeRepetition } from "./repetition.ts";
import { cycleThemeCount } from "./themeCount.ts";
import { themeReviewedBeforePolicy } from "./themeReviewedBeforePolicy.ts";

/**
 * The built-in rules, in the order findings of equal severity are listed: cycle structure, themes
 * through their cycle, coverage, repetition, cross-cutting themes, themes per cycle, facilitator load, the calendar, goal
 * links and the dual mandate, participation, and integration with external reviews.
 *
 * @example
 * BUILTIN_RULES.filter((rule) => rule.severity === "hard").map((rule) => rule.id);
 * // ["cycle.review-before-policy", "cycle.high-level-segment", "theme.reviewed-before-policy", "coverage.action-lines", "cycle.theme-count", "calendar.working-days", …]
 */
export const BUILTIN_RULES: readonly Rule[] = Object.freeze([
  cycleReviewBeforePolicy,
  cycleHighLevelSegment,
  themeReviewedBeforePolicy,
  coverageActionLines,
  themeRepetition,
  themeCrossCutting,
  cycleThemeCount,
  agencyLeadLoad,
  calendarWorkingDays,
  calendarDocumentsDeadline,
  calendarInputsBeforeDocuments,
  calendarPanelLeadTime,
  calendarExternalClash,
  calendarReportToEcosoc,
  themeGoalLinks,
  cycleDualMandate,
  participationEligibility,
  participationRegionalBalance,
  integrationReviewMilestones,
]);

export {
  agencyLeadLoad,
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
};
