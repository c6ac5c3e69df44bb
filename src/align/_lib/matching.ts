import { filled } from "./lists.ts";

/**
 * A maximum-weight one-to-one matching of rows to columns (the Hungarian method with potentials,
 * O(n²·m) for n ≤ m). Only pairs with a positive weight are returned; among matchings of equal
 * weight the one with more pairs wins, and the rest of the ties follow row and column order, so
 * the result depends only on the input.
 *
 * @returns `[row, column]` pairs in row order.
 */
export function maxWeightMatching(weights: readonly (readonly number[])[]): [number, number][] {
  const rows = weights.length;
  const columns = Math.max(0, ...weights.map((row) => row.length));
  if (rows === 0 || columns === 0) return [];
  const transpose = rows > columns;
  const n = transpose ? columns : rows;
  const m = transpose ? rows : columns;
  // Each usable pair earns a tiny bonus so that, between equal weights, more pairs are preferred.
  const bonus = 1e-9;
  const cost = (i: number, j: number): number => {
    const w = transpose ? (weights[j]?.[i] ?? 0) : (weights[i]?.[j] ?? 0);
    return w > 0 ? -(w + bonus) : 0;
  };
  // 1-based arrays as in the textbook formulation; column 0 is the virtual start.
  const u = filled(n + 1, 0);
  const v = filled(m + 1, 0);
  const owner = filled(m + 1, 0);
  const way = filled(m + 1, 0);
  for (let i = 1; i <= n; i++) {
    owner[0] = i;
    let j0 = 0;
    const minv = filled(m + 1, Number.POSITIVE_INFINITY);
    const used = filled(m + 1, false);
    do {
      used[j0] = true;
      const i0 = owner[j0] ?? 0;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const reduced = cost(i0 - 1, j - 1) - (u[i0] ?? 0) - (v[j] ?? 0);
        if (reduced < (minv[j] ?? 0)) {
          minv[j] = reduced;
          way[j] = j0;
        }
        if ((minv[j] ?? 0) < delta) {
          delta = minv[j] ?? 0;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          const k = owner[j] ?? 0;
          u[k] = (u[k] ?? 0) + delta;
          v[j] = (v[j] ?? 0) - delta;
        } else minv[j] = (minv[j] ?? 0) - delta;
      }
      j0 = j1;
    } while ((owner[j0] ?? 0) !== 0);
    do {
      const j1 = way[j0] ?? 0;
      owner[j0] = owner[j1] ?? 0;
      j0 = j1;
    } while (j0 !== 0);
  }
  const pairs: [number, number][] = [];
  for (let j = 1; j <= m; j++) {
    const i = owner[j] ?? 0;
    if (i === 0) continue;
    const pair: [number, number] = transpose ? [j - 1, i - 1] : [i - 1, j - 1];
    if ((weights[pair[0]]?.[pair[1]] ?? 0) > 0) pairs.push(pair);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}
