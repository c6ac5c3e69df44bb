import { actionLineById, sdgsOf } from "../../catalogue/index.ts";
import type { Catalogue, Theme } from "../../model/index.ts";
import { builtinRule } from "../_lib/builtinRule.ts";
import { REFS } from "../_lib/refs.ts";
import { capital, listWords } from "../_lib/words.ts";
import type { Rule } from "../types.ts";

const MDG_TAG = /^mdg[\s-]?[1-8]$/iu;
const NO_GAPS: readonly string[] = Object.freeze([]);

// Index loops, not some() or for…of: programmes are frozen, and V8 iterates frozen arrays slowly.
function hasMdgTag(theme: Theme): boolean {
  const tags = theme.tags;
  for (let i = 0; i < tags.length; i++) if (MDG_TAG.test(tags[i] as string)) return true;
  return false;
}

/** Whether some action line of the theme links to an SDG in the catalogue. */
function linesLinkToSdgs(theme: Theme, catalogue: Catalogue): boolean {
  const lines = theme.actionLines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (actionLineById(catalogue, line) !== undefined && sdgsOf(catalogue, line).length > 0) return true;
  }
  return false;
}

function hasWsis(theme: Theme): boolean {
  return theme.mandate !== "sti";
}

function hasSti(theme: Theme): boolean {
  return theme.mandate !== "wsis";
}

/**
 * Rule `theme.goal-links` (soft): each theme the programme takes up links to at least one SDG, by its
 * own `sdgs` or through its action lines: a theme whose action lines link to SDGs in the catalogue
 * (the WSIS–SDG matrix) counts as linked. For a theme first taken up before `sdgsFrom` (2016), a tag
 * "MDG 1"…"MDG 8" counts too, for historical programmes under the Millennium Development Goals. So
 * the rule flags only what a planner must fix: a theme with no goal of its own or of its lines.
 *
 * @example
 * // "Theme ‘Foresight’ (foresight), taken up in 2029, links to no SDG, and none of its action lines links to one in the catalogue (a theme whose action lines link to SDGs counts as linked)."
 */
export const themeGoalLinks: Rule = builtinRule("soft", 1, {
  id: "theme.goal-links",
  description: "Each theme links to at least one SDG (or, before 2016, one MDG).",
  refs: [REFS.goals, REFS.millennium],
  inputs: ["assignment", "themes"],
  *check(programme, params, context) {
    const seen = new Set<string>();
    for (const cycle of programme.cycles) {
      const year = cycle.years[0] ?? programme.startYear;
      const themeIds = cycle.themes;
      for (let position = 0; position < themeIds.length; position++) {
        const themeId = themeIds[position] as string;
        if (seen.has(themeId)) continue;
        seen.add(themeId);
        const theme = context.themes.get(themeId);
        if (theme === undefined || theme.sdgs.length > 0) continue;
        const mdgEra = year < params.sdgsFrom;
        if (mdgEra && hasMdgTag(theme)) continue;
        // Linked through its action lines (issue 11): the catalogue's SDG links count.
        if (linesLinkToSdgs(theme, context.catalogue)) continue;
        const hint =
          theme.actionLines.length === 0
            ? " (a theme whose action lines link to SDGs counts as linked)"
            : `, and none of its ${context.catalogue.lineNoun}s links to one in the catalogue (a theme whose ${context.catalogue.lineNoun}s link to SDGs counts as linked)`;
        yield {
          message: mdgEra
            ? `Theme ${context.theme(themeId)}, taken up in ${year}, links to no SDG and carries no MDG tag ("MDG 1"…"MDG 8")${hint}.`
            : `Theme ${context.theme(themeId)}, taken up in ${year}, links to no SDG${hint}.`,
          path: ["cycles", cycle.index, "themes", position],
          involves: { themes: [themeId], cycles: [cycle.index], actionLines: theme.actionLines },
        };
      }
    }
  },
});

/**
 * Rule `cycle.dual-mandate` (soft): each cycle (or, with `dualMandatePer: "session"`, each session's
 * agenda) takes up at least one theme with the WSIS mandate and one with the STI mandate; a theme
 * with both mandates counts for each.
 *
 * @example
 * // "Cycle 2 (2029–2030) takes up no theme with the science, technology and innovation (STI) mandate: ‘Media’ (media) is WSIS only."
 */
export const cycleDualMandate: Rule = builtinRule("soft", 2, {
  id: "cycle.dual-mandate",
  description: "Each cycle (or session) addresses both the WSIS and the STI mandate.",
  refs: [REFS.dualMandate, REFS.combineMandates, REFS.annualCycles],
  inputs: ["assignment", "themes"],
  *check(programme, params, context) {
    const missing = (themeIds: readonly string[]): readonly string[] => {
      let known = false;
      let wsis = false;
      let sti = false;
      for (let i = 0; i < themeIds.length; i++) {
        const theme = context.themes.get(themeIds[i] as string);
        if (theme === undefined) continue;
        known = true;
        wsis ||= hasWsis(theme);
        sti ||= hasSti(theme);
      }
      if (!known || (wsis && sti)) return NO_GAPS;
      const out: string[] = [];
      if (!wsis) out.push("the WSIS follow-up");
      if (!sti) out.push("the science, technology and innovation (STI)");
      return out;
    };
    /** "Cycle 2 (2029–2030) takes up no theme with … mandate: ‘Media’ (media) is WSIS only." */
    const message = (label: string, themeIds: readonly string[], gaps: readonly string[]) =>
      `${capital(label)} takes up no theme with ${listWords(gaps)} mandate: ${listWords(
        themeIds.map((id) => {
          const mandate = context.themes.get(id)?.mandate;
          return `${context.theme(id)} is ${mandate === "sti" ? "STI" : "WSIS"} only`;
        }),
      )}.`;
    if (params.dualMandatePer === "cycle") {
      for (const cycle of programme.cycles) {
        const gaps = missing(cycle.themes);
        if (gaps.length === 0) continue;
        yield {
          message: message(context.cycle(cycle.index), cycle.themes, gaps),
          path: ["cycles", cycle.index, "themes"],
          involves: { cycles: [cycle.index], themes: cycle.themes, years: cycle.years },
        };
      }
      return;
    }
    for (const [index, session] of programme.sessions.entries()) {
      const themeIds = [...context.themesOnAgenda(index)];
      const gaps = missing(themeIds);
      if (gaps.length === 0) continue;
      yield {
        message: message(context.session(session), themeIds, gaps),
        path: ["sessions", index, "agenda"],
        involves: { cycles: [session.cycle], themes: themeIds, years: [session.year] },
      };
    }
  },
});
