// checkParticipation on the Commission's record: the 10th–14th sessions (reference §5c) under the
// CSTD's transitional arrangements (§5a), the 2006 meeting's proposal, and the CSD precedent (§6).
import { describe, expect, it } from "vitest";
import { CSTD_INTERIM_ARRANGEMENTS, checkParticipation, type StakeholderInput } from "../../src/index.ts";
import { CSTD_SESSIONS } from "../fixtures/cstd-record.ts";
import { inputErrorOf } from "../support/errors.ts";

const session = (year: keyof typeof CSTD_SESSIONS) => ({ year, ...CSTD_SESSIONS[year] });

const wsisNgo: StakeholderInput = {
  id: "wsis-ngo",
  name: "A WSIS-accredited NGO",
  kind: "civil-society",
  accreditedTo: ["WSIS"],
};

describe("interim participation under the CSTD's decisions", () => {
  it("admits a WSIS-accredited NGO to the 10th session (2007) under decision 2007/215", () => {
    const [entry] = checkParticipation([wsisNgo], session(2007)).entries;
    expect(entry).toStrictEqual({
      id: "wsis-ngo",
      name: "A WSIS-accredited NGO",
      kind: "civil-society",
      status: "eligible",
      basis: "interim",
      reason:
        "civil-society organisation accredited to WSIS, taking part on an interim basis under ECOSOC decision 2007/215 (the 2007 and 2008 sessions)",
      arrangement: "ecosoc-2007-215",
    });
  });

  it("marks the 11th session (2008) as its last under 2007/215, ending when the session closes", () => {
    const [entry] = checkParticipation([wsisNgo], session(2008)).entries;
    expect(entry).toMatchObject({
      status: "expiring",
      arrangement: "ecosoc-2007-215",
      expires: "2008-05-30",
    });
  });

  it("admits it to the 12th and 13th sessions under decision 2008/217", () => {
    expect(checkParticipation([wsisNgo], session(2009)).entries[0]).toMatchObject({
      status: "eligible",
      arrangement: "ecosoc-2008-217",
    });
    expect(checkParticipation([wsisNgo], session(2010)).entries[0]).toMatchObject({
      status: "expiring",
      expires: "2010-05-21",
    });
  });

  it("turns it away from the 14th session (2011) without consultative status", () => {
    const report = checkParticipation([wsisNgo], session(2011));
    expect(report.entries[0]).toMatchObject({
      status: "ineligible",
      basis: "none",
      reason:
        "it has no ECOSOC consultative status; its interim participation under ECOSOC decision 2008/217 covered the 2009 and 2010 sessions only",
      arrangement: "ecosoc-2008-217",
    });
    expect(report.ineligible).toBe(1);
  });

  it("admits WSIS-accredited business and academia under 2007/216 and 2008/218, but not the technical community", () => {
    const report = checkParticipation(
      [
        { id: "business", name: "A company", kind: "private-sector", accreditedTo: ["WSIS"] },
        { id: "university", name: "A university", kind: "academia", accreditedTo: ["WSIS"] },
        { id: "registry", name: "An Internet registry", kind: "technical-community", accreditedTo: ["WSIS"] },
      ],
      session(2009),
    );
    expect(report.entries.map((entry) => [entry.id, entry.status, entry.arrangement])).toStrictEqual([
      ["business", "eligible", "ecosoc-2007-216"],
      ["university", "eligible", "ecosoc-2008-218"],
      ["registry", "ineligible", undefined],
    ]);
    expect(report.entries[2]?.reason).toBe(
      "it has no ECOSOC consultative status; no interim arrangement admits technical-community organisations accredited to WSIS",
    );
  });

  it("names the arrangement still to come for a session before any of them", () => {
    const [entry] = checkParticipation([wsisNgo], {
      year: 2006,
      opens: "2006-05-15",
      closes: "2006-05-19",
    }).entries;
    expect(entry?.reason).toBe(
      "it has no ECOSOC consultative status; its interim participation under ECOSOC decision 2007/215 starts only on 26 April 2007",
    );
  });

  it("embeds the four decisions of 2007–2008", () => {
    expect(CSTD_INTERIM_ARRANGEMENTS.map((arrangement) => arrangement.title)).toStrictEqual([
      "ECOSOC decision 2007/215",
      "ECOSOC decision 2007/216",
      "ECOSOC decision 2008/217",
      "ECOSOC decision 2008/218",
    ]);
  });
});

describe("the 2006 meeting's proposal: two years, on condition of applying for consultative status", () => {
  const proposal = {
    interim: [
      {
        id: "meeting-2006",
        title: "the 2006 meeting's proposal",
        kinds: ["civil-society" as const],
        from: "2006-07-28",
        years: 2,
      },
    ],
  };

  it("turns away an NGO that has not applied", () => {
    const [entry] = checkParticipation([wsisNgo], session(2007), proposal).entries;
    expect(entry?.status).toBe("ineligible");
    expect(entry?.reason).toBe(
      "it has no ECOSOC consultative status; the 2006 meeting's proposal admits WSIS-accredited civil-society organisations on condition that they have applied for consultative status by the session's opening, and it has not applied",
    );
  });

  it("admits one that applied, and warns at the last session of the two years", () => {
    const applied = { ...wsisNgo, appliedForStatus: "2007-01-15" };
    expect(checkParticipation([applied], session(2007), proposal).entries[0]).toMatchObject({
      status: "eligible",
      expires: "2008-07-27",
    });
    expect(checkParticipation([applied], session(2008), proposal).entries[0]).toMatchObject({
      status: "expiring",
      expires: "2008-07-27",
    });
    expect(checkParticipation([applied], session(2009), proposal).entries[0]?.status).toBe("ineligible");
  });

  it("does not count an application made after the session opened", () => {
    const late = { ...wsisNgo, appliedForStatus: "2007-06-01" };
    expect(checkParticipation([late], session(2007), proposal).entries[0]?.reason).toMatch(
      /and it applied only on 1 June 2007$/u,
    );
  });
});

describe("the CSD precedent for WSSD-accredited groups", () => {
  // Reference §6: CSD-11 closed on 9 May 2003; the sessions the interim arrangement covered are
  // recalled as CSD-12 and CSD-13 ([U]); by CSD-18 (2010) consultative status was needed ([C]).
  const csd = {
    interim: [
      {
        id: "csd-decision-11-1",
        title: "CSD decision 11/1",
        kinds: ["civil-society" as const],
        accreditedTo: "WSSD",
        from: "2003-05-10",
        sessions: 2,
        requireApplication: false,
      },
    ],
  };
  const wssdNgo = {
    id: "wssd-ngo",
    name: "A WSSD-accredited NGO",
    kind: "civil-society" as const,
    accreditedTo: ["WSSD"],
  };

  it("admits a WSSD-accredited NGO to CSD-13 (11–22 April 2005) as its last interim session", () => {
    const csd13 = { year: 2005, opens: "2005-04-11", closes: "2005-04-22" };
    expect(checkParticipation([wssdNgo], csd13, csd).entries[0]).toMatchObject({
      status: "expiring",
      expires: "2005-04-22",
    });
  });

  it("turns it away from CSD-19 (2–13 May 2011)", () => {
    const csd19 = { year: 2011, opens: "2011-05-02", closes: "2011-05-13" };
    expect(checkParticipation([wssdNgo], csd19, csd).entries[0]?.status).toBe("ineligible");
  });
});

describe("other bases and policies", () => {
  it("admits member states, UN entities and IGOs of right, and NGOs in consultative status", () => {
    const report = checkParticipation(
      [
        { id: "KEN", name: "Kenya", kind: "member-state", region: "africa" },
        { id: "UNCTAD", name: "UNCTAD", kind: "un-entity" },
        { id: "OECD", name: "OECD", kind: "igo" },
        { id: "apc", name: "APC", kind: "civil-society", consultativeStatus: "general" },
      ],
      session(2011),
    );
    expect(report.entries.map((entry) => entry.reason)).toStrictEqual([
      "member state (African States), taking part of right",
      "UN entity, taking part of right",
      "intergovernmental organisation, taking part of right",
      "civil-society organisation in general consultative status with ECOSOC",
    ]);
    expect(report.eligible).toBe(4);
  });

  it("follows a policy that does not accept roster status", () => {
    const ngo = {
      id: "ngo",
      name: "NGO",
      kind: "civil-society" as const,
      consultativeStatus: "roster" as const,
    };
    expect(checkParticipation([ngo], session(2011)).entries[0]?.status).toBe("eligible");
    expect(
      checkParticipation([ngo], session(2011), { statuses: ["general", "special"] }).entries[0]?.reason,
    ).toBe(
      "its roster consultative status is not one this policy accepts (general, special); it is not accredited to WSIS, which interim participation requires",
    );
  });

  it("counts each group and the regional balance of member states", () => {
    const states: StakeholderInput[] = [
      { id: "FRA", name: "France", kind: "member-state", region: "weog" },
      { id: "DEU", name: "Germany", kind: "member-state", region: "weog" },
      { id: "CHE", name: "Switzerland", kind: "member-state", region: "weog" },
      { id: "KEN", name: "Kenya", kind: "member-state", region: "africa" },
      { id: "ngo", name: "NGO", kind: "civil-society", region: "africa", consultativeStatus: "special" },
    ];
    const report = checkParticipation(states, session(2011));
    expect(report.byKind.find((group) => group.kind === "member-state")).toStrictEqual({
      kind: "member-state",
      registered: 4,
      eligible: 4,
      expiring: 0,
      ineligible: 0,
    });
    expect(
      report.byRegion.map((region) => [region.region, region.memberStates, region.share, region.others]),
    ).toStrictEqual([
      ["africa", 1, 0.25, 1],
      ["asia-pacific", 0, 0, 0],
      ["eastern-europe", 0, 0, 0],
      ["latin-america-caribbean", 0, 0, 0],
      ["weog", 3, 0.75, 0],
    ]);
    expect(report.balance).toStrictEqual({
      spread: 0.75,
      maxSpread: 0.25,
      missingRegions: ["asia-pacific", "eastern-europe", "latin-america-caribbean"],
      balanced: false,
      civilSociety: {
        organisations: 1,
        spread: 1,
        missingRegions: ["asia-pacific", "eastern-europe", "latin-america-caribbean", "weog"],
      },
    });
  });

  it("finds one member state from each group balanced", () => {
    const regions = ["africa", "asia-pacific", "eastern-europe", "latin-america-caribbean", "weog"];
    const states = regions.map((region) => ({
      id: region,
      name: region,
      kind: "member-state" as const,
      region,
    }));
    expect(checkParticipation(states, session(2011)).balance).toStrictEqual({
      spread: 0,
      maxSpread: 0.25,
      missingRegions: [],
      balanced: true,
      civilSociety: { organisations: 0, spread: 0, missingRegions: [] },
    });
  });

  it("does not change its inputs", () => {
    const stakeholders = [{ ...wsisNgo }];
    const before = JSON.stringify(stakeholders);
    checkParticipation(stakeholders, session(2011));
    expect(JSON.stringify(stakeholders)).toBe(before);
  });
});

describe("bad input", () => {
  it("reports an unknown region with its path and the nearest group", () => {
    const error = inputErrorOf(() =>
      checkParticipation(
        [{ id: "KEN", name: "Kenya", kind: "member-state", region: "afrika" }],
        session(2011),
      ),
    );
    expect(error.issues).toStrictEqual([
      {
        path: ["stakeholders", 0, "region"],
        message:
          'unknown regional group "afrika"; did you mean "africa"? (known: africa, asia-pacific, eastern-europe, latin-america-caribbean, weog)',
      },
    ]);
  });

  it("lists every problem of the registry, the session and the policy together", () => {
    const error = inputErrorOf(() =>
      checkParticipation(
        [
          { id: "KEN", name: "Kenya", kind: "member-state" },
          { id: "KEN", name: "Kenya again", kind: "member-state", region: "africa" },
          { id: "x", name: "X", kind: "ngo", region: "mars" } as unknown as StakeholderInput,
        ],
        { year: 2011, opens: "2011-05-27", closes: "2011-05-23" },
        {
          maxRegionalSpread: -0.1,
          interim: [{ id: "a", title: "A", kinds: ["academia"], from: "2007-01-01", sessions: 2, years: 2 }],
        },
      ),
    );
    expect(error.issues.map((issue) => issue.path)).toStrictEqual([
      ["stakeholders", 0, "region"],
      ["stakeholders", 2, "kind"],
      ["stakeholders", 2, "region"],
      ["session", "closes"],
      ["options", "interim", 0, "sessions"],
      ["options", "maxRegionalSpread"],
    ]);
  });

  it("reports a duplicate stakeholder id", () => {
    const error = inputErrorOf(() =>
      checkParticipation(
        [
          { id: "KEN", name: "Kenya", kind: "member-state", region: "africa" },
          { id: "KEN", name: "Kenya again", kind: "member-state", region: "africa" },
        ],
        session(2011),
      ),
    );
    expect(error.issues).toStrictEqual([
      { path: ["stakeholders", 1, "id"], message: 'duplicate stakeholder id "KEN" (first at position 0)' },
    ]);
  });
});

// Issue 11, reference §9a: 2007/216 (business) and 2008/218 (academia) are open-ended, and academic
// entities, which cannot obtain consultative status, are not routed through it.
describe("business and academic entities, as the decisions were written", () => {
  const business: StakeholderInput = {
    id: "business",
    name: "A company",
    kind: "private-sector",
    accreditedTo: ["WSIS"],
  };
  const university: StakeholderInput = {
    id: "university",
    name: "A university",
    kind: "academia",
    accreditedTo: ["WSIS"],
  };

  it("dates decision 2007/215 to 26 April 2007", () => {
    expect(CSTD_INTERIM_ARRANGEMENTS.find((a) => a.id === "ecosoc-2007-215")?.from).toBe("2007-04-26");
  });

  it.each([2011, 2013, 2015] as const)(
    "admits a WSIS-accredited business to the %s session (no limit of sessions)",
    (year) => {
      const [entry] = checkParticipation([business], session(year)).entries;
      expect(entry).toMatchObject({ status: "eligible", basis: "interim", arrangement: "ecosoc-2007-216" });
      expect(entry?.reason).toMatch(/with no limit of sessions/u);
    },
  );

  it.each([2011, 2015] as const)("admits a WSIS-accredited academic entity to the %s session", (year) => {
    expect(checkParticipation([university], session(year)).entries[0]).toMatchObject({
      status: "eligible",
      arrangement: "ecosoc-2008-218",
    });
  });

  it("does not tell an academic entity it lacks ECOSOC consultative status", () => {
    const [entry] = checkParticipation([{ id: "u", name: "U", kind: "academia" }], session(2011)).entries;
    expect(entry?.status).toBe("ineligible");
    expect(entry?.reason).not.toMatch(/has no ECOSOC consultative status/u);
    expect(entry?.reason).toBe(
      "academic institutions do not take part through ECOSOC consultative status under this policy; it is not accredited to WSIS, which interim participation requires",
    );
  });

  it("does not admit an academic entity through consultative status by default", () => {
    expect(
      checkParticipation(
        [{ id: "u", name: "U", kind: "academia", consultativeStatus: "special" }],
        session(2011),
      ).entries[0]?.status,
    ).toBe("ineligible");
  });
});

// Issue 11, reference §9a: 2008/217 asked for balanced representation of civil society, as a figure.
describe("regional balance of civil society (decision 2008/217)", () => {
  it("reports the regional spread of the eligible NGOs", () => {
    const report = checkParticipation(
      [
        { id: "a", name: "A", kind: "civil-society", region: "africa", consultativeStatus: "special" },
        { id: "b", name: "B", kind: "civil-society", region: "weog", consultativeStatus: "special" },
        { id: "c", name: "C", kind: "civil-society", region: "weog", consultativeStatus: "general" },
        { id: "d", name: "D", kind: "civil-society", region: "weog" },
      ],
      session(2011),
    );
    expect(report.balance.civilSociety).toStrictEqual({
      organisations: 3,
      spread: 2 / 3,
      missingRegions: ["asia-pacific", "eastern-europe", "latin-america-caribbean"],
    });
    expect(report.byRegion.map((region) => region.civilSociety)).toStrictEqual([1, 0, 0, 0, 2]);
  });
});
