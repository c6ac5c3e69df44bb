// The CSD's multi-year programme of work 2004–2017 as catalogue data: the precedent the 2006 meeting
// pointed to (a two-year cycle with a review year and a policy year). Facts from
// reference/domain-facts.md §6, as plain data (it imports types only; test/fixtures/csd.ts validates it),
// so the notebook, which imports the local build, loads no second copy of the library.
import type { ActionLineInput, CatalogueInput } from "../../src/index.ts";

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

/** Ids of the confirmed cross-cutting issues, attached to every cycle (reference §6). */
export const CSD_CROSS_CUTTING: readonly string[] = [
  "poverty-eradication",
  "consumption-production-patterns",
  "natural-resource-base",
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
  ],
} satisfies CatalogueInput;
