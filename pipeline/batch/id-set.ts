/**
 * The article ids a run has seen, for duplicate detection, in 8 bytes a slot: a 64-bit fingerprint
 * of each id in an open-addressing table (two Uint32Arrays) filled up to 3/4 (linear probing stays
 * short at that load), instead of the id strings themselves in a Set (about 100 bytes an id: 30 MB
 * on the 1 GB bench corpus). The table is the one part of a run's memory that grows with the
 * number of articles: 4 MB for the 319,276 of the 1 GB bench corpus (8 MB, and 12 MB while it
 * doubled, when it was kept at most half full). Two different ids share a
 * fingerprint with probability about n² / 2^65 (3·10^-9 for the 319,276 articles of the 1 GB bench
 * corpus, 3·10^-8 for a million); the later one would then be reported as a duplicate.
 */
export class IdSet {
  #hi = new Uint32Array(1 << 12);
  #lo = new Uint32Array(1 << 12);
  #size = 0;

  get size(): number {
    return this.#size;
  }

  /** Adds the id; false when it was already there. */
  add(id: string): boolean {
    const [hi, lo] = fingerprint(id);
    if (this.#insert(hi, lo)) {
      this.#size += 1;
      if (this.#size * 4 > this.#hi.length * 3) this.#grow();
      return true;
    }
    return false;
  }

  has(id: string): boolean {
    const [hi, lo] = fingerprint(id);
    const mask = this.#hi.length - 1;
    for (let i = (hi ^ Math.imul(lo, 0x9e3779b1)) & mask; ; i = (i + 1) & mask) {
      if (this.#hi[i] === 0 && this.#lo[i] === 0) return false;
      if (this.#hi[i] === hi && this.#lo[i] === lo) return true;
    }
  }

  /** Stores a fingerprint unless present; true when stored. */
  #insert(hi: number, lo: number): boolean {
    const mask = this.#hi.length - 1;
    for (let i = (hi ^ Math.imul(lo, 0x9e3779b1)) & mask; ; i = (i + 1) & mask) {
      if (this.#hi[i] === 0 && this.#lo[i] === 0) {
        this.#hi[i] = hi;
        this.#lo[i] = lo;
        return true;
      }
      if (this.#hi[i] === hi && this.#lo[i] === lo) return false;
    }
  }

  #grow(): void {
    const hi = this.#hi;
    const lo = this.#lo;
    this.#hi = new Uint32Array(hi.length * 2);
    this.#lo = new Uint32Array(lo.length * 2);
    for (let i = 0; i < hi.length; i++) if (hi[i] !== 0 || lo[i] !== 0) this.#insert(hi[i]!, lo[i]!);
  }
}

/** Two independent 32-bit hashes of the id's UTF-16 code units (never both 0: that marks an empty slot). */
export function fingerprint(id: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ id.length;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  // final mixing (murmur3 fmix32) so that close ids spread over the table
  a = fmix(a);
  b = fmix(b ^ 0x85ebca6b);
  return a === 0 && b === 0 ? [0, 1] : [a >>> 0, b >>> 0];
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
