import { describe, expect, it } from "vitest";
import { RowLp } from "../../src/draft/_lib/rowLp.ts";
import { ColumnLp } from "../../src/draft/_lib/simplex.ts";

describe("the column simplex", () => {
  it("finds the optimum and the row duals of a small programme with every kind of row", () => {
    // min x + 2y  s.t.  x + y ≥ 2,  x ≤ 1.5,  y − x = −0.5: optimum x = 1.25, y = 0.75, cost 2.75.
    const lp = new ColumnLp([">=", "<=", "="], [2, 1.5, -0.5]);
    const x = lp.addColumn(1, [
      [0, 1],
      [1, 1],
      [2, -1],
    ]);
    const y = lp.addColumn(2, [
      [0, 1],
      [2, 1],
    ]);
    expect(lp.solve()).toBe(true);
    expect(lp.objective()).toBeCloseTo(2.75, 9);
    const values = lp.values();
    expect(values[x]).toBeCloseTo(1.25, 9);
    expect(values[y]).toBeCloseTo(0.75, 9);
    // Reduced costs c − π·a of the basic columns are 0.
    const [p0 = 0, p1 = 0, p2 = 0] = lp.duals();
    expect(1 - (p0 + p1 - p2)).toBeCloseTo(0, 9);
    expect(2 - (p0 + p2)).toBeCloseTo(0, 9);
  });

  it("prices a column added after a solve against the current basis", () => {
    // min 3a  s.t.  a ≥ 1; then a cheaper column b (cost 1) for the same row takes over.
    const lp = new ColumnLp([">="], [1]);
    lp.addColumn(3, [[0, 1]]);
    expect(lp.solve()).toBe(true);
    expect(lp.objective()).toBeCloseTo(3, 9);
    const [dual = 0] = lp.duals();
    expect(dual).toBeCloseTo(3, 9);
    const b = lp.addColumn(1, [[0, 1]]);
    expect(lp.solve()).toBe(true);
    expect(lp.objective()).toBeCloseTo(1, 9);
    expect(lp.values()[b]).toBeCloseTo(1, 9);
  });
});

describe("the row simplex", () => {
  /** min x + 2y  s.t.  x + y ≥ 2,  x ≤ 1.5 (optimum x = 1.5, y = 0.5, cost 2.5), with room for `capacity` rows. */
  const twoRowLp = (capacity: number): RowLp => {
    const lp = new RowLp(Float64Array.of(1, 2), capacity);
    lp.addRow({
      terms: [
        [0, -1],
        [1, -1],
      ],
      b: -2,
      integral: true,
    });
    lp.addRow({ terms: [[0, 1]], b: 1.5, integral: false });
    return lp;
  };

  it("re-optimises after a row is added, reads a bound off its duals, and finds a programme infeasible", () => {
    const lp = twoRowLp(5);
    expect(lp.solve(Number.POSITIVE_INFINITY)).toBe("optimal");
    expect([...lp.values()]).toStrictEqual([1.5, 0.5]);
    expect(lp.safeBound(Float64Array.of(10, 10))).toBeCloseTo(2.5, 9);
    // A cut x ≤ 1 moves the optimum to x = 1, y = 1, cost 3, by dual pivots from the last basis.
    expect(lp.addRow({ terms: [[0, 1]], b: 1, integral: false })).toBe(true);
    expect(lp.solve(Number.POSITIVE_INFINITY)).toBe("optimal");
    expect(lp.values()[1]).toBeCloseTo(1, 9);
    expect(lp.safeBound(Float64Array.of(10, 10))).toBeCloseTo(3, 9);
    // x ≤ 1.5 no longer binds: its row goes, and the optimum stays.
    lp.dropSlack(() => false);
    expect(lp.solve(Number.POSITIVE_INFINITY)).toBe("optimal");
    expect(lp.safeBound(Float64Array.of(10, 10))).toBeCloseTo(3, 9);
    // y ≤ 0.5 (in the column the dropped row freed) leaves x + y ≤ 1.5 < 2; then no room is left.
    expect(lp.addRow({ terms: [[1, 1]], b: 0.5, integral: false })).toBe(true);
    expect(lp.solve(Number.POSITIVE_INFINITY)).toBe("infeasible");
    expect(lp.addRow({ terms: [[1, 1]], b: 9, integral: false })).toBe(false);
  });

  it("stops before a pivot would pass the work allowed", () => {
    const lp = twoRowLp(4);
    expect(lp.solve(lp.work)).toBe("limit");
    expect(lp.solve(Number.POSITIVE_INFINITY)).toBe("optimal");
  });
});
