import { describe, expectTypeOf, it } from "vitest";
import type { Mandate, Phase, Programme, ProgrammeChange, Theme, ThemeInput } from "../../src/index.ts";
import { createProgramme, edit } from "../../src/index.ts";

describe("public types", () => {
  it("lets callers omit theme defaults and gets them back filled in", () => {
    expectTypeOf<ThemeInput["mandate"]>().toEqualTypeOf<Mandate | undefined>();
    expectTypeOf<Theme["mandate"]>().toEqualTypeOf<Mandate>();
    expectTypeOf<Theme["actionLines"]>().toEqualTypeOf<string[]>();
  });

  it("types session phases as review, policy or combined", () => {
    expectTypeOf<Programme["sessions"][number]["phase"]>().toEqualTypeOf<Phase>();
    expectTypeOf<Phase>().toEqualTypeOf<"review" | "policy" | "combined">();
  });

  it("accepts plain strings in edits, as the issue's example writes them", () => {
    const p = createProgramme({ title: "T", startYear: 2027, cycles: 1, themes: [] });
    expectTypeOf(edit(p, (d) => void d.cycles[0]?.themes.push("media")).programme).toEqualTypeOf<Programme>();
  });

  it("discriminates changes on kind", () => {
    expectTypeOf<Extract<ProgrammeChange, { kind: "theme-added" }>["cycle"]>().toEqualTypeOf<number>();
    // @ts-expect-error [ts2322] "theme-renamed" is not a change kind
    const kind: ProgrammeChange["kind"] = "theme-renamed";
    void kind;
  });
});
