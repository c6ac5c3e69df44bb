// Each built-in rule: a programme that keeps it and one that breaks it, with the finding's wording,
// path and the things it involves. Facts from reference/domain-facts.md via test/fixtures/.
import { describe, expect, it } from "vitest";
import {
  BUILTIN_RULES,
  checkProgramme,
  createProgramme,
  cstdRecord,
  type Programme,
  sdgsOf,
  wsis,
} from "../../src/index.ts";
import { CSTD_SESSIONS, CYCLE_2008_2009, WSIS_FORUMS } from "../fixtures/cstd-record.ts";
import { check, copyOf, defaultProgramme, messages, nth, sessionOf, specWith } from "./_helpers.ts";

const cycles = (...themes: string[][]) => specWith({ cycles: themes.map((ids) => ({ themes: ids })) });
/** Breaks a copy of the default programme by hand. */
const broken = (change: (programme: Programme) => void): Programme => {
  const programme = copyOf(defaultProgramme());
  change(programme);
  return programme;
};

describe("the default programme", () => {
  it("keeps every built-in rule", () => {
    const report = checkProgramme(defaultProgramme());
    expect(report.findings).toStrictEqual([]);
    expect(report.ok).toBe(true);
  });

  it("is checked by 19 built-in rules, each with refs and a description", () => {
    expect(BUILTIN_RULES).toHaveLength(19);
    for (const rule of BUILTIN_RULES) {
      expect(rule.id).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/u);
      expect(rule.refs.length).toBeGreaterThan(0);
      expect(rule.description).not.toBe("");
    }
  });
});

describe("cycle.review-before-policy", () => {
  it("passes annual cycles whose combined sessions review and decide, and three-year cycles", () => {
    for (const cycleLength of [1, 3]) {
      const report = checkProgramme(createProgramme(specWith({ cycleLength })));
      expect(report.findings).toStrictEqual([]);
    }
  });

  it("reports a cycle that decides before it reviews", () => {
    const programme = broken((p) => {
      nth(p.sessions, 0).phase = "policy";
      nth(p.sessions, 1).phase = "review";
    });
    expect(messages(programme, "cycle.review-before-policy")).toStrictEqual([
      "Cycle 1 (2027–2028) opens with a policy session in 2027: no review session comes before it.",
      "In cycle 1 (2027–2028), the review session of 2028 comes after the policy session of 2027.",
    ]);
    expect(check(programme, "cycle.review-before-policy")[0]?.path).toStrictEqual(["sessions", 0, "phase"]);
  });

  it("reports a cycle with no policy session", () => {
    const programme = broken((p) => {
      nth(p.sessions, 3).phase = "review";
    });
    expect(messages(programme, "cycle.review-before-policy")).toStrictEqual([
      "Cycle 2 (2029–2030) has no policy session: its sessions are 2029 (review) and 2030 (review).",
    ]);
  });
});

describe("cycle.high-level-segment", () => {
  it("reports a cycle without a high-level segment", () => {
    const programme = broken((p) => {
      nth(p.sessions, 1).highLevelSegment = false;
    });
    expect(messages(programme, "cycle.high-level-segment")).toStrictEqual([
      "Cycle 1 (2027–2028) holds no high-level segment; its policy session in 2028 should.",
    ]);
  });

  it("reports two segments in a cycle, one of them in its review year", () => {
    const programme = broken((p) => {
      nth(p.sessions, 2).highLevelSegment = true;
    });
    expect(messages(programme, "cycle.high-level-segment")).toStrictEqual([
      "Cycle 2 (2029–2030) holds 2 high-level segments (2029 and 2030); exactly one belongs in its policy year.",
      "The high-level segment of cycle 2 (2029–2030) is in 2029, a review session; it belongs in the policy year (2030).",
    ]);
  });
});

describe("theme.reviewed-before-policy", () => {
  const withoutItem = (year: number, itemId: string) =>
    broken((p) => {
      const session = sessionOf(p, year);
      session.agenda = session.agenda.filter((item) => item.id !== itemId);
    });

  it("reports a theme reviewed but never taken to policy in its cycle", () => {
    const programme = broken((p) => {
      const session = sessionOf(p, 2036);
      session.agenda = session.agenda
        .filter((item) => item.id !== "policy:diversity-media-ethics")
        .map((item) => ({ ...item, themes: item.themes.filter((id) => id !== "diversity-media-ethics") }));
    });
    const [finding, ...rest] = check(programme, "theme.reviewed-before-policy");
    expect(rest).toStrictEqual([]);
    expect(finding?.message).toBe(
      "Theme ‘Cultural and linguistic diversity, media and the ethical dimensions of the information society’ (diversity-media-ethics) is reviewed in 2035 but no policy session follows in its cycle (cycle 5 (2035–2036)).",
    );
    expect(finding?.path).toStrictEqual(["cycles", 4, "themes", 0]);
    expect(finding?.involves.actionLines).toStrictEqual(["C8", "C9", "C10"]);
  });

  it("reports a theme that reaches policy without a review first", () => {
    const programme = withoutItem(2027, "review:inclusive-access");
    expect(
      check(programme, "theme.reviewed-before-policy").map((f) => [f.involves.themes, f.path]),
    ).toStrictEqual([[["inclusive-access"], ["sessions", 1, "agenda"]]]);
  });

  it("reports a theme on no session's agenda", () => {
    const programme = broken((p) => {
      for (const session of p.sessions)
        session.agenda = session.agenda
          .filter((item) => !item.themes.includes("health") || item.kind === "high-level-segment")
          .map((item) => ({ ...item, themes: item.themes.filter((id) => id !== "health") }));
    });
    expect(messages(programme, "theme.reviewed-before-policy")).toStrictEqual([
      "Theme ‘Using science, technology and innovation to close the gap on SDG 3, good health and well-being’ (health) of cycle 3 (2031–2032) is on no session's agenda: it is neither reviewed nor taken to policy.",
    ]);
  });
});

describe("coverage.action-lines", () => {
  it("passes the default programme, C7's sub-lines counted separately too", () => {
    expect(
      check(defaultProgramme(), "coverage.action-lines", { params: { coverageSubLines: true } }),
    ).toStrictEqual([]);
  });

  it("reports each top-level line no WSIS theme covers, with STI themes that name it", () => {
    const programme = createProgramme(
      specWith({
        cycles: [
          { themes: ["inclusive-access", "open-science"] },
          { themes: ["digital-competencies", "food-security"] },
          { themes: ["digital-economy", "health"] },
          { themes: ["confidence-security", "global-cooperation"] },
          { themes: ["sti-media", "renewable-energy"] },
        ],
        themes: [
          ...specWith({}).themes,
          { id: "sti-media", title: "Science journalism", mandate: "sti", actionLines: ["C9"], sdgs: [16] },
        ],
      }),
    );
    const findings = check(programme, "coverage.action-lines");
    expect(findings.map((f) => f.involves.actionLines)).toStrictEqual([["C8"], ["C9"], ["C10"]]);
    expect(findings[1]?.message).toBe(
      "Action line C9 (Media) is covered by no theme with a WSIS mandate in 2027–2036 (‘Science journalism’ (sti-media) names it but has only the STI mandate).",
    );
  });

  it("asks only for the configured lines", () => {
    const programme = createProgramme(cycles(["inclusive-access", "open-science"]));
    expect(
      check(programme, "coverage.action-lines", { params: { coverageLines: ["C2", "C3"] } }),
    ).toStrictEqual([]);
    expect(messages(programme, "coverage.action-lines", { params: { coverageLines: ["C9"] } })).toStrictEqual(
      ["Action line C9 (Media) is covered by no theme with a WSIS mandate in 2027–2028."],
    );
  });

  it("counts a sub-line only when a theme names it, with coverageSubLines", () => {
    const themes = [
      { id: "apps", title: "ICT applications", actionLines: ["C7"], sdgs: [9] },
      { id: "health", title: "E-health", actionLines: ["C7.e-health"], sdgs: [3] },
    ];
    const programme = createProgramme({
      title: "T",
      startYear: 2027,
      cycles: [{ themes: ["apps", "health"] }],
      themes,
    });
    const options = { params: { coverageSubLines: true, coverageLines: undefined } };
    const missing = check(programme, "coverage.action-lines", options).flatMap((f) => f.involves.actionLines);
    expect(missing).toContain("C7.e-business");
    expect(missing).not.toContain("C7.e-health");
    expect(missing).not.toContain("C7");
  });
});

describe("theme.repetition", () => {
  it("reports a theme that comes back within six years", () => {
    const programme = createProgramme(
      cycles(["inclusive-access", "open-science"], ["inclusive-access", "food-security"]),
    );
    const [finding] = check(programme, "theme.repetition");
    expect(finding?.message).toBe(
      "Theme ‘Development-oriented policies for a socio-economically inclusive information society, including access, infrastructure and an enabling environment’ (inclusive-access) comes back in cycle 2 (2029–2030), 2 years after cycle 1 (2027–2028); at least 6 years should pass.",
    );
    expect(finding?.severity).toBe("soft");
    expect(finding?.involves.years).toStrictEqual([2027, 2029]);
  });

  it("passes a theme that comes back after the gap, and any theme with minGapYears 0", () => {
    const programme = createProgramme(
      cycles(
        ["inclusive-access", "open-science"],
        ["food-security"],
        ["health"],
        ["inclusive-access", "health"],
      ),
    );
    expect(messages(programme, "theme.repetition")).toStrictEqual([
      "Theme ‘Using science, technology and innovation to close the gap on SDG 3, good health and well-being’ (health) comes back in cycle 4 (2033–2034), 2 years after cycle 3 (2031–2032); at least 6 years should pass.",
    ]);
    expect(check(programme, "theme.repetition", { params: { minGapYears: 0 } })).toStrictEqual([]);
  });

  it("reports near-identical themes by action-line overlap above the threshold", () => {
    const themes = [
      { id: "culture", title: "Culture and media", actionLines: ["C8", "C9", "C10"], sdgs: [16] },
      { id: "media", title: "Media and ethics", actionLines: ["C9", "C10"], sdgs: [16] },
      { id: "science", title: "Science", mandate: "sti" as const, actionLines: [], sdgs: [9] },
    ];
    const programme = createProgramme({
      title: "T",
      startYear: 2027,
      cycles: [{ themes: ["culture", "science"] }, { themes: ["media", "science"] }],
      themes,
    });
    const findings = check(programme, "theme.repetition", { params: { minGapYears: 4 } });
    expect(findings.map((f) => f.message)).toStrictEqual([
      "Theme ‘Media and ethics’ (media) in cycle 2 (2029–2030) is near-identical to ‘Culture and media’ (culture) in cycle 1 (2027–2028): their action lines overlap 67 % (C9, C10), and only 2 years pass between them; at least 4 should.",
      "Theme ‘Science’ (science) comes back in cycle 2 (2029–2030), 2 years after cycle 1 (2027–2028); at least 4 years should pass.",
    ]);
    expect(
      check(programme, "theme.repetition", { params: { minGapYears: 4, overlapThreshold: 0.7 } }),
    ).toHaveLength(1);
  });
});

describe("cycle.theme-count", () => {
  it("reports too many and too few themes, weighted by how far off", () => {
    const programme = createProgramme(cycles(["inclusive-access", "open-science", "health"], []));
    const findings = check(programme, "cycle.theme-count");
    expect(findings.map((f) => [f.message, f.weight, f.path])).toStrictEqual([
      ["Cycle 1 (2027–2028) has 3 themes; at most 2 fit.", 1, ["cycles", 0, "themes"]],
      ["Cycle 2 (2029–2030) has 0 themes; it needs at least 1.", 1, ["cycles", 1, "themes"]],
    ]);
  });

  it("passes within configured bounds", () => {
    const programme = createProgramme(cycles(["inclusive-access", "open-science", "health"]));
    expect(
      check(programme, "cycle.theme-count", { params: { themesPerCycle: { min: 1, max: 3 } } }),
    ).toStrictEqual([]);
  });
});

describe("agency.lead-load", () => {
  it("reports an agency leading both themes of a cycle", () => {
    const programme = createProgramme(cycles(["diversity-media-ethics", "open-science"]));
    const [finding, ...rest] = check(programme, "agency.lead-load");
    expect(rest).toStrictEqual([]);
    expect(finding?.message).toMatch(
      /^UNESCO \(United Nations Educational, Scientific and Cultural Organization\) leads 2 of the themes of cycle 1 \(2027–2028\) \(.*\(diversity-media-ethics\) and .*\(open-science\)\); at most 1 should fall to one agency\.$/u,
    );
    expect(finding?.involves.agencies).toStrictEqual(["UNESCO"]);
    expect(finding?.involves.actionLines).toStrictEqual(["C8", "C9", "C10", "C7.e-science", "C3"]);
  });

  it("passes when the limit allows it", () => {
    const programme = createProgramme(cycles(["diversity-media-ethics", "open-science"]));
    expect(check(programme, "agency.lead-load", { params: { maxLeadPerCycle: 2 } })).toStrictEqual([]);
  });
});

describe("calendar.working-days", () => {
  it("reports a session opening on a Saturday", () => {
    const programme = broken((p) => {
      nth(p.sessions, 0).opens = "2027-05-08";
    });
    const [finding] = check(programme, "calendar.working-days");
    expect(finding?.message).toBe("The 30th session (2027) opens on Saturday 8 May 2027, not a working day.");
    expect(finding?.path).toStrictEqual(["sessions", 0, "opens"]);
  });

  it("reports a configured holiday inside a session, and passes the same day when the programme steps around it", () => {
    const programme = defaultProgramme();
    expect(
      messages(programme, "calendar.working-days", { params: { holidays: ["2027-05-12"] } }),
    ).toStrictEqual([
      "The 30th session (2027) would meet on Wednesday 12 May 2027, a holiday (it runs 10–14 May 2027).",
    ]);
    const dated = createProgramme(specWith({ calendar: { holidays: ["2027-05-12"] } }));
    expect(check(dated, "calendar.working-days", { params: { holidays: ["2027-05-12"] } })).toStrictEqual([]);
  });
});

describe("calendar.documents-deadline", () => {
  it("reports documents due less than six weeks before opening", () => {
    const programme = createProgramme(specWith({ calendar: { documentsWeeks: 5 } }));
    const findings = check(programme, "calendar.documents-deadline");
    expect(findings).toHaveLength(10);
    expect(findings[0]?.message).toBe(
      "Pre-session documents for the 30th session (2027) are due on 5 April 2027, 5 weeks before it opens on 10 May 2027; the six-week rule asks for at least 6 weeks.",
    );
    expect(findings[0]?.severity).toBe("hard");
  });
});

describe("calendar.inputs-before-documents", () => {
  it("reports inputs due on the documents deadline", () => {
    const programme = createProgramme(
      specWith({ cycles: [{ themes: ["inclusive-access"] }], calendar: { inputsWeeks: 0 } }),
    );
    expect(messages(programme, "calendar.inputs-before-documents")).toStrictEqual([
      "Stakeholder inputs for the 30th session (2027) are due on 29 March 2027, not before the documents deadline of 29 March 2027.",
      "Stakeholder inputs for the 31st session (2028) are due on 27 March 2028, not before the documents deadline of 27 March 2028.",
    ]);
  });

  it("reports a consultation that opens after its inputs deadline", () => {
    const programme = broken((p) => {
      nth(p.sessions, 0).deadlines.consultationOpens = "2027-03-02";
    });
    expect(messages(programme, "calendar.inputs-before-documents")).toStrictEqual([
      "The consultation for the 30th session (2027) opens on 2 March 2027, not before its inputs deadline of 1 March 2027.",
    ]);
  });
});

describe("calendar.panel-lead-time", () => {
  it("reports a panel too close to the session", () => {
    const programme = createProgramme(
      specWith({
        cycles: [{ themes: ["inclusive-access"] }],
        calendar: {
          sessionStart: { month: 1, nth: 4 },
          intersessionalPanel: { start: { month: 12, nth: 2 }, days: 3 },
        },
      }),
    );
    const [finding] = check(programme, "calendar.panel-lead-time");
    expect(finding?.message).toBe(
      "The inter-sessional panel before the 30th session (2027) closes on 16 December 2026, only 5 weeks and 5 days before the session opens on 25 January 2027; at least 8 weeks are needed.",
    );
    expect(finding?.severity).toBe("soft");
  });
});

describe("calendar.external-clash", () => {
  const session2012 = (opens: string) =>
    createProgramme({
      title: "CSTD 2012",
      startYear: 2012,
      cycleLength: 1,
      cycles: [{ themes: ["open-access"] }],
      themes: [{ id: "open-access", title: "Open access", mandate: "both", actionLines: ["C3"], sdgs: [4] }],
      calendar: { sessionDates: [{ year: 2012, opens }] },
    });

  it("passes the 15th session (21–25 May 2012) after the WSIS Forum (14–18 May 2012)", () => {
    const programme = session2012(CSTD_SESSIONS[2012].opens);
    expect(
      check(programme, "calendar.external-clash", { params: { externalEvents: WSIS_FORUMS } }),
    ).toStrictEqual([]);
  });

  it("reports a session moved into the WSIS Forum's week", () => {
    const programme = session2012("2012-05-14");
    expect(
      messages(programme, "calendar.external-clash", { params: { externalEvents: WSIS_FORUMS } }),
    ).toStrictEqual([
      "The 2012 session (14–18 May 2012) clashes with WSIS Forum 2012 (the WSIS Forum, 14–18 May 2012).",
    ]);
  });
});

describe("calendar.report-to-ecosoc", () => {
  const programme2013 = () =>
    createProgramme({
      title: "CSTD 2013",
      startYear: 2013,
      cycleLength: 1,
      cycles: [{ themes: ["broadband"] }],
      themes: [
        { id: "broadband", title: "Internet broadband", mandate: "both", actionLines: ["C2"], sdgs: [9] },
      ],
      calendar: { sessionDates: [{ year: 2013, opens: CSTD_SESSIONS[2013].opens }] },
    });

  it("passes the 16th session (3–7 June 2013) reaching ECOSOC on 1 July 2013", () => {
    const programme = programme2013();
    expect(programme.sessions[0]?.deadlines.report).toBe("2013-07-01");
    expect(check(programme, "calendar.report-to-ecosoc")).toStrictEqual([]);
  });

  it("reports a report with less time than required", () => {
    expect(
      messages(programme2013(), "calendar.report-to-ecosoc", { params: { minReportWeeks: 4 } }),
    ).toStrictEqual([
      "The report of the 2013 session reaches ECOSOC on 1 July 2013, only 3 weeks and 3 days after the session closes on 7 June 2013; at least 4 weeks are needed.",
    ]);
  });

  it("reports a report due in another year", () => {
    const programme = broken((p) => {
      nth(p.sessions, 0).deadlines.report = "2028-07-03";
    });
    expect(messages(programme, "calendar.report-to-ecosoc")).toStrictEqual([
      "The report of the 30th session (2027) is due at ECOSOC on 3 July 2028, not at ECOSOC's session of 2027.",
    ]);
  });
});

describe("theme.goal-links", () => {
  it("accepts an MDG tag before 2016", () => {
    expect(check(createProgramme(CYCLE_2008_2009), "theme.goal-links")).toStrictEqual([]);
  });

  // Issue 11 (noise): a theme whose action lines link to SDGs in the catalogue counts as linked.
  it("counts a theme without SDGs of its own as linked when its action lines link to SDGs", () => {
    const spec = specWith({});
    const themes = spec.themes.map((theme) =>
      theme.id === "confidence-security" ? { ...theme, sdgs: [] } : theme,
    );
    expect(messages(createProgramme({ ...spec, themes }), "theme.goal-links")).toStrictEqual([]);
  });

  it("reports a theme linked to no SDG, by itself or through its action lines, and says why", () => {
    const spec = specWith({});
    const themes = spec.themes.map((theme) =>
      theme.id === "confidence-security" ? { ...theme, sdgs: [], actionLines: ["C1", "C6"] } : theme,
    );
    expect(messages(createProgramme({ ...spec, themes }), "theme.goal-links")).toStrictEqual([
      "Theme ‘Building confidence and security in the use of ICTs’ (confidence-security), taken up in 2033, links to no SDG, and none of its action lines links to one in the catalogue (a theme whose action lines link to SDGs counts as linked).",
    ]);
  });

  it("does not accept an MDG tag from 2016 (the WSIS theme is linked through C2)", () => {
    const programme = createProgramme({ ...CYCLE_2008_2009, startYear: 2016, calendar: {} });
    const findings = check(programme, "theme.goal-links");
    expect(findings.map((finding) => finding.involves.themes)).toStrictEqual([["ste-capacity"]]);
  });

  it("flags on the record 2016–2025, stripped of its own SDGs, only themes whose action lines link to none", () => {
    const sessions = cstdRecord.sessions.filter((s) => s.year >= 2016 && s.year <= 2025);
    const themes = new Map(sessions.flatMap((s) => s.themes.map((t) => [t.id, t] as const)));
    const programme = createProgramme({
      title: "The record 2016–2025",
      startYear: 2016,
      cycleLength: 1,
      cycles: sessions.map((s) => ({ themes: s.themes.map((t) => t.id) })),
      themes: [...themes.values()].map(({ status: _s, source: _src, ...theme }) => ({ ...theme, sdgs: [] })),
    });
    const flagged = check(programme, "theme.goal-links").flatMap((f) => f.involves.themes);
    const linked = (id: string) =>
      (themes.get(id)?.actionLines ?? []).some((line) => sdgsOf(wsis, line).length > 0);
    expect(flagged.length).toBeLessThan(themes.size);
    expect(flagged.filter(linked)).toStrictEqual([]);
    expect([...themes.keys()].filter((id) => !linked(id) && !flagged.includes(id))).toStrictEqual([]);
  });
});

describe("cycle.dual-mandate", () => {
  it("passes the 2008–2009 cycle pairing a WSIS theme with an STI one", () => {
    expect(check(createProgramme(CYCLE_2008_2009), "cycle.dual-mandate")).toStrictEqual([]);
  });

  it("reports a cycle with two WSIS-only themes", () => {
    const programme = createProgramme(cycles(["inclusive-access", "confidence-security"]));
    const [finding] = check(programme, "cycle.dual-mandate");
    expect(finding?.message).toMatch(
      /^Cycle 1 \(2027–2028\) takes up no theme with the science, technology and innovation \(STI\) mandate: .*\(inclusive-access\) is WSIS only and .*\(confidence-security\) is WSIS only\.$/u,
    );
  });

  it("checks each session's agenda when asked to", () => {
    const programme = broken((p) => {
      const session = nth(p.sessions, 0);
      session.agenda = session.agenda.filter((item) => item.id !== "review:open-science");
    });
    expect(check(programme, "cycle.dual-mandate")).toStrictEqual([]);
    expect(
      check(programme, "cycle.dual-mandate", { params: { dualMandatePer: "session" } }).map(
        (f) => f.involves.years,
      ),
    ).toStrictEqual([[2027]]);
  });
});

describe("integration.review-milestones", () => {
  const wsis20 = () =>
    createProgramme({
      title: "CSTD 2024–2025",
      startYear: 2024,
      cycles: [{ themes: ["data"] }],
      themes: [
        { id: "data", title: "Data for development", mandate: "both", actionLines: ["C3"], sdgs: [17] },
      ],
    });

  it("passes a review session in 2024 before the WSIS+20 review (December 2025)", () => {
    expect(check(wsis20(), "integration.review-milestones")).toStrictEqual([]);
  });

  it("reports no reviewing session in the window before a milestone", () => {
    expect(
      messages(wsis20(), "integration.review-milestones", { params: { reviewLeadYears: 0 } }),
    ).toStrictEqual([
      "No session reviews progress in the 0 years before WSIS+20 review (General Assembly high-level meeting, resolution 79/277) on 16 December 2025: the 2025 session is a policy session.",
    ]);
  });

  it("skips milestones the programme does not reach", () => {
    expect(
      check(defaultProgramme(), "integration.review-milestones", { params: { reviewLeadYears: 0 } }),
    ).toStrictEqual([]);
  });
});
