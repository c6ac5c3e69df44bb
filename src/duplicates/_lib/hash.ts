// FNV-1a, for the hash tables of words, titles and records: a hash of text or numbers, one code at a time.

/** FNV-1a's offset basis: the hash of nothing. */
export const FNV_OFFSET = 0x811c9dc5 | 0;

/** The hash after one more code (a character's, or any small integer). */
export const fnvStep = (hash: number, code: number): number => Math.imul(hash ^ code, 16777619);
