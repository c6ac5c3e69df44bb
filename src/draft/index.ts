export { type DistilThemesOptions, distilThemes } from "./distilThemes.ts";
export { type DraftResult, type DraftStats, draftProgramme } from "./draftProgramme.ts";
