import type { Catalogue } from "../model/index.ts";
import { ACTION_LINES } from "./data/actionLines.ts";
import { AGENCIES } from "./data/agencies.ts";
import { FACILITATION } from "./data/facilitation.ts";
import { REGIONS } from "./data/regions.ts";
import { SDG_LINKS } from "./data/sdgLinks.ts";
import { UNGIS } from "./data/ungis.ts";
import { defineCatalogue } from "./defineCatalogue.ts";

/**
 * The embedded default catalogue: the WSIS action lines (Geneva Plan of Action), the agencies that
 * facilitate and implement them (Tunis Agenda annex and later practice), UNGIS, SDG links and the
 * UN regional groups. Every entry carries its source and, where the reference is unsure, its status.
 *
 * @example
 * wsis.actionLines.length; // 19: C1–C11 and C7's eight sub-lines
 */
export const wsis: Catalogue = defineCatalogue({
  id: "wsis",
  name: "World Summit on the Information Society follow-up (CSTD)",
  lineNoun: "action line",
  // The title of the Secretary-General's annual report to the Commission (e.g. A/64/64), reference §5a.
  standingAgendaItem:
    "Progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society at the regional and international levels",
  actionLines: [...ACTION_LINES],
  agencies: [...AGENCIES],
  facilitation: [...FACILITATION],
  sdgLinks: [...SDG_LINKS],
  regions: [...REGIONS],
  interAgencyGroup: UNGIS,
  // ECOSOC 2006/46 kept the Commission's original S&T mandate beside WSIS follow-up (reference §5a).
  mandates: [
    { id: "wsis", label: "WSIS follow-up" },
    { id: "sti", label: "Science, technology and innovation" },
    { id: "both", label: "WSIS and STI" },
  ],
});
