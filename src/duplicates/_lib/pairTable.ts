// A hash table from (block, word) pairs of small integers to entry numbers 0, 1, 2, … in insertion
// order, in one typed array: open addressing with linear probing, each slot's block, word and entry side
// by side (one cache line per probe). It stands in for one Map per block, whose lookups and garbage
// dominated the candidate search.

const EMPTY = -1;

export class PairTable {
  private slots: Int32Array;
  private mask: number;
  /** Entries so far; entry k is the k-th distinct pair added. */
  size = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * 3).fill(EMPTY);
    this.mask = capacity - 1;
  }

  private slotOf(block: number, word: number): number {
    const slots = this.slots;
    let slot = (Math.imul(block, 0x9e3779b1) ^ Math.imul(word, 0x85ebca77)) & this.mask;
    for (;;) {
      const at = slot * 3;
      const stored = slots[at] as number;
      if (stored === EMPTY || (stored === block && slots[at + 1] === word)) return at;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The entry of (block, word), or -1. */
  get(block: number, word: number): number {
    const at = this.slotOf(block, word);
    return this.slots[at] === EMPTY ? -1 : (this.slots[at + 2] as number);
  }

  /** The entry of (block, word), added (as entry `size`) when new. */
  add(block: number, word: number): number {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const at = this.slotOf(block, word);
    if (this.slots[at] !== EMPTY) return this.slots[at + 2] as number;
    this.slots[at] = block;
    this.slots[at + 1] = word;
    this.slots[at + 2] = this.size;
    return this.size++;
  }

  /** Calls `visit(block, word, entry)` for every pair, in no particular order. */
  forEach(visit: (block: number, word: number, entry: number) => void): void {
    const slots = this.slots;
    for (let at = 0; at < slots.length; at += 3) {
      const block = slots[at] as number;
      if (block !== EMPTY) visit(block, slots[at + 1] as number, slots[at + 2] as number);
    }
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.slots = new Int32Array(capacity * 3).fill(EMPTY);
    this.mask = capacity - 1;
    for (let at = 0; at < old.length; at += 3) {
      const block = old[at] as number;
      if (block === EMPTY) continue;
      const to = this.slotOf(block, old[at + 1] as number);
      this.slots[to] = block;
      this.slots[to + 1] = old[at + 1] as number;
      this.slots[to + 2] = old[at + 2] as number;
    }
  }
}
