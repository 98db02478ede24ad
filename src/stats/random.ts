// A small seeded pseudo-random generator, so that every resampling result is reproducible from
// its seed. Mulberry32 (Tommy Ettinger, 2017): a 32-bit state advanced by a Weyl sequence and
// mixed by multiply-xorshift; period 2^32, passes gjrand/PractRand at the sizes used here
// (a few million draws per bootstrap), and costs a handful of integer operations per draw.

/** A function returning uniform doubles in [0, 1) with 32 bits of resolution. */
export type Random = () => number;

export const RANDOM_ALGORITHM = 'mulberry32';

/** Mulberry32 as a class whose method V8 inlines into the bootstrap's hot loop. The state
 * lives in an Int32Array because a plain number field holding 32-bit values is boxed as a
 * heap number on every update (V8's small integers are 31-bit); this almost halves the cost
 * of a draw. */
export class Mulberry32 {
  private readonly state = new Int32Array(1);

  /** Seeded with the low 32 bits of `seed` (an integer). */
  constructor(seed: number) {
    if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
    this.state[0] = seed | 0;
  }

  nextUint32(): number {
    const s = (this.state[0] = ((this.state[0] as number) + 0x6d2b79f5) | 0);
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A uniform double in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** A uniform index in 0..n-1 (flooring a 32-bit draw; the bias is below n / 2^32). */
  index(n: number): number {
    return Math.floor((this.nextUint32() * n) / 4294967296);
  }
}

/** Mulberry32 seeded with `seed`, as a function. */
export function createRandom(seed: number): Random {
  const generator = new Mulberry32(seed);
  return () => generator.next();
}
