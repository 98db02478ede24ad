export type QuantileMethod = 'inverted_cdf' | 'averaged_inverted_cdf' | 'closest_observation' | 'interpolated_inverted_cdf' | 'hazen' | 'weibull' | 'linear' | 'median_unbiased' | 'normal_unbiased';
export declare const QUANTILE_METHODS: readonly QuantileMethod[];
export interface QuantileOptions {
    /** Default 'linear' (Hyndman & Fan type 7, NumPy's and R's default). */
    method?: QuantileMethod;
}
/** Where a quantile lies in the sorted sample: the value is
 * lerp(sorted[lower], sorted[lower + 1 or lower], weight). */
export interface QuantilePosition {
    lower: number;
    upper: number;
    weight: number;
}
/** The order statistics (0-based) and weight that give the q-th quantile of n sorted values. */
export declare function quantilePosition(n: number, q: number, method: QuantileMethod): QuantilePosition;
/** NumPy `_lerp`: a + (b - a)·t, computed from the nearer end for t >= 0.5. */
export declare function lerp(a: number, b: number, t: number): number;
/** The q-th quantile of values already sorted ascending (n >= 1). */
export declare function quantileOfSorted(sorted: ArrayLike<number>, q: number, method?: QuantileMethod): number;
/**
 * The q-th sample quantile (numpy.quantile(values, q, method=...)), or one per level when q is
 * an array. `undefined` for an empty sample. Levels must lie in [0, 1]; NaN values are
 * rejected (NumPy would propagate them).
 */
export declare function quantile(values: ArrayLike<number>, q: number, options?: QuantileOptions): number | undefined;
export declare function quantile(values: ArrayLike<number>, q: readonly number[], options?: QuantileOptions): number[] | undefined;
/**
 * The q-th quantile of an unsorted buffer in expected linear time, by Hoare's selection
 * (quickselect with a median-of-three pivot) of the one or two order statistics needed. The
 * buffer is reordered in place; the bootstrap uses this to avoid sorting every resample.
 */
export declare function quantileInPlace(buffer: Float64Array, q: number, method?: QuantileMethod): number;
