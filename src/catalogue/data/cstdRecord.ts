import type { CommissionRecordInput, RecordSessionInput } from "../../model/index.ts";

// The Commission's sessions and priority themes, from reference/domain-facts.md §5c (each session
// carries its source address). The titles and dates are the sources'; the mandate, action lines and
// SDGs each theme is given are THIS PROJECT'S READING of the titles, not the Commission's own mapping.

const UNCTAD_9 = "https://unctad.org/meeting/commission-science-and-technology-development-ninth-session";
const S10 =
  "http://businessdocbox.com/Government/97369037-Commission-on-science-and-technology-for-development.html";
const S11 =
  "https://lists.igcaucus.org/pipermail/governance/2008-April/008115.html ; https://docest.com/doc/397240/united-nations-commission-on-science-and-technology-for-development";
const S12 = "https://unctad.org/meeting/commission-science-and-technology-development-twelfth-session";
const S13 =
  "https://arquivo.pt/wayback/20170831190119mp_/http://www.english.umic.pt/index.php?option=com_content&task=view&id=3396&Itemid=236";
const S14 =
  "https://livrozilla.com/doc/349151/intersessional-panel-meetings ; https://www.apc.org/en/blog/un-commission-science-and-technology-development-fourteenth-session";
const S15 = "http://iscintelligence.com/event.php?id=47";
const S16 =
  "http://unctad.org/en/pages/newsdetails.aspx?OriginalVersionID=386%250D%250A&Sitemap_x0020_Taxonomy=UNCTAD%2520Home";
const S17 =
  "https://vdocument.in/commission-on-science-and-technology-for-337-summary-at-its-seventeenth-session.html";
const S18 = "https://dig.watch/event/cstd-eighteenth-session";
const S19 =
  "https://fdocuments.us/document/commission-on-science-and-technology-for-1-the-commission-on-science-and-technology.html";
const S20 =
  "https://dig.watch/event/commission-science-and-technology-development-twentieth-session/commission-science-and-technology-development-20th-session";
const S21 =
  "https://etradeforall.org/news/commission-on-science-and-technology-for-development-twenty-first-session/";
const S22 = "https://hlpf.un.org/inputs/commission-on-science-and-technology-for-development-cstd";
const S23 =
  "https://www.humanitarianfutures.org/exploring-space-technologies-for-sustainable-development-and-the-benefits-of-international-research-collaboration-in-this-context/ ; dates: https://documents.pub/document/commission-on-science-and-technology-for-development-2020-9-17-commission-on.html";
const S24 =
  "https://unctad.org/osgstatement/commission-science-and-technology-development-inter-sessional-panel";
const S25 =
  "https://hlpf.un.org/inputs/commission-on-science-and-technology-for-development-cstd-1 ; https://labnews.co.uk/article/2091155/un-debate-on-how-to-make-science-and-technology-more-sustainable-and-inclusive";
const S26 = "https://globalpolicy.ieee.org/focus-on-u-n-commission-on-st-for-development/";
const S27 = "https://unctad.org/news/un-discuss-how-harness-data-development";
const S28 =
  "https://soroptimistinternational.org/the-opening-session-of-the-un-commission-on-science-and-technology-for-development ; https://unctad.org/osgstatement/commission-science-and-technology-development-28th-session";
const S29 =
  "https://unctad.org/osgstatement/un-commission-science-and-technology-development-inter-sessional-panel";

const ALL_LINES = ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11"];

const inclusiveSociety = {
  id: "inclusive-information-society-2008",
  title:
    "Development-oriented policies for a socio-economically inclusive information society, including access, infrastructure and an enabling environment",
  mandate: "wsis",
  actionLines: ["C2", "C3", "C6"],
  tags: ["MDG 8"],
} as const;
const steCapacity = {
  id: "ste-capacity-2008",
  title: "Science, technology and engineering for innovation and capacity-building in education and research",
  mandate: "sti",
  tags: ["MDG 2"],
} as const;

const SESSIONS: RecordSessionInput[] = [
  {
    number: 9,
    year: 2006,
    opens: "2006-05-15",
    closes: "2006-05-19",
    source: UNCTAD_9,
    note: "UNCTAD's page gives 14–19 May; the theme was set at the 8th session for 2005–2006.",
    themes: [
      {
        id: "technology-gap-2006",
        title: "Bridging the technology gap between and within nations",
        mandate: "sti",
        tags: ["MDG 8"],
        source: UNCTAD_9,
      },
    ],
  },
  {
    number: 10,
    year: 2007,
    opens: "2007-05-21",
    closes: "2007-05-25",
    source: S10,
    themes: [
      {
        id: "people-centred-information-society-2007",
        title:
          "Promoting the building of a people-centred, development-oriented and inclusive information society",
        mandate: "wsis",
        // The 10th session reviewed WSIS progress as a whole: read as every action line.
        actionLines: ALL_LINES,
        tags: ["MDG 8"],
        source: S10,
      },
    ],
  },
  {
    number: 11,
    year: 2008,
    opens: "2008-05-26",
    closes: "2008-05-30",
    source: S11,
    themes: [
      {
        ...inclusiveSociety,
        actionLines: [...inclusiveSociety.actionLines],
        tags: [...inclusiveSociety.tags],
        source: S11,
      },
      { ...steCapacity, tags: [...steCapacity.tags], source: S11 },
    ],
  },
  {
    number: 12,
    year: 2009,
    opens: "2009-05-25",
    closes: "2009-05-29",
    source: S12,
    note: "The same two themes as the 11th session (the 2007–2009 cycle); UNCTAD's page gives 24–29 May.",
    themes: [
      {
        ...inclusiveSociety,
        actionLines: [...inclusiveSociety.actionLines],
        tags: [...inclusiveSociety.tags],
        source: S12,
      },
      { ...steCapacity, tags: [...steCapacity.tags], source: S12 },
    ],
  },
  {
    number: 13,
    year: 2010,
    opens: "2010-05-17",
    closes: "2010-05-21",
    source: S13,
    themes: [
      {
        id: "financing-ict4d-2010",
        title:
          "Improvements and innovations in existing financing mechanisms: information and communication technologies for development",
        mandate: "wsis",
        actionLines: ["C6", "C11"],
        tags: ["MDG 8"],
        source: S13,
      },
      {
        id: "renewable-energy-2010",
        title: "New and emerging technologies: renewable energy for development",
        mandate: "sti",
        tags: ["MDG 7"],
        source: S13,
      },
    ],
  },
  {
    number: 14,
    year: 2011,
    opens: "2011-05-23",
    closes: "2011-05-27",
    source: S14,
    themes: [
      {
        id: "agriculture-water-2011",
        title: "Technologies to address challenges in areas such as agriculture and water",
        mandate: "both",
        actionLines: ["C7.e-agriculture"],
        tags: ["MDG 1", "MDG 7"],
        source: S14,
      },
      {
        id: "measuring-ict4d-2011",
        title: "Measuring the impact of information and communication technologies for development",
        mandate: "wsis",
        actionLines: ["C1", "C11"],
        tags: ["MDG 8"],
        source: S14,
      },
    ],
  },
  {
    number: 15,
    year: 2012,
    opens: "2012-05-21",
    closes: "2012-05-25",
    source: S15,
    themes: [
      {
        id: "innovation-technology-transfer-2012",
        title:
          "Innovation, research, technology transfer for mutual advantage, entrepreneurship and collaborative development in the information society",
        mandate: "both",
        actionLines: ["C7.e-business", "C7.e-science", "C11"],
        tags: ["MDG 8"],
        source: S15,
      },
      {
        id: "open-access-2012",
        title:
          "Open access, virtual science libraries, geospatial analysis and other complementary ICT and STEM assets to address development issues, with particular attention to education",
        mandate: "both",
        actionLines: ["C3", "C7.e-science", "C7.e-learning"],
        tags: ["MDG 2"],
        source: S15,
      },
    ],
  },
  {
    number: 16,
    year: 2013,
    opens: "2013-06-03",
    closes: "2013-06-07",
    datesStatus: "recalled",
    source: S16,
    note: "The themes are confirmed (inter-sessional panel, Lima, January 2013); the session's exact dates are not.",
    themes: [
      {
        id: "sustainable-cities-2013",
        title: "Science, technology and innovation for sustainable cities and peri-urban communities",
        mandate: "sti",
        tags: ["MDG 7"],
        source: S16,
      },
      {
        id: "broadband-2013",
        title: "Internet broadband for an inclusive digital society",
        mandate: "wsis",
        actionLines: ["C2", "C3"],
        tags: ["MDG 8"],
        source: S16,
      },
    ],
  },
  {
    number: 17,
    year: 2014,
    opens: "2014-05-12",
    closes: "2014-05-16",
    source: S17,
    themes: [
      {
        id: "sti-post-2015-2014",
        title: "Science, technology and innovation for the post-2015 development agenda",
        mandate: "sti",
        tags: ["MDG 8"],
        source: S17,
      },
      {
        id: "icts-inclusive-development-2014",
        title: "Information and communication technologies for inclusive social and economic development",
        mandate: "wsis",
        actionLines: ["C1", "C7"],
        tags: ["MDG 8"],
        source: S17,
      },
    ],
  },
  {
    number: 18,
    year: 2015,
    opens: "2015-05-04",
    closes: "2015-05-08",
    source: S18,
    note: "The session also took up the ten-year review of WSIS.",
    themes: [
      {
        id: "strategic-foresight-2015",
        title: "Strategic foresight for the post-2015 development agenda",
        mandate: "sti",
        tags: ["MDG 8"],
        source: S18,
      },
      {
        id: "digital-development-2015",
        title: "Digital development",
        mandate: "wsis",
        actionLines: ["C1", "C2", "C7"],
        tags: ["MDG 8"],
        source: S18,
      },
    ],
  },
  {
    number: 19,
    year: 2016,
    opens: "2016-05-09",
    closes: "2016-05-13",
    source: S19,
    themes: [
      {
        id: "smart-cities-2016",
        title: "Smart cities and infrastructure",
        mandate: "both",
        actionLines: ["C2", "C7.e-government"],
        sdgs: [9, 11],
        source: S19,
      },
      {
        id: "foresight-digital-development-2016",
        title: "Foresight for digital development",
        mandate: "wsis",
        actionLines: ["C1", "C6"],
        sdgs: [9],
        source: S19,
      },
    ],
  },
  {
    number: 20,
    year: 2017,
    opens: "2017-05-08",
    closes: "2017-05-12",
    source: S20,
    themes: [
      {
        id: "innovation-approaches-sdgs-2017",
        title: "New innovation approaches to support the implementation of the Sustainable Development Goals",
        mandate: "sti",
        sdgs: [9, 17],
        source: S20,
      },
      {
        id: "food-security-2017",
        title: "The role of science, technology and innovation in ensuring food security by 2030",
        mandate: "both",
        actionLines: ["C7.e-agriculture"],
        sdgs: [2],
        source: S20,
      },
    ],
  },
  {
    number: 21,
    year: 2018,
    opens: "2018-05-14",
    closes: "2018-05-18",
    source: S21,
    themes: [
      {
        id: "renewable-energy-2018",
        title:
          "The role of science, technology and innovation in increasing substantially the share of renewable energy by 2030",
        mandate: "both",
        actionLines: ["C7.e-environment"],
        sdgs: [7],
        source: S21,
      },
      {
        id: "digital-competencies-2018",
        title:
          "Building digital competencies to benefit from existing and emerging technologies, with special focus on gender and youth dimensions",
        mandate: "wsis",
        actionLines: ["C4", "C7.e-learning"],
        sdgs: [4, 5],
        source: S21,
      },
    ],
  },
  {
    number: 22,
    year: 2019,
    opens: "2019-05-13",
    closes: "2019-05-17",
    source: S22,
    themes: [
      {
        id: "rapid-technological-change-2019",
        title:
          "The impact of rapid technological change on the achievement of the Sustainable Development Goals",
        mandate: "sti",
        sdgs: [9],
        source: S22,
      },
      {
        id: "resilient-communities-2019",
        title:
          "The role of science, technology and innovation in building resilient communities, including through the contribution of citizen science",
        mandate: "both",
        actionLines: ["C7.e-science", "C7.e-environment"],
        sdgs: [11],
        source: S22,
      },
    ],
  },
  {
    number: 23,
    year: 2020,
    opens: "2020-06-10",
    closes: "2020-06-12",
    venue: "virtual (informal)",
    source: S23,
    note: "A shortened, virtual, informal session of three days.",
    themes: [
      {
        id: "harnessing-technological-change-2020",
        title: "Harnessing rapid technological change for inclusive and sustainable development",
        mandate: "sti",
        sdgs: [9],
        status: "recalled",
        source: "reference/domain-facts.md §5c (unconfirmed)",
      },
      {
        id: "space-technologies-2020",
        title:
          "Exploring space technologies for sustainable development and the benefits of international research collaboration",
        mandate: "both",
        actionLines: ["C7.e-science", "C7.e-environment", "C11"],
        sdgs: [9, 17],
        status: "inferred",
        source: S23,
      },
    ],
  },
  {
    number: 24,
    year: 2021,
    opens: "2021-05-17",
    closes: "2021-05-21",
    source: S24,
    themes: [
      {
        id: "sti-health-2021",
        title:
          "Using science, technology and innovation to close the gap on SDG 3, on good health and well-being",
        mandate: "both",
        actionLines: ["C7.e-health"],
        sdgs: [3],
        source: S24,
      },
      {
        id: "blockchain-2021",
        title: "Harnessing blockchain for sustainable development: prospects and challenges",
        mandate: "both",
        actionLines: ["C5", "C7.e-business"],
        sdgs: [9],
        source: S24,
      },
    ],
  },
  {
    number: 25,
    year: 2022,
    opens: "2022-03-28",
    closes: "2022-04-01",
    source: S25,
    themes: [
      {
        id: "industry-4-0-2022",
        title: "Industry 4.0 for inclusive development",
        mandate: "both",
        actionLines: ["C7.e-business", "C7.e-employment"],
        sdgs: [8, 9],
        source: S25,
      },
      {
        id: "urban-development-2022",
        title:
          "Science, technology and innovation for sustainable urban development in a post-pandemic world",
        mandate: "sti",
        sdgs: [11],
        source: S25,
      },
    ],
  },
  {
    number: 26,
    year: 2023,
    datesStatus: "recalled",
    source: S26,
    note: "The themes are confirmed (inter-sessional panel, 25–27 October 2022); the session's dates are not in the reference.",
    themes: [
      {
        id: "cleaner-production-2023",
        title: "Technology and innovation for cleaner and more productive and competitive production",
        mandate: "sti",
        sdgs: [9, 12],
        source: S26,
      },
      {
        id: "water-sanitation-2023",
        title:
          "Ensuring safe water and sanitation for all: a solution through science, technology and innovation",
        mandate: "sti",
        sdgs: [6],
        source: S26,
      },
    ],
  },
  {
    number: 27,
    year: 2024,
    opens: "2024-04-15",
    closes: "2024-04-19",
    source: S27,
    note: "The session also discussed the WSIS+20 review.",
    themes: [
      {
        id: "data-for-development-2024",
        title: "Data for development",
        mandate: "both",
        actionLines: ["C3", "C5"],
        sdgs: [17],
        source: S27,
      },
      {
        id: "global-cooperation-2024",
        title: "Global cooperation in science, technology and innovation for development",
        mandate: "both",
        actionLines: ["C11"],
        sdgs: [17],
        source: S27,
      },
    ],
  },
  {
    number: 28,
    year: 2025,
    datesStatus: "recalled",
    source: S28,
    note: "The themes are partly confirmed (a secondary account of the inter-sessional panel of 21 October 2024); the session's dates are not in the reference. It also took up the WSIS+20 review report.",
    themes: [
      {
        id: "economic-diversification-2025",
        title: "Economic diversification through digitalisation",
        mandate: "wsis",
        actionLines: ["C7", "C7.e-business"],
        sdgs: [8, 9],
        status: "inferred",
        source: S28,
      },
      {
        id: "technology-foresight-2025",
        title: "Technology foresight for sustainable development",
        mandate: "sti",
        sdgs: [9],
        status: "inferred",
        source: S28,
      },
    ],
  },
  {
    number: 29,
    year: 2026,
    datesStatus: "recalled",
    source: S29,
    note: "The inter-sessional panel of 17 November 2025 took up the theme; the session's dates are not in the reference.",
    themes: [
      {
        id: "sti-artificial-intelligence-2026",
        title: "Science, technology and innovation in the age of artificial intelligence",
        mandate: "sti",
        sdgs: [9],
        source: S29,
      },
    ],
  },
];

/**
 * The Commission's own record: every session from the 9th (2006) to the 29th (2026), with its dates
 * and priority themes (reference/domain-facts.md §5c). Pass it as `history` to `checkProgramme` or
 * `draftProgramme` to find themes that repeat a recent session's, and to see coverage over the record.
 *
 * Each theme's mandate, action lines and SDGs are this project's reading of its title (the record
 * gives titles only); so are the MDG tags of the themes before 2016. Sessions whose dates the
 * reference does not give (26th, 28th, 29th) carry none, with `datesStatus: "recalled"`.
 *
 * @example
 * cstdRecord.sessions.map((s) => s.number); // [9, 10, …, 29]
 * cstdRecord.sessions.find((s) => s.year === 2024)?.themes.map((t) => t.title); // ["Data for development", "Global cooperation in …"]
 */
export const CSTD_RECORD: CommissionRecordInput = {
  id: "cstd-record",
  commission: "Commission on Science and Technology for Development",
  catalogue: "wsis",
  mapping:
    "Titles and dates are the sources' (reference/domain-facts.md §5c). The mandate, action lines, SDGs and MDG tags of each theme are this project's reading of its title, not the Commission's.",
  sessions: SESSIONS,
  source: "reference/domain-facts.md §5c",
};
