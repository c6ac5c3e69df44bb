import type { Catalogue, UngisYear } from "../../model/index.ts";

/** The chair of a UNGIS year as a plan lists it: none, a chair, or a chair and vice-chairs. */
export type YearChair = Pick<UngisYear, "chair" | "viceChairs">;

/**
 * Chairs year by year: recorded terms where they apply, otherwise a rotation that continues from the
 * last recorded chair found in it (or starts with its first agency in `firstYear`).
 */
export function chairRotation(
  catalogue: Catalogue,
  options: { rotation?: readonly string[] | undefined; termYears: number; knownTerms: boolean },
  firstYear: number,
): (year: number) => YearChair {
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
    if (term !== undefined)
      return term.viceChairs.length === 0
        ? { chair: term.chair }
        : { chair: term.chair, viceChairs: [...term.viceChairs] };
    if (rotation.length === 0) return {};
    const step = Math.floor((year - anchorYear) / options.termYears);
    const position = (((anchorPosition + step) % rotation.length) + rotation.length) % rotation.length;
    const chair = rotation[position];
    return chair === undefined ? {} : { chair };
  };
}
