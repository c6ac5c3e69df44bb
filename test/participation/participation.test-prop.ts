import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { checkParticipation, PlannerInputError, type StakeholderInput } from "../../src/index.ts";

const REGIONS = ["africa", "asia-pacific", "eastern-europe", "latin-america-caribbean", "weog"];
const KINDS = [
  "member-state",
  "un-entity",
  "igo",
  "civil-society",
  "private-sector",
  "academia",
  "technical-community",
] as const;

const stakeholderArb: fc.Arbitrary<StakeholderInput> = fc
  .record({
    id: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/u),
    name: fc.constant("Stakeholder"),
    kind: fc.constantFrom(...KINDS),
    region: fc.constantFrom(...REGIONS),
    accreditedTo: fc.subarray(["WSIS", "WSSD"]),
    consultativeStatus: fc.constantFrom("general", "special", "roster", undefined),
  })
  .map(({ consultativeStatus, ...rest }) =>
    consultativeStatus === undefined ? rest : { ...rest, consultativeStatus },
  );

const sessionArb = fc
  .record({
    year: fc.integer({ min: 2005, max: 2015 }),
    month: fc.integer({ min: 3, max: 6 }),
    day: fc.integer({ min: 1, max: 20 }),
  })
  .map(({ year, month, day }) => {
    const opens = `${year}-0${month}-${String(day).padStart(2, "0")}`;
    const closes = `${year}-0${month}-${String(day + 4).padStart(2, "0")}`;
    return { year, opens, closes };
  });

describe("checkParticipation invariants", () => {
  test.prop([fc.anything(), fc.anything(), fc.anything()], { numRuns: 200 })(
    "throws nothing but PlannerInputError for any input",
    (stakeholders, session, options) => {
      try {
        checkParticipation(stakeholders as never, session as never, options as never);
      } catch (error) {
        expect(error).toBeInstanceOf(PlannerInputError);
      }
    },
  );

  test.prop([fc.uniqueArray(stakeholderArb, { selector: (s) => s.id, maxLength: 30 }), sessionArb])(
    "gives every stakeholder one verdict, and shares of member states that add up to 1",
    (stakeholders, session) => {
      const report = checkParticipation(stakeholders, session);
      expect(report.entries.map((entry) => entry.id)).toStrictEqual(stakeholders.map((s) => s.id));
      expect(report.eligible + report.expiring + report.ineligible).toBe(stakeholders.length);
      const states = report.byRegion.reduce((total, region) => total + region.memberStates, 0);
      const shares = report.byRegion.reduce((total, region) => total + region.share, 0);
      expect(states).toBe(stakeholders.filter((s) => s.kind === "member-state").length);
      if (states > 0) expect(shares).toBeCloseTo(1, 9);
      for (const entry of report.entries) {
        expect(entry.reason).not.toBe("");
        if (entry.status === "expiring") expect(entry.expires).toBeDefined();
      }
    },
  );
});
