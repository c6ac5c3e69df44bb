import { describe, expect, it } from "vitest";
import {
  type CatalogueInput,
  childrenOf,
  defineCatalogue,
  facilitationOf,
  facilitationOverTime,
  facilitatorsOf,
  isUngisMember,
  PLANNER_DEFAULTS,
  rootLineOf,
  sdgsOf,
  topLevelLines,
  UNGIS_MEETINGS,
  ungisMembersIn,
  wsis,
} from "../../src/index.ts";
import { CSD_CROSS_CUTTING, CSD_CYCLES, csd } from "../fixtures/csd.ts";
import { inputErrorOf } from "../support/errors.ts";

/** Lead and co together: everyone who facilitates the line. */
const facilitatingAgencies = (id: string): string[] => {
  const { lead, co } = facilitatorsOf(wsis, id);
  return [...lead, ...co];
};

const SUB_LINES = [
  "C7.e-government",
  "C7.e-business",
  "C7.e-learning",
  "C7.e-health",
  "C7.e-employment",
  "C7.e-environment",
  "C7.e-agriculture",
  "C7.e-science",
];

// reference/domain-facts.md §1: short titles in later ITU/WSIS usage, in Plan of Action order.
const TITLES: Record<string, string> = {
  C1: "The role of public governance authorities and all stakeholders in the promotion of ICTs for development",
  C2: "Information and communication infrastructure",
  C3: "Access to information and knowledge",
  C4: "Capacity building",
  C5: "Building confidence and security in the use of ICTs",
  C6: "Enabling environment",
  C7: "ICT applications",
  "C7.e-government": "E-government",
  "C7.e-business": "E-business",
  "C7.e-learning": "E-learning",
  "C7.e-health": "E-health",
  "C7.e-employment": "E-employment",
  "C7.e-environment": "E-environment",
  "C7.e-agriculture": "E-agriculture",
  "C7.e-science": "E-science",
  C8: "Cultural diversity and identity, linguistic diversity and local content",
  C9: "Media",
  C10: "Ethical dimensions of the Information Society",
  C11: "International and regional cooperation",
};

describe("wsis action lines", () => {
  it("holds C1–C11 and C7's eight sub-lines, in Plan of Action order, with their titles", () => {
    expect(wsis.actionLines.map((line) => [line.id, line.title])).toStrictEqual(Object.entries(TITLES));
  });

  it("gives C1 the later wording as title and the 2003 wording as heading", () => {
    const c1 = wsis.actionLines.find((line) => line.id === "C1");
    expect(c1?.title).toBe(
      "The role of public governance authorities and all stakeholders in the promotion of ICTs for development",
    );
    expect(c1?.heading).toBe(
      "The role of governments and all stakeholders in the promotion of ICTs for development",
    );
  });

  it("lists C7's sub-lines in Plan of Action order", () => {
    expect(childrenOf(wsis, "C7").map((line) => line.id)).toStrictEqual(SUB_LINES);
  });

  it("gives the other lines no children", () => {
    expect(childrenOf(wsis, "C5")).toStrictEqual([]);
  });

  it("finds C7 as the root of a sub-line and a top-level line as its own root", () => {
    expect(rootLineOf(wsis, "C7.e-health")).toBe("C7");
    expect(rootLineOf(wsis, "C3")).toBe("C3");
  });

  it("has eleven top-level lines", () => {
    expect(topLevelLines(wsis).map((line) => line.id)).toStrictEqual([
      "C1",
      "C2",
      "C3",
      "C4",
      "C5",
      "C6",
      "C7",
      "C8",
      "C9",
      "C10",
      "C11",
    ]);
  });

  it("rejects an unknown line with a did-you-mean hint", () => {
    const error = inputErrorOf(() => rootLineOf(wsis, "C12"));
    expect(error.issues[0]?.message).toMatch(/unknown action line "C12"; did you mean "C1[0-2]?"\?/u);
  });

  it("gives every line a source", () => {
    for (const line of wsis.actionLines) expect(line.source, line.id).not.toBe("");
  });
});

describe("wsis facilitators: the confirmed facts of reference §2a", () => {
  it("gives every action line and sub-line a facilitation entry with a source", () => {
    for (const line of wsis.actionLines) {
      const entry = facilitationOf(wsis, line.id);
      expect(entry, line.id).toBeDefined();
      expect(entry?.source, line.id).not.toBe("");
    }
  });

  it.each([
    ["C1", "UNDESA"],
    ["C2", "ITU"],
    ["C3", "UNESCO"],
    ["C4", "ITU"],
  ])("names the 2017 report's lead for %s: %s", (line, agency) => {
    expect(facilitatorsOf(wsis, line).lead).toStrictEqual([agency]);
  });

  it.each(["C2", "C5", "C6"])("has ITU as lead facilitator of %s", (line) => {
    expect(facilitatorsOf(wsis, line).lead).toStrictEqual(["ITU"]);
  });

  it.each(["C1", "C3", "C7", "C11"])("has ITU as co-facilitator of %s", (line) => {
    expect(facilitatorsOf(wsis, line).co).toContain("ITU");
  });

  it("has ITU among C4's facilitators (co around 2010–2014, lead in 2017)", () => {
    expect(facilitatingAgencies("C4")).toContain("ITU");
  });

  it.each(["C3", "C7.e-learning", "C7.e-science", "C8", "C9", "C10"])(
    "has UNESCO, the 2006 interim focal point, as lead of %s",
    (line) => {
      expect(facilitatorsOf(wsis, line).lead).toStrictEqual(["UNESCO"]);
    },
  );

  it("has UNCTAD lead of e-business, with ITC and UPU as co-facilitators", () => {
    const { lead, co } = facilitatorsOf(wsis, "C7.e-business");
    expect(lead).toStrictEqual(["UNCTAD"]);
    expect(co).toEqual(expect.arrayContaining(["ITC", "UPU"]));
  });

  it("has UNIDO among the facilitators of e-learning", () => {
    expect(facilitatingAgencies("C7.e-learning")).toContain("UNIDO");
  });

  it.each(["C1", "C7.e-government", "C11"])(
    "has UNDESA, which reported on it in 2016, facilitating %s",
    (line) => {
      expect(facilitatingAgencies(line)).toContain("UNDESA");
    },
  );

  it.each(["C7.e-agriculture", "C7.e-health"])("has ITU as co-facilitator of %s (2016)", (line) => {
    expect(facilitatorsOf(wsis, line).co).toContain("ITU");
  });

  it("gives C7 as a whole no lead of its own", () => {
    expect(facilitatorsOf(wsis, "C7")).toStrictEqual({ lead: [], co: ["ITU"] });
  });

  it("knows every facilitator the WSIS Forum listed in 2015–2017", () => {
    const ids = new Set(wsis.agencies.map((agency) => agency.id));
    const forum = [
      "ITU",
      "UNESCO",
      "UNCTAD",
      "UNDP",
      "UNDESA",
      "FAO",
      "UNEP",
      "WHO",
      "UN-Women",
      "WIPO",
      "WFP",
    ];
    const more = ["ILO", "WMO", "UN", "ITC", "UPU", "UNODC", "UNIDO", "UNHCR", "UNICEF", "UNRC"];
    for (const id of [...forum, ...more]) expect(ids.has(id), id).toBe(true);
  });

  it("does not put an agency in both lead and co of one line", () => {
    for (const entry of wsis.facilitation) {
      const overlap = entry.lead.filter((id) => entry.co.includes(id));
      expect(overlap, entry.actionLine).toStrictEqual([]);
    }
  });
});

describe("wsis facilitation statuses", () => {
  it("marks an entry confirmed exactly when its lead is confirmed in §2a", () => {
    const statuses = Object.fromEntries(wsis.facilitation.map((entry) => [entry.actionLine, entry.status]));
    expect(statuses).toStrictEqual({
      C1: "confirmed",
      C2: "confirmed",
      C3: "confirmed",
      C4: "confirmed",
      C5: "confirmed",
      C6: "confirmed",
      C7: "confirmed",
      "C7.e-government": "recalled",
      "C7.e-business": "confirmed",
      "C7.e-learning": "confirmed",
      "C7.e-health": "recalled",
      "C7.e-employment": "recalled",
      "C7.e-environment": "recalled",
      "C7.e-agriculture": "recalled",
      "C7.e-science": "confirmed",
      C8: "confirmed",
      C9: "confirmed",
      C10: "confirmed",
      C11: "recalled",
    });
  });

  it("notes which parts are recalled when a confirmed lead has co-facilitators from the annex", () => {
    for (const id of ["C1", "C2", "C4", "C6", "C7.e-business", "C7.e-learning", "C7.e-science", "C10"]) {
      expect(facilitationOf(wsis, id)?.note, id).toMatch(/recalled/u);
    }
  });

  it("cites the Tunis annex for every entry that rests on it", () => {
    for (const entry of wsis.facilitation) {
      if (entry.status === "recalled") expect(entry.source, entry.actionLine).toContain("6rev1.html");
    }
  });
});

describe("wsis agencies", () => {
  it("uses ids of letters, digits and _ . : - only, each once", () => {
    const ids = wsis.agencies.map((agency) => agency.id);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_.:-]*$/u);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("files the five regional commissions and their grouping as regional commissions", () => {
    const regional = wsis.agencies.filter((agency) => agency.kind === "regional-commission").map((a) => a.id);
    expect(regional).toStrictEqual(["UNRC", "ECA", "ECE", "ECLAC", "ESCAP", "ESCWA"]);
  });

  it("gives every agency a name and a source", () => {
    for (const agency of wsis.agencies) {
      expect(agency.name, agency.id).not.toBe("");
      expect(agency.source, agency.id).not.toBe("");
    }
  });
});

describe("UNGIS", () => {
  const group = wsis.interAgencyGroup;

  it("has the 30 recalled members, flagged as recalled", () => {
    expect(group?.members).toHaveLength(30);
    expect(group?.membersStatus).toBe("recalled");
  });

  it.each(["ITU", "UNESCO", "UNDP", "UNCTAD", "ECA", "World-Bank", "UN-Women"])(
    "counts %s as a member",
    (id) => {
      expect(isUngisMember(wsis, id)).toBe(true);
    },
  );

  it.each(["APC", "ECOSOC", "UNRC", "IMF", "nobody"])("does not count %s as a member", (id) => {
    expect(isUngisMember(wsis, id)).toBe(false);
  });

  it("keeps chair terms in order and without overlap", () => {
    const chairs = group?.chairs ?? [];
    for (const [i, term] of chairs.entries()) {
      const next = chairs[i + 1];
      expect(term.to ?? Number.POSITIVE_INFINITY).toBeGreaterThanOrEqual(term.from);
      if (next !== undefined) expect(next.from).toBeGreaterThan(term.to ?? Number.POSITIVE_INFINITY);
    }
  });

  const chairIn = (year: number) =>
    group?.chairs.find((term) => term.from <= year && year <= (term.to ?? Number.POSITIVE_INFINITY));

  it("has ITU in the chair in 2006 with UNESCO, UNDP and WHO as vice-chairs", () => {
    expect(chairIn(2006)).toMatchObject({
      chair: "ITU",
      viceChairs: ["UNESCO", "UNDP", "WHO"],
      status: "confirmed",
    });
  });

  it("has ITU in the chair in 2007", () => {
    expect(chairIn(2007)).toMatchObject({ chair: "ITU", status: "confirmed" });
  });

  // Issue 11, reference §9b: UNESCO after the July 2007 meeting; ITU with four co-chairs in 2009; ITU in May 2010.
  it("gives 2008 to UNESCO, which took over the chair after the meeting of 17 July 2007", () => {
    expect(chairIn(2008)).toMatchObject({ chair: "UNESCO", status: "inferred" });
    expect(chairIn(2008)?.source).toContain("portal.unesco.org");
  });

  it("has ITU in the chair in 2009 with UNCTAD, UNESCO, UNDP and UNECA as co-chairs", () => {
    expect(chairIn(2009)).toMatchObject({
      chair: "ITU",
      viceChairs: ["UNCTAD", "UNESCO", "UNDP", "ECA"],
      status: "confirmed",
    });
    expect(chairIn(2009)?.note).toMatch(/co-chairs/u);
  });

  it("has ITU in the chair at the 6th meeting, 10 May 2010, and (inferred) in 2011", () => {
    expect(chairIn(2010)).toMatchObject({ chair: "ITU", status: "confirmed" });
    expect(chairIn(2011)).toMatchObject({ chair: "ITU", status: "inferred" });
  });

  it("does not count UN Women as a member before it existed (2010, GA resolution 64/289)", () => {
    expect(isUngisMember(wsis, "UN-Women", 2006)).toBe(false);
    expect(isUngisMember(wsis, "UN-Women", 2009)).toBe(false);
    expect(isUngisMember(wsis, "UN-Women", 2010)).toBe(true);
    expect(isUngisMember(wsis, "ITU", 2006)).toBe(true);
    expect(ungisMembersIn(wsis, 2006)).toHaveLength(29);
    expect(ungisMembersIn(wsis, 2013)).toHaveLength(30);
  });

  it("lists UNGIS's meetings: July in 2006–2007, in May at the WSIS Forum since 2010", () => {
    expect(UNGIS_MEETINGS.map((meeting) => meeting.date.slice(0, 7))).toStrictEqual([
      "2006-07",
      "2007-07",
      "2009-09",
      "2010-05",
      "2011-05",
      "2012-05",
    ]);
  });

  it("gives 2012 to UNCTAD, with ITU, UNESCO, UNDP and UNDESA as vice-chairs", () => {
    expect(chairIn(2012)).toMatchObject({ chair: "UNCTAD", viceChairs: ["ITU", "UNESCO", "UNDP", "UNDESA"] });
  });

  it("gives 2013 to UNESCO", () => {
    expect(chairIn(2013)?.chair).toBe("UNESCO");
  });

  it("leaves 2014–2018, which the reference does not cover, without a chair", () => {
    expect(chairIn(2016)).toBeUndefined();
  });

  it("has ITU in the chair around 2019 with UNESCO, UNCTAD, UNDP and ECA as vice-chairs", () => {
    expect(chairIn(2019)).toMatchObject({ chair: "ITU", viceChairs: ["UNESCO", "UNCTAD", "UNDP", "ECA"] });
  });
});

describe("SDG links", () => {
  it("links e-health to SDG 3", () => {
    expect(sdgsOf(wsis, "C7.e-health")).toContain(3);
  });

  it("holds exactly the reference's inferred anchors", () => {
    expect(Object.fromEntries(wsis.sdgLinks.map((link) => [link.actionLine, link.sdgs]))).toStrictEqual({
      C2: [9],
      C4: [4],
      C5: [16],
      "C7.e-learning": [4],
      "C7.e-health": [3],
      "C7.e-employment": [8],
      "C7.e-environment": [13, 14, 15],
      "C7.e-agriculture": [2],
      C9: [16],
      C10: [16],
      C11: [17],
    });
  });

  it("marks every link inferred and cites the matrix", () => {
    for (const link of wsis.sdgLinks) {
      expect(link.status).toBe("inferred");
      expect(link.source).toContain("https://www.itu.int/net4/wsis/sdg/");
    }
  });

  it("gives lines without an anchor no SDGs", () => {
    expect(sdgsOf(wsis, "C1")).toStrictEqual([]);
  });
});

describe("regions", () => {
  it("holds the five UN regional groups", () => {
    expect(wsis.regions.map((region) => region.id)).toStrictEqual([
      "africa",
      "asia-pacific",
      "eastern-europe",
      "latin-america-caribbean",
      "weog",
    ]);
  });
});

describe("defineCatalogue", () => {
  const base = (): CatalogueInput => ({
    id: "test",
    name: "Test commission",
    actionLines: [
      { id: "water", title: "Water" },
      { id: "energy", title: "Energy" },
    ],
    agencies: [{ id: "UNEP", name: "United Nations Environment Programme", kind: "fund-or-programme" }],
  });

  it("rejects a duplicate line id, with its path", () => {
    const input = {
      ...base(),
      actionLines: [...(base().actionLines ?? []), { id: "water", title: "Water again" }],
    };
    expect(inputErrorOf(() => defineCatalogue(input)).issues).toStrictEqual([
      {
        path: ["actionLines", 2, "id"],
        message: 'duplicate action line id "water" (first at actionLines[0])',
      },
    ]);
  });

  it("rejects a duplicate agency id, with its path", () => {
    const input: CatalogueInput = {
      ...base(),
      agencies: [
        { id: "UNEP", name: "United Nations Environment Programme", kind: "fund-or-programme" },
        { id: "UNEP", name: "UNEP again", kind: "fund-or-programme" },
      ],
    };
    expect(inputErrorOf(() => defineCatalogue(input)).issues[0]?.path).toStrictEqual(["agencies", 1, "id"]);
  });

  it("rejects an unknown parent with a did-you-mean hint", () => {
    const input = {
      ...base(),
      actionLines: [
        { id: "water", title: "Water" },
        { id: "drinking", title: "Drinking water", parent: "watr" },
      ],
    };
    expect(inputErrorOf(() => defineCatalogue(input)).issues).toStrictEqual([
      { path: ["actionLines", 1, "parent"], message: 'unknown action line "watr"; did you mean "water"?' },
    ]);
  });

  it("rejects an unknown agency in facilitation, with its path", () => {
    const input: CatalogueInput = {
      ...base(),
      facilitation: [{ actionLine: "water", lead: ["UNEP"], co: ["UNPE"], status: "confirmed" }],
    };
    expect(inputErrorOf(() => defineCatalogue(input)).issues).toStrictEqual([
      { path: ["facilitation", 0, "co", 0], message: 'unknown agency "UNPE"; did you mean "UNEP"?' },
    ]);
  });

  it("rejects a cycle in the parents", () => {
    const input: CatalogueInput = {
      ...base(),
      actionLines: [
        { id: "water", title: "Water", parent: "energy" },
        { id: "energy", title: "Energy", parent: "water" },
      ],
    };
    const error = inputErrorOf(() => defineCatalogue(input));
    expect(error.issues.map((issue) => issue.path)).toStrictEqual([
      ["actionLines", 0, "parent"],
      ["actionLines", 1, "parent"],
    ]);
    expect(error.issues[0]?.message).toBe('"water" is its own ancestor');
  });

  it("rejects a line that is its own parent", () => {
    const input: CatalogueInput = {
      ...base(),
      actionLines: [{ id: "water", title: "Water", parent: "water" }],
    };
    expect(inputErrorOf(() => defineCatalogue(input)).issues[0]?.path).toStrictEqual([
      "actionLines",
      0,
      "parent",
    ]);
  });

  it("lists every problem at once", () => {
    const input: CatalogueInput = {
      ...base(),
      actionLines: [
        { id: "water", title: "Water" },
        { id: "water", title: "Water" },
      ],
      facilitation: [{ actionLine: "energy", lead: ["nobody"], status: "recalled" }],
    };
    expect(inputErrorOf(() => defineCatalogue(input)).issues).toHaveLength(3);
  });

  it("does not mutate its input", () => {
    const input = base();
    const before = structuredClone(input);
    defineCatalogue(input);
    expect(input).toStrictEqual(before);
  });

  it("returns a frozen catalogue", () => {
    expect(Object.isFrozen(wsis)).toBe(true);
    expect(Object.isFrozen(wsis.facilitation[0]?.lead)).toBe(true);
  });

  it("treats __proto__ and constructor as ordinary agency ids", () => {
    const catalogue = defineCatalogue({
      ...base(),
      agencies: [
        { id: "__proto__", name: "Proto agency", kind: "other" },
        { id: "constructor", name: "Constructor agency", kind: "other" },
      ],
      facilitation: [{ actionLine: "water", lead: ["__proto__"], co: ["constructor"], status: "confirmed" }],
      interAgencyGroup: {
        id: "group",
        name: "Group",
        members: ["constructor"],
        membersStatus: "confirmed",
        chairs: [{ from: 2020, chair: "__proto__", status: "confirmed" }],
      },
    });
    expect(facilitatorsOf(catalogue, "water")).toStrictEqual({ lead: ["__proto__"], co: ["constructor"] });
    expect(isUngisMember(catalogue, "constructor")).toBe(true);
    expect(isUngisMember(catalogue, "__proto__")).toBe(false);
    expect(isUngisMember(wsis, "__proto__")).toBe(false);
    expect(isUngisMember(wsis, "constructor")).toBe(false);
  });

  it("rejects an unknown __proto__ agency instead of finding it on Object.prototype", () => {
    const input: CatalogueInput = {
      ...base(),
      facilitation: [{ actionLine: "water", lead: ["__proto__"], status: "confirmed" }],
    };
    expect(inputErrorOf(() => defineCatalogue(input)).issues[0]?.path).toStrictEqual([
      "facilitation",
      0,
      "lead",
      0,
    ]);
  });
});

describe("the CSD 2004–2017 precedent as a catalogue", () => {
  it("calls its lines thematic issues", () => {
    expect(csd.lineNoun).toBe("thematic issue");
  });

  it("starts with the first cycle's water, sanitation and human settlements", () => {
    expect(csd.actionLines.slice(0, 3).map((line) => line.title)).toStrictEqual([
      "Water",
      "Sanitation",
      "Human settlements",
    ]);
  });

  it("gives every issue a source address", () => {
    for (const line of csd.actionLines) expect(line.source, line.id).toMatch(/https?:\/\//u);
  });

  it("has seven two-year cycles from 2004 to 2017, each a review year and then a policy year", () => {
    expect(CSD_CYCLES.map((cycle) => cycle.years)).toStrictEqual([
      [2004, 2005],
      [2006, 2007],
      [2008, 2009],
      [2010, 2011],
      [2012, 2013],
      [2014, 2015],
      [2016, 2017],
    ]);
  });

  it("files every catalogue issue in exactly one cycle or among the cross-cutting issues", () => {
    const filed = [...CSD_CYCLES.flatMap((cycle) => cycle.issues), ...CSD_CROSS_CUTTING];
    expect([...filed].sort()).toStrictEqual(csd.actionLines.map((line) => line.id).sort());
  });

  it("names its lines 'thematic issue' in error messages", () => {
    const error = inputErrorOf(() => facilitatorsOf(csd, "watr"));
    expect(error.issues[0]?.message).toBe('unknown thematic issue "watr"; did you mean "water"?');
  });
});

// Issue 11, reference §9c: facilitation entries carry the years they hold.
describe("facilitation over time", () => {
  it("has UNDP as provisional focal point for C4 and C6 in 2006", () => {
    expect(facilitatorsOf(wsis, "C4", 2006).lead).toStrictEqual(["UNDP"]);
    expect(facilitatorsOf(wsis, "C6", 2006).lead).toStrictEqual(["UNDP"]);
    expect(facilitationOf(wsis, "C6", 2006)?.source).toContain("lists.apc.org");
  });

  it("has ITU lead C6 from 2008 (May 2008) on, and now", () => {
    expect(facilitatorsOf(wsis, "C6", 2007).lead).toStrictEqual(["UNDP"]);
    expect(facilitatorsOf(wsis, "C6", 2008).lead).toStrictEqual(["ITU"]);
    expect(facilitatorsOf(wsis, "C6", 2027).lead).toStrictEqual(["ITU"]);
    expect(facilitatorsOf(wsis, "C6").lead).toStrictEqual(["ITU"]);
  });

  it("keeps the two-argument form of DESIGN.md: the entry in force now", () => {
    expect(facilitatorsOf(wsis, "C4")).toStrictEqual(facilitatorsOf(wsis, "C4", 2030));
    expect(facilitationOverTime(wsis, "C6").map((entry) => [entry.from, entry.to])).toStrictEqual([
      [2006, 2007],
      [2008, undefined],
    ]);
  });

  it("gives undated entries for every year", () => {
    expect(facilitatorsOf(wsis, "C5", 2006)).toStrictEqual(facilitatorsOf(wsis, "C5"));
  });

  it("rejects two entries for one line whose years overlap, with its path", () => {
    const error = inputErrorOf(() =>
      defineCatalogue({
        id: "x",
        name: "X",
        actionLines: [{ id: "water", title: "Water" }],
        agencies: [
          { id: "A", name: "A", kind: "other" },
          { id: "B", name: "B", kind: "other" },
        ],
        facilitation: [
          { actionLine: "water", lead: ["A"], status: "confirmed", from: 2006, to: 2010 },
          { actionLine: "water", lead: ["B"], status: "confirmed", from: 2010 },
        ],
      }),
    );
    expect(error.issues.map((issue) => issue.path)).toStrictEqual([["facilitation", 1, "actionLine"]]);
  });
});

// Issue 11 §8: defaults that are judgement rather than a rule say so.
describe("the planner's defaults and their bases", () => {
  it("marks the 2-day HLS, 4 and 8 weeks, the 25-point spread and the second Monday of May as judgement", () => {
    const judgement = PLANNER_DEFAULTS.filter((d) => d.basis === "judgement").map((d) => d.option);
    expect(judgement).toEqual(
      expect.arrayContaining([
        "calendar.highLevelSegmentDays",
        "calendar.inputsWeeks",
        "calendar.consultationWeeks",
        "policy.maxRegionalSpread",
        "calendar.sessionStart",
      ]),
    );
  });

  it("cites an address for every rule", () => {
    for (const entry of PLANNER_DEFAULTS.filter((d) => d.basis === "rule"))
      expect(entry.source, entry.option).toMatch(/https?:\/\//u);
  });
});
