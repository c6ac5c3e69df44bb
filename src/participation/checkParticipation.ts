import type * as z from "zod/mini";
import { wsis } from "../catalogue/index.ts";
import {
  type InputIssue,
  issuesFromZod,
  ParticipationPolicySchema,
  type ParticipationSessionInput,
  ParticipationSessionSchema,
  PlannerInputError,
  pushAll,
  readInput,
  type StakeholderInput,
  StakeholderRegistrySchema,
} from "../model/index.ts";
import { registryIssues, resolvePolicy, salvagedRegionIssues } from "./_lib/validate.ts";
import { participationReport } from "./evaluate.ts";
import type { CheckParticipationOptions, ParticipationReport } from "./types.ts";

/** What the errors of `checkParticipation` say was wrong. */
const SUBJECT = "participation input";

function prefixed(error: z.core.$ZodError, at: string): InputIssue[] {
  return issuesFromZod(error).map((issue) => ({ path: [at, ...issue.path], message: issue.message }));
}

/**
 * Judges who may take part in a session: member states, UN entities and other intergovernmental
 * organisations of right; NGOs, business, academia and the technical community through ECOSOC
 * consultative status or, when accredited to WSIS, under an interim arrangement (by default the
 * CSTD's decisions 2007/215, 2007/216, 2008/217 and 2008/218, reference/domain-facts.md §5a). Gives
 * each stakeholder's verdict with its reason (and the end date of interim participation that ends
 * before the next session), counts by group, and the regional balance of the member states.
 *
 * @param stakeholders - The stakeholders registered for the session (a stakeholder registry).
 * @param session - The session: its `year`, `opens` and `closes` (a programme's `Session` will do).
 * @param options - The policy (`ofRight`, `consultativeKinds`, `statuses`, `interim`, `maxRegionalSpread`, `everyRegion`) and the `catalogue` whose regional groups apply.
 * @returns A new report; the inputs are not changed.
 * @throws {PlannerInputError} Listing every problem with its path: a malformed stakeholder, a duplicate id, an unknown regional group, a malformed session or policy.
 * @example
 * const report = checkParticipation(
 *   [{ id: "kenya", name: "Kenya", kind: "member-state", region: "africa" },
 *    { id: "ngo-a", name: "NGO A", kind: "civil-society", accreditedTo: ["WSIS"] }],
 *   { year: 2008, opens: "2008-05-26", closes: "2008-05-30" },
 * );
 * report.entries.map((e) => `${e.id} ${e.status}`); // ["kenya eligible", "ngo-a expiring"]
 */
export function checkParticipation(
  stakeholders: readonly StakeholderInput[],
  session: ParticipationSessionInput,
  options: CheckParticipationOptions = {},
): ParticipationReport {
  // Read once into plain data: a Proxy or a throwing getter is an input error (issue 10).
  stakeholders = readInput(stakeholders, SUBJECT, ["stakeholders"]);
  session = readInput(session, SUBJECT, ["session"]);
  options = readInput(options, SUBJECT, ["options"]);
  if (typeof options !== "object" || options === null || Array.isArray(options))
    throw new PlannerInputError([{ path: ["options"], message: "must be an object" }], SUBJECT);
  const catalogue = options.catalogue ?? wsis;
  const registry = StakeholderRegistrySchema.safeParse(stakeholders);
  const dated = ParticipationSessionSchema.safeParse(session);
  const policy = ParticipationPolicySchema.safeParse(options);
  const issues: InputIssue[] = [];
  if (!registry.success) {
    pushAll(issues, prefixed(registry.error, "stakeholders"));
    pushAll(issues, salvagedRegionIssues(stakeholders, catalogue, ["stakeholders"]));
  } else pushAll(issues, registryIssues(registry.data, catalogue, ["stakeholders"]));
  if (!dated.success) pushAll(issues, prefixed(dated.error, "session"));
  const resolved = policy.success ? resolvePolicy(policy.data, ["options"]) : undefined;
  if (!policy.success) pushAll(issues, prefixed(policy.error, "options"));
  else pushAll(issues, resolved?.issues ?? []);
  if (issues.length > 0 || !registry.success || !dated.success || resolved === undefined)
    throw new PlannerInputError(issues, SUBJECT);
  return participationReport(registry.data, dated.data, resolved.policy, catalogue);
}
