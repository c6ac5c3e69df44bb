/**
 * A small dense dual simplex for linear programmes that grow by rows (cutting planes): minimise c·x
 * subject to rows `a·x ≤ b`, x ≥ 0, with c ≥ 0. Each row has a slack; the all-slack basis is then
 * dual feasible, so the dual simplex starts there without a first phase, and a row added later
 * (its slack basic, the row written in the current nonbasic variables) keeps the basis dual feasible:
 * a few dual pivots re-optimise it. The tableau keeps B⁻¹·[A I], which the cuts are read from.
 * Meant for a few hundred rows.
 */
export interface LpRow {
  /** Structural coefficients (variable, coefficient). */
  readonly terms: readonly (readonly [number, number])[];
  readonly b: number;
  /** Whether the row's slack is a whole number at every integer point (whole coefficients and b). */
  readonly integral: boolean;
}

/** Primal and dual feasibility tolerances. */
const PRIMAL_TOL = 1e-9;
const DUAL_TOL = 1e-9;
/** Entries below this are treated as zero in a pivot row. */
const PIVOT_TOL = 1e-9;
/** Degenerate pivots in a row before the choice falls back to smallest indices (no cycling). */
const DEGENERATE_RUN = 50;

export class RowLp {
  /** Structural variables; columns n … width − 1 are slacks. */
  readonly #n: number;
  readonly #costs: Float64Array;
  /** Tableau rows B⁻¹·[A I], one per basic variable, over `capacity` columns. */
  readonly #tableau: Float64Array[] = [];
  readonly #value: number[] = [];
  readonly #basis: number[] = [];
  readonly #reduced: Float64Array;
  /** The row each slack column belongs to (undefined: a free column). */
  readonly #rowOf: (LpRow | undefined)[];
  readonly #capacity: number;
  /** One past the last slack column in use. */
  #width: number;
  #spent = 0;

  /** A programme with n structural variables of the given costs (each ≥ 0), room for `capacity` − n rows. */
  constructor(costs: Float64Array, capacity: number) {
    this.#n = costs.length;
    this.#costs = Float64Array.from(costs);
    this.#capacity = capacity;
    this.#width = this.#n;
    this.#reduced = new Float64Array(capacity);
    this.#reduced.set(this.#costs);
    this.#rowOf = new Array(capacity).fill(undefined);
  }

  /** Multiply-adds done so far (pivots, added rows): what a caller charges for the work. */
  get work(): number {
    return this.#spent;
  }

  /**
   * Adds a row, its slack basic, written in the current nonbasic variables (the basic structural
   * variables eliminated). Returns false when there is no room left.
   */
  addRow(row: LpRow): boolean {
    let slack = this.#n;
    while (slack < this.#capacity && this.#rowOf[slack] !== undefined) slack++;
    if (slack >= this.#capacity) return false;
    this.#rowOf[slack] = row;
    this.#width = Math.max(this.#width, slack + 1);
    const out = new Float64Array(this.#capacity);
    const dense = new Float64Array(this.#n);
    for (const [j, a] of row.terms) dense[j] = (dense[j] ?? 0) + a;
    out.set(dense);
    let b = row.b;
    for (let i = 0; i < this.#basis.length; i++) {
      const basic = this.#basis[i] ?? 0;
      const f = basic < this.#n ? (dense[basic] ?? 0) : 0;
      if (f === 0) continue;
      const r = this.#tableau[i] as Float64Array;
      for (let j = 0; j < this.#width; j++) out[j] = (out[j] ?? 0) - f * (r[j] ?? 0);
      b -= f * (this.#value[i] ?? 0);
      this.#spent += this.#width;
    }
    out[slack] = 1;
    this.#tableau.push(out);
    this.#value.push(b);
    this.#basis.push(slack);
    return true;
  }

  /** Removes the rows whose slack is basic and positive (no longer binding), but those `keep` keeps. */
  dropSlack(keep: (row: LpRow) => boolean): void {
    for (let i = this.#basis.length - 1; i >= 0; i--) {
      const slack = this.#basis[i] ?? 0;
      const row = this.#rowOf[slack];
      if (slack < this.#n || row === undefined || keep(row) || (this.#value[i] ?? 0) <= PRIMAL_TOL) continue;
      this.#rowOf[slack] = undefined;
      this.#tableau.splice(i, 1);
      this.#value.splice(i, 1);
      this.#basis.splice(i, 1);
    }
  }

  /**
   * Dual simplex pivots to an optimum: the most infeasible row leaves, the entering column by the
   * ratio test (among near ties, the largest pivot), smallest indices after a run of degenerate
   * pivots. Returns "optimal", "infeasible" (a row no column can repair), or "limit" when a pivot
   * would take `work` past `maxWork`.
   */
  solve(maxWork: number): "optimal" | "infeasible" | "limit" {
    let degenerate = 0;
    for (;;) {
      const bland = degenerate > DEGENERATE_RUN;
      let leave = -1;
      let worst = -PRIMAL_TOL;
      for (let i = 0; i < this.#basis.length; i++) {
        const v = this.#value[i] ?? 0;
        if (v < worst && (!bland || leave < 0 || (this.#basis[i] ?? 0) < (this.#basis[leave] ?? 0))) {
          leave = i;
          if (!bland) worst = v;
        }
      }
      if (leave < 0) return "optimal";
      const r = this.#tableau[leave] as Float64Array;
      // Harris's two passes: the largest step any column allows within the tolerance, then the
      // largest pivot among the columns within that step.
      let step = Number.POSITIVE_INFINITY;
      for (let j = 0; j < this.#width; j++) {
        const a = r[j] ?? 0;
        if (a < -PIVOT_TOL) step = Math.min(step, (Math.max(0, this.#reduced[j] ?? 0) + DUAL_TOL) / -a);
      }
      if (step === Number.POSITIVE_INFINITY) return "infeasible";
      let enter = -1;
      let best = 0;
      for (let j = 0; j < this.#width; j++) {
        const a = r[j] ?? 0;
        if (a >= -PIVOT_TOL || Math.max(0, this.#reduced[j] ?? 0) / -a > step) continue;
        if (bland ? enter < 0 : -a > best) {
          enter = j;
          best = -a;
        }
      }
      if (this.#spent + this.#basis.length * this.#width > maxWork) return "limit";
      const ratio = Math.max(0, this.#reduced[enter] ?? 0) / best;
      degenerate = ratio <= 1e-12 ? degenerate + 1 : 0;
      this.#pivot(leave, enter);
    }
  }

  #pivot(row: number, enter: number): void {
    const width = this.#width;
    this.#spent += this.#basis.length * width;
    const r = this.#tableau[row] as Float64Array;
    const p = r[enter] ?? 1;
    for (let j = 0; j < width; j++) r[j] = (r[j] ?? 0) / p;
    r[enter] = 1;
    this.#value[row] = (this.#value[row] ?? 0) / p;
    for (let i = 0; i < this.#basis.length; i++) {
      if (i === row) continue;
      const other = this.#tableau[i] as Float64Array;
      const f = other[enter] ?? 0;
      if (f === 0) continue;
      for (let j = 0; j < width; j++) other[j] = (other[j] ?? 0) - f * (r[j] ?? 0);
      other[enter] = 0;
      this.#value[i] = (this.#value[i] ?? 0) - f * (this.#value[row] ?? 0);
    }
    const f = this.#reduced[enter] ?? 0;
    for (let j = 0; j < width; j++) this.#reduced[j] = (this.#reduced[j] ?? 0) - f * (r[j] ?? 0);
    this.#reduced[enter] = 0;
    this.#basis[row] = enter;
  }

  /**
   * A lower bound on c·x over every x ≥ 0 with x ≤ `upper` that meets the rows, whatever the
   * rounding in the tableau (Neumaier and Shcherbina): the duals π ≤ 0 read off the slacks' reduced
   * costs give π·b plus, for each variable, the least its reduced cost c_j − π·A_j can add within its bounds.
   */
  safeBound(upper: Float64Array): number {
    const r = Float64Array.from(this.#costs);
    let bound = 0;
    for (let s = this.#n; s < this.#width; s++) {
      const row = this.#rowOf[s];
      const pi = Math.min(0, -(this.#reduced[s] ?? 0));
      if (row === undefined || pi === 0) continue;
      bound += pi * row.b;
      for (const [j, a] of row.terms) r[j] = (r[j] ?? 0) - pi * a;
    }
    for (let j = 0; j < this.#n; j++) bound += Math.min(0, r[j] ?? 0) * (upper[j] ?? 0);
    this.#spent += this.#width * 4;
    return bound;
  }

  /** The value of each structural variable in the current basic solution. */
  values(): Float64Array {
    const out = new Float64Array(this.#n);
    for (let i = 0; i < this.#basis.length; i++) {
      const j = this.#basis[i] ?? 0;
      if (j < this.#n) out[j] = this.#value[i] ?? 0;
    }
    return out;
  }

  /**
   * The source rows of Gomory cuts: for each basic variable, its column, value and tableau row
   * (over every column; slack columns stand for `slackRow`'s rows).
   */
  basicRows(): { basic: number; value: number; row: Float64Array }[] {
    return this.#basis.map((basic, i) => ({
      basic,
      value: this.#value[i] ?? 0,
      row: this.#tableau[i] as Float64Array,
    }));
  }

  /** The row a slack column belongs to, or undefined for a structural or free column. */
  slackRow(column: number): LpRow | undefined {
    return column < this.#n ? undefined : this.#rowOf[column];
  }

  /** The multiply-adds of a pivot or an added row, at most: rows × columns in use. */
  get size(): number {
    return this.#basis.length * (this.#width + 1);
  }

  /** Columns in use (structural and slack). */
  get columns(): number {
    return this.#width;
  }
}
