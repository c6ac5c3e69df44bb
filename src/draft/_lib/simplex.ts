/**
 * A small dense simplex for linear programmes that grow by columns (column generation): minimise
 * c·x subject to rows `Σ a x (≤ | = | ≥) b`, x ≥ 0. Rows are negated where needed so that b ≥ 0;
 * each row then starts with an identity column, its slack when that has coefficient +1, else an
 * artificial variable of cost `BIG` (big-M). The tableau keeps B⁻¹·a for every column, so a column
 * added later is priced against the current basis, and the basis is refactored from the original
 * columns now and then so rounding errors do not pile up. Meant for a hundred-odd rows.
 */
export type Sense = "<=" | "=" | ">=";

/** The cost of an artificial variable: far above any draft's cost. */
const BIG = 1e5;
const EPS = 1e-9;
/** Pivots between refactorisations of the basis. */
const REFACTOR_EVERY = 200;

export class ColumnLp {
  private readonly m: number;
  /** +1, or -1 where the row was negated to make its right-hand side non-negative. */
  private readonly flip: Float64Array;
  private readonly b: Float64Array;
  private rhs: Float64Array;
  /** Original columns (sparse, rows negated as above), tableau columns (B⁻¹ a), costs, reduced costs. */
  private readonly entries: [number, number][][] = [];
  private readonly columns: Float64Array[] = [];
  private readonly costs: number[] = [];
  private readonly reduced: number[] = [];
  /** Basic column per row. */
  private readonly basis: Int32Array;
  /** The identity column of each row (its slack or its artificial). */
  private readonly identity: Int32Array;
  private pivots = 0;
  private spent = 0;

  constructor(senses: readonly Sense[], rhs: readonly number[]) {
    const m = senses.length;
    this.m = m;
    this.flip = new Float64Array(m);
    this.b = new Float64Array(m);
    this.basis = new Int32Array(m);
    this.identity = new Int32Array(m);
    for (let i = 0; i < m; i++) {
      const value = rhs[i] ?? 0;
      this.flip[i] = value < 0 ? -1 : 1;
      this.b[i] = Math.abs(value);
    }
    this.rhs = Float64Array.from(this.b);
    for (let i = 0; i < m; i++) {
      const sense = senses[i];
      const slack = sense === "=" ? 0 : (sense === "<=" ? 1 : -1) * (this.flip[i] ?? 1);
      if (slack !== 0) this.identity[i] = this.push(0, [[i, slack]]);
      if (slack !== 1) this.identity[i] = this.push(BIG, [[i, 1]]);
    }
    for (let i = 0; i < m; i++) this.basis[i] = this.identity[i] ?? 0;
    this.recomputeReduced();
  }

  /** A column in the rows' start orientation, added while the basis is still the identity. */
  private push(cost: number, entries: [number, number][]): number {
    const column = new Float64Array(this.m);
    for (const [row, a] of entries) column[row] = a;
    this.entries.push(entries);
    this.columns.push(column);
    this.costs.push(cost);
    this.reduced.push(cost);
    return this.columns.length - 1;
  }

  /** Adds a column (cost, sparse entries by row in the rows' own orientation) and returns its index. */
  addColumn(cost: number, entries: readonly (readonly [number, number])[]): number {
    const { m } = this;
    const own: [number, number][] = [];
    for (const [row, value] of entries) if (value !== 0) own.push([row, value * (this.flip[row] ?? 1)]);
    const column = new Float64Array(m);
    this.spent += (own.length + 1) * m;
    // B⁻¹ a: the tableau columns of the identity columns are the columns of B⁻¹.
    for (const [row, a] of own) {
      const inverse = this.columns[this.identity[row] ?? 0] as Float64Array;
      for (let i = 0; i < m; i++) column[i] = (column[i] ?? 0) + a * (inverse[i] ?? 0);
    }
    let reduced = cost;
    for (let i = 0; i < m; i++) reduced -= (this.costs[this.basis[i] ?? 0] ?? 0) * (column[i] ?? 0);
    this.entries.push(own);
    this.columns.push(column);
    this.costs.push(cost);
    this.reduced.push(reduced);
    return this.columns.length - 1;
  }

  private recomputeReduced(): void {
    const { m } = this;
    for (let j = 0; j < this.columns.length; j++) {
      const column = this.columns[j] as Float64Array;
      let r = this.costs[j] ?? 0;
      for (let i = 0; i < m; i++) r -= (this.costs[this.basis[i] ?? 0] ?? 0) * (column[i] ?? 0);
      this.reduced[j] = r;
    }
  }

  /** The multiply-adds of a refactorisation, about: Gauss–Jordan on the basis, then every tableau column. */
  private refactorWork(): number {
    return 2 * this.m ** 3 + 2 * this.columns.length * this.m;
  }

  /** Recomputes B⁻¹ from the original columns of the basis (Gauss–Jordan), then every tableau column. */
  private refactor(): boolean {
    const { m } = this;
    this.spent += this.refactorWork();
    const a = new Float64Array(m * 2 * m);
    const w = 2 * m;
    for (let k = 0; k < m; k++) {
      for (const [row, value] of this.entries[this.basis[k] ?? 0] ?? [])
        a[row * w + k] = (a[row * w + k] ?? 0) + value;
      a[k * w + m + k] = 1;
    }
    for (let col = 0; col < m; col++) {
      let best = col;
      for (let r = col + 1; r < m; r++)
        if (Math.abs(a[r * w + col] ?? 0) > Math.abs(a[best * w + col] ?? 0)) best = r;
      const p = a[best * w + col] ?? 0;
      if (Math.abs(p) < 1e-12) return false;
      if (best !== col)
        for (let k = 0; k < w; k++) {
          const tmp = a[col * w + k] ?? 0;
          a[col * w + k] = a[best * w + k] ?? 0;
          a[best * w + k] = tmp;
        }
      for (let k = 0; k < w; k++) a[col * w + k] = (a[col * w + k] ?? 0) / p;
      for (let r = 0; r < m; r++) {
        if (r === col) continue;
        const f = a[r * w + col] ?? 0;
        if (f === 0) continue;
        for (let k = 0; k < w; k++) a[r * w + k] = (a[r * w + k] ?? 0) - f * (a[col * w + k] ?? 0);
      }
    }
    // Row k of B⁻¹ belongs to basic position k (B's column k).
    for (let j = 0; j < this.columns.length; j++) {
      const column = this.columns[j] as Float64Array;
      column.fill(0);
      for (const [row, value] of this.entries[j] ?? [])
        for (let k = 0; k < m; k++) column[k] = (column[k] ?? 0) + (a[k * w + m + row] ?? 0) * value;
    }
    const rhs = new Float64Array(m);
    for (let k = 0; k < m; k++) {
      let v = 0;
      for (let row = 0; row < m; row++) v += (a[k * w + m + row] ?? 0) * (this.b[row] ?? 0);
      rhs[k] = Math.max(0, v);
    }
    this.rhs = rhs;
    this.recomputeReduced();
    return true;
  }

  /** Multiply-adds done so far (pivots, refactorisations, added columns): what a caller charges for the work. */
  get work(): number {
    return this.spent;
  }

  /**
   * Pivots to an optimum of the columns so far (Dantzig's rule; Bland's after a run of degenerate
   * pivots, so it cannot cycle). Returns false when the pivot budget runs out, or before a pivot or
   * refactorisation would take `work` past `maxWork`.
   */
  solve(maxPivots = 5_000, maxWork = Number.POSITIVE_INFINITY): boolean {
    const { m } = this;
    let degenerate = 0;
    for (let k = 0; k < maxPivots; k++) {
      const refactorDue = (this.pivots + 1) % REFACTOR_EVERY === 0;
      const cost = this.columns.length * m + (refactorDue ? this.refactorWork() : 0);
      if (this.spent + cost > maxWork) return false;
      if (++this.pivots % REFACTOR_EVERY === 0 && !this.refactor()) return false;
      const bland = degenerate > 30;
      let enter = -1;
      let most = -EPS;
      for (let j = 0; j < this.columns.length; j++) {
        const r = this.reduced[j] ?? 0;
        if (r < most) {
          enter = j;
          if (bland) break;
          most = r;
        }
      }
      if (enter < 0) return true;
      const column = this.columns[enter] as Float64Array;
      let leave = -1;
      let ratio = Number.POSITIVE_INFINITY;
      for (let i = 0; i < m; i++) {
        const a = column[i] ?? 0;
        if (a <= 1e-9) continue;
        const q = (this.rhs[i] ?? 0) / a;
        if (
          q < ratio - 1e-12 ||
          (q <= ratio + 1e-12 && leave >= 0 && (this.basis[i] ?? 0) < (this.basis[leave] ?? 0))
        ) {
          ratio = q;
          leave = i;
        }
      }
      // No leaving row: unbounded, which non-negative costs rule out (a numerical failure).
      if (leave < 0) return false;
      degenerate = ratio <= 1e-12 ? degenerate + 1 : 0;
      this.pivot(leave, enter);
    }
    return false;
  }

  private pivot(row: number, enter: number): void {
    const { m } = this;
    this.spent += this.columns.length * m;
    const pivotColumn = Float64Array.from(this.columns[enter] as Float64Array);
    const p = pivotColumn[row] ?? 1;
    const enterReduced = this.reduced[enter] ?? 0;
    for (let j = 0; j < this.columns.length; j++) {
      const column = this.columns[j] as Float64Array;
      const f = (column[row] ?? 0) / p;
      if (f === 0) continue;
      for (let i = 0; i < m; i++) if (i !== row) column[i] = (column[i] ?? 0) - f * (pivotColumn[i] ?? 0);
      column[row] = f;
      this.reduced[j] = (this.reduced[j] ?? 0) - f * enterReduced;
    }
    const f = (this.rhs[row] ?? 0) / p;
    for (let i = 0; i < m; i++)
      if (i !== row) this.rhs[i] = Math.max(0, (this.rhs[i] ?? 0) - f * (pivotColumn[i] ?? 0));
    this.rhs[row] = f;
    this.basis[row] = enter;
  }

  /** The objective of the current basis. */
  objective(): number {
    let z = 0;
    for (let i = 0; i < this.m; i++) z += (this.costs[this.basis[i] ?? 0] ?? 0) * (this.rhs[i] ?? 0);
    return z;
  }

  /** The row duals π (in the rows' own orientation): a new column's reduced cost is c − π·a. */
  duals(): Float64Array {
    const out = new Float64Array(this.m);
    for (let i = 0; i < this.m; i++) {
      const j = this.identity[i] ?? 0;
      // The identity column is e_i: c_j − π̂_i = reduced_j (π̂ in the negated rows' orientation).
      out[i] = (this.flip[i] ?? 1) * ((this.costs[j] ?? 0) - (this.reduced[j] ?? 0));
    }
    return out;
  }

  /** The value of each column in the current basic solution. */
  values(): Float64Array {
    const out = new Float64Array(this.columns.length);
    for (let i = 0; i < this.m; i++) out[this.basis[i] ?? 0] = this.rhs[i] ?? 0;
    return out;
  }
}
