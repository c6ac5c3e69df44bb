import { dayNumber, formatDay, isoOfDay } from "../calendar/index.ts";
import { regionById } from "../catalogue/index.ts";
import type {
  Catalogue,
  InterimArrangement,
  ParticipationPolicy,
  ParticipationSession,
  Stakeholder,
  StakeholderKind,
} from "../model/index.ts";
import { daysFromCivil, StakeholderKindSchema, withoutUndefined } from "../model/index.ts";
import type {
  EligibilityBasis,
  EligibilityStatus,
  KindBalance,
  ParticipationEntry,
  ParticipationReport,
  RegionBalance,
} from "./types.ts";

/** A participation policy with its interim arrangements resolved. */
export type ResolvedPolicy = Omit<ParticipationPolicy, "interim"> & {
  readonly interim: readonly InterimArrangement[];
};

const NOUNS: Record<StakeholderKind, string> = {
  "member-state": "member state",
  "un-entity": "UN entity",
  igo: "intergovernmental organisation",
  "civil-society": "civil-society organisation",
  "private-sector": "private-sector entity",
  academia: "academic institution",
  "technical-community": "technical-community organisation",
};

/** "civil-society organisation", or its plural: how messages name a kind of stakeholder. */
export function kindNoun(kind: StakeholderKind, plural = false): string {
  const noun = NOUNS[kind];
  // Every noun above is regular: "entity", "entities"; "state", "states".
  if (!plural) return noun;
  return noun.endsWith("y") ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}

/** What an arrangement's dates come to, worked out once per arrangement object. */
interface CompiledArrangement {
  readonly fromYear: number;
  readonly fromMonthDay: string;
  /** Years-based: the first day no longer covered, and the last day covered. */
  readonly end?: string;
  readonly expires?: string;
}

const COMPILED = new WeakMap<InterimArrangement, CompiledArrangement>();

function addYears(iso: string, years: number): string {
  const year = Number(iso.slice(0, 4)) + years;
  return isoOfDay(daysFromCivil(year, Number(iso.slice(5, 7)), Number(iso.slice(8, 10))));
}

function compiled(arrangement: InterimArrangement): CompiledArrangement {
  let out = COMPILED.get(arrangement);
  if (out === undefined) {
    const base = { fromYear: Number(arrangement.from.slice(0, 4)), fromMonthDay: arrangement.from.slice(5) };
    if (arrangement.years === undefined) out = base;
    else {
      const end = addYears(arrangement.from, arrangement.years);
      out = { ...base, end, expires: isoOfDay(dayNumber(end) - 1) };
    }
    COMPILED.set(arrangement, out);
  }
  return out;
}

/** How an arrangement stands for one session. */
export interface ArrangementWindow {
  readonly covers: boolean;
  /** Whether it ends before the next annual session. */
  readonly ending: boolean;
  /** Last day of participation under it, when known. */
  readonly expires?: string;
  /** The session opens before the arrangement starts. */
  readonly notYet: boolean;
  /** Sessions-based: the year of the first session it covers (at this session's time of year). */
  readonly first?: number;
}

function windowOf(arrangement: InterimArrangement, session: ParticipationSession): ArrangementWindow {
  const notYet = session.opens < arrangement.from;
  const c = compiled(arrangement);
  if (arrangement.sessions !== undefined) {
    const n = arrangement.sessions;
    // Annual sessions at this session's time of year: the first covered one is in `from`'s year when
    // that year's session would open on or after `from`, else in the next year.
    const first = session.opens.slice(5) >= c.fromMonthDay ? c.fromYear : c.fromYear + 1;
    const k = session.year - first + 1;
    const covers = !notYet && k >= 1 && k <= n;
    return covers && k === n
      ? { covers, ending: true, expires: session.closes, notYet, first }
      : { covers, ending: false, notYet, first };
  }
  if (c.end === undefined) return { covers: !notYet, ending: false, notYet };
  const end = c.end;
  const covers = !notYet && session.closes < end;
  const nextYear = `${session.year + 1}${session.opens.slice(4)}`;
  return {
    covers,
    ending: covers && end <= nextYear,
    ...(c.expires === undefined ? {} : { expires: c.expires }),
    notYet,
  };
}

function spanWords(arrangement: InterimArrangement, window: ArrangementWindow): string {
  if (arrangement.sessions !== undefined) {
    const n = arrangement.sessions;
    const first = window.first ?? compiled(arrangement).fromYear;
    const last = first + n - 1;
    if (n === 1) return `the ${first} session`;
    return n === 2 ? `the ${first} and ${last} sessions` : `the ${n} sessions of ${first}–${last}`;
  }
  if (arrangement.years === undefined)
    return `from ${formatDay(arrangement.from)}, with no limit of sessions`;
  const years = arrangement.years;
  const until = compiled(arrangement).expires ?? arrangement.from;
  return `${years} year${years === 1 ? "" : "s"} from ${formatDay(arrangement.from)} (until ${formatDay(until)})`;
}

function regionName(catalogue: Catalogue, id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  return regionById(catalogue, id)?.name ?? id;
}

/** Why a stakeholder is or is not eligible, as data: cheap to compute for every session. */
export interface Verdict {
  readonly status: EligibilityStatus;
  readonly basis: EligibilityBasis;
  /** The arrangement that admits it, or the one it fell outside or has not met the condition of. */
  readonly arrangement?: InterimArrangement;
  readonly window?: ArrangementWindow;
  /** For an ineligible stakeholder: it has not applied for status as its arrangement requires. */
  readonly unapplied?: boolean;
}

const OF_RIGHT: Verdict = Object.freeze({ status: "eligible", basis: "of-right" });
const BY_STATUS: Verdict = Object.freeze({ status: "eligible", basis: "consultative-status" });
const NO_BASIS: Verdict = Object.freeze({ status: "ineligible", basis: "none" });

/**
 * The verdict on one stakeholder for one session under a policy, without its wording: of right,
 * through consultative status, through an interim arrangement (the one lasting longest when several
 * do), or not at all.
 */
export function verdictOf(
  stakeholder: Stakeholder,
  session: ParticipationSession,
  policy: ResolvedPolicy,
  fixed: FixedPart = fixedPartOf(stakeholder, policy),
): Verdict {
  if (fixed.verdict !== undefined) return fixed.verdict;
  let best: { arrangement: InterimArrangement; window: ArrangementWindow } | undefined;
  let unapplied: { arrangement: InterimArrangement; window: ArrangementWindow } | undefined;
  let nearest: { arrangement: InterimArrangement; window: ArrangementWindow } | undefined;
  for (const arrangement of fixed.arrangements) {
    const window = windowOf(arrangement, session);
    if (!window.covers) {
      // The most telling reason: the latest arrangement that has ended, else the next one to start.
      if (nearest === undefined || closerMiss(window, arrangement, nearest))
        nearest = { arrangement, window };
      continue;
    }
    const applied =
      stakeholder.appliedForStatus !== undefined && stakeholder.appliedForStatus <= session.opens;
    if (arrangement.requireApplication && !applied) {
      unapplied ??= { arrangement, window };
      continue;
    }
    const better =
      best === undefined ||
      (best.window.ending && !window.ending) ||
      (best.window.ending === window.ending && (window.expires ?? "9999") > (best.window.expires ?? "9999"));
    if (better) best = { arrangement, window };
  }
  // Each candidate is `{ arrangement, window }`, spread into the verdict in that order.
  if (best !== undefined)
    return { status: best.window.ending ? "expiring" : "eligible", basis: "interim", ...best };
  if (unapplied !== undefined) return { ...NO_BASIS, ...unapplied, unapplied: true };
  if (nearest !== undefined) return { ...NO_BASIS, ...nearest };
  return NO_BASIS;
}

function closerMiss(
  window: ArrangementWindow,
  arrangement: InterimArrangement,
  than: { arrangement: InterimArrangement; window: ArrangementWindow },
): boolean {
  if (window.notYet !== than.window.notYet) return !window.notYet;
  return window.notYet ? arrangement.from < than.arrangement.from : arrangement.from > than.arrangement.from;
}

/** What of a stakeholder's verdict holds for every session (see `fixedPartOf`). */
export interface FixedPart {
  /** The verdict when it does not depend on the session. */
  readonly verdict?: Verdict;
  /** Otherwise the interim arrangements that could admit the stakeholder. */
  readonly arrangements: readonly InterimArrangement[];
}

/**
 * What of a verdict holds for every session: compute it once per stakeholder and policy and pass
 * it to `verdictOf` when judging many sessions.
 */
export function fixedPartOf(stakeholder: Stakeholder, policy: ResolvedPolicy): FixedPart {
  const status = stakeholder.consultativeStatus;
  if (policy.ofRight.includes(stakeholder.kind)) return { verdict: OF_RIGHT, arrangements: [] };
  if (
    status !== undefined &&
    policy.consultativeKinds.includes(stakeholder.kind) &&
    policy.statuses.includes(status)
  )
    return { verdict: BY_STATUS, arrangements: [] };
  const arrangements = policy.interim.filter(
    (arrangement) =>
      arrangement.kinds.includes(stakeholder.kind) &&
      stakeholder.accreditedTo.includes(arrangement.accreditedTo),
  );
  return arrangements.length === 0 ? { verdict: NO_BASIS, arrangements } : { arrangements };
}

/** The verdict in plain words: the basis when eligible, what is missing when not. */
export function reasonOf(
  stakeholder: Stakeholder,
  verdict: Verdict,
  policy: ResolvedPolicy,
  catalogue: Catalogue,
): string {
  const noun = kindNoun(stakeholder.kind);
  const plural = kindNoun(stakeholder.kind, true);
  const { arrangement, window } = verdict;
  if (verdict.basis === "of-right") {
    const region = regionName(catalogue, stakeholder.region);
    return region === undefined
      ? `${noun}, taking part of right`
      : `${noun} (${region}), taking part of right`;
  }
  if (verdict.basis === "consultative-status")
    return `${noun} in ${stakeholder.consultativeStatus ?? "some"} consultative status with ECOSOC`;
  if (verdict.basis === "interim" && arrangement !== undefined && window !== undefined) {
    const until = window.expires === undefined ? "" : `, ending ${formatDay(window.expires)}`;
    return `${noun} accredited to ${arrangement.accreditedTo}, taking part on an interim basis under ${arrangement.title} (${spanWords(arrangement, window)}${until})`;
  }
  const status = stakeholder.consultativeStatus;
  const statusAdmits = policy.consultativeKinds.includes(stakeholder.kind);
  const reasons: string[] = [];
  // Kinds the policy does not route through consultative status (academia, by default) are not
  // told they lack it: they cannot obtain it (resolution 1996/31, reference §9a).
  if (!statusAdmits)
    reasons.push(`${plural} do not take part through ECOSOC consultative status under this policy`);
  else if (status === undefined) reasons.push("it has no ECOSOC consultative status");
  else
    reasons.push(
      `its ${status} consultative status is not one this policy accepts (${policy.statuses.join(", ") || "none"})`,
    );
  const applicable = policy.interim.filter((a) => a.kinds.includes(stakeholder.kind));
  if (arrangement !== undefined && window !== undefined && verdict.unapplied === true) {
    const when =
      stakeholder.appliedForStatus === undefined
        ? "it has not applied"
        : `it applied only on ${formatDay(stakeholder.appliedForStatus)}`;
    reasons.push(
      `${arrangement.title} admits ${arrangement.accreditedTo}-accredited ${plural} on condition that they have applied for consultative status by the session's opening, and ${when}`,
    );
  } else if (arrangement !== undefined && window !== undefined) {
    reasons.push(
      window.notYet
        ? `its interim participation under ${arrangement.title} starts only on ${formatDay(arrangement.from)}`
        : `its interim participation under ${arrangement.title} covered ${spanWords(arrangement, window)} only`,
    );
  } else if (applicable.length > 0) {
    const needed = [...new Set(applicable.map((a) => a.accreditedTo))].join(" or ");
    reasons.push(`it is not accredited to ${needed}, which interim participation requires`);
  } else if (!statusAdmits && stakeholder.accreditedTo.length === 0) {
    reasons.push(`no interim arrangement admits ${plural}`);
  } else if (stakeholder.accreditedTo.length > 0) {
    reasons.push(
      `no interim arrangement admits ${plural} accredited to ${stakeholder.accreditedTo.join(" or ")}`,
    );
  }
  return reasons.join("; ");
}

/**
 * The verdict on one stakeholder for one session under a policy, with its reason in plain words.
 */
export function evaluateStakeholder(
  stakeholder: Stakeholder,
  session: ParticipationSession,
  policy: ResolvedPolicy,
  catalogue: Catalogue,
): ParticipationEntry {
  const verdict = verdictOf(stakeholder, session, policy);
  return withoutUndefined({
    id: stakeholder.id,
    name: stakeholder.name,
    kind: stakeholder.kind,
    region: stakeholder.region,
    status: verdict.status,
    basis: verdict.basis,
    reason: reasonOf(stakeholder, verdict, policy, catalogue),
    arrangement: verdict.arrangement?.id,
    expires: verdict.basis === "interim" ? verdict.window?.expires : undefined,
  });
}

const REGION_SLOTS = new WeakMap<Catalogue, ReadonlyMap<string, number>>();

function regionSlots(catalogue: Catalogue): ReadonlyMap<string, number> {
  let slots = REGION_SLOTS.get(catalogue);
  if (slots === undefined) {
    slots = new Map(catalogue.regions.map((region, i) => [region.id, i]));
    REGION_SLOTS.set(catalogue, slots);
  }
  return slots;
}

/** Regional balance of the eligible member states among `stakeholders` (statuses in the same order). */
export function regionalBalance(
  stakeholders: readonly Pick<Stakeholder, "kind" | "region">[],
  statuses: readonly EligibilityStatus[],
  policy: Pick<ResolvedPolicy, "maxRegionalSpread" | "everyRegion">,
  catalogue: Catalogue,
): Pick<ParticipationReport, "byRegion" | "balance"> {
  const slots = regionSlots(catalogue);
  // Each regional group's eligible member states, other stakeholders, and civil society among those.
  const counts = catalogue.regions.map(() => ({ states: 0, others: 0, civil: 0 }));
  let memberStates = 0;
  let civilSociety = 0;
  for (let i = 0; i < stakeholders.length; i++) {
    const stakeholder = stakeholders[i];
    if (stakeholder === undefined || statuses[i] === "ineligible" || stakeholder.region === undefined)
      continue;
    const slot = slots.get(stakeholder.region);
    const count = slot === undefined ? undefined : counts[slot];
    if (count === undefined) continue;
    if (stakeholder.kind === "member-state") {
      count.states++;
      memberStates++;
    } else {
      count.others++;
      if (stakeholder.kind === "civil-society") {
        count.civil++;
        civilSociety++;
      }
    }
  }
  let most = 0;
  let least = 1;
  const missingRegions: string[] = [];
  const byRegion: RegionBalance[] = catalogue.regions.map((region, i) => {
    const { states, others, civil } = counts[i] as (typeof counts)[number];
    const share = memberStates === 0 ? 0 : states / memberStates;
    most = Math.max(most, share);
    least = Math.min(least, share);
    if (memberStates > 0 && states === 0) missingRegions.push(region.id);
    return {
      region: region.id,
      name: region.name,
      memberStates: states,
      share,
      others,
      civilSociety: civil,
      civilSocietyShare: civilSociety === 0 ? 0 : civil / civilSociety,
    };
  });
  const spread = memberStates > 0 && byRegion.length > 0 ? most - least : 0;
  const balanced =
    spread <= policy.maxRegionalSpread + 1e-12 && (!policy.everyRegion || missingRegions.length === 0);
  // Decision 2008/217 asked for balanced representation of civil society too (reference §9a): a figure.
  const shares = byRegion.map((region) => region.civilSocietyShare);
  const civilSpread = civilSociety > 0 && shares.length > 0 ? Math.max(...shares) - Math.min(...shares) : 0;
  return {
    byRegion,
    balance: {
      spread,
      maxSpread: policy.maxRegionalSpread,
      missingRegions,
      balanced,
      civilSociety: {
        organisations: civilSociety,
        spread: civilSpread,
        missingRegions:
          civilSociety === 0
            ? []
            : byRegion.filter((region) => region.civilSociety === 0).map((r) => r.region),
      },
    },
  };
}

/** Eligibility of every registered stakeholder and the balance figures, for validated input. */
export function participationReport(
  stakeholders: readonly Stakeholder[],
  session: ParticipationSession,
  policy: ResolvedPolicy,
  catalogue: Catalogue,
): ParticipationReport {
  const entries = stakeholders.map((stakeholder) =>
    evaluateStakeholder(stakeholder, session, policy, catalogue),
  );
  const kinds = new Map(
    StakeholderKindSchema.options.map((kind) => [
      kind,
      { registered: 0, eligible: 0, expiring: 0, ineligible: 0 },
    ]),
  );
  const totals = { eligible: 0, expiring: 0, ineligible: 0 };
  for (const entry of entries) {
    totals[entry.status]++;
    const counts = kinds.get(entry.kind);
    if (counts === undefined) continue;
    counts.registered++;
    counts[entry.status]++;
  }
  const byKind: KindBalance[] = [...kinds].map(([kind, counts]) => ({ kind, ...counts }));
  const { byRegion, balance } = regionalBalance(
    stakeholders,
    entries.map((entry) => entry.status),
    policy,
    catalogue,
  );
  return {
    session: { year: session.year, opens: session.opens, closes: session.closes },
    entries,
    ...totals,
    byKind,
    byRegion,
    balance,
  };
}
