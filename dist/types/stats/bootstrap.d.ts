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
    /** 'diff' (default): statistic(a) - statistic(b), in SciPy's order (first minus second);
     * 'ratio': statistic(a) / statistic(b), e.g. the p95 latency or total cost of a candidate
     * (a) relative to its baseline (b). */
    compare?: 'diff' | 'ratio';
    resamples?: number;
    confidence?: number;
    /** Integer seed of the generator (default 0). */
    seed?: number;
}
export interface PairedBootstrapResult {
    /** The comparison on the original data; `undefined` for no pairs, or a ratio whose
     * statistic(b) is 0. */
    estimate: number | undefined;
    /** Percentile interval of the comparison; `undefined` when the estimate is, or when the
     * ratio is undefined in some resample (its statistic(b) was 0). */
    interval: Interval | undefined;
    /** The bootstrap replicates of the comparison, sorted ascending (empty when the estimate is
     * undefined), for one-sided p-values or other percentiles. */
    replicates: Float64Array;
    resamples: number;
    seed: number;
    signature: string;
}
export declare function plainStatistic(statistic: BootstrapStatistic): (values: Float64Array) => number;
/**
 * A paired bootstrap confidence interval for statistic(a) - statistic(b) (or their ratio),
 * where a[i] and b[i] are two arms' values on case i (say the candidate's and the baseline's;
 * the order is SciPy's, as in `pairedTTest`): resample the
 * n cases with replacement `resamples` times with a seeded Mulberry32 generator
 * (`RANDOM_ALGORITHM`), and take the (1 - confidence)/2 and (1 + confidence)/2 percentiles of
 * the replicates (the percentile interval, not bias-corrected).
 * Deterministic for a given seed and input.
 */
export declare function pairedBootstrap(a: ArrayLike<number>, b: ArrayLike<number>, options?: PairedBootstrapOptions): PairedBootstrapResult;
/**
 * What the paired and unpaired bootstraps share: checking the options, the signature, the
 * comparison on the original data, and the percentile interval read off the sorted
 * replicates. `sampler` draws one resample and returns the statistic of each arm.
 */
export declare function percentileBootstrap(name: string, a: ArrayLike<number>, b: ArrayLike<number>, options: PairedBootstrapOptions, sampler: (statistic: BootstrapStatistic, seed: number) => () => readonly [number, number]): PairedBootstrapResult;
