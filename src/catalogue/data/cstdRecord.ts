import {
  type CommissionRecordInput,
  type FactStatus,
  type RecordSessionInput,
  type RecordThemeInput,
  withoutUndefined,
} from "../../model/index.ts";
import { NINTH_SESSION_URL, TWELFTH_SESSION_URL } from "./addresses.ts";

// The Commission's sessions and priority themes, from reference/domain-facts.md §5c (each session
// carries its source address). The titles and dates are the sources'; the mandate, action lines and
// SDGs each theme is given are THIS PROJECT'S READING of the titles, not the Commission's own mapping.

const UNCTAD_9 = NINTH_SESSION_URL;
const S10 =
  "http://businessdocbox.com/Government/97369037-Commission-on-science-and-technology-for-development.html";
const S11 =
  "https://lists.igcaucus.org/pipermail/governance/2008-April/008115.html ; https://docest.com/doc/397240/united-nations-commission-on-science-and-technology-for-development";
const S12 = TWELFTH_SESSION_URL;
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

// Titles the default themes take up word for word (catalogue/data/defaultProgramme.ts).
export const INCLUSIVE_SOCIETY_2008 =
  "Development-oriented policies for a socio-economically inclusive information society, including access, infrastructure and an enabling environment";
export const FOOD_SECURITY_2017 =
  "The role of science, technology and innovation in ensuring food security by 2030";
export const RENEWABLE_ENERGY_2018 =
  "The role of science, technology and innovation in increasing substantially the share of renewable energy by 2030";
export const GLOBAL_COOPERATION_2024 =
  "Global cooperation in science, technology and innovation for development";
// Titles whose opening words a default theme takes up (the record's title goes on after them).
export const OPEN_ACCESS_2012 =
  "Open access, virtual science libraries, geospatial analysis and other complementary ICT and STEM assets to address development issues";
export const DIGITAL_COMPETENCIES_2018 =
  "Building digital competencies to benefit from existing and emerging technologies, with special focus on gender and youth";
// A title a default theme takes up and goes on from.
export const ECONOMIC_DIVERSIFICATION_2025 = "Economic diversification through digitalisation";

// Every action line, as the 10th session's theme is read.
const ALL_LINES = "C1 C2 C3 C4 C5 C6 C7 C8 C9 C10 C11";

/**
 * A past session's theme: id, title, mandate, action lines (space-separated; "" for none), its MDG tags
 * (before 2016) or SDGs, its source, and its status when not confirmed. The fields come out in the order
 * the record's object literals had them.
 */
function theme(
  id: string,
  title: string,
  mandate: "wsis" | "sti" | "both",
  lines: string,
  goals: readonly string[] | readonly number[],
  source: string,
  status?: FactStatus,
): RecordThemeInput {
  return withoutUndefined({
    id,
    title,
    mandate,
    actionLines: lines === "" ? undefined : lines.split(" "),
    ...(typeof goals[0] === "string"
      ? { tags: [...(goals as readonly string[])] }
      : { sdgs: [...(goals as readonly number[])] }),
    status,
    source,
  });
}

/** A past session: number, year, dates (none when the sources give none), source, themes, and what else it has. */
function session(
  number: number,
  year: number,
  opens: string | undefined,
  closes: string | undefined,
  source: string,
  themes: RecordThemeInput[],
  extra: { readonly datesStatus?: FactStatus; readonly venue?: string; readonly note?: string } = {},
): RecordSessionInput {
  const { datesStatus, venue, note } = extra;
  return withoutUndefined({ number, year, opens, closes, datesStatus, venue, source, note, themes });
}

// The 2007–2009 cycle's two themes, taken up by the 11th and 12th sessions.
const inclusiveSociety = (source: string) =>
  theme("inclusive-information-society-2008", INCLUSIVE_SOCIETY_2008, "wsis", "C2 C3 C6", ["MDG 8"], source);
const steCapacity = (source: string) =>
  theme(
    "ste-capacity-2008",
    "Science, technology and engineering for innovation and capacity-building in education and research",
    "sti",
    "",
    ["MDG 2"],
    source,
  );

const SESSIONS: RecordSessionInput[] = [
  session(
    9,
    2006,
    "2006-05-15",
    "2006-05-19",
    UNCTAD_9,
    [
      theme(
        "technology-gap-2006",
        "Bridging the technology gap between and within nations",
        "sti",
        "",
        ["MDG 8"],
        UNCTAD_9,
      ),
    ],
    { note: "UNCTAD's page gives 14–19 May; the theme was set at the 8th session for 2005–2006." },
  ),
  session(10, 2007, "2007-05-21", "2007-05-25", S10, [
    // The 10th session reviewed WSIS progress as a whole: read as every action line.
    theme(
      "people-centred-information-society-2007",
      "Promoting the building of a people-centred, development-oriented and inclusive information society",
      "wsis",
      ALL_LINES,
      ["MDG 8"],
      S10,
    ),
  ]),
  session(11, 2008, "2008-05-26", "2008-05-30", S11, [inclusiveSociety(S11), steCapacity(S11)]),
  session(12, 2009, "2009-05-25", "2009-05-29", S12, [inclusiveSociety(S12), steCapacity(S12)], {
    note: "The same two themes as the 11th session (the 2007–2009 cycle); UNCTAD's page gives 24–29 May.",
  }),
  session(13, 2010, "2010-05-17", "2010-05-21", S13, [
    theme(
      "financing-ict4d-2010",
      "Improvements and innovations in existing financing mechanisms: information and communication technologies for development",
      "wsis",
      "C6 C11",
      ["MDG 8"],
      S13,
    ),
    theme(
      "renewable-energy-2010",
      "New and emerging technologies: renewable energy for development",
      "sti",
      "",
      ["MDG 7"],
      S13,
    ),
  ]),
  session(14, 2011, "2011-05-23", "2011-05-27", S14, [
    theme(
      "agriculture-water-2011",
      "Technologies to address challenges in areas such as agriculture and water",
      "both",
      "C7.e-agriculture",
      ["MDG 1", "MDG 7"],
      S14,
    ),
    theme(
      "measuring-ict4d-2011",
      "Measuring the impact of information and communication technologies for development",
      "wsis",
      "C1 C11",
      ["MDG 8"],
      S14,
    ),
  ]),
  session(15, 2012, "2012-05-21", "2012-05-25", S15, [
    theme(
      "innovation-technology-transfer-2012",
      "Innovation, research, technology transfer for mutual advantage, entrepreneurship and collaborative development in the information society",
      "both",
      "C7.e-business C7.e-science C11",
      ["MDG 8"],
      S15,
    ),
    theme(
      "open-access-2012",
      `${OPEN_ACCESS_2012}, with particular attention to education`,
      "both",
      "C3 C7.e-science C7.e-learning",
      ["MDG 2"],
      S15,
    ),
  ]),
  session(
    16,
    2013,
    "2013-06-03",
    "2013-06-07",
    S16,
    [
      theme(
        "sustainable-cities-2013",
        "Science, technology and innovation for sustainable cities and peri-urban communities",
        "sti",
        "",
        ["MDG 7"],
        S16,
      ),
      theme(
        "broadband-2013",
        "Internet broadband for an inclusive digital society",
        "wsis",
        "C2 C3",
        ["MDG 8"],
        S16,
      ),
    ],
    {
      datesStatus: "recalled",
      note: "The themes are confirmed (inter-sessional panel, Lima, January 2013); the session's exact dates are not.",
    },
  ),
  session(17, 2014, "2014-05-12", "2014-05-16", S17, [
    theme(
      "sti-post-2015-2014",
      "Science, technology and innovation for the post-2015 development agenda",
      "sti",
      "",
      ["MDG 8"],
      S17,
    ),
    theme(
      "icts-inclusive-development-2014",
      "Information and communication technologies for inclusive social and economic development",
      "wsis",
      "C1 C7",
      ["MDG 8"],
      S17,
    ),
  ]),
  session(
    18,
    2015,
    "2015-05-04",
    "2015-05-08",
    S18,
    [
      theme(
        "strategic-foresight-2015",
        "Strategic foresight for the post-2015 development agenda",
        "sti",
        "",
        ["MDG 8"],
        S18,
      ),
      theme("digital-development-2015", "Digital development", "wsis", "C1 C2 C7", ["MDG 8"], S18),
    ],
    { note: "The session also took up the ten-year review of WSIS." },
  ),
  session(19, 2016, "2016-05-09", "2016-05-13", S19, [
    theme("smart-cities-2016", "Smart cities and infrastructure", "both", "C2 C7.e-government", [9, 11], S19),
    theme(
      "foresight-digital-development-2016",
      "Foresight for digital development",
      "wsis",
      "C1 C6",
      [9],
      S19,
    ),
  ]),
  session(20, 2017, "2017-05-08", "2017-05-12", S20, [
    theme(
      "innovation-approaches-sdgs-2017",
      "New innovation approaches to support the implementation of the Sustainable Development Goals",
      "sti",
      "",
      [9, 17],
      S20,
    ),
    theme("food-security-2017", FOOD_SECURITY_2017, "both", "C7.e-agriculture", [2], S20),
  ]),
  session(21, 2018, "2018-05-14", "2018-05-18", S21, [
    theme("renewable-energy-2018", RENEWABLE_ENERGY_2018, "both", "C7.e-environment", [7], S21),
    theme(
      "digital-competencies-2018",
      `${DIGITAL_COMPETENCIES_2018} dimensions`,
      "wsis",
      "C4 C7.e-learning",
      [4, 5],
      S21,
    ),
  ]),
  session(22, 2019, "2019-05-13", "2019-05-17", S22, [
    theme(
      "rapid-technological-change-2019",
      "The impact of rapid technological change on the achievement of the Sustainable Development Goals",
      "sti",
      "",
      [9],
      S22,
    ),
    theme(
      "resilient-communities-2019",
      "The role of science, technology and innovation in building resilient communities, including through the contribution of citizen science",
      "both",
      "C7.e-science C7.e-environment",
      [11],
      S22,
    ),
  ]),
  session(
    23,
    2020,
    "2020-06-10",
    "2020-06-12",
    S23,
    [
      theme(
        "harnessing-technological-change-2020",
        "Harnessing rapid technological change for inclusive and sustainable development",
        "sti",
        "",
        [9],
        "reference/domain-facts.md §5c (unconfirmed)",
        "recalled",
      ),
      theme(
        "space-technologies-2020",
        "Exploring space technologies for sustainable development and the benefits of international research collaboration",
        "both",
        "C7.e-science C7.e-environment C11",
        [9, 17],
        S23,
        "inferred",
      ),
    ],
    { venue: "virtual (informal)", note: "A shortened, virtual, informal session of three days." },
  ),
  session(24, 2021, "2021-05-17", "2021-05-21", S24, [
    theme(
      "sti-health-2021",
      "Using science, technology and innovation to close the gap on SDG 3, on good health and well-being",
      "both",
      "C7.e-health",
      [3],
      S24,
    ),
    theme(
      "blockchain-2021",
      "Harnessing blockchain for sustainable development: prospects and challenges",
      "both",
      "C5 C7.e-business",
      [9],
      S24,
    ),
  ]),
  session(25, 2022, "2022-03-28", "2022-04-01", S25, [
    theme(
      "industry-4-0-2022",
      "Industry 4.0 for inclusive development",
      "both",
      "C7.e-business C7.e-employment",
      [8, 9],
      S25,
    ),
    theme(
      "urban-development-2022",
      "Science, technology and innovation for sustainable urban development in a post-pandemic world",
      "sti",
      "",
      [11],
      S25,
    ),
  ]),
  session(
    26,
    2023,
    undefined,
    undefined,
    S26,
    [
      theme(
        "cleaner-production-2023",
        "Technology and innovation for cleaner and more productive and competitive production",
        "sti",
        "",
        [9, 12],
        S26,
      ),
      theme(
        "water-sanitation-2023",
        "Ensuring safe water and sanitation for all: a solution through science, technology and innovation",
        "sti",
        "",
        [6],
        S26,
      ),
    ],
    {
      datesStatus: "recalled",
      note: "The themes are confirmed (inter-sessional panel, 25–27 October 2022); the session's dates are not in the reference.",
    },
  ),
  session(
    27,
    2024,
    "2024-04-15",
    "2024-04-19",
    S27,
    [
      theme("data-for-development-2024", "Data for development", "both", "C3 C5", [17], S27),
      theme("global-cooperation-2024", GLOBAL_COOPERATION_2024, "both", "C11", [17], S27),
    ],
    { note: "The session also discussed the WSIS+20 review." },
  ),
  session(
    28,
    2025,
    undefined,
    undefined,
    S28,
    [
      theme(
        "economic-diversification-2025",
        ECONOMIC_DIVERSIFICATION_2025,
        "wsis",
        "C7 C7.e-business",
        [8, 9],
        S28,
        "inferred",
      ),
      theme(
        "technology-foresight-2025",
        "Technology foresight for sustainable development",
        "sti",
        "",
        [9],
        S28,
        "inferred",
      ),
    ],
    {
      datesStatus: "recalled",
      note: "The themes are partly confirmed (a secondary account of the inter-sessional panel of 21 October 2024); the session's dates are not in the reference. It also took up the WSIS+20 review report.",
    },
  ),
  session(
    29,
    2026,
    undefined,
    undefined,
    S29,
    [
      theme(
        "sti-artificial-intelligence-2026",
        "Science, technology and innovation in the age of artificial intelligence",
        "sti",
        "",
        [9],
        S29,
      ),
    ],
    {
      datesStatus: "recalled",
      note: "The inter-sessional panel of 17 November 2025 took up the theme; the session's dates are not in the reference.",
    },
  ),
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
