// Issue 10 ("Trustworthy inputs"): regression tests through the public API, one block per item.
import { describe, expect, it } from "vitest";
import {
  applyEdit,
  canUndo,
  checkParticipation,
  checkProgramme,
  createHistory,
  createProgramme,
  defineRule,
  diffProgrammes,
  draftProgramme,
  draftScenarios,
  edit,
  facilitatorsOf,
  findDuplicates,
  formatPath,
  jsonSchemaFor,
  nthMonday,
  type Programme,
  type ProgrammeSpec,
  parseActivities,
  parseFora,
  parseProgramme,
  parseProgrammeSpec,
  parseUngisPlan,
  prepareCheck,
  redo,
  renderMarkdown,
  sessionCalendar,
  sessionDates,
  summarizeCheck,
  themeLeads,
  undo,
  WSIS_DEFAULT_SPEC,
  wsis,
} from "../../src/index.ts";
import { inputErrorOf } from "../support/errors.ts";

const spec = (): ProgrammeSpec => ({
  title: "CSTD 2027–2030",
  startYear: 2027,
  cycles: [{ themes: ["access"] }, { themes: ["media"] }],
  themes: [
    { id: "access", title: "Access", actionLines: ["C2"] },
    { id: "media", title: "Media", actionLines: ["C9"] },
  ],
});
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const issuesOf = (fn: () => unknown) => inputErrorOf(fn).issues;

function isDeepUnfrozen(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  if (Object.isFrozen(value)) return false;
  return Object.values(value).every(isDeepUnfrozen);
}

describe("1. unknown keys are errors with 'did you mean'", () => {
  it("names a misspelt calendar option and a misspelt spec key at their paths", () => {
    expect(
      issuesOf(() => createProgramme({ ...spec(), firstsession: 30, calendar: { sesionDays: 3 } } as never)),
    ).toStrictEqual([
      { path: ["calendar", "sesionDays"], message: 'unknown key "sesionDays"; did you mean "sessionDays"?' },
      { path: ["firstsession"], message: 'unknown key "firstsession"; did you mean "firstSession"?' },
    ]);
  });

  it("names pin and precedences in a draft spec", () => {
    const issues = issuesOf(() =>
      draftProgramme({
        title: "D",
        startYear: 2027,
        cycles: 2,
        themes: [{ id: "a", title: "A", actionLines: ["C2"] }],
        pin: [{ theme: "a", cycle: 1 }],
        precedences: [],
      } as never),
    );
    expect(issues.map((issue) => [issue.path, issue.message])).toStrictEqual([
      [["pin"], 'unknown key "pin"; did you mean "pins"?'],
      [["precedences"], 'unknown key "precedences"; did you mean "precedence"?'],
    ]);
  });

  it("names unknown keys in a draft theme, UNGIS plan, fora, stakeholders, policy and activities", () => {
    const theme = issuesOf(() =>
      draftProgramme({
        title: "D",
        startYear: 2027,
        cycles: 1,
        themes: [{ id: "a", title: "A", actionLines: ["C2"], optinal: true }],
      } as never),
    );
    expect(theme[0]).toStrictEqual({
      path: ["themes", 0, "optinal"],
      message: 'unknown key "optinal"; did you mean "optional"?',
    });
    expect(issuesOf(() => parseUngisPlan({ yeras: [] })).map((issue) => issue.message)).toContain(
      'unknown key "yeras"; did you mean "years"?',
    );
    expect(issuesOf(() => parseFora([{ id: "igf", name: "IGF", years: [], sorce: "x" }]))[0]).toStrictEqual({
      path: [0, "sorce"],
      message: 'unknown key "sorce"; did you mean "source"?',
    });
    const session = { year: 2027, opens: "2027-05-10", closes: "2027-05-14" };
    const participation = issuesOf(() =>
      checkParticipation(
        [{ id: "k", name: "Kenya", kind: "member-state", regoin: "africa" } as never],
        session,
        {
          everyRegoin: false,
        } as never,
      ),
    );
    expect(participation.map((issue) => issue.message)).toContain(
      'unknown key "regoin"; did you mean "region"?',
    );
    expect(participation.map((issue) => issue.message)).toContain(
      'unknown key "everyRegoin"; did you mean "everyRegion"?',
    );
    const activity = {
      id: "a",
      agency: "ITU",
      title: "T",
      actionLines: ["C2"],
      start: "2026",
      end: "2027",
      titel: "x",
    };
    expect(issuesOf(() => parseActivities([activity]))[0]).toStrictEqual({
      path: [0, "titel"],
      message: 'unknown key "titel"; did you mean "title"?',
    });
    expect(issuesOf(() => findDuplicates([], { treshold: 0.5 } as never))[0]?.message).toBe(
      'unknown key "treshold"; did you mean "threshold"?',
    );
  });

  it("names unknown keys in check options, calendar options and render extras", () => {
    const programme = createProgramme(spec());
    expect(issuesOf(() => checkProgramme(programme, { param: {} } as never))[0]?.message).toBe(
      'unknown option "param"; did you mean "params"?',
    );
    expect(
      issuesOf(() => checkProgramme(programme, { params: { minGapYear: 4 } } as never))[0],
    ).toStrictEqual({
      path: ["params", "minGapYear"],
      message: 'unknown key "minGapYear"; did you mean "minGapYears"?',
    });
    expect(issuesOf(() => sessionCalendar(programme, { holiday: [] } as never))[0]?.message).toBe(
      'unknown key "holiday"; did you mean "holidays"?',
    );
    expect(
      issuesOf(() => renderMarkdown(programme, { chek: checkProgramme(programme) } as never))[0],
    ).toStrictEqual({
      path: ["chek"],
      message: 'unknown key "chek"; did you mean "check"?',
    });
  });

  it("lists the keys an object takes when no key is near", () => {
    expect(issuesOf(() => parseUngisPlan({ years: [], zzzzzzzzzz: 1 }))[0]?.message).toBe(
      'unknown key "zzzzzzzzzz"; expected one of: title, years',
    );
  });
});

describe("3. nothing a caller passes comes back frozen or changed", () => {
  it("edit leaves a plain programme unfrozen and unchanged, also when the edit throws", () => {
    const programme = plain(createProgramme(spec()));
    const before = JSON.stringify(programme);
    const { programme: next } = edit(programme, (draft) => {
      draft.title = "Draft 2";
    });
    expect(next.title).toBe("Draft 2");
    inputErrorOf(() =>
      edit(programme, (draft) => {
        draft.cycles[0]?.themes.push("nowhere");
      }),
    );
    expect(JSON.stringify(programme)).toBe(before);
    expect(isDeepUnfrozen(programme)).toBe(true);
  });

  it("edit does not freeze an object the recipe puts in the draft", () => {
    const theme = {
      id: "health",
      title: "E-health",
      mandate: "wsis" as const,
      actionLines: ["C7.e-health"],
      sdgs: [],
      tags: [],
    };
    const { programme } = edit(createProgramme(spec()), (draft) => {
      draft.themes.push(theme);
    });
    expect(programme.themes.map((t) => t.id)).toStrictEqual(["access", "media", "health"]);
    expect(Object.isFrozen(theme)).toBe(false);
    expect(Object.isFrozen(programme.themes[2])).toBe(true);
  });

  it("applyEdit, undo and redo leave the caller's history and programme unfrozen", () => {
    const programme = plain(createProgramme(spec()));
    const history = plain(
      applyEdit(
        createHistory(programme),
        (draft) => {
          draft.title = "B";
        },
        "b",
      ),
    );
    const before = JSON.stringify(history);
    const back = undo(history);
    expect(back.present.title).toBe("CSTD 2027–2030");
    expect(redo(plain(back)).present.title).toBe("B");
    applyEdit(history, (draft) => {
      draft.title = "C";
    });
    expect(JSON.stringify(history)).toBe(before);
    expect(isDeepUnfrozen(history)).toBe(true);
    expect(isDeepUnfrozen(programme)).toBe(true);
  });

  it("gives each parse its own defaults: changing one result changes no later one", () => {
    // zod copies an object default one level deep: a nested default (the calendar's, the
    // participation policy's) must be made anew for each value, or every spec shares its parts.
    const objectsOf = (value: unknown, into = new Set<object>()): Set<object> => {
      if (typeof value === "object" && value !== null && !into.has(value)) {
        into.add(value);
        for (const child of Object.values(value)) objectsOf(child, into);
      }
      return into;
    };
    // What two results share must be frozen (the catalogue's tables, the built-in milestones).
    const shared = (a: unknown, b: unknown) =>
      [...objectsOf(a)].filter((o) => objectsOf(b).has(o) && !Object.isFrozen(o));
    const first = parseProgrammeSpec(spec());
    expect(shared(first, parseProgrammeSpec(spec()))).toStrictEqual([]);
    const params = { participation: { stakeholders: [], sessions: [{ year: 2027, stakeholders: [] }] } };
    expect(shared(prepareCheck({ params }).params, prepareCheck({ params }).params)).toStrictEqual([]);
    // A planner edits the resolved spec it got back; the next programme keeps the default calendar.
    (first.calendar.sessionStart as { month: number }).month = 9;
    if (first.calendar.intersessionalPanel !== false) first.calendar.intersessionalPanel.start.month = 2;
    const next = createProgramme(spec()).sessions[0];
    expect([next?.opens, next?.intersessionalPanel?.opens]).toStrictEqual(["2027-05-10", "2026-11-16"]);
  });

  it("defineRule returns a frozen copy and leaves the caller's rule as it was", () => {
    const rule = {
      id: "local.quiet",
      severity: "soft" as const,
      weight: 1,
      description: "Nothing to say.",
      refs: ["local"],
      *check() {},
    };
    const defined = defineRule(rule);
    expect(defined).not.toBe(rule);
    expect(Object.isFrozen(defined) && Object.isFrozen(defined.refs)).toBe(true);
    expect(Object.isFrozen(rule) || Object.isFrozen(rule.refs)).toBe(false);
    expect(checkProgramme(createProgramme(spec()), { customRules: [defined] }).rules.at(-1)?.id).toBe(
      "local.quiet",
    );
  });
});

describe("4. entry points that used to throw TypeErrors", () => {
  it("gives a PlannerInputError with a path for each", () => {
    const cases: [string, () => unknown, (string | number)[]][] = [
      ["diffProgrammes(null, null)", () => diffProgrammes(null as never, null as never), []],
      ["canUndo(null)", () => canUndo(null as never), []],
      ["undo({})", () => undo({} as never), ["present"]],
      ["nthMonday(2027, { month: 13 })", () => nthMonday(2027, { month: 13, nth: 2 }), ["rule", "month"]],
      [
        "sessionDates sessionDays: Infinity",
        () => sessionDates(2027, false, { sessionDays: Number.POSITIVE_INFINITY }),
        ["options", "sessionDays"],
      ],
      ["formatPath(5)", () => formatPath(5 as never), ["path"]],
      ["jsonSchemaFor('bogus')", () => jsonSchemaFor("bogus" as never), ["name"]],
      ["summarizeCheck(null)", () => summarizeCheck(null as never), []],
      ["themeLeads(wsis, null)", () => themeLeads(wsis, null as never), []],
      ["themeLeads(5, …)", () => themeLeads(5 as never, { actionLines: ["C1"] }), ["catalogue"]],
      ["facilitatorsOf(wsis, 5)", () => facilitatorsOf(wsis, 5 as never), ["actionLineId"]],
      [
        "edit breaking the shape",
        () =>
          edit(createProgramme(spec()), (draft) => {
            (draft as { sessions: unknown }).sessions = null;
          }),
        ["sessions"],
      ],
    ];
    for (const [name, fn, path] of cases)
      expect([name, inputErrorOf(fn).issues[0]?.path]).toStrictEqual([name, path]);
  });

  it("accepts a catalogue copy without sdgLinks (the field has a default)", () => {
    const copy = plain(wsis) as Partial<typeof wsis>;
    delete copy.sdgLinks;
    expect(facilitatorsOf(copy as typeof wsis, "C1").lead).toStrictEqual(["UNDESA"]);
  });

  it("reports a scenario whose change returns null", () => {
    const base = {
      title: "D",
      startYear: 2027,
      cycles: 2,
      themes: [
        { id: "a", title: "A", actionLines: ["C2"] },
        { id: "b", title: "B", actionLines: ["C9"] },
      ],
      rules: { "coverage.action-lines": false },
    };
    expect(
      issuesOf(() => draftScenarios(base, [{ name: "n", change: () => null as never }]))[0]?.path,
    ).toStrictEqual([0, "change"]);
  });

  it("turns a throwing getter or Proxy into an input error at its path", () => {
    const themes = [{ id: "a", title: "A", actionLines: ["C2"] }];
    Object.defineProperty(themes[0], "title", {
      enumerable: true,
      get() {
        throw new Error("no title today");
      },
    });
    expect(issuesOf(() => createProgramme({ ...spec(), themes } as never))).toStrictEqual([
      { path: ["themes", 0, "title"], message: "could not be read (Error: no title today)" },
    ]);
    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("trap");
        },
      },
    );
    expect(
      issuesOf(() => checkProgramme(createProgramme(spec()), { params: trap } as never))[0]?.path,
    ).toStrictEqual(["params"]);
  });
});

describe("5. no RangeError past 125,000 issues", () => {
  const n = 130_000;

  it("lists 130,000 problems of check options", () => {
    const rules = Object.fromEntries(Array.from({ length: n }, (_, i) => [`x.r${i}`, true]));
    expect(issuesOf(() => prepareCheck({ rules })).length).toBe(n);
  }, 60_000);

  it("lists 130,000 problems of a UNGIS plan", () => {
    const years = Array.from({ length: n }, () => ({ year: "x" }));
    expect(issuesOf(() => parseUngisPlan({ years })).length).toBe(n);
  }, 60_000);

  it("lists 130,000 problems of a programme spec", () => {
    const themes = Array.from({ length: n }, () => ({ id: "bad id", title: "T", actionLines: ["C2"] }));
    expect(issuesOf(() => createProgramme({ ...spec(), themes })).length).toBeGreaterThan(n);
  }, 60_000);

  it("keeps the error message readable: the first 50 problems, then a count", () => {
    const error = inputErrorOf(() =>
      parseUngisPlan({ years: Array.from({ length: 60 }, () => ({ year: 1 })) }),
    );
    expect(error.message.split("\n")).toHaveLength(52);
    expect(error.message).toMatch(/… and \d+ more \(see \.issues\)$/u);
  });
});

describe("8. one canonical key order", () => {
  const roundTrip = (programme: Programme) =>
    JSON.stringify(parseProgramme(JSON.parse(JSON.stringify(programme))));

  it("serialises a parsed copy byte for byte like createProgramme's programme", () => {
    for (const programme of [
      createProgramme(WSIS_DEFAULT_SPEC),
      createProgramme({
        ...spec(),
        firstSession: 30,
        agenda: [{ title: "Reform" }],
        events: [{ year: 2027, title: "Side event" }],
      }),
    ]) {
      expect(roundTrip(programme)).toBe(JSON.stringify(programme));
    }
  });

  it("serialises a drafted programme in the same order", () => {
    const { programme } = draftProgramme({
      title: "Draft",
      startYear: 2027,
      cycles: 3,
      firstSession: 30,
      themes: [
        { id: "access", title: "Access", actionLines: ["C2"] },
        { id: "media", title: "Media", actionLines: ["C9"], mandate: "both" },
        { id: "health", title: "Health", actionLines: ["C7.e-health"], optional: true },
      ],
      events: [{ year: 2028, title: "Side event", organiser: "UNCTAD" }],
      rules: { "coverage.action-lines": false },
    });
    expect(roundTrip(programme)).toBe(JSON.stringify(programme));
  });

  it("serialises an edited programme in the same order", () => {
    const { programme } = edit(createProgramme(spec()), (draft) => {
      draft.cycles[1]?.themes.push("access");
    });
    expect(roundTrip(programme)).toBe(JSON.stringify(programme));
  });
});
