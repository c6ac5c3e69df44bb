import type { Programme, Session, Stakeholder } from "../../model/index.ts";
import { type Verdict, verdictOf } from "../../participation/index.ts";
import type { RuleContext, RuleParams } from "../types.ts";

/** One session's registrations with each stakeholder's verdict (positions index the registration list). */
export interface Registration {
  /** Index in `params.participation.sessions`. */
  readonly index: number;
  readonly session: Session;
  readonly stakeholders: readonly Stakeholder[];
  readonly positions: readonly number[];
  readonly verdicts: readonly Verdict[];
}

/** The verdicts of every registration, computed once per check and shared by the participation rules. */
export function registrationsOf(
  programme: Programme,
  params: RuleParams,
  context: RuleContext,
): Registration[] {
  return context.memo("participation.registrations", () => {
    const participation = params.participation;
    if (participation === undefined) return [];
    const registry = new Map(participation.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder]));
    const out: Registration[] = [];
    participation.sessions.forEach((registration, index) => {
      const at = context.sessionIndexByYear.get(registration.year);
      const session = at === undefined ? undefined : programme.sessions[at];
      if (session === undefined) return;
      const stakeholders: Stakeholder[] = [];
      const positions: number[] = [];
      const verdicts: Verdict[] = [];
      registration.stakeholders.forEach((id, position) => {
        const stakeholder = registry.get(id);
        if (stakeholder === undefined) return;
        stakeholders.push(stakeholder);
        positions.push(position);
        verdicts.push(verdictOf(stakeholder, session, participation.policy));
      });
      out.push({ index, session, stakeholders, positions, verdicts });
    });
    return out;
  });
}
