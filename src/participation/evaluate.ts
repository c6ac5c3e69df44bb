import { dayNumber, formatDay, isoOfDay } from "../calendar/index.ts";
import type {
  Catalogue,
  InterimArrangement,
  ParticipationPolicy,
  ParticipationSession,
  Stakeholder,
  StakeholderKind,
} from "../model/index.ts";
import { StakeholderKindSchema } from "../model/index.ts";
import type {
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

const NOUNS: Record<StakeholderKind, readonly [string, string]> = {
  "member-state": ["member state", "member states"],
  "un-entity": ["UN entity", "UN entities"],
  igo: ["intergovernmental organisation", "intergovernmental organisations"],
  "civil-society": ["civil-society organisation", "civil-society organisations"],
  "private-sector": ["private-sector entity", "private-sector entities"],
  academia: ["academic institution", "academic institutions"],
  "technical-community": ["technical-community organisation", "technical-community organisations"],
};

/** "civil-society organisation", or its plural: how messages name a kind of stakeholder. */
export function kindNoun(kind: StakeholderKind, plural = false): string {
  return NOUNS[kind][plural ? 1 : 0];
}

/** How an arrangement stands for one session: whether it covers it, and until when. */
interface Window {
  readonly covers: boolean;
  /** Last day of participation under the arrangement, when known. */
  readonly expires?: string;
  /** Whether the arrangement ends before the next annual session. */
  readonly ending: boolean;
  /** Plain words for when it applies, e.g. "the 2009 and 2010 sessions". */
  readonly span: string;
  readonly notYet: boolean;
}

function addYears(iso: string, years: number): string {
  const year = Number(iso.slice(0, 4)) + years;
  return isoOfDay(Date.UTC(year, Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000);
}

function windowOf(arrangement: InterimArrangement, session: ParticipationSession): Window {
  const notYet = session.opens < arrangement.from;
  if (arrangement.sessions !== undefined) {
    const n = arrangement.sessions;
    // Annual sessions at this session's time of year: the first covered one is in `from`'s year when
    // that year's session would open on or after `from`, else in the next year.
    const fromYear = Number(arrangement.from.slice(0, 4));
    const first = session.opens.slice(5) >= arrangement.from.slice(5) ? fromYear : fromYear + 1;
    const last = first + n - 1;
    const k = session.year - first + 1;
    const span =
      n === 1
        ? `the ${first} session`
        : n === 2
          ? `the ${first} and ${last} sessions`
          : `the ${n} sessions of ${first}–${last}`;
    const covers = !notYet && k >= 1 && k <= n;
    return covers && k === n
      ? { covers, ending: true, expires: session.closes, span, notYet }
      : { covers, ending: false, span, notYet };
  }
  const years = arrangement.years ?? 0;
  const end = addYears(arrangement.from, years);
  const expires = isoOfDay(dayNumber(end) - 1);
  const covers = !notYet && session.closes < end;
  const span = `${years} year${years === 1 ? "" : "s"} from ${formatDay(arrangement.from)} (until ${formatDay(expires)})`;
  // The next annual session would open a year after this one: is the arrangement over by then?
  const ending = covers && end <= addYears(session.opens, 1);
  return { covers, ending, expires, span, notYet };
}

function regionName(catalogue: Catalogue, id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  return catalogue.regions.find((region) => region.id === id)?.name ?? id;
}

/**
 * The verdict on one stakeholder for one session under a policy: of right, through consultative
 * status, through an interim arrangement (the one lasting longest when several do), or not at all.
 */
export function evaluateStakeholder(
  stakeholder: Stakeholder,
  session: ParticipationSession,
  policy: ResolvedPolicy,
  catalogue: Catalogue,
): ParticipationEntry {
  const base = {
    id: stakeholder.id,
    name: stakeholder.name,
    kind: stakeholder.kind,
    ...(stakeholder.region === undefined ? {} : { region: stakeholder.region }),
  };
  const noun = kindNoun(stakeholder.kind);
  if (policy.ofRight.includes(stakeholder.kind)) {
    const region = regionName(catalogue, stakeholder.region);
    return {
      ...base,
      status: "eligible",
      basis: "of-right",
      reason:
        region === undefined ? `${noun}, taking part of right` : `${noun} (${region}), taking part of right`,
    };
  }
  const status = stakeholder.consultativeStatus;
  const statusAdmits = policy.consultativeKinds.includes(stakeholder.kind);
  if (status !== undefined && statusAdmits && policy.statuses.includes(status)) {
    return {
      ...base,
      status: "eligible",
      basis: "consultative-status",
      reason: `${noun} in ${status} consultative status with ECOSOC`,
    };
  }

  const applicable = policy.interim.filter((a) => a.kinds.includes(stakeholder.kind));
  const accredited = applicable.filter((a) => stakeholder.accreditedTo.includes(a.accreditedTo));
  let best: { arrangement: InterimArrangement; window: Window } | undefined;
  let unapplied: { arrangement: InterimArrangement; window: Window } | undefined;
  let nearest: { arrangement: InterimArrangement; window: Window } | undefined;
  for (const arrangement of accredited) {
    const window = windowOf(arrangement, session);
    if (!window.covers) {
      // Remember the arrangement that started last: the most telling reason it has lapsed.
      if (nearest === undefined || arrangement.from > nearest.arrangement.from)
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
  if (best !== undefined) {
    const { arrangement, window } = best;
    const status: EligibilityStatus = window.ending ? "expiring" : "eligible";
    const until = window.expires === undefined ? "" : `, ending ${formatDay(window.expires)}`;
    return {
      ...base,
      status,
      basis: "interim",
      reason: `${noun} accredited to ${arrangement.accreditedTo}, taking part on an interim basis under ${arrangement.title} (${window.span}${until})`,
      arrangement: arrangement.id,
      ...(window.expires === undefined ? {} : { expires: window.expires }),
    };
  }

  const reasons: string[] = [];
  if (status === undefined) reasons.push("it has no ECOSOC consultative status");
  else if (!statusAdmits)
    reasons.push(
      `ECOSOC consultative status does not admit ${kindNoun(stakeholder.kind, true)} under this policy`,
    );
  else
    reasons.push(
      `its ${status} consultative status is not one this policy accepts (${policy.statuses.join(", ") || "none"})`,
    );
  let arrangementId: string | undefined;
  if (unapplied !== undefined) {
    const { arrangement } = unapplied;
    arrangementId = arrangement.id;
    const when =
      stakeholder.appliedForStatus === undefined
        ? "it has not applied"
        : `it applied only on ${formatDay(stakeholder.appliedForStatus)}`;
    reasons.push(
      `${arrangement.title} admits ${arrangement.accreditedTo}-accredited ${kindNoun(stakeholder.kind, true)} on condition that they have applied for consultative status by the session's opening, and ${when}`,
    );
  } else if (nearest !== undefined) {
    const { arrangement, window } = nearest;
    arrangementId = arrangement.id;
    reasons.push(
      window.notYet
        ? `its interim participation under ${arrangement.title} starts only on ${formatDay(arrangement.from)}`
        : `its interim participation under ${arrangement.title} covered ${window.span} only`,
    );
  } else if (applicable.length > 0) {
    const needed = [...new Set(applicable.map((a) => a.accreditedTo))].join(" or ");
    reasons.push(`it is not accredited to ${needed}, which interim participation requires`);
  } else if (!statusAdmits) {
    reasons.push(`no interim arrangement admits ${kindNoun(stakeholder.kind, true)}`);
  } else if (stakeholder.accreditedTo.length > 0) {
    reasons.push(
      `no interim arrangement admits ${kindNoun(stakeholder.kind, true)} accredited to ${stakeholder.accreditedTo.join(" or ")}`,
    );
  }
  return {
    ...base,
    status: "ineligible",
    basis: "none",
    reason: reasons.join("; "),
    ...(arrangementId === undefined ? {} : { arrangement: arrangementId }),
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
  const kinds = new Map<
    StakeholderKind,
    { registered: number; eligible: number; expiring: number; ineligible: number }
  >(
    StakeholderKindSchema.options.map((kind) => [
      kind,
      { registered: 0, eligible: 0, expiring: 0, ineligible: 0 },
    ]),
  );
  const regions = new Map(catalogue.regions.map((region) => [region.id, { memberStates: 0, others: 0 }]));
  let memberStates = 0;
  for (const entry of entries) {
    const counts = kinds.get(entry.kind);
    if (counts !== undefined) {
      counts.registered++;
      counts[entry.status]++;
    }
    if (entry.status === "ineligible" || entry.region === undefined) continue;
    const region = regions.get(entry.region);
    if (region === undefined) continue;
    if (entry.kind === "member-state") {
      region.memberStates++;
      memberStates++;
    } else {
      region.others++;
    }
  }
  const byKind: KindBalance[] = [...kinds].map(([kind, counts]) => ({ kind, ...counts }));
  const byRegion: RegionBalance[] = catalogue.regions.map((region) => {
    const counts = regions.get(region.id) ?? { memberStates: 0, others: 0 };
    return {
      region: region.id,
      name: region.name,
      memberStates: counts.memberStates,
      share: memberStates === 0 ? 0 : counts.memberStates / memberStates,
      others: counts.others,
    };
  });
  let spread = 0;
  if (memberStates > 0 && byRegion.length > 0) {
    const shares = byRegion.map((region) => region.share);
    spread = Math.max(...shares) - Math.min(...shares);
  }
  const missingRegions =
    memberStates === 0
      ? []
      : byRegion.filter((region) => region.memberStates === 0).map((region) => region.region);
  const balanced =
    spread <= policy.maxRegionalSpread + 1e-12 && (!policy.everyRegion || missingRegions.length === 0);
  return {
    session: { year: session.year, opens: session.opens, closes: session.closes },
    entries,
    eligible: entries.filter((entry) => entry.status === "eligible").length,
    expiring: entries.filter((entry) => entry.status === "expiring").length,
    ineligible: entries.filter((entry) => entry.status === "ineligible").length,
    byKind,
    byRegion,
    balance: { spread, maxSpread: policy.maxRegionalSpread, missingRegions, balanced },
  };
}
