import { indexOf, wsis } from "../catalogue/index.ts";
import {
  addIssue,
  type Catalogue,
  CatalogueArgumentSchema,
  compareText,
  type InputIssue,
  type Programme,
  type ProposeUngisPlanOptions,
  ProposeUngisPlanOptionsSchema,
  readInput,
  throwIfAny,
  type UngisPlan,
  type UngisTheme,
  type UngisYear,
  YearSchema,
} from "../model/index.ts";
import { chairRotation } from "./_lib/chairs.ts";
import { programmeArgument, tryParse } from "./_lib/inputs.ts";
import { assignLeads, type LeadSlot } from "./_lib/leads.ts";
import { checkIds } from "./_lib/references.ts";
import { facilitatingMembers, needsParallel, programmeYears, type ThemeYear } from "./_lib/themeYears.ts";

/** What errors call the arguments of `proposeUngisPlan`. */
const SUBJECT = "UNGIS plan proposal";

/**
 * Proposes a UNGIS plan that parallels a programme: every theme with a WSIS mandate ("wsis" or
 * "both") appears in the UNGIS year that feeds each of its sessions (`year − lead`), with its title and
 * action lines and the Commission theme it `parallels`; STI-only themes get no parallel.
 *
 * **Leads.** Each theme-in-a-cycle gets up to `leadsPerTheme` (default 2) lead agencies from the UNGIS
 * members that facilitate its action lines, the same in every year of the cycle. No agency leads more
 * than its fair share: the smallest number of themes `c` such that every theme can be given its leads
 * with no agency leading more than `c`. Within that cap lead facilitators are preferred to
 * co-facilitators, then loads are evened out, then ties go to agency id order.
 *
 * Leads are drawn from the members and facilitators of the UNGIS year feeding the cycle's first
 * session (UN Women counts from 2010; UNDP led C4 and C6 in 2006).
 *
 * **Chairs.** Years a recorded chair term covers keep that chair and its vice-chairs (by default the
 * catalogue's UNGIS terms: ITU 2006–2007, UNESCO 2008, ITU 2009–2011, UNCTAD 2012, UNESCO 2013, ITU
 * 2019); other years follow the
 * rotation (default: the agencies that have chaired, in order of first term, i.e. ITU, UNCTAD, UNESCO,
 * one year each), continuing from the last recorded chair. `chairs: false` leaves chairs out.
 *
 * Aligning a programme with its own proposal (same `lead`) gives coherence 1.
 *
 * @param programme - The Commission's programme (validated like `parseProgramme`).
 * @param catalogue - Facilitators and UNGIS members; the WSIS catalogue by default.
 * @param options - `lead` (default 1), `leadsPerTheme` (default 2), `chairs` (rotation), `title`.
 * @returns A new plan with one entry per year from `startYear − lead` to `endYear − lead`.
 * @throws {PlannerInputError} Listing every problem of the programme and the options, with paths
 *   starting `programme` or `options`.
 * @example
 * const plan = proposeUngisPlan(createProgramme(WSIS_DEFAULT_SPEC));
 * plan.years[0];
 * // { year: 2026, chair: "UNCTAD", themes: [
 * //   { title: "Development-oriented policies…", actionLines: ["C1", "C2", "C3", "C6"], lead: ["UNDESA", "UNESCO"], parallels: "inclusive-access" },
 * //   { title: "Open access, virtual science libraries…", actionLines: ["C7.e-science", "C3"], lead: ["UNESCO", "UNCTAD"], parallels: "open-science" }] }
 * // (ITU, lead facilitator of C2 and C6, already leads its fair share: C5, e-health and e-agriculture need it.)
 */
export function proposeUngisPlan(
  programme: Programme,
  catalogue: Catalogue = wsis,
  options: ProposeUngisPlanOptions = {},
): UngisPlan {
  // Read once into plain data: a Proxy or a throwing getter is an input error (issue 10).
  programme = readInput(programme, SUBJECT, ["programme"]);
  catalogue = readInput(catalogue, SUBJECT, ["catalogue"]);
  options = readInput(options, SUBJECT, ["options"]);
  // A catalogue that is not one stops here: the other checks need it.
  throwIfAny(tryParse(CatalogueArgumentSchema, catalogue, ["catalogue"]).issues, SUBJECT);
  const parsedOptions = tryParse(ProposeUngisPlanOptionsSchema, options, ["options"]);
  const parsedProgramme = programmeArgument(programme, catalogue, ["programme"]);
  const issues: InputIssue[] = [...parsedOptions.issues, ...parsedProgramme.issues];
  const resolved = parsedOptions.value;
  if (resolved !== undefined && resolved.chairs !== false) {
    const rotation = resolved.chairs.rotation;
    checkIds(issues, rotation, ["options", "chairs", "rotation"], "agency", indexOf(catalogue).agencies);
  }
  const lead = resolved?.lead ?? 1;
  const first = parsedProgramme.value === undefined ? undefined : parsedProgramme.value.startYear - lead;
  if (first !== undefined && !YearSchema.safeParse(first).success) {
    addIssue(
      issues,
      ["options", "lead"],
      `with UNGIS leading by ${lead} year(s), the plan would start in ${first}, before 1990`,
    );
  }
  throwIfAny(issues, SUBJECT);
  if (resolved === undefined || parsedProgramme.value === undefined) throw new Error("unreachable");
  return propose(parsedProgramme.value, catalogue, resolved);
}

function propose(
  programme: Programme,
  catalogue: Catalogue,
  options: {
    lead: number;
    leadsPerTheme: number;
    chairs: false | { rotation?: string[] | undefined; termYears: number; knownTerms: boolean };
    title?: string | undefined;
  },
): UngisPlan {
  const { lead, leadsPerTheme } = options;
  const years = programmeYears(programme);

  // One lead slot per theme in a cycle, so a theme keeps its leads through the cycle's years.
  const slotKey = (item: ThemeYear) => `${item.cycle}\u0000${item.theme.id}`;
  const slotOf = new Map<string, number>();
  const slots: LeadSlot[] = [];
  for (const { themes } of years) {
    for (const item of themes) {
      if (!needsParallel(item.theme)) continue;
      const key = slotKey(item);
      if (slotOf.has(key)) continue;
      slotOf.set(key, slots.length);
      // The members and facilitators of the UNGIS year the cycle's first session is fed by.
      const { lead: leads, co } = facilitatingMembers(catalogue, item.theme.actionLines, item.year - lead);
      const candidates = [
        ...leads.map((agency) => ({ agency, cost: 0 })),
        ...co.map((agency) => ({ agency, cost: 1 })),
      ].sort((a, b) => compareText(a.agency, b.agency));
      slots.push({ count: leadsPerTheme, candidates });
    }
  }
  const { leads } = assignLeads(slots);
  // Each slot's leads as the plan lists them: lead facilitators first, then co-facilitators, each by
  // id (the candidates are in id order, and the sort is stable).
  const ordered = slots.map((slot, s) =>
    slot.candidates
      .filter((candidate) => leads[s]?.includes(candidate.agency))
      .sort((a, b) => a.cost - b.cost)
      .map((candidate) => candidate.agency),
  );

  const chairOf =
    options.chairs === false
      ? () => ({})
      : chairRotation(catalogue, options.chairs, programme.startYear - lead);

  const planYears: UngisYear[] = years.map(({ year, themes }) => {
    const ungisYear = year - lead;
    const planThemes: UngisTheme[] = themes
      .filter((item) => needsParallel(item.theme))
      .map((item) => {
        const chosen = [...(ordered[slotOf.get(slotKey(item)) ?? -1] ?? [])];
        return {
          title: item.theme.title,
          actionLines: [...item.theme.actionLines],
          ...(chosen.length === 0 ? {} : { lead: chosen }),
          parallels: item.theme.id,
        };
      });
    return {
      year: ungisYear,
      ...chairOf(ungisYear),
      themes: planThemes,
    };
  });

  return {
    title: options.title ?? `UNGIS parallel plan for "${programme.title}"`,
    years: planYears,
  };
}
