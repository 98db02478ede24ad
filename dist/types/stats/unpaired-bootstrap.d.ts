import { type PairedBootstrapOptions, type PairedBootstrapResult } from './bootstrap.js';
export type UnpairedBootstrapOptions = PairedBootstrapOptions;
export type UnpairedBootstrapResult = PairedBootstrapResult;
/**
 * A bootstrap confidence interval for statistic(a) − statistic(b) (SciPy's order, as in
 * `welchTTest`) or their ratio, when a and b are independent samples of any sizes: each
 * resample draws len(a) values from a and len(b) from b with replacement, from one seeded
 * generator (`RANDOM_ALGORITHM`), a's draws first. Deterministic for a given seed and input.
 */
export declare function unpairedBootstrap(a: ArrayLike<number>, b: ArrayLike<number>, options?: UnpairedBootstrapOptions): UnpairedBootstrapResult;
