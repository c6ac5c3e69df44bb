import type * as z from "zod";
import type { InterAgencyGroupSchema } from "../../model/index.ts";
import type { WsisAgencyId } from "./agencies.ts";

type InterAgencyGroupInput = z.input<typeof InterAgencyGroupSchema>;
type ChairTermInput = NonNullable<InterAgencyGroupInput["chairs"]>[number];

/** A chair term whose agency ids the compiler checks against the WSIS agencies. */
interface UngisChairTerm extends ChairTermInput {
  readonly chair: WsisAgencyId;
  readonly viceChairs: WsisAgencyId[];
}

const FIRST_YEAR = "https://www.microwavejournal.com/articles/1957-group-discussion-on-information-society";
const MEETING_2007 = "https://eduprovides.blogspot.com/2007/08/ungis-united-nations-group-on.html";
const MEETING_2012 = "https://www.itu.int/en/osg/speeches/Pages/2012-05-14-2.aspx";
const UNCTAD_2012 = "http://unctad.org/en/pages/SGStatementDetails.aspx?OriginalVersionID=32";
const UNESCO_2013 =
  "https://en.unesco.org/news/30-international-organizations-jointly-state-do-make-better-use-technologies-post-2015-future";
const UNGIS_ORG = "http://www.ungis.org/Home.aspx";

// Chair terms are whole years and do not overlap. A year in which the chair changed hands goes to the
// agency that held the chair for most of it:
// - 2006: ITU chaired the first year (first meeting July 2006), vice-chairs UNESCO, UNDP, WHO.
// - 2007: ITU SG Touré chaired the 2nd meeting (17 Jul 2007).
// - 2008–2011: inferred, not read: ITU chaired in 2007 and was still in the chair at the 8th meeting
//   (14 May 2012), UNCTAD first took the chair in May 2012, and the reference names no other chair.
// - 2012: UNCTAD, which took over in May 2012 (ITU's months before that are not shown) and kept the
//   chair until 25 Feb 2013; vice-chairs ITU, UNESCO, UNDP, UNDESA.
// - 2013: UNESCO, from the 9th high-level meeting (Paris, 25 Feb 2013); it chaired the joint
//   statement of 13 May 2013.
// - 2014–2018: no term; the reference does not say who chaired.
// - 2019: ITU, with UNESCO, UNCTAD, UNDP and UNECA (id "ECA") as vice-chairs, per ungis.org around
//   2019. The term is closed at 2019 because the reference says nothing of later years.
const CHAIRS = [
  {
    from: 2006,
    to: 2006,
    chair: "ITU",
    viceChairs: ["UNESCO", "UNDP", "WHO"],
    status: "confirmed",
    source: FIRST_YEAR,
  },
  { from: 2007, to: 2007, chair: "ITU", viceChairs: [], status: "confirmed", source: MEETING_2007 },
  {
    from: 2008,
    to: 2011,
    chair: "ITU",
    viceChairs: [],
    status: "inferred",
    source: `${MEETING_2007} ; ${MEETING_2012} ; ${UNCTAD_2012}`,
  },
  {
    from: 2012,
    to: 2012,
    chair: "UNCTAD",
    viceChairs: ["ITU", "UNESCO", "UNDP", "UNDESA"],
    status: "confirmed",
    source: `${UNCTAD_2012} ; ${MEETING_2012}`,
  },
  {
    from: 2013,
    to: 2013,
    chair: "UNESCO",
    viceChairs: [],
    status: "confirmed",
    source: `${UNCTAD_2012} ; ${UNESCO_2013}`,
  },
  {
    from: 2019,
    to: 2019,
    chair: "ITU",
    viceChairs: ["UNESCO", "UNCTAD", "UNDP", "ECA"],
    status: "confirmed",
    source: UNGIS_ORG,
  },
] satisfies readonly UngisChairTerm[];

// The recalled list has 30 members, matching the 30 of 2013 (confirmed). The 2006 description names
// the IMF among the CEB members in UNGIS, but the recalled list does not, so the IMF is left out.
const MEMBERS = [
  "ECA",
  "ECE",
  "ECLAC",
  "ESCAP",
  "ESCWA",
  "FAO",
  "ILO",
  "ITC",
  "ITU",
  "UNCTAD",
  "UNDESA",
  "UNDP",
  "UNEP",
  "UNESCO",
  "UNFPA",
  "UN-Habitat",
  "UNHCR",
  "UNICEF",
  "UNIDO",
  "UNITAR",
  "UNODC",
  "UNU",
  "UN-Women",
  "UPU",
  "WFP",
  "WHO",
  "WIPO",
  "WMO",
  "World-Bank",
  "WTO",
] satisfies WsisAgencyId[];

/**
 * The United Nations Group on the Information Society: its members (a recalled list of 30) and its
 * chairs by year, with vice-chairs where the reference names them. ITU is its secretariat.
 * Source: reference/domain-facts.md §4.
 */
export const UNGIS: InterAgencyGroupInput = {
  id: "UNGIS",
  name: "United Nations Group on the Information Society",
  members: MEMBERS,
  membersStatus: "recalled",
  chairs: CHAIRS,
  source:
    "https://ictlogy.net/wiki/index.php?title=United_Nations_Group_On_The_Information_Society ; https://unsceb.org/content/action-world-summit-information-society ; https://www.diplomacy.edu/actor/united-nations-group-information-society/",
};
