import { applyPatches } from "immer";
import { describe, expect, it } from "vitest";
import {
  applyEdit,
  canRedo,
  canUndo,
  createHistory,
  createProgramme,
  diffProgrammes,
  edit,
  PlannerInputError,
  type Programme,
  redo,
  undo,
} from "../../src/index.ts";

const themes = [
  { id: "access", title: "Access", actionLines: ["C3"] },
  { id: "media", title: "Media", actionLines: ["C9"] },
  { id: "security", title: "Security", actionLines: ["C5"] },
];
const base = (): Programme =>
  createProgramme({
    title: "CSTD 2027–2036",
    startYear: 2027,
    cycles: [{ themes: ["access"] }, { themes: ["security"] }],
    themes,
  });

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe("edit", () => {
  it("adds a theme to a cycle and its sessions' agendas follow", () => {
    const p = base();
    const { programme } = edit(p, (d) => {
      d.cycles[1]?.themes.push("media");
    });
    expect(programme.cycles[1]?.themes).toStrictEqual(["security", "media"]);
    expect(programme.sessions[2]?.agenda.map((item) => item.id)).toContain("review:media");
    expect(
      programme.sessions[3]?.agenda.find((item) => item.kind === "high-level-segment")?.themes,
    ).toStrictEqual(["security", "media"]);
    expect(diffProgrammes(p, programme)).toStrictEqual([
      { kind: "theme-added", cycle: 2, theme: "media", text: "Theme ‘Media’ (media) was added to cycle 2." },
    ]);
  });

  it("patches only what the recipe changed: no agenda is rewritten when its items stay the same", () => {
    const p = base();
    expect(edit(p, () => {}).patches).toStrictEqual([]);
    const { patches } = edit(p, (d) => {
      d.title = "CSTD 2027–2037";
    });
    expect(patches).toStrictEqual([{ op: "replace", path: ["title"], value: "CSTD 2027–2037" }]);
  });

  it("never mutates a deep-frozen input", () => {
    const p = deepFreeze(base());
    const before = structuredClone(p);
    edit(p, (d) => {
      d.title = "Changed";
      d.cycles[0]?.themes.push("media");
    });
    expect(p).toStrictEqual(before);
  });

  it("throws PlannerInputError for an edit that breaks the model, leaving the input untouched", () => {
    const p = base();
    const before = structuredClone(p);
    let error: unknown;
    try {
      edit(p, (d) => {
        d.cycles[0]?.themes.push("unknown-theme");
        d.sessions.pop();
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PlannerInputError);
    expect((error as PlannerInputError).issues.map((i) => i.path)).toStrictEqual([
      ["cycles", 0, "themes", 1],
      ["sessions"],
    ]);
    expect(p).toStrictEqual(before);
  });

  it("gives inverse patches that restore the original", () => {
    const p = base();
    const { programme, inversePatches } = edit(p, (d) => {
      d.cycles.reverse();
      d.cycles.forEach((cycle, index) => {
        cycle.index = index;
        cycle.years = [2027 + 2 * index, 2028 + 2 * index];
      });
    });
    expect(programme.cycles[0]?.themes).toStrictEqual(["security"]);
    expect(applyPatches(programme, inversePatches)).toStrictEqual(p);
  });
});

describe("history", () => {
  it("undoes and redoes edits in order", () => {
    const p = base();
    let history = createHistory(p);
    history = applyEdit(
      history,
      (d) => {
        d.title = "Draft 2";
      },
      "retitle",
    );
    history = applyEdit(
      history,
      (d) => {
        d.cycles[0]?.themes.push("media");
      },
      "add media",
    );
    expect(history.past.map((step) => step.label)).toStrictEqual(["retitle", "add media"]);
    const once = undo(history);
    expect(once.present.cycles[0]?.themes).toStrictEqual(["access"]);
    expect(once.present.title).toBe("Draft 2");
    const twice = undo(once);
    expect(twice.present).toStrictEqual(p);
    expect([canUndo(twice), canRedo(twice)]).toStrictEqual([false, true]);
    expect(redo(redo(twice)).present).toStrictEqual(history.present);
  });

  it("leaves the history unchanged when undo or redo has nothing to do", () => {
    const history = createHistory(base());
    expect(undo(history)).toBe(history);
    expect(redo(history)).toBe(history);
  });

  it("clears the redo list when a new edit is recorded", () => {
    let history = applyEdit(createHistory(base()), (d) => {
      d.title = "A";
    });
    history = applyEdit(undo(history), (d) => {
      d.title = "B";
    });
    expect(canRedo(history)).toBe(false);
  });
});

describe("diffProgrammes", () => {
  it("reports a theme moved between cycles as one move", () => {
    const p = base();
    const { programme } = edit(p, (d) => {
      d.cycles[0]?.themes.splice(0);
      d.cycles[1]?.themes.push("access");
    });
    expect(diffProgrammes(p, programme).map((c) => c.text)).toStrictEqual([
      "Theme ‘Access’ (access) moved from cycle 1 to cycle 2.",
    ]);
  });

  it("reports session dates, agenda items, events, title and theme definitions", () => {
    const p = base();
    const { programme } = edit(p, (d) => {
      d.title = "Revised";
      const [theme] = d.themes;
      const [first, second] = d.sessions;
      if (theme === undefined || first === undefined || second === undefined) throw new Error("fixture");
      theme.title = "Access to information and knowledge";
      first.opens = "2027-05-03";
      second.agenda.splice(2, 0, { id: "reform", kind: "other", title: "Reform", themes: [] });
      second.parallelEvents.push({ id: "side", title: "Side event", themes: [] });
    });
    expect(diffProgrammes(p, programme).map((c) => c.kind)).toStrictEqual([
      "title-changed",
      "theme-changed",
      "session-dates-changed",
      "agenda-item-added",
      "event-added",
    ]);
  });

  it("reports nothing for equal programmes", () => {
    expect(diffProgrammes(base(), base())).toStrictEqual([]);
  });
});
