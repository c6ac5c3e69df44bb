// The CSD's multi-year programme of work 2004–2017 as catalogue data: the precedent the 2006 meeting
// pointed to (a two-year cycle with a review year and a policy year). Facts from
// reference/domain-facts.md §6, as plain data (it imports types only; test/fixtures/csd.ts validates it),
// so the notebook, which imports the local build, loads no second copy of the library.
import type {
  ActionLineInput,
  CalendarOptionsInput,
  CatalogueInput,
  CommissionRecordInput,
  RecordSessionInput,
} from "../../src/index.ts";

const MYPOW =
  "CSD-11 MYPOW 2004–2017: https://sustainabledevelopment.un.org/index.php?menu=1483 ; https://enb-test.iisd.org/vol05/enb05193e.html ; http://www.unece.org/index.php?id=13384&type=111";
const NEWS_2003 = "https://news.un.org/en/story/2003/05/67412";
const EARTH_INFO = "http://earth-info-net.blogspot.com/2004/02/commission-on-sustainable-developments.html";
const CYCLE_SOURCES = {
  1: "http://www.unece.org/index.php?id=13384&type=111 ; https://enb.iisd.org:443/events/csd-13/summary-report-11-22-april-2005",
  2: `${NEWS_2003} ; ${EARTH_INFO}`,
  3: `${EARTH_INFO} ; ${NEWS_2003}`,
  4: "https://pdfslide.net/government-nonprofit/2010-18th-report-commission-on-sustainable-development-csd.html ; https://enb.iisd.org/events/csd-19/summary-report-2-14-may-2011",
  5: NEWS_2003,
  6: `${NEWS_2003} (oceans and SIDS confirmed; the rest of the cluster recalled)`,
  7: NEWS_2003,
} as const;
const CROSS_CUTTING_SOURCE =
  "cross-cutting issue: https://sustainabledevelopment.un.org/index.php?menu=1483 ; https://sustainabledevelopment.un.org/content/dsd/susdevtopics/sdt_poverty.shtml";

type CycleNumber = keyof typeof CYCLE_SOURCES;

const issue = (cycle: CycleNumber, id: string, title: string, recalled = false): ActionLineInput => ({
  id,
  title,
  source: `${MYPOW} | cycle ${cycle}: ${CYCLE_SOURCES[cycle]}${recalled ? " | this issue: recalled, unconfirmed" : ""}`,
});

/** One two-year implementation cycle of the CSD programme: its years, sessions and cluster. */
export interface CsdCycle {
  readonly cycle: CycleNumber;
  /** The review year (review session) and the policy year (policy session). */
  readonly years: readonly [review: number, policy: number];
  readonly sessions: readonly [review: string, policy: string];
  /** Ids of the cluster's thematic issues in `csd`. */
  readonly issues: readonly string[];
  readonly source: string;
}

/** The seven implementation cycles of the CSD's 2004–2017 programme (reference §6 table). */
export const CSD_CYCLES: readonly CsdCycle[] = [
  {
    cycle: 1,
    years: [2004, 2005],
    sessions: ["CSD-12", "CSD-13"],
    issues: ["water", "sanitation", "human-settlements"],
    source: CYCLE_SOURCES[1],
  },
  {
    cycle: 2,
    years: [2006, 2007],
    sessions: ["CSD-14", "CSD-15"],
    issues: ["energy", "industrial-development", "air-pollution-atmosphere", "climate-change"],
    source: CYCLE_SOURCES[2],
  },
  {
    cycle: 3,
    years: [2008, 2009],
    sessions: ["CSD-16", "CSD-17"],
    issues: ["agriculture", "rural-development", "land", "drought", "desertification", "africa"],
    source: CYCLE_SOURCES[3],
  },
  {
    cycle: 4,
    years: [2010, 2011],
    sessions: ["CSD-18", "CSD-19"],
    issues: ["transport", "chemicals", "waste-management", "mining", "scp-10yfp"],
    source: CYCLE_SOURCES[4],
  },
  {
    cycle: 5,
    years: [2012, 2013],
    sessions: ["CSD-20", "CSD-21"],
    issues: ["forests", "biodiversity", "biotechnology", "tourism", "mountains"],
    source: CYCLE_SOURCES[5],
  },
  {
    cycle: 6,
    years: [2014, 2015],
    sessions: ["CSD-22", "CSD-23"],
    issues: ["oceans-and-seas", "marine-resources", "sids", "disaster-management"],
    source: CYCLE_SOURCES[6],
  },
  {
    cycle: 7,
    years: [2016, 2017],
    sessions: ["CSD-24", "CSD-25"],
    issues: ["overall-appraisal"],
    source: CYCLE_SOURCES[7],
  },
];

/**
 * Ids of the confirmed cross-cutting issues and the means of implementation, taken up in every cycle
 * (reference §6: "Means of implementation are addressed in every cycle", and the three cross-cutting
 * issues confirmed in the sustainabledevelopment.un.org table; §9d).
 */
export const CSD_CROSS_CUTTING: readonly string[] = [
  "poverty-eradication",
  "consumption-production-patterns",
  "natural-resource-base",
  "means-of-implementation",
];

/**
 * The CSD's 2004–2017 programme as a catalogue: one line per thematic issue of the seven clusters,
 * in cycle order, then the three confirmed cross-cutting issues. No facilitators (the reference names
 * none for the CSD). Pass it to `defineCatalogue`, adding the regional groups (`wsis.regions`).
 */
export const CSD_CATALOGUE = {
  id: "csd",
  name: "Commission on Sustainable Development: multi-year programme of work 2004–2017",
  lineNoun: "thematic issue",
  actionLines: [
    issue(1, "water", "Water"),
    issue(1, "sanitation", "Sanitation"),
    issue(1, "human-settlements", "Human settlements"),
    issue(2, "energy", "Energy for sustainable development"),
    issue(2, "industrial-development", "Industrial development"),
    issue(2, "air-pollution-atmosphere", "Air pollution/atmosphere"),
    issue(2, "climate-change", "Climate change"),
    issue(3, "agriculture", "Agriculture"),
    issue(3, "rural-development", "Rural development"),
    issue(3, "land", "Land"),
    issue(3, "drought", "Drought"),
    issue(3, "desertification", "Desertification"),
    issue(3, "africa", "Africa"),
    issue(4, "transport", "Transport"),
    issue(4, "chemicals", "Chemicals"),
    issue(4, "waste-management", "Waste management"),
    issue(4, "mining", "Mining"),
    issue(4, "scp-10yfp", "10-year framework of programmes on sustainable consumption and production"),
    issue(5, "forests", "Forests"),
    issue(5, "biodiversity", "Biodiversity"),
    issue(5, "biotechnology", "Biotechnology"),
    issue(5, "tourism", "Tourism"),
    issue(5, "mountains", "Mountains"),
    issue(6, "oceans-and-seas", "Oceans and seas"),
    issue(6, "marine-resources", "Marine resources", true),
    issue(6, "sids", "Small island developing States"),
    issue(6, "disaster-management", "Disaster management and vulnerability", true),
    issue(
      7,
      "overall-appraisal",
      "Overall appraisal of Agenda 21, the Programme for Further Implementation of Agenda 21 and the JPOI",
    ),
    { id: "poverty-eradication", title: "Poverty eradication", source: CROSS_CUTTING_SOURCE },
    {
      id: "consumption-production-patterns",
      title: "Changing unsustainable patterns of consumption and production",
      source: CROSS_CUTTING_SOURCE,
    },
    {
      id: "natural-resource-base",
      title: "Protecting and managing the natural resource base of economic and social development",
      source: CROSS_CUTTING_SOURCE,
    },
    {
      id: "means-of-implementation",
      title: "Means of implementation",
      source: "addressed in every cycle: https://sustainabledevelopment.un.org/index.php?menu=1483",
    },
  ],
  // The CSD had one mandate: its clusters are labelled as such, never as "WSIS follow-up".
  mandates: [{ id: "wsis", label: "Sustainable development (thematic cluster)" }],
} satisfies CatalogueInput;

const ENB = {
  13: "https://enb.iisd.org:443/events/csd-13/summary-report-11-22-april-2005",
  14: "https://enb-test.iisd.org/events/csd-14/summary-report-1-12-may-2006",
  16: "https://enb.iisd.org/vol05/enb05265e.html",
  18: "https://enb.iisd.org/events/csd-18/daily-report-13-may-2010",
  19: "https://enb.iisd.org/events/csd-19/summary-report-2-14-may-2011",
} as const;
const SESSIONS_SOURCE = "ENB reports; E/2010/29 (reference §9d)";
const LAST_MEETING = "https://www.un.org/press/en/2013/envdev1376.doc.htm";

/**
 * How the CSD's sessions were dated, as calendar options: two weeks in New York, opening on the first
 * Monday of May (so they did in 2006 and 2008–2011; CSD-13 opened on 11 April 2005 and CSD-15 on
 * 30 April 2007, given as exact dates), with a three-day high-level segment at the end of the
 * review sessions as well as the policy sessions (CSD-14 10–12 May 2006, CSD-16 14–16 May 2008,
 * CSD-18 in its second week; reference §9d). No inter-sessional panel: the CSD's Intergovernmental
 * Preparatory Meeting is not modelled.
 */
export const CSD_CALENDAR = {
  venue: "New York",
  sessionStart: { month: 5, nth: 1 },
  sessionDays: 10,
  sessionDates: [
    { year: 2005, opens: "2005-04-11" },
    { year: 2007, opens: "2007-04-30" },
  ],
  highLevelSegmentDays: 3,
  highLevelSegmentPhases: ["review", "policy"],
  intersessionalPanel: false,
} satisfies CalendarOptionsInput;

const cycleOf = (year: number): CsdCycle | undefined =>
  CSD_CYCLES.find((cycle) => cycle.years[0] === year || cycle.years[1] === year);

const recordSession = (
  number: number,
  year: number,
  dates: { opens: string; closes: string } | undefined,
  source: string,
): RecordSessionInput => {
  const cycle = cycleOf(year);
  return {
    number,
    year,
    ...(dates ?? {}),
    ...(dates === undefined ? { datesStatus: "recalled" as const } : {}),
    venue: "New York",
    source,
    themes: [
      ...(cycle === undefined
        ? []
        : [
            {
              id: `cluster-${cycle.cycle}`,
              title: `Cluster ${cycle.cycle} (${cycle.years.join("/")})`,
              actionLines: [...cycle.issues],
              source: cycle.source,
            },
          ]),
      ...CSD_CROSS_CUTTING.map((id) => ({
        id,
        title: CSD_CATALOGUE.actionLines.find((line) => line.id === id)?.title ?? id,
        actionLines: [id],
        crossCutting: true,
        source: CROSS_CUTTING_SOURCE,
      })),
    ],
  };
};

/**
 * The CSD's record as a `history`: the sessions of cycles 1–4 that ran (CSD-12 in 2004 to CSD-19 in
 * 2011), each with its cluster and the cross-cutting issues. Cycles 5–7 never ran: after Rio+20 the
 * CSD met for the last time on 20 September 2013 and was replaced by the HLPF (GA 67/290, §9d).
 * CSD-12's dates are not in the reference.
 */
export const CSD_RECORD = {
  id: "csd-record",
  commission: "Commission on Sustainable Development",
  catalogue: "csd",
  mapping:
    "Each session's cluster is its cycle's (reference §6); the cross-cutting issues belong to every cycle.",
  sessions: [
    recordSession(12, 2004, undefined, CYCLE_SOURCES[1]),
    recordSession(13, 2005, { opens: "2005-04-11", closes: "2005-04-22" }, ENB[13]),
    recordSession(14, 2006, { opens: "2006-05-01", closes: "2006-05-12" }, ENB[14]),
    recordSession(15, 2007, { opens: "2007-04-30", closes: "2007-05-11" }, SESSIONS_SOURCE),
    recordSession(16, 2008, { opens: "2008-05-05", closes: "2008-05-16" }, ENB[16]),
    recordSession(17, 2009, { opens: "2009-05-04", closes: "2009-05-15" }, SESSIONS_SOURCE),
    recordSession(18, 2010, { opens: "2010-05-03", closes: "2010-05-14" }, ENB[18]),
    recordSession(19, 2011, { opens: "2011-05-02", closes: "2011-05-13" }, ENB[19]),
  ],
  source: `reference/domain-facts.md §6, §9d; the last meeting: ${LAST_MEETING}`,
} satisfies CommissionRecordInput;

/** The CSD's last meeting: 20 September 2013; it was replaced by the HLPF (GA 67/290, reference §9d). */
export const CSD_LAST_MEETING = { date: "2013-09-20", source: LAST_MEETING } as const;
