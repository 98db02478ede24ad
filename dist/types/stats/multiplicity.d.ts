export type PAdjustMethod = 'holm' | 'bh' | 'bonferroni';
export interface AdjustPValuesOptions {
    method?: PAdjustMethod;
    /** Family-wise error rate (holm, bonferroni) or false discovery rate (bh). */
    alpha?: number;
}
export interface AdjustPValuesResult {
    /** Adjusted p-values in input order, capped at 1. */
    adjusted: number[];
    /** Which hypotheses are rejected at `alpha`, in input order. */
    reject: boolean[];
    signature: string;
}
/**
 * Adjusts p-values for multiple comparisons, reproducing statsmodels
 * `multipletests(p, alpha, method)` with method 'holm', 'fdr_bh' or 'bonferroni':
 *
 * - `'holm'` (default): Holm's step-down procedure (Holm 1979), controls the family-wise
 *   error rate; adjusted p(i) = max over j <= i of (m - j + 1)·p(j) in ascending order.
 * - `'bh'`: Benjamini–Hochberg step-up (1995), controls the false discovery rate for
 *   independent or positively dependent tests; adjusted p(i) = min over j >= i of m·p(j)/j.
 * - `'bonferroni'`: m·p.
 *
 * `reject` follows statsmodels' own rule for each method (it compares raw p-values with the
 * step thresholds), which agrees with `adjusted <= alpha` up to rounding.
 */
export declare function adjustPValues(pvalues: readonly number[], options?: AdjustPValuesOptions): AdjustPValuesResult;
