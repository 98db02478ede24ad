// Hashed n-grams over a stream of token hashes (docs/governance.md, "Contamination and lineage").
// A gram of k tokens is keyed by two 32-bit polynomial hashes of its tokens' two 32-bit hashes,
// kept rolling so that each token costs a few multiplications per gram length, whatever n is.
import { fmix32 } from './tokens.js';

const BASE_A = 0x01000193;
const BASE_B = 0x5bd1e995;

/** Called with a gram's 64-bit key (two 32-bit halves) and its length in tokens. */
export type GramSink = (a: number, b: number, length: number) => void;

/**
 * Every window of each of `lengths` tokens over the tokens pushed since the last reset, emitted as
 * the window's last token arrives. A window never spans a reset (a document boundary).
 */
export class GramWindows {
  private readonly ring: Int32Array;
  private readonly capacity: number;
  private readonly powA: Int32Array;
  private readonly powB: Int32Array;
  private readonly hashA: Int32Array;
  private readonly hashB: Int32Array;
  private count = 0;

  constructor(
    private readonly lengths: readonly number[],
    private readonly sink: GramSink,
  ) {
    this.capacity = Math.max(1, ...lengths);
    this.ring = new Int32Array(this.capacity * 2);
    this.powA = new Int32Array(lengths.length);
    this.powB = new Int32Array(lengths.length);
    lengths.forEach((k, i) => {
      let pa = 1;
      let pb = 1;
      for (let j = 0; j < k; j++) {
        pa = Math.imul(pa, BASE_A);
        pb = Math.imul(pb, BASE_B);
      }
      this.powA[i] = pa;
      this.powB[i] = pb;
    });
    this.hashA = new Int32Array(lengths.length);
    this.hashB = new Int32Array(lengths.length);
  }

  reset(): void {
    this.count = 0;
    this.hashA.fill(0);
    this.hashB.fill(0);
  }

  push(a: number, b: number): void {
    const slot = this.count % this.capacity;
    const count = ++this.count;
    const { lengths, ring, capacity } = this;
    for (let i = 0; i < lengths.length; i++) {
      const k = lengths[i]!;
      // H = H·B + t_new − t_old·B^k (mod 2^32): the hash of the last k tokens
      let ha = Math.imul(this.hashA[i]!, BASE_A) + a;
      let hb = Math.imul(this.hashB[i]!, BASE_B) + b;
      if (count > k) {
        const old = (slot - k + capacity) % capacity;
        ha -= Math.imul(ring[old * 2]!, this.powA[i]!);
        hb -= Math.imul(ring[old * 2 + 1]!, this.powB[i]!);
      }
      ha |= 0;
      hb |= 0;
      this.hashA[i] = ha;
      this.hashB[i] = hb;
      if (count >= k) this.sink(gramKeyA(ha, k), gramKeyB(hb, k), k);
    }
    ring[slot * 2] = a;
    ring[slot * 2 + 1] = b;
  }
}

// the length enters the key so that grams of different lengths never share one
const gramKeyA = (h: number, k: number) => fmix32(h ^ Math.imul(k, 0x9e3779b9));
const gramKeyB = (h: number, k: number) => fmix32((h + Math.imul(k, 0x85ebca6b)) | 0);

/**
 * A set of 64-bit gram keys (open addressing, linear probing) with, per key, whether the corpus
 * has it and where it was first seen. Sized once for the grams of the cases; the corpus only probes.
 * Nearly every corpus gram is absent, so a two-bit Bloom filter of 16 bits per key, small enough
 * to stay in the CPU cache, answers most probes before the table is touched.
 */
export class GramTable {
  private readonly keyA: Int32Array;
  private readonly keyB: Int32Array;
  private readonly used: Uint8Array;
  /** Per slot: 0 not found, else 1 + the index of the source it was first found in. */
  readonly foundIn: Uint32Array;
  readonly foundLine: Uint32Array;
  private readonly mask: number;
  private readonly filter: Int32Array;
  private readonly filterMask: number;
  size = 0;

  constructor(expected: number) {
    // at most a quarter full, so a miss ends within a slot or two
    let capacity = 16;
    while (capacity < expected * 4) capacity *= 2;
    this.mask = capacity - 1;
    // 4 bits per slot, at least 16 per key
    this.filter = new Int32Array(capacity / 8);
    this.filterMask = capacity * 4 - 1;
    this.keyA = new Int32Array(capacity);
    this.keyB = new Int32Array(capacity);
    this.used = new Uint8Array(capacity);
    this.foundIn = new Uint32Array(capacity);
    this.foundLine = new Uint32Array(capacity);
  }

  /** The slot of a key, inserting it if new. */
  insert(a: number, b: number): number {
    let i = (a ^ Math.imul(b, 0x27d4eb2d)) & this.mask;
    while (this.used[i]) {
      if (this.keyA[i] === a && this.keyB[i] === b) return i;
      i = (i + 1) & this.mask;
    }
    if (this.size * 2 >= this.mask + 1) throw new Error('gram table sized too small');
    const f1 = b & this.filterMask;
    const f2 = (a >>> 7) & this.filterMask;
    this.filter[f1 >>> 5] = this.filter[f1 >>> 5]! | (1 << (f1 & 31));
    this.filter[f2 >>> 5] = this.filter[f2 >>> 5]! | (1 << (f2 & 31));
    this.used[i] = 1;
    this.keyA[i] = a;
    this.keyB[i] = b;
    this.size++;
    return i;
  }

  /** The slot of a key, or -1. */
  find(a: number, b: number): number {
    let i = (a ^ Math.imul(b, 0x27d4eb2d)) & this.mask;
    while (this.used[i]) {
      if (this.keyA[i] === a && this.keyB[i] === b) return i;
      i = (i + 1) & this.mask;
    }
    return -1;
  }

  /** Marks a key as seen in the corpus at `source` (an index) and `line`, keeping the first place. */
  mark(a: number, b: number, source: number, line: number): void {
    const f1 = b & this.filterMask;
    const f2 = (a >>> 7) & this.filterMask;
    if ((this.filter[f1 >>> 5]! & (1 << (f1 & 31))) === 0 || (this.filter[f2 >>> 5]! & (1 << (f2 & 31))) === 0) return;
    const i = this.find(a, b);
    if (i >= 0 && this.foundIn[i] === 0) {
      this.foundIn[i] = source + 1;
      this.foundLine[i] = line;
    }
  }
}
