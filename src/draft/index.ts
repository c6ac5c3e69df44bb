export { type DistilThemesOptions, distilThemes } from "./distilThemes.ts";
export { type DraftResult, type DraftStats, draftProgramme } from "./draftProgramme.ts";
export {
  draftScenarios,
  type Scenario,
  type ScenarioComparison,
  type ScenarioVariation,
} from "./draftScenarios.ts";
