/** A root of `f` in [lo, hi], where f(lo) and f(hi) have opposite signs (or one is zero);
 * `undefined` when they do not. */
export declare function bisect(f: (x: number) => number, lo: number, hi: number): number | undefined;
