import type { Alternative } from './validation.js';
export type MannWhitneyMethod = 'auto' | 'exact' | 'asymptotic';
export interface MannWhitneyOptions {
    /** 'auto' (default, as SciPy): exact when one sample has at most 8 values and there are no
     * ties, otherwise the normal approximation. */
    method?: MannWhitneyMethod;
    /** Continuity correction of the normal approximation (default true, as SciPy). */
    continuity?: boolean;
    /** 'greater' tests that x is stochastically greater than y. */
    alternative?: Alternative;
}
export interface MannWhitneyResult {
    /** U of the first sample: R1 - n1(n1 + 1)/2; `undefined` when a sample is empty. */
    u1: number | undefined;
    pvalue: number | undefined;
    signature: string;
}
/**
 * The Mann–Whitney U test (scipy.stats.mannwhitneyu(x, y, use_continuity, alternative,
 * method)). U1 counts the pairs (x_i, y_j) with x_i > y_j, ties counting 1/2. The normal
 * approximation uses the tie-corrected variance mn/12·((N + 1) - Σ(t³ - t)/(N(N - 1))).
 * With ties the exact test, if requested, is SciPy's: the tail of the untied distribution at
 * floor(U).
 */
export declare function mannWhitneyU(x: ArrayLike<number>, y: ArrayLike<number>, options?: MannWhitneyOptions): MannWhitneyResult;
