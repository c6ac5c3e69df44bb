import type { Programme, Session, Stakeholder } from "../../model/index.ts";
import { type FixedPart, fixedPartOf, type Verdict, verdictOf } from "../../participation/index.ts";
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
    const { policy } = participation;
    const registry = new Map<string, { stakeholder: Stakeholder; fixed: FixedPart }>();
    for (const stakeholder of participation.stakeholders)
      registry.set(stakeholder.id, { stakeholder, fixed: fixedPartOf(stakeholder, policy) });
    const out: Registration[] = [];
    for (const [index, registration] of participation.sessions.entries()) {
      const at = context.sessionIndexByYear.get(registration.year);
      const session = at === undefined ? undefined : programme.sessions[at];
      if (session === undefined) continue;
      const stakeholders: Stakeholder[] = [];
      const positions: number[] = [];
      const verdicts: Verdict[] = [];
      const ids = registration.stakeholders;
      for (let position = 0; position < ids.length; position++) {
        const entry = registry.get(ids[position] ?? "");
        if (entry === undefined) continue;
        stakeholders.push(entry.stakeholder);
        positions.push(position);
        verdicts.push(entry.fixed.verdict ?? verdictOf(entry.stakeholder, session, policy, entry.fixed));
      }
      out.push({ index, session, stakeholders, positions, verdicts });
    }
    return out;
  });
}
