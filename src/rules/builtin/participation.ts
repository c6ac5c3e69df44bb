import { evaluateStakeholder, participationReport } from "../../participation/index.ts";
import { REFS } from "../_lib/refs.ts";
import { capital, listWords, percent } from "../_lib/words.ts";
import type { Rule } from "../types.ts";

/**
 * Rule `participation.eligibility` (soft): every stakeholder registered for a session (in
 * `params.participation`) is eligible under the participation policy (see `checkParticipation`).
 *
 * @example
 * // "NGO A (ngo-a) is registered for the 2011 session but is not eligible: it has no ECOSOC consultative status; its interim participation under ECOSOC decision 2008/217 covered the 2009 and 2010 sessions only."
 */
export const participationEligibility: Rule = {
  id: "participation.eligibility",
  severity: "soft",
  weight: 1,
  description: "Every stakeholder registered for a session is eligible to take part.",
  refs: [REFS.stakeholders, REFS.csdPrecedent],
  inputs: ["participation", "dates"],
  *check(programme, params, context) {
    const participation = params.participation;
    if (participation === undefined) return;
    const registry = new Map(participation.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder]));
    for (const [r, registration] of participation.sessions.entries()) {
      const index = context.sessionIndexByYear.get(registration.year);
      const session = index === undefined ? undefined : programme.sessions[index];
      if (session === undefined) continue;
      for (const [s, id] of registration.stakeholders.entries()) {
        const stakeholder = registry.get(id);
        if (stakeholder === undefined) continue;
        const entry = evaluateStakeholder(stakeholder, session, participation.policy, context.catalogue);
        if (entry.status !== "ineligible") continue;
        yield {
          message: `${stakeholder.name} (${id}) is registered for ${context.session(session)} but is not eligible: ${entry.reason}.`,
          path: ["params", "participation", "sessions", r, "stakeholders", s],
          involves: { stakeholders: [id], years: [session.year], cycles: [session.cycle] },
        };
      }
    }
  },
};

/**
 * Rule `participation.regional-balance` (soft): the member states registered for a session are spread
 * across the regional groups within the policy's `maxRegionalSpread`, and (with `everyRegion`) every
 * group is present.
 *
 * @example
 * // "Member states registered for the 2029 session are unevenly spread across the regional groups: Western European and other States 60 %, Eastern European States 0 %; the gap of 60 points is above the 25 allowed."
 */
export const participationRegionalBalance: Rule = {
  id: "participation.regional-balance",
  severity: "soft",
  weight: 1,
  description: "Member states taking part are balanced across the regional groups.",
  refs: [REFS.regionalBalance, REFS.stakeholders],
  inputs: ["participation"],
  *check(programme, params, context) {
    const participation = params.participation;
    if (participation === undefined) return;
    const registry = new Map(participation.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder]));
    for (const [r, registration] of participation.sessions.entries()) {
      const index = context.sessionIndexByYear.get(registration.year);
      const session = index === undefined ? undefined : programme.sessions[index];
      if (session === undefined) continue;
      const registered = registration.stakeholders.flatMap((id) => {
        const stakeholder = registry.get(id);
        return stakeholder === undefined ? [] : [stakeholder];
      });
      const report = participationReport(registered, session, participation.policy, context.catalogue);
      const { balance, byRegion } = report;
      const label = context.session(session);
      const path = ["params", "participation", "sessions", r];
      const involves = {
        years: [session.year],
        cycles: [session.cycle],
        stakeholders: registered.filter((s) => s.kind === "member-state").map((s) => s.id),
      };
      if (participation.policy.everyRegion && balance.missingRegions.length > 0) {
        const names = byRegion.filter((region) => region.memberStates === 0).map((region) => region.name);
        yield {
          message: `No member state from ${listWords(names)} is registered for ${label}.`,
          path,
          scale: names.length,
          involves,
        };
      }
      if (balance.spread > balance.maxSpread + 1e-12) {
        const sorted = [...byRegion].sort((a, b) => b.share - a.share || (a.region < b.region ? -1 : 1));
        const top = sorted[0];
        const bottom = sorted.at(-1);
        if (top === undefined || bottom === undefined) continue;
        yield {
          message: `${capital(`member states registered for ${label}`)} are unevenly spread across the regional groups: ${top.name} ${percent(top.share)}, ${bottom.name} ${percent(bottom.share)}; the gap of ${Math.round(balance.spread * 100)} points is above the ${Math.round(balance.maxSpread * 100)} allowed.`,
          path,
          involves,
        };
      }
    }
  },
};
