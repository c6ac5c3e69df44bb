import type * as z from "zod/mini";
import { type InterAgencyGroupSchema, withoutUndefined } from "../../model/index.ts";
import {
  DIPLOMACY_UNGIS_URL,
  ICTLOGY_UNGIS_URL,
  UNCTAD_2012_URL,
  UNGIS_2006_URL,
  UNGIS_ORG_URL,
} from "./addresses.ts";
import type { WsisAgencyId } from "./agencies.ts";

type InterAgencyGroupInput = z.input<typeof InterAgencyGroupSchema>;
type ChairTermInput = NonNullable<InterAgencyGroupInput["chairs"]>[number];

/**
 * A chair term, its agency ids checked by the compiler against the WSIS agencies:
 * [from, to, chair, vice-chairs, status, source, note (where it has one)].
 */
type ChairRow = readonly [
  from: number,
  to: number,
  chair: WsisAgencyId,
  viceChairs: WsisAgencyId[],
  status: ChairTermInput["status"],
  source: string,
  note?: string,
];

const FIRST_YEAR = UNGIS_2006_URL;
const MEETING_2007 = "https://eduprovides.blogspot.com/2007/08/ungis-united-nations-group-on.html";
const MEETING_2012 = "https://www.itu.int/en/osg/speeches/Pages/2012-05-14-2.aspx";
const UNCTAD_2012 = UNCTAD_2012_URL;
const UNESCO_2013 =
  "https://en.unesco.org/news/30-international-organizations-jointly-state-do-make-better-use-technologies-post-2015-future";
const UNGIS_ORG = UNGIS_ORG_URL;

const UNESCO_2007 = "http://portal.unesco.org/en/ev.php-URL_ID=38873&URL_DO=DO_TOPIC&URL_SECTION=201.html";
const ITU_2009 =
  "http://mailman-new.greennet.org.uk/pipermail/plenary/attachments/20090909/6f89cea4/attachment.htm";
const ITU_2010 = "https://www.itu.int/en/osg/speeches/Pages/2010-05-10-2.aspx";

// The status most terms have, named once (it is written many times below).
const CONFIRMED = "confirmed";

// Chair terms are whole years and do not overlap. A year in which the chair changed hands goes to the
// agency that held the chair for most of it (reference §4 and the corrections of §9b):
// - 2006: ITU chaired the first year (first meeting July 2006), vice-chairs UNESCO, UNDP, WHO.
// - 2007: ITU SG Touré chaired the 2nd meeting (17 Jul 2007), where UNESCO's Director-General said
//   UNESCO "will be taking over the chairmanship".
// - 2008: UNESCO, which took over after the July 2007 meeting (the next chair on record is ITU in
//   September 2009, so 2008 is UNESCO's; inferred from those two facts).
// - 2009: ITU, with UNCTAD, UNESCO, UNDP and UNECA (id "ECA") as co-chairs (September 2009).
// - 2010: ITU chaired the 6th meeting (10 May 2010).
// - 2011: inferred, not read: ITU chaired in 2010 and was still in the chair at the 8th meeting
//   (14 May 2012), and the reference names no other chair in between.
// - 2012: UNCTAD, which took over in May 2012 (ITU's months before that are not shown) and kept the
//   chair until 25 Feb 2013; vice-chairs ITU, UNESCO, UNDP, UNDESA.
// - 2013: UNESCO, from the 9th high-level meeting (Paris, 25 Feb 2013); it chaired the joint
//   statement of 13 May 2013.
// - 2014–2018: no term; the reference does not say who chaired.
// - 2019: ITU, with UNESCO, UNCTAD, UNDP and UNECA as vice-chairs, per ungis.org around 2019. The
//   term is closed at 2019 because the reference says nothing of later years.
const CHAIR_ROWS: readonly ChairRow[] = [
  [2006, 2006, "ITU", ["UNESCO", "UNDP", "WHO"], CONFIRMED, FIRST_YEAR],
  [2007, 2007, "ITU", [], CONFIRMED, `${MEETING_2007} ; ${UNESCO_2007}`],
  [
    2008,
    2008,
    "UNESCO",
    [],
    "inferred",
    `${UNESCO_2007} ; ${ITU_2009}`,
    "UNESCO announced at the 17 July 2007 meeting that it would take over the chair; ITU chaired again by September 2009.",
  ],
  [
    2009,
    2009,
    "ITU",
    ["UNCTAD", "UNESCO", "UNDP", "ECA"],
    CONFIRMED,
    ITU_2009,
    "The source names UNCTAD, UNESCO, UNDP and UNECA as co-chairs; they are kept here as vice-chairs.",
  ],
  [2010, 2010, "ITU", [], CONFIRMED, ITU_2010],
  [2011, 2011, "ITU", [], "inferred", `${ITU_2010} ; ${MEETING_2012} ; ${UNCTAD_2012}`],
  [2012, 2012, "UNCTAD", ["ITU", "UNESCO", "UNDP", "UNDESA"], CONFIRMED, `${UNCTAD_2012} ; ${MEETING_2012}`],
  [2013, 2013, "UNESCO", [], CONFIRMED, `${UNCTAD_2012} ; ${UNESCO_2013}`],
  [2019, 2019, "ITU", ["UNESCO", "UNCTAD", "UNDP", "ECA"], CONFIRMED, UNGIS_ORG],
];
const CHAIRS: ChairTermInput[] = CHAIR_ROWS.map(([from, to, chair, viceChairs, status, source, note]) =>
  withoutUndefined({ from, to, chair, viceChairs, status, source, note }),
);

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
 * chairs by year, with vice-chairs where the reference names them, and the years of members that did
 * not belong throughout (UN Women, from 2010). ITU is its secretariat.
 * Source: reference/domain-facts.md §4 and §9b.
 */
export const UNGIS: InterAgencyGroupInput = {
  id: "UNGIS",
  name: "United Nations Group on the Information Society",
  members: MEMBERS,
  membersStatus: "recalled",
  chairs: CHAIRS,
  // UN Women was created in 2010 (GA resolution 64/289), so it cannot count as a member before then (§9b).
  memberTerms: [
    {
      agency: "UN-Women",
      from: 2010,
      source: "GA resolution 64/289 (2 July 2010), https://undocs.org/A/RES/64/289 (reference §9b)",
    },
  ],
  source: `${ICTLOGY_UNGIS_URL} ; https://unsceb.org/content/action-world-summit-information-society ; ${DIPLOMACY_UNGIS_URL}`,
};

/** A UNGIS meeting on record: the month it met, which sets when its work can feed a session. */
export interface UngisMeeting {
  readonly year: number;
  /** The first day of the meeting, or its month (`YYYY-MM`) when the day is not on record. */
  readonly date: string;
  readonly what: string;
  readonly source: string;
}

// One meeting a row: [year, date, what, source].
const MEETING_ROWS: readonly (readonly [year: number, date: string, what: string, source: string])[] = [
  [
    2006,
    "2006-07",
    "1st meeting, ITU, Geneva",
    "https://www.convergedigest.com/2006/07/un-forms-group-on-information-society.html",
  ],
  [2007, "2007-07-17", "2nd meeting, UNESCO, Paris", MEETING_2007],
  [2009, "2009-09", "meeting chaired by ITU", ITU_2009],
  [2010, "2010-05-10", "6th meeting, at the WSIS Forum", ITU_2010],
  [2011, "2011-05-16", "meeting at the WSIS Forum", "https://itu.int/net4/wsis/ungis/Articles/View/1190"],
  [2012, "2012-05-14", "8th meeting, at the WSIS Forum", "https://www.itu.int/net4/wsis/ungis/Meetings/1170"],
];

/**
 * UNGIS's meetings on record (reference §4 and §9b): July in 2006 and 2007, September in 2009, and
 * May, at the WSIS Forum, since 2010. `alignWithUngis` reads when each year's UNGIS work can reach a
 * session from these; for later years it takes the May pattern, and for years before 2010 without a
 * meeting on record (2008), July.
 */
export const UNGIS_MEETINGS: readonly UngisMeeting[] = MEETING_ROWS.map(([year, date, what, source]) => ({
  year,
  date,
  what,
  source,
}));
