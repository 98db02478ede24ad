import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);

// src/stats/random.ts
var RANDOM_ALGORITHM = "mulberry32";
var Mulberry32 = class {
  state = new Int32Array(1);
  /** Seeded with the low 32 bits of `seed` (an integer). */
  constructor(seed) {
    if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
    this.state[0] = seed | 0;
  }
  nextUint32() {
    const s = this.state[0] = this.state[0] + 1831565813 | 0;
    let t = Math.imul(s ^ s >>> 15, 1 | s);
    t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t;
    return (t ^ t >>> 14) >>> 0;
  }
  /** A uniform double in [0, 1). */
  next() {
    return this.nextUint32() / 4294967296;
  }
  /** A uniform index in 0..n-1 (flooring a 32-bit draw; the bias is below n / 2^32). */
  index(n) {
    return Math.floor(this.nextUint32() * n / 4294967296);
  }
};
function createRandom(seed) {
  const generator = new Mulberry32(seed);
  return () => generator.next();
}

export {
  RANDOM_ALGORITHM,
  Mulberry32,
  createRandom
};
