import type { Alternative } from './validation.js';
export type WilcoxonMethod = 'auto' | 'exact' | 'approx' | 'asymptotic';
export type WilcoxonZeroMethod = 'wilcox' | 'pratt' | 'zsplit';
export interface WilcoxonOptions {
    /** 'auto' (default, as SciPy): exact when n <= 50 and there are no ties or zeros; an exact
     * sign-flip permutation test when there are ties or zeros and n <= 13; otherwise the normal
     * approximation. 'approx' is SciPy's 'asymptotic' (both spellings accepted). */
    method?: WilcoxonMethod;
    zeroMethod?: WilcoxonZeroMethod;
    /** Continuity correction of the normal approximation (default false, as SciPy). */
    correction?: boolean;
    /** 'greater' tests that x - y is shifted above 0. */
    alternative?: Alternative;
}
export interface WilcoxonResult {
    /** min(R+, R-) for the two-sided test, R+ for one-sided ones (SciPy's convention);
     * `undefined` for empty input. */
    statistic: number | undefined;
    /** `undefined` when no difference is left to rank under the normal approximation. */
    pvalue: number | undefined;
    /** The standardized statistic, present when the normal approximation was used
     * (two-sided: -|z|, as SciPy). */
    z?: number;
    signature: string;
}
/**
 * The Wilcoxon signed-rank test of x - y, or of x itself when y is omitted
 * (scipy.stats.wilcoxon(x, y, zero_method, correction, alternative, method)). Zero
 * differences are dropped ('wilcox'), ranked but not counted ('pratt', with Cureton's
 * adjustment of the normal approximation), or split half to each sign ('zsplit'). The normal
 * approximation uses the tie-corrected variance.
 */
export declare function wilcoxonSignedRank(x: ArrayLike<number>, y?: ArrayLike<number>, options?: WilcoxonOptions): WilcoxonResult;
