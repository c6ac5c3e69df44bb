import { describe, expectTypeOf, it } from "vitest";
import type {
  AlignmentGap,
  AlignmentReport,
  ForumOverlap,
  ForumParty,
  Programme,
  UngisPlan,
  UngisPlanInput,
} from "../../src/index.ts";
import { alignWithUngis, findForumOverlaps, parseUngisPlan, proposeUngisPlan } from "../../src/index.ts";

declare const programme: Programme;

describe("align public types", () => {
  it("keeps the UngisPlan shape of DESIGN.md", () => {
    type Theme = UngisPlan["years"][number]["themes"][number];
    expectTypeOf<UngisPlan["years"][number]["year"]>().toEqualTypeOf<number>();
    expectTypeOf<Theme["title"]>().toEqualTypeOf<string>();
    expectTypeOf<Theme["actionLines"]>().toEqualTypeOf<string[]>();
    expectTypeOf<Theme["lead"]>().toEqualTypeOf<string[] | undefined>();
  });

  it("lets plan files omit a year's themes", () => {
    expectTypeOf<{ years: [{ year: 2027 }] }>().toExtend<UngisPlanInput>();
    // @ts-expect-error [ts2322] a validated plan always has its themes
    const plan: UngisPlan = { years: [{ year: 2027 }] };
    void plan;
  });

  it("returns the report types from the analyses", () => {
    expectTypeOf(alignWithUngis(programme, proposeUngisPlan(programme))).toEqualTypeOf<AlignmentReport>();
    expectTypeOf(parseUngisPlan({})).toEqualTypeOf<UngisPlan>();
    expectTypeOf(findForumOverlaps(programme, []).overlaps).toEqualTypeOf<readonly ForumOverlap[]>();
  });

  it("types gaps by the side that lacks a parallel", () => {
    expectTypeOf<AlignmentGap["missingIn"]>().toEqualTypeOf<"ungis" | "cstd">();
    expectTypeOf<AlignmentReport["coherence"]>().toEqualTypeOf<number>();
  });

  it("discriminates forum parties on kind", () => {
    expectTypeOf<Extract<ForumParty, { kind: "programme" }>["inputs"]>().toEqualTypeOf<string>();
    expectTypeOf<Extract<ForumParty, { kind: "forum" }>["forum"]>().toEqualTypeOf<string>();
  });

  it("rejects unknown option names at compile time", () => {
    // @ts-expect-error [ts2353] the option is `lead`, not `leadYears`
    alignWithUngis(programme, { years: [] }, { leadYears: 1 });
  });
});
