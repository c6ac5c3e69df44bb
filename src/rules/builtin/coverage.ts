import { indexOf, rootLineOf, topLevelLines } from "../../catalogue/index.ts";
import type { Catalogue } from "../../model/index.ts";
import { builtinRule } from "../_lib/builtinRule.ts";
import { REFS } from "../_lib/refs.ts";
import { listWords } from "../_lib/words.ts";
import type { Rule } from "../types.ts";
import { pastSessions } from "./history.ts";

interface Required {
  readonly top: readonly string[];
  readonly leaves: readonly string[];
}

// The lines required by default (the top-level ones; the leaves with `coverageSubLines`), kept per frozen catalogue.
const REQUIRED = new WeakMap<Catalogue, Required>();

function requiredLines(catalogue: Catalogue, subLines: boolean): readonly string[] {
  let required = REQUIRED.get(catalogue);
  if (required === undefined) {
    const { children } = indexOf(catalogue);
    required = {
      top: topLevelLines(catalogue).map((line) => line.id),
      leaves: catalogue.actionLines.filter((line) => !children.has(line.id)).map((line) => line.id),
    };
    if (Object.isFrozen(catalogue) && Object.isFrozen(catalogue.actionLines))
      REQUIRED.set(catalogue, required);
  }
  return subLines ? required.leaves : required.top;
}

/**
 * Rule `coverage.action-lines` (hard): every top-level action line (C1–C11) is covered by some theme
 * with a WSIS mandate within the horizon. With `coverageSubLines`, C7's sub-lines count separately
 * (every leaf line must be covered); `coverageLines` narrows the lines required. A theme naming a
 * sub-line covers its parent; one naming C7 as a whole covers no sub-line. With the `history`
 * option, coverage counts the record's sessions before the programme too (the record plus the horizon).
 *
 * @example
 * // "Action line C9 (Media) is covered by no theme with a WSIS mandate in 2027–2036."
 */
export const coverageActionLines: Rule = builtinRule("hard", 1, {
  id: "coverage.action-lines",
  description: "Every top-level action line is covered by some theme with a WSIS mandate within the horizon.",
  refs: [REFS.distilled, REFS.actionLines],
  inputs: ["assignment", "themes"],
  *check(programme, params, context) {
    const { catalogue } = context;
    const lines = indexOf(catalogue).lines;
    const covered = new Set<string>();
    const stiOnly = new Map<string, string[]>();
    // Index loops: programmes are frozen, and V8 iterates frozen arrays slowly.
    for (const cycle of programme.cycles) {
      const themeIds = cycle.themes;
      for (let t = 0; t < themeIds.length; t++) {
        const themeId = themeIds[t] as string;
        const theme = context.themes.get(themeId);
        if (theme === undefined) continue;
        const themeLines = theme.actionLines;
        for (let l = 0; l < themeLines.length; l++) {
          const line = themeLines[l] as string;
          const known = lines.get(line);
          if (known === undefined) continue;
          if (theme.mandate === "sti") {
            const names = stiOnly.get(line) ?? [];
            if (!names.includes(themeId)) names.push(themeId);
            stiOnly.set(line, names);
            continue;
          }
          covered.add(line);
          covered.add(known.parent === undefined ? line : rootLineOf(catalogue, line));
        }
      }
    }
    const record = params.history === undefined ? [] : pastSessions(params.history, programme);
    for (const session of record)
      for (const theme of session.themes) {
        if (theme.mandate === "sti") continue;
        for (const line of theme.actionLines) {
          if (!lines.has(line)) continue;
          covered.add(line);
          covered.add(rootLineOf(catalogue, line));
        }
      }
    const required = params.coverageLines ?? requiredLines(catalogue, params.coverageSubLines);
    let horizon: string | undefined;
    for (const line of required) {
      if (covered.has(line)) continue;
      if (horizon === undefined) {
        const first = Math.min(programme.startYear, ...record.map((session) => session.year));
        horizon = `${first}–${programme.endYear}${record.length === 0 ? "" : " (the record and the programme)"}`;
      }
      const sti = stiOnly.get(line);
      const hint =
        sti === undefined
          ? ""
          : ` (${listWords(sti.map((id) => context.theme(id)))} ${sti.length === 1 ? "names it but has" : "name it but have"} only the STI mandate)`;
      yield {
        message: `Action line ${context.line(line)} is covered by no theme with a WSIS mandate in ${horizon}${hint}.`,
        path: ["cycles"],
        involves: { actionLines: [line], themes: sti ?? [] },
      };
    }
  },
});
