export interface CorrelationResult {
    /** The coefficient; `undefined` when an input is constant (SciPy returns NaN). */
    r: number | undefined;
    /** Two-sided p-value for H0: no correlation; `undefined` with `r` (and see spearman). */
    pvalue: number | undefined;
}
/**
 * Pearson's product-moment correlation and its two-sided p-value (scipy.stats.pearsonr).
 * With two pairs r = ±1 and p = 1, as SciPy.
 * Throws RangeError on unequal lengths, fewer than 2 pairs, or non-finite values.
 */
export declare function pearson(x: readonly number[], y: readonly number[]): CorrelationResult;
/** 1-based ranks, ties get the mean of the ranks they span (scipy.stats.rankdata "average"). */
export declare function averageRanks(values: readonly number[]): number[];
/**
 * Spearman's rank correlation (Pearson's r of the average ranks) and its two-sided
 * p-value from the t distribution with n − 2 df (scipy.stats.spearmanr). With two pairs
 * r = ±1 and the p-value is `undefined` (SciPy: NaN).
 * Throws RangeError on unequal lengths, fewer than 2 pairs, or non-finite values.
 */
export declare function spearman(x: readonly number[], y: readonly number[]): CorrelationResult;
