import { describe, expect, it } from "vitest";
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
