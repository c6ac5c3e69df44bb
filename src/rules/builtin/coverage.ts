import { indexOf, rootLineOf, topLevelLines } from "../../catalogue/index.ts";
import { REFS } from "../_lib/refs.ts";
import { listWords } from "../_lib/words.ts";
import type { Rule } from "../types.ts";
import { pastSessions } from "./history.ts";

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
export const coverageActionLines: Rule = {
  id: "coverage.action-lines",
  severity: "hard",
  weight: 1,
  description: "Every top-level action line is covered by some theme with a WSIS mandate within the horizon.",
  refs: [REFS.distilled, REFS.actionLines],
  inputs: ["assignment", "themes"],
  *check(programme, params, context) {
    const { catalogue } = context;
    const lines = indexOf(catalogue).lines;
    const covered = new Set<string>();
    const stiOnly = new Map<string, string[]>();
    for (const cycle of programme.cycles) {
      for (const themeId of cycle.themes) {
        const theme = context.themes.get(themeId);
        if (theme === undefined) continue;
        for (const line of theme.actionLines) {
          if (!lines.has(line)) continue;
          if (theme.mandate === "sti") {
            const names = stiOnly.get(line) ?? [];
            if (!names.includes(themeId)) names.push(themeId);
            stiOnly.set(line, names);
            continue;
          }
          covered.add(line);
          covered.add(rootLineOf(catalogue, line));
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
    const required =
      params.coverageLines ??
      (params.coverageSubLines
        ? catalogue.actionLines
            .filter((line) => !indexOf(catalogue).children.has(line.id))
            .map((line) => line.id)
        : topLevelLines(catalogue).map((line) => line.id));
    const first = Math.min(programme.startYear, ...record.map((session) => session.year));
    const horizon =
      record.length === 0
        ? `${programme.startYear}–${programme.endYear}`
        : `${first}–${programme.endYear} (the record and the programme)`;
    for (const line of required) {
      if (covered.has(line)) continue;
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
};
