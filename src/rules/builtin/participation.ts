import { cached } from "../../model/index.ts";
import { reasonOf, regionalBalance } from "../../participation/index.ts";
import { builtinRule } from "../_lib/builtinRule.ts";
import { REFS } from "../_lib/refs.ts";
import { registrationsOf } from "../_lib/registrations.ts";
import { capital, listWords, percent } from "../_lib/words.ts";
import type { Rule } from "../types.ts";

/**
 * Rule `participation.eligibility` (soft): every stakeholder registered for a session (in
 * `params.participation`) is eligible under the participation policy (see `checkParticipation`).
 *
 * @example
 * // "NGO A (ngo-a) is registered for the 2011 session but is not eligible: it has no ECOSOC consultative status; its interim participation under ECOSOC decision 2008/217 covered the 2009 and 2010 sessions only."
 */
export const participationEligibility: Rule = builtinRule("soft", 1, {
  id: "participation.eligibility",
  description: "Every stakeholder registered for a session is eligible to take part.",
  refs: [REFS.stakeholders, REFS.csdPrecedent],
  inputs: ["participation", "dates"],
  *check(programme, params, context) {
    const policy = params.participation?.policy;
    if (policy === undefined) return;
    // Reasons repeat from session to session; word each distinct one once.
    const reasons = new Map<string, string>();
    for (const { index, session, stakeholders, positions, verdicts } of registrationsOf(
      programme,
      params,
      context,
    )) {
      for (let i = 0; i < stakeholders.length; i++) {
        const stakeholder = stakeholders[i];
        const verdict = verdicts[i];
        if (stakeholder === undefined || verdict === undefined || verdict.status !== "ineligible") continue;
        const window = verdict.window;
        const key = `${stakeholder.id}|${verdict.arrangement?.id}|${window?.notYet}|${window?.first}|${verdict.unapplied}`;
        const reason = cached(reasons, key, () => reasonOf(stakeholder, verdict, policy, context.catalogue));
        yield {
          message: `${stakeholder.name} (${stakeholder.id}) is registered for ${context.session(session)} but is not eligible: ${reason}.`,
          path: ["params", "participation", "sessions", index, "stakeholders", positions[i] ?? i],
          involves: { stakeholders: [stakeholder.id], years: [session.year], cycles: [session.cycle] },
        };
      }
    }
  },
});

/**
 * Rule `participation.regional-balance` (soft): the member states registered for a session are spread
 * across the regional groups within the policy's `maxRegionalSpread`, and (with `everyRegion`) every
 * group is present.
 *
 * @example
 * // "Member states registered for the 2029 session are unevenly spread across the regional groups: Western European and other States 60 %, Eastern European States 0 %; the gap of 60 points is above the 25 allowed."
 */
export const participationRegionalBalance: Rule = builtinRule("soft", 1, {
  id: "participation.regional-balance",
  description: "Member states taking part are balanced across the regional groups.",
  refs: [REFS.regionalBalance, REFS.stakeholders],
  inputs: ["participation"],
  *check(programme, params, context) {
    const policy = params.participation?.policy;
    if (policy === undefined) return;
    for (const { index, session, stakeholders, verdicts } of registrationsOf(programme, params, context)) {
      const statuses = verdicts.map((verdict) => verdict.status);
      const { balance, byRegion } = regionalBalance(stakeholders, statuses, policy, context.catalogue);
      if (balance.balanced) continue;
      const label = context.session(session);
      const path = ["params", "participation", "sessions", index];
      const involves = {
        years: [session.year],
        cycles: [session.cycle],
        stakeholders: stakeholders.filter((s) => s.kind === "member-state").map((s) => s.id),
      };
      if (policy.everyRegion && balance.missingRegions.length > 0) {
        const names = byRegion.filter((region) => region.memberStates === 0).map((region) => region.name);
        yield {
          message: `No member state from ${listWords(names)} is registered for ${label}.`,
          path,
          scale: names.length,
          involves,
        };
      }
      if (balance.spread > balance.maxSpread + 1e-12) {
        // The largest and the smallest share; ties go to the group listed first in the catalogue.
        let top = byRegion[0];
        let bottom = byRegion[0];
        for (const region of byRegion) {
          if (top === undefined || region.share > top.share) top = region;
          if (bottom === undefined || region.share < bottom.share) bottom = region;
        }
        if (top === undefined || bottom === undefined) continue;
        yield {
          message: `${capital(`member states registered for ${label}`)} are unevenly spread across the regional groups: ${top.name} ${percent(top.share)}, ${bottom.name} ${percent(bottom.share)}; the gap of ${Math.round(balance.spread * 100)} points is above the ${Math.round(balance.maxSpread * 100)} allowed.`,
          path,
          involves,
        };
      }
    }
  },
});
