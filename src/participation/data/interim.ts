import { CSTD11_ACADEMICS_URL, CSTD11_NGOS_URL, TWELFTH_SESSION_URL } from "../../catalogue/index.ts";
import type { InterimArrangementInput } from "../../model/index.ts";

const CS_BUREAU = "http://www.csbureau.info/ecosocstatus.htm";
const BUSINESS_2011 =
  "http://lists.igcaucus.org/pipermail/governance/attachments/20110801/b8d87898/attachment.htm";
const REFERENCE = "reference/domain-facts.md §5a, §9a";

/**
 * The CSTD's arrangements for entities accredited to WSIS without ECOSOC consultative status
 * (reference/domain-facts.md §5a, corrected in §9a):
 *
 * - Decision **2007/215** (26 April 2007; civil society, transitional) let WSIS-accredited NGOs take
 *   part in the next two sessions (2007 and 2008), after which they were to seek consultative status;
 *   decision **2008/217** extended this to the 12th and 13th sessions (2009 and 2010), and also urged
 *   voluntary contributions for NGOs from developing countries and balanced representation, including
 *   in panels (reported as `balance.civilSociety` by `checkParticipation`).
 * - Decision **2007/216** concerns **business-sector entities**; as quoted in 2011 it is open-ended
 *   (no limit of sessions). Its date is taken to be that of 2007/215, adopted at the same meeting
 *   (inferred from the numbering).
 * - Decision **2008/218** concerns **academic entities**: WSIS-accredited ones take part "on an
 *   exceptional basis", with no limit of sessions, because academic entities cannot obtain
 *   consultative status under resolution 1996/31 (so the default policy does not route academia
 *   through consultative status at all).
 *
 * 2006/46 speaks of an understanding that entities apply for status in the meantime, not a condition
 * (§9a), so `requireApplication` is false. The date of 2008/217 and 2008/218 is not in the reference:
 * they are dated 1 July 2008, between the 11th session (26–30 May 2008), where they were drafted, and
 * the 12th (25–29 May 2009, §5c); any date between the two gives the same sessions.
 *
 * @example
 * CSTD_INTERIM_ARRANGEMENTS.map((a) => a.id); // ["ecosoc-2007-215", "ecosoc-2007-216", "ecosoc-2008-217", "ecosoc-2008-218"]
 */
export const CSTD_INTERIM_ARRANGEMENTS = [
  {
    id: "ecosoc-2007-215",
    title: "ECOSOC decision 2007/215",
    kinds: ["civil-society"],
    accreditedTo: "WSIS",
    from: "2007-04-26",
    sessions: 2,
    requireApplication: false,
    source: `${REFERENCE}: ${CS_BUREAU} ; date: ${CSTD11_NGOS_URL}`,
  },
  {
    id: "ecosoc-2007-216",
    title: "ECOSOC decision 2007/216",
    kinds: ["private-sector"],
    accreditedTo: "WSIS",
    from: "2007-04-26",
    requireApplication: false,
    source: `${REFERENCE}: ${TWELFTH_SESSION_URL} ; open-ended as quoted in 2011 (partly confirmed): ${BUSINESS_2011}`,
  },
  {
    id: "ecosoc-2008-217",
    title: "ECOSOC decision 2008/217",
    kinds: ["civil-society"],
    accreditedTo: "WSIS",
    from: "2008-07-01",
    sessions: 2,
    requireApplication: false,
    source: `${REFERENCE}: ${TWELFTH_SESSION_URL} ; ${CSTD11_NGOS_URL}`,
  },
  {
    id: "ecosoc-2008-218",
    title: "ECOSOC decision 2008/218",
    kinds: ["academia"],
    accreditedTo: "WSIS",
    from: "2008-07-01",
    requireApplication: false,
    source: `${REFERENCE}: ${TWELFTH_SESSION_URL} ; ${CSTD11_ACADEMICS_URL}`,
  },
] as const satisfies readonly InterimArrangementInput[];
