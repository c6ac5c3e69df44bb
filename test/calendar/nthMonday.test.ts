// nthMonday on day numbers (issue 10, item 2): checked against a UTC `Date` count for every month of
// every year the planner accepts, and its inputs validated.
import { describe, expect, it } from "vitest";
import { nthMonday, PlannerInputError } from "../../src/index.ts";

function mondaysUtc(year: number, month: number): string[] {
  const out: string[] = [];
  for (let day = 1; day <= 31; day++) {
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1) break;
    if (date.getUTCDay() === 1) out.push(date.toISOString().slice(0, 10));
  }
  return out;
}

describe("nthMonday", () => {
  it("gives the nth and the last Monday of every month from 1990 to 2200", () => {
    const wrong: string[] = [];
    for (let year = 1990; year <= 2200; year++) {
      for (let month = 1; month <= 12; month++) {
        const mondays = mondaysUtc(year, month);
        for (const nth of [1, 2, 3, 4] as const) {
          if (nthMonday(year, { month, nth }) !== mondays[nth - 1]) wrong.push(`${year}-${month} #${nth}`);
        }
        if (nthMonday(year, { month, nth: "last" }) !== mondays.at(-1)) wrong.push(`${year}-${month} last`);
      }
    }
    expect(wrong).toStrictEqual([]);
  });

  it("rejects a year out of range and a malformed rule, naming the argument", () => {
    for (const [year, rule, path] of [
      [1989, { month: 5, nth: 2 }, ["year"]],
      [2027, { month: 5, nth: 5 }, ["rule", "nth"]],
      [2027, { month: 5, nth: 2, day: 1 }, ["rule", "day"]],
    ] as const) {
      try {
        nthMonday(year, rule as never);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(PlannerInputError);
        expect((error as PlannerInputError).issues[0]?.path).toStrictEqual(path);
      }
    }
  });
});
