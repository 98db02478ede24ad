import type { QuantileMethod } from './quantile.js';
import type { Interval } from './signature.js';
/**
 * What to compute on each arm: a named statistic, a quantile (e.g. `{ quantile: 0.95 }` for
 * p95 latency, NumPy's 'linear' method unless another is named), or a function of the
 * resampled values. A function receives a reused buffer: it must not keep a reference to it,
 * and may reorder it.
 */
export type BootstrapStatistic = 'mean' | 'sum' | 'median' | {
    quantile: number;
    method?: QuantileMethod;
} | ((values: Float64Array) => number);
export interface PairedBootstrapOptions {
    statistic?: BootstrapStatistic;
    /** 'diff' (default): statistic(b) - statistic(a); 'ratio': statistic(b) / statistic(a),
     * e.g. the p95 latency or total cost of a candidate relative to its baseline. */
    compare?: 'diff' | 'ratio';
    resamples?: number;
    confidence?: number;
    /** Integer seed of the generator (default 0). */
    seed?: number;
}
export interface PairedBootstrapResult {
    /** The comparison on the original data; `undefined` for no pairs, or a ratio whose
     * baseline statistic is 0. */
    estimate: number | undefined;
    /** Percentile interval of the comparison; `undefined` when the estimate is, or when the
     * ratio is undefined in some resample (its baseline statistic was 0). */
    interval: Interval | undefined;
    /** The bootstrap replicates of the comparison, sorted ascending (empty when the estimate is
     * undefined), for one-sided p-values or other percentiles. */
    replicates: Float64Array;
    resamples: number;
    seed: number;
    signature: string;
}
/**
 * A paired bootstrap confidence interval for statistic(b) - statistic(a) (or their ratio),
 * where a[i] and b[i] are the baseline's and the candidate's values on case i: resample the
 * n cases with replacement `resamples` times with a seeded Mulberry32 generator
 * (`RANDOM_ALGORITHM`), and take the (1 - confidence)/2 and (1 + confidence)/2 percentiles of
 * the replicates (the percentile interval, not bias-corrected).
 * Deterministic for a given seed and input.
 */
export declare function pairedBootstrap(a: ArrayLike<number>, b: ArrayLike<number>, options?: PairedBootstrapOptions): PairedBootstrapResult;
