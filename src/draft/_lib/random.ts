/** A small seeded PRNG (mulberry32): the solver's only source of randomness, so a seed reproduces a draft. */
export function seededRandom(seed: number): () => number {
  // The state kept as a signed 32-bit integer (the same bits as mulberry32's unsigned one): a value
  // past 2³¹ would be stored boxed, one allocation per draw.
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
