import { WSIS_REVIEWS_URL, WSIS_SDG_URL } from "../../catalogue/index.ts";
import type { ReviewMilestoneInput } from "../../model/index.ts";

/**
 * The General Assembly's overall reviews of WSIS implementation, the default milestones of rule
 * `integration.review-milestones` (reference/domain-facts.md §3, "Follow-on reviews"): WSIS+10,
 * adopted as A/RES/70/125 on 16 December 2015; and WSIS+20, whose high-level meeting GA resolution
 * 79/277 set for 16–17 December 2025 (the CSTD discussed it at its 2024 and 2025 sessions, E/RES/2023/3).
 *
 * @example
 * WSIS_REVIEW_MILESTONES.map((m) => m.date); // ["2015-12-16", "2025-12-16"]
 */
export const WSIS_REVIEW_MILESTONES = [
  {
    id: "wsis-plus-10",
    title: "WSIS+10 review (General Assembly, A/RES/70/125)",
    date: "2015-12-16",
    source: `reference/domain-facts.md §3: ${WSIS_SDG_URL} ; ${WSIS_REVIEWS_URL} ; https://businessdocbox.com/Government/96040400-Draft-outcome-document-7-december-preamble.html`,
  },
  {
    id: "wsis-plus-20",
    title: "WSIS+20 review (General Assembly high-level meeting, resolution 79/277)",
    date: "2025-12-16",
    source: `reference/domain-facts.md §3: ${WSIS_REVIEWS_URL} ; https://publicadministration.desa.un.org/wsis20/Documents/WSIS%20%2B20%20Reviews%20by%20the%20United%20Nations%20System`,
  },
] as const satisfies readonly ReviewMilestoneInput[];
