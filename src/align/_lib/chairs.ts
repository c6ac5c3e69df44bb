import type { Catalogue } from "../../model/index.ts";

/** A chair for a UNGIS year. */
export interface YearChair {
  readonly chair: string;
  readonly viceChairs: readonly string[];
}

/**
 * Chairs year by year: recorded terms where they apply, otherwise a rotation that continues from the
 * last recorded chair found in it (or starts with its first agency in `firstYear`).
 */
export function chairRotation(
  catalogue: Catalogue,
  options: { rotation?: readonly string[] | undefined; termYears: number; knownTerms: boolean },
  firstYear: number,
): (year: number) => YearChair | undefined {
  const terms = options.knownTerms ? (catalogue.interAgencyGroup?.chairs ?? []) : [];
  // The agencies that have chaired, in order of first term.
  const recordedRotation = [
    ...new Set(
      [...(catalogue.interAgencyGroup?.chairs ?? [])].sort((a, b) => a.from - b.from).map((t) => t.chair),
    ),
  ];
  const rotation = options.rotation ?? recordedRotation;
  // Anchor: the latest recorded term whose chair is in the rotation hands over to the next agency.
  let anchorYear = firstYear;
  let anchorPosition = 0;
  const lastYear = (term: (typeof terms)[number]) => term.to ?? term.from;
  const latest = terms
    .filter((term) => rotation.includes(term.chair))
    .sort((a, b) => lastYear(b) - lastYear(a))[0];
  if (latest !== undefined) {
    anchorYear = lastYear(latest) + 1;
    anchorPosition = rotation.indexOf(latest.chair) + 1;
  }
  return (year) => {
    const term = terms.find((t) => year >= t.from && year <= lastYear(t));
    if (term !== undefined) return { chair: term.chair, viceChairs: [...term.viceChairs] };
    if (rotation.length === 0) return undefined;
    const step = Math.floor((year - anchorYear) / options.termYears);
    const position = (((anchorPosition + step) % rotation.length) + rotation.length) % rotation.length;
    const chair = rotation[position];
    return chair === undefined ? undefined : { chair, viceChairs: [] };
  };
}
