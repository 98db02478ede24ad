/** A function returning uniform doubles in [0, 1) with 32 bits of resolution. */
export type Random = () => number;
export declare const RANDOM_ALGORITHM = "mulberry32";
/** Mulberry32 as a class whose method V8 inlines into the bootstrap's hot loop. The state
 * lives in an Int32Array because a plain number field holding 32-bit values is boxed as a
 * heap number on every update (V8's small integers are 31-bit); this almost halves the cost
 * of a draw. */
export declare class Mulberry32 {
    private readonly state;
    /** Seeded with the low 32 bits of `seed` (an integer). */
    constructor(seed: number);
    nextUint32(): number;
    /** A uniform double in [0, 1). */
    next(): number;
    /** A uniform index in 0..n-1 (flooring a 32-bit draw; the bias is below n / 2^32). */
    index(n: number): number;
}
/** Mulberry32 seeded with `seed`, as a function. */
export declare function createRandom(seed: number): Random;
