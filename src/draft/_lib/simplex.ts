/**
 * A small revised simplex for linear programmes that grow by columns (column generation): minimise
 * c·x subject to rows `Σ a x (≤ | = | ≥) b`, x ≥ 0. Rows are negated where needed so that b ≥ 0;
 * each row then starts with an identity column, its slack when that has coefficient +1, else an
 * artificial variable of cost `BIG` (big-M). Columns are kept only as their sparse original entries;
 * the basis is kept as a dense explicit inverse B⁻¹, updated at each pivot (product form, applied in
 * place) and rebuilt from the basic columns now and then so rounding errors do not pile up. A pivot
 * prices every column against the duals π = c_B·B⁻¹ (one sparse dot product each), so a column added
 * later costs nothing until then. Meant for a few hundred rows.
 */
export type Sense = "<=" | "=" | ">=";

/** The cost of an artificial variable: far above any draft's cost. */
const BIG = 1e5;
const EPS = 1e-9;
/** Pivots between rebuilds of the basis inverse. */
const REFACTOR_EVERY = 200;
/** Smallest pivot element a rebuild accepts before it calls the basis singular. */
const SINGULAR = 1e-12;
/**
 * How far the pivots raise each right-hand side (times 1 to 2, by row): ties in the ratio test, and so
 * degenerate pivots, become rare (on the residual bounds of real-size drafts a quarter fewer pivots),
 * while what the callers read stays at the true right-hand sides.
 */
const PERTURB = 1e-9;

export class ColumnLp {
  readonly #m: number;
  /** +1, or -1 where the row was negated to make its right-hand side non-negative. */
  readonly #flip: Float64Array;
  readonly #b: Float64Array;
  /** b raised by PERTURB, what the pivots see. */
  readonly #shifted: Float64Array;
  /** Basic values (at `shifted`), by basic position. */
  #rhs: Float64Array;
  /** Column j's entries (rows negated as above) are rows[start[j] … start[j + 1]) and their values. */
  #start = new Int32Array(64);
  #rows = new Int32Array(1024);
  #vals = new Float64Array(1024);
  readonly #costs: number[] = [];
  /** Basic column per basic position. */
  readonly #basis: Int32Array;
  /** Basic position of each column, -1 when non-basic. */
  readonly #position: number[] = [];
  /** B⁻¹ by columns: inverse[i·m + k] is (B⁻¹)_{k,i}, so column i of B⁻¹ (row i's weight) is contiguous. */
  readonly #inverse: Float64Array;
  /** The duals c_B·B⁻¹, in the negated rows' orientation. */
  readonly #pi: Float64Array;
  /** B⁻¹ a of the entering column, by basic position. */
  readonly #alpha: Float64Array;
  /** The identity column of each row (its slack or its artificial). */
  readonly #identity: Int32Array;
  #pivots = 0;
  #spent = 0;

  constructor(senses: readonly Sense[], rhs: readonly number[]) {
    const m = senses.length;
    this.#m = m;
    this.#flip = new Float64Array(m);
    this.#b = new Float64Array(m);
    this.#basis = new Int32Array(m);
    this.#identity = new Int32Array(m);
    this.#inverse = new Float64Array(m * m);
    this.#pi = new Float64Array(m);
    this.#alpha = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      const value = rhs[i] ?? 0;
      this.#flip[i] = value < 0 ? -1 : 1;
      this.#b[i] = Math.abs(value);
    }
    this.#shifted = Float64Array.from(this.#b, (bi, i) => bi + PERTURB * (1 + ((i * 0.6180339887) % 1)));
    this.#rhs = Float64Array.from(this.#shifted);
    for (let i = 0; i < m; i++) {
      const sense = senses[i];
      const slack = sense === "=" ? 0 : (sense === "<=" ? 1 : -1) * (this.#flip[i] ?? 1);
      if (slack !== 0) this.#identity[i] = this.#push(0, [[i, slack]]);
      if (slack !== 1) this.#identity[i] = this.#push(BIG, [[i, 1]]);
    }
    for (let i = 0; i < m; i++) {
      const j = this.#identity[i] ?? 0;
      this.#basis[i] = j;
      this.#position[j] = i;
      this.#inverse[i * m + i] = 1;
      this.#pi[i] = this.#costs[j] ?? 0;
    }
  }

  /** Stores a column (cost, entries already in the rows' start orientation) as non-basic; returns its index. */
  #push(cost: number, entries: readonly (readonly [number, number])[]): number {
    const j = this.#costs.length;
    if (j + 2 > this.#start.length) this.#start = grown(this.#start, 2 * this.#start.length);
    const from = this.#start[j] ?? 0;
    const to = from + entries.length;
    if (to > this.#rows.length) {
      const size = Math.max(to, 2 * this.#rows.length);
      this.#rows = grown(this.#rows, size);
      this.#vals = grown(this.#vals, size);
    }
    entries.forEach(([row, value], e) => {
      this.#rows[from + e] = row;
      this.#vals[from + e] = value;
    });
    this.#start[j + 1] = to;
    this.#costs.push(cost);
    this.#position.push(-1);
    return j;
  }

  /** Adds a column (cost, sparse entries by row in the rows' own orientation) and returns its index. */
  addColumn(cost: number, entries: readonly (readonly [number, number])[]): number {
    const own: [number, number][] = [];
    for (const [row, value] of entries) if (value !== 0) own.push([row, value * (this.#flip[row] ?? 1)]);
    this.#spent += own.length + 1;
    return this.#push(cost, own);
  }

  /** Multiply-adds done so far (pivots, refactorisations, added columns): what a caller charges for the work. */
  get work(): number {
    return this.#spent;
  }

  /** c_j − π·a_j, the reduced cost of column j at the current duals. */
  #reducedCost(j: number): number {
    let r = this.#costs[j] ?? 0;
    for (let e = this.#start[j] ?? 0, end = this.#start[j + 1] ?? 0; e < end; e++)
      r -= (this.#pi[this.#rows[e] ?? 0] ?? 0) * (this.#vals[e] ?? 0);
    return r;
  }

  /** Sets `alpha` to B⁻¹ a_j (a sum of B⁻¹'s columns, one per entry of column j). */
  #solveColumn(j: number): void {
    const m = this.#m;
    const alpha = this.#alpha;
    const inverse = this.#inverse;
    alpha.fill(0);
    const from = this.#start[j] ?? 0;
    const to = this.#start[j + 1] ?? 0;
    for (let e = from; e < to; e++) {
      const a = this.#vals[e] ?? 0;
      const base = (this.#rows[e] ?? 0) * m;
      for (let k = 0; k < m; k++) alpha[k] = (alpha[k] ?? 0) + a * (inverse[base + k] ?? 0);
    }
    this.#spent += (to - from) * m;
  }

  /**
   * Makes column j basic at position `row` in B⁻¹ and the basis (α = B⁻¹a_j must be in `alpha`):
   * row `row` of B⁻¹ is divided by α_row, and α_k times it taken from every other row (only the
   * columns of B⁻¹ with an entry in that row change).
   */
  #replace(row: number, j: number): void {
    const m = this.#m;
    const alpha = this.#alpha;
    const inverse = this.#inverse;
    const p = alpha[row] ?? 1;
    let touched = 0;
    for (let i = 0; i < m; i++) {
      const base = i * m;
      const v = (inverse[base + row] ?? 0) / p;
      if (v === 0) continue;
      touched++;
      for (let k = 0; k < m; k++) inverse[base + k] = (inverse[base + k] ?? 0) - (alpha[k] ?? 0) * v;
      inverse[base + row] = v;
    }
    this.#spent += m + touched * m;
    const old = this.#basis[row] ?? 0;
    this.#position[old] = -1;
    this.#basis[row] = j;
    this.#position[j] = row;
  }

  /** The multiply-adds of a rebuild, at most: one column solve and one update per basic position, then π and x_B. */
  #refactorWork(): number {
    const m = this.#m;
    let entries = 0;
    for (let k = 0; k < m; k++) {
      const j = this.#basis[k] ?? 0;
      entries += (this.#start[j + 1] ?? 0) - (this.#start[j] ?? 0);
    }
    return m * (entries + m * m + 3 * m);
  }

  /**
   * Rebuilds B⁻¹ from the original columns of the basis: from the identity, each basic column that is
   * not its row's identity column is pivoted in, at the row (among those whose identity column still
   * holds it) where its entry is largest. Then x_B = B⁻¹b and π = c_B·B⁻¹ afresh. Returns false when
   * the basis is singular.
   */
  #refactor(): boolean {
    const m = this.#m;
    const inverse = this.#inverse;
    const alpha = this.#alpha;
    const wanted = Array.from(this.#basis);
    inverse.fill(0);
    for (let i = 0; i < m; i++) {
      const j = this.#identity[i] ?? 0;
      inverse[i * m + i] = 1;
      this.#position[this.#basis[i] ?? 0] = -1;
      this.#basis[i] = j;
    }
    for (let i = 0; i < m; i++) this.#position[this.#identity[i] ?? 0] = i;
    const free = new Uint8Array(m).fill(1);
    for (const j of wanted) if ((this.#position[j] ?? -1) >= 0) free[this.#position[j] ?? 0] = 0;
    for (const j of wanted) {
      if ((this.#position[j] ?? -1) >= 0) continue;
      this.#solveColumn(j);
      let row = -1;
      for (let k = 0; k < m; k++)
        if (free[k] === 1 && (row < 0 || Math.abs(alpha[k] ?? 0) > Math.abs(alpha[row] ?? 0))) row = k;
      if (row < 0 || Math.abs(alpha[row] ?? 0) < SINGULAR) return false;
      free[row] = 0;
      this.#replace(row, j);
    }
    const rhs = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      const bi = this.#shifted[i] ?? 0;
      if (bi === 0) continue;
      for (let k = 0; k < m; k++) rhs[k] = (rhs[k] ?? 0) + (inverse[i * m + k] ?? 0) * bi;
    }
    for (let k = 0; k < m; k++) rhs[k] = Math.max(0, rhs[k] ?? 0);
    this.#rhs = rhs;
    for (let i = 0; i < m; i++) {
      let v = 0;
      for (let k = 0; k < m; k++) v += (this.#costs[this.#basis[k] ?? 0] ?? 0) * (inverse[i * m + k] ?? 0);
      this.#pi[i] = v;
    }
    this.#spent += 2 * m * m;
    return true;
  }

  /**
   * Pivots to an optimum of the columns so far (Dantzig's rule; Bland's after a run of degenerate
   * pivots, so it cannot cycle). Returns false when the pivot budget runs out, or before a pivot or
   * refactorisation would take `work` past `maxWork` (a pivot is reckoned at its most: pricing every
   * entry, a column solve and a full update of B⁻¹).
   */
  solve(maxPivots = 5_000, maxWork = Number.POSITIVE_INFINITY): boolean {
    const m = this.#m;
    const alpha = this.#alpha;
    const n = this.#costs.length;
    const entries = this.#start[n] ?? 0;
    let degenerate = 0;
    for (let k = 0; k < maxPivots; k++) {
      const refactorDue = (this.#pivots + 1) % REFACTOR_EVERY === 0;
      const cost = entries + n + 2 * m * m + (refactorDue ? this.#refactorWork() : 0);
      if (this.#spent + cost > maxWork) return false;
      if (++this.#pivots % REFACTOR_EVERY === 0 && !this.#refactor()) return false;
      const bland = degenerate > 30;
      let enter = -1;
      let most = -EPS;
      let reducedEnter = 0;
      for (let j = 0; j < n; j++) {
        if ((this.#position[j] ?? -1) >= 0) continue;
        const r = this.#reducedCost(j);
        if (r < most) {
          enter = j;
          reducedEnter = r;
          if (bland) break;
          most = r;
        }
      }
      this.#spent += entries + n;
      if (enter < 0) return true;
      this.#solveColumn(enter);
      let leave = -1;
      let ratio = Number.POSITIVE_INFINITY;
      for (let i = 0; i < m; i++) {
        const a = alpha[i] ?? 0;
        if (a <= 1e-9) continue;
        const q = (this.#rhs[i] ?? 0) / a;
        if (
          q < ratio - 1e-12 ||
          (q <= ratio + 1e-12 && leave >= 0 && (this.#basis[i] ?? 0) < (this.#basis[leave] ?? 0))
        ) {
          ratio = q;
          leave = i;
        }
      }
      // No leaving row: unbounded, which non-negative costs rule out (a numerical failure).
      if (leave < 0) return false;
      degenerate = ratio <= 1e-12 ? degenerate + 1 : 0;
      this.#pivot(leave, enter, reducedEnter);
    }
    return false;
  }

  /**
   * Column `enter` (reduced cost `reduced`, α = B⁻¹a in `alpha`) replaces the basic column at `row`:
   * x_B moves along −α, π moves by reduced/α_row times row `row` of B⁻¹ (so the entering column's
   * reduced cost becomes 0 and the other basic columns' stay 0), and B⁻¹ is updated.
   */
  #pivot(row: number, enter: number, reduced: number): void {
    const m = this.#m;
    const alpha = this.#alpha;
    const inverse = this.#inverse;
    const pi = this.#pi;
    const rhs = this.#rhs;
    const p = alpha[row] ?? 1;
    const step = (rhs[row] ?? 0) / p;
    for (let i = 0; i < m; i++) if (i !== row) rhs[i] = Math.max(0, (rhs[i] ?? 0) - step * (alpha[i] ?? 0));
    rhs[row] = step;
    const t = reduced / p;
    for (let i = 0; i < m; i++) pi[i] = (pi[i] ?? 0) + t * (inverse[i * m + row] ?? 0);
    this.#spent += 2 * m;
    this.#replace(row, enter);
  }

  /**
   * The objective of the current basis at the true right-hand sides, π·b (= c_B·B⁻¹b). At an optimum
   * of the raised right-hand sides π is still dual feasible, so this is at most the true optimum
   * (weak duality) and differs from it by no more than π times the raise.
   */
  objective(): number {
    let z = 0;
    for (let i = 0; i < this.#m; i++) z += (this.#pi[i] ?? 0) * (this.#b[i] ?? 0);
    return z;
  }

  /** The row duals π (in the rows' own orientation): a new column's reduced cost is c − π·a. */
  duals(): Float64Array {
    const out = new Float64Array(this.#m);
    for (let i = 0; i < this.#m; i++) out[i] = (this.#flip[i] ?? 1) * (this.#pi[i] ?? 0);
    return out;
  }

  /** The value of each column in the current basic solution, B⁻¹b at the true right-hand sides. */
  values(): Float64Array {
    const m = this.#m;
    const inverse = this.#inverse;
    const out = new Float64Array(this.#costs.length);
    for (let k = 0; k < m; k++) {
      let v = 0;
      for (let i = 0; i < m; i++) v += (inverse[i * m + k] ?? 0) * (this.#b[i] ?? 0);
      out[this.#basis[k] ?? 0] = v;
    }
    return out;
  }
}

/** A copy of `from` in a larger array of `size` entries. */
function grown<A extends Int32Array | Float64Array>(from: A, size: number): A {
  const to = (from instanceof Int32Array ? new Int32Array(size) : new Float64Array(size)) as A;
  to.set(from);
  return to;
}
