import { builtinRule } from "../_lib/builtinRule.ts";
import { decides, phaseWords, reviews } from "../_lib/phases.ts";
import { REFS } from "../_lib/refs.ts";
import { capital, listWords } from "../_lib/words.ts";
import type { Rule, Violation } from "../types.ts";

/** A violation at `sessions[index][field]` about a cycle and the years named (`scale` when more than 1). */
function atSession(
  message: string,
  index: number,
  field: "phase" | "highLevelSegment",
  cycle: number,
  years: readonly number[],
  scale?: number,
): Violation {
  const path = ["sessions", index, field];
  const involves = { cycles: [cycle], years };
  return scale === undefined ? { message, path, involves } : { message, path, scale, involves };
}

/**
 * Rule `cycle.review-before-policy` (hard): each cycle reviews progress before it decides policy, and
 * ends in one policy phase. An annual cycle's combined session does both.
 *
 * @example
 * // A cycle whose sessions run policy (2029) then review (2030):
 * // "Cycle 2 (2029–2030) opens with a policy session in 2029: no review session comes before it."
 */
export const cycleReviewBeforePolicy: Rule = builtinRule("hard", 1, {
  id: "cycle.review-before-policy",
  description: "Each cycle reviews progress before its policy phase, and ends in one policy phase.",
  refs: [REFS.twoYearCycle, REFS.csdCycles, REFS.annualCycles],
  inputs: ["phases"],
  *check(programme, _params, context) {
    for (const cycle of programme.cycles) {
      const sessions = context.sessionsByCycle[cycle.index] ?? [];
      // The cycle's words only for a finding (most cycles have none).
      const label = () => context.cycle(cycle.index);
      const deciding = sessions.filter(({ session }) => decides(session.phase));
      const first = deciding[0];
      if (first === undefined) {
        yield {
          message: `${capital(label())} has no policy session: its sessions are ${listWords(sessions.map(({ session }) => `${session.year} (${phaseWords(session.phase)})`)) || "none"}.`,
          path: ["cycles", cycle.index],
          involves: { cycles: [cycle.index], years: sessions.map(({ session }) => session.year) },
        };
        continue;
      }
      const reviewedBefore = sessions.some(
        ({ session }) => session.year < first.session.year && reviews(session.phase),
      );
      if (first.session.phase === "policy" && !reviewedBefore) {
        yield atSession(
          `${capital(label())} opens with a policy session in ${first.session.year}: no review session comes before it.`,
          first.index,
          "phase",
          cycle.index,
          [first.session.year],
        );
      }
      for (const { session, index } of sessions) {
        if (session.phase === "review" && session.year > first.session.year) {
          yield atSession(
            `In ${label()}, the review session of ${session.year} comes after the policy session of ${first.session.year}.`,
            index,
            "phase",
            cycle.index,
            [session.year, first.session.year],
          );
        }
      }
      if (deciding.length > 1) {
        const decidingYears = deciding.map(({ session }) => session.year);
        yield atSession(
          `${capital(label())} has ${deciding.length} policy sessions (${listWords(decidingYears)}); a cycle ends in one policy phase.`,
          deciding[1]?.index ?? first.index,
          "phase",
          cycle.index,
          decidingYears,
          deciding.length - 1,
        );
      }
    }
  },
});

/**
 * Rule `cycle.high-level-segment` (hard): exactly one high-level segment per cycle, in its policy year
 * (the 2006 meeting's proposal). When the programme's calendar puts one in review sessions too
 * (`highLevelSegmentPhases: ["review", "policy"]`, as the CSD did at CSD-14, -16 and -18, reference
 * §9d), every session of those phases holds one instead.
 *
 * @example
 * // "Cycle 1 (2027–2028) holds no high-level segment; its policy session in 2028 should."
 */
export const cycleHighLevelSegment: Rule = builtinRule("hard", 1, {
  id: "cycle.high-level-segment",
  description: "Each cycle holds exactly one high-level segment, in its policy year.",
  refs: [REFS.twoYearCycle, REFS.csdCycles, REFS.csdHighLevel],
  inputs: ["phases"],
  *check(programme, _params, context) {
    // A calendar may name the phases that hold one (the CSD held one in review sessions too, §9d).
    const phases = programme.calendar.highLevelSegmentPhases;
    if (phases?.includes("review")) {
      for (const [index, session] of programme.sessions.entries()) {
        const expected = phases.includes(session.phase);
        if (expected === session.highLevelSegment) continue;
        const what = `${capital(context.session(session))}, a ${phaseWords(session.phase)} session,`;
        const holding = listWords(phases.map(phaseWords));
        yield atSession(
          expected
            ? `${what} holds no high-level segment; the programme's calendar puts one in every ${holding} session.`
            : `${what} holds a high-level segment; the programme's calendar puts them in ${holding} sessions only.`,
          index,
          "highLevelSegment",
          session.cycle,
          [session.year],
        );
      }
      return;
    }
    for (const cycle of programme.cycles) {
      const sessions = context.sessionsByCycle[cycle.index] ?? [];
      // The cycle's words only for a finding (most cycles have none).
      const label = () => context.cycle(cycle.index);
      const segments = sessions.filter(({ session }) => session.highLevelSegment);
      const policy = sessions.find(({ session }) => decides(session.phase));
      if (segments.length === 0) {
        const policyWords =
          policy === undefined
            ? "it has no policy session"
            : `its policy session in ${policy.session.year} should`;
        yield atSession(
          `${capital(label())} holds no high-level segment; ${policyWords}.`,
          policy?.index ?? sessions[0]?.index ?? 0,
          "highLevelSegment",
          cycle.index,
          policy === undefined ? [] : [policy.session.year],
        );
        continue;
      }
      if (segments.length > 1) {
        const years = segments.map(({ session }) => session.year);
        yield atSession(
          `${capital(label())} holds ${segments.length} high-level segments (${listWords(years)}); exactly one belongs in its policy year.`,
          segments[1]?.index ?? 0,
          "highLevelSegment",
          cycle.index,
          years,
          segments.length - 1,
        );
      }
      for (const { session, index } of segments) {
        if (decides(session.phase)) continue;
        yield atSession(
          `The high-level segment of ${label()} is in ${session.year}, a review session; it belongs in the policy year${policy === undefined ? "" : ` (${policy.session.year})`}.`,
          index,
          "highLevelSegment",
          cycle.index,
          [session.year],
        );
      }
    }
  },
});
