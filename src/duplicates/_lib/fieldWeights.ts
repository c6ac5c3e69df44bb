// The agreement weights (in bits, see weights.ts) of the fields other than wording. One constant each,
// imported as a namespace (`WEIGHTS.sameLines`): a bundler inlines constants, not an object's properties.

export const sameLines = 1;
/** Plus `sharedLinesPerJaccard` × the Jaccard overlap of the two line sets. */
export const sharedLines = 0.25;
export const sharedLinesPerJaccard = 0.5;
export const hierarchyOnly = 0;
/** One record has no action line (sectors that map to none): the field is not compared. */
export const lineUnknown = 0;
export const sameDates = 1.5;
export const sameCountries = 1;
/** Plus `sharedCountriesPerJaccard` × the Jaccard overlap of the two country sets. */
export const sharedCountries = 0.25;
export const sharedCountriesPerJaccard = 0.5;
export const sharedRegion = 0.5;
export const bothGlobal = 0.5;
export const globalAndCountries = 0;
export const namesOtherAgency = 2.5;
export const sharedPartner = 0.5;
export const differentPartners = -0.5;
