/** Disjoint sets over 0…n−1 with path halving and union by size; iterative, so huge inputs never recurse. */
export interface UnionFind {
  /** The representative of the set `x` is in. */
  find(x: number): number;
  /** Joins the sets of `a` and `b`; returns whether they were apart. */
  union(a: number, b: number): boolean;
}

/** `n` elements, each in a set of its own. */
export function unionFind(n: number): UnionFind {
  const parent = new Int32Array(n);
  const size = new Int32Array(n).fill(1);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (x: number): number => {
    let node = x;
    while (parent[node] !== node) {
      const up = parent[node] as number;
      parent[node] = parent[up] as number;
      node = up;
    }
    return node;
  };
  return {
    find,
    union(a, b) {
      let ra = find(a);
      let rb = find(b);
      if (ra === rb) return false;
      if ((size[ra] as number) < (size[rb] as number)) [ra, rb] = [rb, ra];
      parent[rb] = ra;
      size[ra] = (size[ra] as number) + (size[rb] as number);
      return true;
    },
  };
}
