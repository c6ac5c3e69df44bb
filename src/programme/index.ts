export { specIssues as programmeSpecIssues } from "./_lib/validate.ts";
export { createProgramme, layOutProgramme } from "./createProgramme.ts";
export { diffProgrammes, type ProgrammeChange, type ProgrammeChangeKind } from "./diffProgrammes.ts";
export { type EditResult, edit, type Recipe } from "./edit.ts";
export {
  applyEdit,
  canRedo,
  canUndo,
  createHistory,
  type History,
  type HistoryStep,
  redo,
  undo,
} from "./history.ts";
export { parseProgramme, parseProgrammeSpec, safeParseProgramme } from "./parseProgramme.ts";
