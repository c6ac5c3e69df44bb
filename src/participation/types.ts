import type { Catalogue, ParticipationPolicyInput, StakeholderKind } from "../model/index.ts";

/** Whether a stakeholder may take part: eligible, eligible but its basis ends soon, or not eligible. */
export type EligibilityStatus = "eligible" | "expiring" | "ineligible";

/** On what basis a stakeholder takes part. */
export type EligibilityBasis = "of-right" | "consultative-status" | "interim" | "none";

/** The verdict on one registered stakeholder. */
export interface ParticipationEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: StakeholderKind;
  readonly region?: string;
  readonly status: EligibilityStatus;
  readonly basis: EligibilityBasis;
  /** Why, in plain words: the basis when eligible, what is missing when not. */
  readonly reason: string;
  /** The interim arrangement that admits it (or, when ineligible, the one it fell outside). */
  readonly arrangement?: string;
  /** Last day of its interim participation, `YYYY-MM-DD` (status `expiring`, and `eligible` by years). */
  readonly expires?: string;
}

/** Counts of one group of stakeholders. */
export interface KindBalance {
  readonly kind: StakeholderKind;
  readonly registered: number;
  readonly eligible: number;
  readonly expiring: number;
  readonly ineligible: number;
}

/** Eligible participants from one regional group. */
export interface RegionBalance {
  readonly region: string;
  readonly name: string;
  /** Eligible member states from the region (expiring ones included). */
  readonly memberStates: number;
  /** Their share of all eligible member states (0 when there are none). */
  readonly share: number;
  /** Other eligible stakeholders that name the region. */
  readonly others: number;
  /** Eligible civil-society organisations that name the region (counted among `others` too). */
  readonly civilSociety: number;
  /** Their share of the eligible civil-society organisations that name a region (0 when none do). */
  readonly civilSocietyShare: number;
}

/** What `checkParticipation` returns. */
export interface ParticipationReport {
  readonly session: { readonly year: number; readonly opens: string; readonly closes: string };
  /** One entry per registered stakeholder, in the registry's order. */
  readonly entries: readonly ParticipationEntry[];
  readonly eligible: number;
  readonly expiring: number;
  readonly ineligible: number;
  /** Every kind of stakeholder, in the schema's order. */
  readonly byKind: readonly KindBalance[];
  /** Every regional group of the catalogue, in its order. */
  readonly byRegion: readonly RegionBalance[];
  readonly balance: {
    /** Largest minus smallest regional share of the eligible member states (0 when there are none). */
    readonly spread: number;
    readonly maxSpread: number;
    /** Regional groups with no eligible member state (empty when no member state takes part). */
    readonly missingRegions: readonly string[];
    /** Spread within the maximum and, when the policy asks, every region present. */
    readonly balanced: boolean;
    /**
     * Regional balance of the eligible civil-society organisations that name a region: decision
     * 2008/217 urged funds for NGOs from developing countries and balanced representation, including in
     * panels (reference §9a). A reported figure; no rule judges it.
     */
    readonly civilSociety: {
      readonly organisations: number;
      /** Largest minus smallest regional share (0 when none names a region). */
      readonly spread: number;
      /** Regions with none (empty when no organisation names a region). */
      readonly missingRegions: readonly string[];
    };
  };
}

/** What `checkParticipation` takes besides the registry and the session: a policy and a catalogue. */
export type CheckParticipationOptions = ParticipationPolicyInput & {
  /** Where regional groups come from; the WSIS catalogue (the five UN regional groups) by default. */
  readonly catalogue?: Catalogue;
};
