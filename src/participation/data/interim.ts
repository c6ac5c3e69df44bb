import type { InterimArrangementInput } from "../../model/index.ts";

const CS_BUREAU = "http://www.csbureau.info/ecosocstatus.htm";
const TWELFTH = "https://unctad.org/meeting/commission-science-and-technology-development-twelfth-session";
const CSTD11_NGOS = "https://muguet.com/www.wsis-finance.org/CSTD/CSTD11-ngos.html";
const REFERENCE = "reference/domain-facts.md §5a";

/**
 * The CSTD's transitional arrangements for entities accredited to WSIS without ECOSOC consultative
 * status (reference/domain-facts.md §5a):
 *
 * - ECOSOC resolution 2006/46 (adopted 28 July 2006) and decision 2007/215 let WSIS-accredited civil
 *   society join the next two sessions (2007 and 2008), after which they must seek consultative
 *   status; decision 2008/217 extended this to the 12th and 13th sessions (2009 and 2010).
 * - Business and academic entities are covered by decisions 2007/216 and 2008/218. That these cover
 *   the same sessions as 2007/215 and 2008/217 is inferred from their numbering, not read in a source.
 *
 * The reference does not say that these decisions required an application for consultative status
 * during the arrangement ("after which they must seek" it), so `requireApplication` is false here;
 * the 2005 meeting's proposal ("two years with the condition to apply") is the schema's default.
 * The decisions' own dates are not in the reference: 2007/215 and 2007/216 are dated from 2006/46's
 * adoption, and 2008/217 and 2008/218 from 1 July 2008, between the 11th session (26–30 May 2008) and
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
    from: "2006-07-28",
    sessions: 2,
    requireApplication: false,
    source: `${REFERENCE}: ${CS_BUREAU}`,
  },
  {
    id: "ecosoc-2007-216",
    title: "ECOSOC decision 2007/216",
    kinds: ["private-sector", "academia"],
    accreditedTo: "WSIS",
    from: "2006-07-28",
    sessions: 2,
    requireApplication: false,
    source: `${REFERENCE}: ${TWELFTH} ; ${CSTD11_NGOS} (sessions inferred)`,
  },
  {
    id: "ecosoc-2008-217",
    title: "ECOSOC decision 2008/217",
    kinds: ["civil-society"],
    accreditedTo: "WSIS",
    from: "2008-07-01",
    sessions: 2,
    requireApplication: false,
    source: `${REFERENCE}: ${TWELFTH} ; ${CSTD11_NGOS}`,
  },
  {
    id: "ecosoc-2008-218",
    title: "ECOSOC decision 2008/218",
    kinds: ["private-sector", "academia"],
    accreditedTo: "WSIS",
    from: "2008-07-01",
    sessions: 2,
    requireApplication: false,
    source: `${REFERENCE}: ${TWELFTH} ; ${CSTD11_NGOS} (sessions inferred)`,
  },
] as const satisfies readonly InterimArrangementInput[];
