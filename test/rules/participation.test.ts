// The participation rules inside checkProgramme: registrations for the 2008–2009 cycle (11th and
// 12th sessions, reference §5c) under the CSTD's interim arrangements (§5a), and regional balance.
import { describe, expect, it } from "vitest";
import { checkProgramme, createProgramme, type StakeholderInput } from "../../src/index.ts";
import { CYCLE_2008_2009 } from "../fixtures/cstd-record.ts";
import { check, defaultProgramme, inputErrorOf } from "./_helpers.ts";

const REGIONS = ["africa", "asia-pacific", "eastern-europe", "latin-america-caribbean", "weog"];
const states: StakeholderInput[] = REGIONS.map((region) => ({
  id: `state-${region}`,
  name: `A state of ${region}`,
  kind: "member-state",
  region,
}));
const wsisNgo: StakeholderInput = {
  id: "wsis-ngo",
  name: "WSIS NGO",
  kind: "civil-society",
  accreditedTo: ["WSIS"],
};
const everyone = [...states, wsisNgo].map((stakeholder) => stakeholder.id);

describe("participation.eligibility", () => {
  it("passes a WSIS-accredited NGO at the 11th and 12th sessions, under 2007/215 and 2008/217", () => {
    const params = {
      participation: {
        stakeholders: [...states, wsisNgo],
        sessions: [
          { year: 2008, stakeholders: everyone },
          { year: 2009, stakeholders: everyone },
        ],
      },
    };
    expect(check(createProgramme(CYCLE_2008_2009), "participation.eligibility", { params })).toStrictEqual(
      [],
    );
  });

  it("reports the same NGO registered for the 30th session (2027), with the path of its registration", () => {
    const params = {
      participation: {
        stakeholders: [...states, wsisNgo],
        sessions: [{ year: 2027, stakeholders: everyone }],
      },
    };
    const [finding, ...rest] = check(defaultProgramme(), "participation.eligibility", { params });
    expect(rest).toStrictEqual([]);
    expect(finding?.message).toBe(
      "WSIS NGO (wsis-ngo) is registered for the 30th session (2027) but is not eligible: it has no ECOSOC consultative status; its interim participation under ECOSOC decision 2008/217 covered the 2009 and 2010 sessions only.",
    );
    expect(finding?.path).toStrictEqual(["params", "participation", "sessions", 0, "stakeholders", 5]);
    expect(finding?.involves.stakeholders).toStrictEqual(["wsis-ngo"]);
  });
});

describe("participation.regional-balance", () => {
  it("passes one member state from each regional group", () => {
    const params = {
      participation: { stakeholders: states, sessions: [{ year: 2027, stakeholders: everyone.slice(0, 5) }] },
    };
    expect(check(defaultProgramme(), "participation.regional-balance", { params })).toStrictEqual([]);
  });

  it("reports missing groups and a spread above the allowed one", () => {
    const weog = [1, 2, 3].map((i) => ({
      id: `weog-${i}`,
      name: `WEOG ${i}`,
      kind: "member-state" as const,
      region: "weog",
    }));
    const params = {
      participation: {
        stakeholders: [...states, ...weog],
        sessions: [
          { year: 2028, stakeholders: ["state-africa", "state-weog", "weog-1", "weog-2", "weog-3"] },
        ],
      },
    };
    const report = checkProgramme(defaultProgramme(), { params });
    expect(
      check(defaultProgramme(), "participation.regional-balance", { params }).map((f) => [
        f.message,
        f.weight,
      ]),
    ).toStrictEqual([
      [
        "No member state from Asia-Pacific States, Eastern European States and Latin American and Caribbean States is registered for the 31st session (2028).",
        3,
      ],
      [
        "Member states registered for the 31st session (2028) are unevenly spread across the regional groups: Western European and other States 80 %, Asia-Pacific States 0 %; the gap of 80 points is above the 25 allowed.",
        1,
      ],
    ]);
    expect(report.bySession[0]?.key).toBe(2028);
  });

  it("follows the policy's spread and lets it skip the every-region check", () => {
    const params = {
      participation: {
        stakeholders: states,
        sessions: [{ year: 2028, stakeholders: ["state-africa", "state-weog"] }],
        policy: { maxRegionalSpread: 0.5, everyRegion: false },
      },
    };
    expect(check(defaultProgramme(), "participation.regional-balance", { params })).toStrictEqual([]);
  });
});

describe("participation parameters", () => {
  it("reject an unknown region, an unknown stakeholder and a year without a session, with paths", () => {
    const bad = {
      participation: {
        stakeholders: [{ id: "x", name: "X", kind: "member-state" as const, region: "weeog" }],
        sessions: [{ year: 2027, stakeholders: ["x", "y"] }],
      },
    };
    expect(inputErrorOf(() => checkProgramme(defaultProgramme(), { params: bad })).issues).toStrictEqual([
      {
        path: ["params", "participation", "stakeholders", 0, "region"],
        message:
          'unknown regional group "weeog"; did you mean "weog"? (known: africa, asia-pacific, eastern-europe, latin-america-caribbean, weog)',
      },
      {
        path: ["params", "participation", "sessions", 0, "stakeholders", 1],
        message: 'unknown stakeholder "y"; did you mean "x"?',
      },
    ]);
    const outside = { participation: { stakeholders: states, sessions: [{ year: 2040, stakeholders: [] }] } };
    expect(inputErrorOf(() => checkProgramme(defaultProgramme(), { params: outside })).issues).toStrictEqual([
      {
        path: ["params", "participation", "sessions", 0, "year"],
        message: "2040 has no session in the programme (2027–2036)",
      },
    ]);
  });
});
